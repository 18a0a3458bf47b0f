"""The search index on SQLite: an FTS5 table kept current by triggers, so every write — the
window's, the importer's, the command line's, another SQLite program's — updates it in its
own transaction.

FTS5's unicode61 tokenizer ignores case and accents ("Müll" and "mull" find "Müller", "kuhne"
finds "Kühne"); a query word also matches its other German spellings (domain.names.spellings:
"strasse" finds "Straße"), and every word matches as a prefix. The triggers are made from
documents.DOCUMENTS; at open, ensure_current() compares them with what the file holds and,
when the code indexes something else now, replaces them and rebuilds the index. The table
itself is derived data too: when the code defines it otherwise (e.g. its prefix indexes), it is
made anew and filled at open.

A keystroke stays cheap however much matches: one- and two-letter prefixes have their own
index (prefix = '1 2'), ranking (bm25, which reads every match) is only done when at most
`limit` rows match, and text is read for the rows shown only (describe)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, text

from workbook.domain.names import spellings
from workbook.store.search import stored
from workbook.store.search.documents import DOCUMENTS, SLOTS
from workbook.store.search.index import Described, Found, Matches
from workbook.store.search.stored import TABLE

# Exactly as sqlite_master keeps it, to tell at open whether the file's table is this one.
CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(kind UNINDEXED, row_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')"
)
_TRIGGER_PREFIX = "search_"


def is_search_table(name: str) -> bool:
    """For schema comparisons: the index (and SQLite's shadow tables for it) is no model table."""
    return name == TABLE or name.startswith(f"{TABLE}_")


class Fts5Index:
    def ensure_current(self, connection: Connection) -> bool:
        expected = _triggers()
        found: dict[str, str] = dict(
            connection.execute(
                text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p "
                    "OR name = :table"
                ),
                {"p": f"{_TRIGGER_PREFIX}%", "table": TABLE},
            ).all()
        )
        if found.pop(TABLE, None) != CREATE_TABLE:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
            connection.exec_driver_sql(CREATE_TABLE)
        elif found == expected:
            return False
        for name in found:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for sql in expected.values():
            connection.exec_driver_sql(sql)
        self.rebuild(connection)
        return True

    @contextmanager
    def bulk(self, connection: Connection) -> Iterator[Callable[[], None]]:
        """For inserting many rows in this transaction: the rows' documents are added in one
        statement per table (at the end, or whenever the callable given is called) instead of
        one trigger run per row (several times faster), and the triggers come back before the
        transaction commits."""
        catching = stored.Catching(connection, _insert)
        triggers = _triggers()
        for name in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        yield catching.up
        catching.up()
        for sql in triggers.values():
            connection.exec_driver_sql(sql)

    def rebuild(self, connection: Connection) -> int:
        connection.exec_driver_sql(f"DELETE FROM {TABLE}")
        for document in DOCUMENTS:
            connection.exec_driver_sql(
                _insert(f"SELECT {stored.values(document, 'r')} FROM {document.table} AS r")
            )
        return int(connection.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one())

    def match(self, connection: Connection, words: Sequence[str], limit: int) -> Matches:
        query = _query(words)
        if not query:
            return Matches(())
        return stored.sampled(
            limit,
            first=lambda n: _rowids(connection, f"MATCH :query LIMIT {n}", query),
            ranked=lambda: _rowids(connection, "MATCH :query ORDER BY rank", query),
            titled=lambda n: _rowids(connection, f"MATCH :query LIMIT {n}", f"title : ({query})"),
        )

    def describe(
        self, connection: Connection, found: Sequence[Found], words: Sequence[str]
    ) -> dict[Found, Described]:
        return stored.describe(connection, found, words)


def _insert(select: str) -> str:
    """Index the documents `select` gives (rowid, kind, row_id, title, body)."""
    return f"INSERT INTO {TABLE} (rowid, kind, row_id, title, body) {select}"


def _rowids(connection: Connection, clause: str, query: str) -> list[int]:
    statement = text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} {clause}")
    return list(connection.execute(statement, {"query": query}).scalars())


def _query(words: Sequence[str]) -> str:
    """Every word, as a prefix in any of its spellings: ("mull"*) AND ("strasse"* OR "straße"*)."""
    terms = []
    for word in words:
        variants = [v for v in spellings(word) if v.strip('"')]
        if variants:
            quoted = " OR ".join('"' + v.replace('"', '""') + '"*' for v in variants)
            terms.append(f"({quoted})")
    return " AND ".join(terms)


def _triggers() -> dict[str, str]:
    """name → CREATE TRIGGER statement, exactly as sqlite_master will hold it."""
    triggers: dict[str, str] = {}
    for document in DOCUMENTS:
        table, rowid = document.table, f"old.id * {SLOTS} + {document.code}"
        insert = (
            f"INSERT INTO {TABLE} (rowid, kind, row_id, title, body) "
            f"VALUES ({stored.values(document, 'new')});"
        )
        remove = f"DELETE FROM {TABLE} WHERE rowid = {rowid};"
        watched = ", ".join((*document.title, *document.body))
        statements = {
            "insert": f"AFTER INSERT ON {table} BEGIN {insert} END",
            "update": f"AFTER UPDATE OF {watched} ON {table} BEGIN {remove} {insert} END",
            "delete": f"AFTER DELETE ON {table} BEGIN {remove} END",
        }
        for event, body in statements.items():
            name = f"{_TRIGGER_PREFIX}{table}_{event}"
            triggers[name] = f"CREATE TRIGGER {name} {body}"
    return triggers
