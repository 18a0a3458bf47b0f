"""The search index on PostgreSQL: a table of tsvectors kept current by triggers, so every
write — the window's, a colleague's, the command line's, a script's — updates it in its own
transaction.

The same results as the SQLite index: `unaccent` and the 'simple' configuration (no stemming,
no stop words) fold case and accents ("Müll" and "mull" find "Müller", "kuhne" finds "Kühne",
"strasse" finds "Straße" — unaccent writes ß as ss), a query word also matches its other German
spellings (domain.names.spellings), and every word matches as a prefix (to_tsquery's :*).
Query words are split into letters and digits here, so no input is ever tsquery syntax.

The title is weighted A, the body B: a broad query lists title matches first (a query of
weight A only), ranking (ts_rank) is only done when at most `limit` rows match. The table,
its triggers and the extension are derived from documents.DOCUMENTS and made at open when the
database holds another version of them (a tag on the table says which)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, text

from workbook.domain.names import spellings
from workbook.store.search import stored
from workbook.store.search.documents import DOCUMENTS, SLOTS, Document
from workbook.store.search.index import Described, Found, Matches
from workbook.store.search.stored import TABLE

_PREFIX = "search_"
_TOKEN = re.compile(r"[^\W_]+")  # letters and digits, as the SQLite index splits text
# Set for one transaction (SET LOCAL) while bulk() inserts: the triggers then leave the rows
# to bulk()'s statements, one per table.
_BULK = "workbook.search_bulk"
_VECTOR = (
    "setweight(to_tsvector('simple', unaccent(d.title)), 'A') || "
    "setweight(to_tsvector('simple', unaccent(d.body)), 'B')"
)


def _create() -> list[str]:
    statements = [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        f"CREATE TABLE {TABLE} (rowid bigint PRIMARY KEY, kind text NOT NULL, "
        "row_id bigint NOT NULL, title text NOT NULL, body text NOT NULL, "
        "document tsvector NOT NULL)",
        f"CREATE INDEX {TABLE}_document ON {TABLE} USING gin (document)",
    ]
    for document in DOCUMENTS:
        statements += _triggers(document)
    return statements


def _insert(select: str) -> str:
    """Index the documents `select` gives (rowid, kind, row_id, title, body), replacing any
    already there."""
    return (
        f"INSERT INTO {TABLE} (rowid, kind, row_id, title, body, document) "
        f"SELECT d.rowid, d.kind, d.row_id, d.title, d.body, {_VECTOR} "
        f"FROM ({select}) AS d (rowid, kind, row_id, title, body) "
        "ON CONFLICT (rowid) DO UPDATE SET title = excluded.title, body = excluded.body, "
        "document = excluded.document"
    )


def _triggers(document: Document) -> list[str]:
    table, function = document.table, f"{_PREFIX}{document.table}"
    watched = ", ".join((*document.title, *document.body))
    body = f"""
BEGIN
    IF current_setting('{_BULK}', true) = 'on' THEN RETURN NULL; END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM {TABLE} WHERE rowid = old.id * {SLOTS} + {document.code};
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {_insert(f"SELECT {stored.values(document, 'new')}")};
    END IF;
    RETURN NULL;
END"""
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$",
        f"CREATE TRIGGER {function}_insert AFTER INSERT OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
        f"CREATE TRIGGER {function}_update AFTER UPDATE OF {watched} ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def _tag() -> str:
    """Which definition of the index a database holds (a comment on its table)."""
    return hashlib.sha256("\n".join(_create()).encode()).hexdigest()[:16]


class PostgresIndex:
    def ensure_current(self, connection: Connection) -> bool:
        tag = connection.execute(
            text("SELECT obj_description(to_regclass(:table), 'pg_class')"), {"table": TABLE}
        ).scalar_one()
        triggers = connection.execute(
            text("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE :p"),
            {"p": f"{_PREFIX}%"},
        ).scalar_one()
        if tag == _tag() and triggers == 2 * len(DOCUMENTS):
            return False
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
        for document in DOCUMENTS:  # the triggers go with their functions
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_PREFIX}{document.table} CASCADE")
        for statement in _create():
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(f"COMMENT ON TABLE {TABLE} IS '{_tag()}'")
        self.rebuild(connection)
        return True

    @contextmanager
    def bulk(self, connection: Connection) -> Iterator[Callable[[], None]]:
        """The inserted rows' documents in one statement per table (at the end, or whenever
        the callable given is called), instead of one trigger run per row. Rows a colleague
        inserts meanwhile are indexed by their own triggers; indexing them again here replaces
        them with the same."""
        catching = stored.Catching(connection, _insert)
        connection.execute(text("SELECT set_config(:name, 'on', true)"), {"name": _BULK})
        yield catching.up
        connection.execute(text("SELECT set_config(:name, 'off', true)"), {"name": _BULK})
        catching.up()

    def rebuild(self, connection: Connection) -> int:
        connection.exec_driver_sql(f"DELETE FROM {TABLE}")
        for document in DOCUMENTS:
            select = f"SELECT {stored.values(document, 'r')} FROM {document.table} AS r"
            connection.exec_driver_sql(_insert(select))
        return int(connection.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one())

    def match(self, connection: Connection, words: Sequence[str], limit: int) -> Matches:
        query = _query(words)
        if not query:
            return Matches(())
        titles = _query(words, weight="A")
        return stored.sampled(
            limit,
            first=lambda n: _rowids(connection, f"LIMIT {n}", query),
            ranked=lambda: _rowids(connection, "ORDER BY ts_rank(document, q) DESC, rowid", query),
            titled=lambda n: _rowids(connection, f"LIMIT {n}", titles),
        )

    def describe(
        self, connection: Connection, found: Sequence[Found], words: Sequence[str]
    ) -> dict[Found, Described]:
        return stored.describe(connection, found, words)


def _rowids(connection: Connection, clause: str, query: str) -> list[int]:
    statement = text(
        f"SELECT rowid FROM {TABLE}, to_tsquery('simple', unaccent(:query)) AS q "
        f"WHERE document @@ q {clause}"
    )
    return list(connection.execute(statement, {"query": query}).scalars())


def _query(words: Sequence[str], *, weight: str = "") -> str:
    """tsquery text: each word, in any of its spellings, as prefixes of its letter groups:
    ('mull':*) & ('strasse':* | 'straße':*). Only letters and digits come from the input."""
    terms = []
    for word in words:
        variants = []
        for variant in spellings(word):
            tokens = _TOKEN.findall(variant)
            if tokens:
                variants.append(" & ".join(f"'{token}':*{weight}" for token in tokens))
        if variants:
            terms.append("(" + " | ".join(f"({v})" for v in dict.fromkeys(variants)) + ")")
    return " & ".join(terms)
