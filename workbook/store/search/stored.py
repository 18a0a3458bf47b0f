"""What every implementation of the index shares: a table search_index with one document per
row under rowid = id * SLOTS + code (documents.py), holding its title and body as text. So a
match names its rows without reading their tables, and the shown rows' text is read back from
the index the same way on every database."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection, bindparam, text

from workbook.domain.names import spellings
from workbook.store.search.documents import BY_CODE, BY_ENTITY, DOCUMENTS, SLOTS, Document
from workbook.store.search.index import Described, Found, Matches
from workbook.store.search.snippets import snippet

TABLE = "search_index"


def found(rowids: Sequence[int]) -> tuple[Found, ...]:
    return tuple(Found(BY_CODE[rowid % SLOTS].entity, rowid // SLOTS) for rowid in rowids)


def sampled(
    limit: int,
    first: Callable[[int], list[int]],
    ranked: Callable[[], list[int]],
    titled: Callable[[int], list[int]],
) -> Matches:
    """What a match returns on every database, from its queries for the first n rowids that
    match, all of them ranked, and the first n whose title matches: ranked when at most
    `limit` match; else too many to rank each keystroke, and the first `limit` are shown,
    those matching by title first."""
    some = first(limit + 1)
    if len(some) <= limit:
        return Matches(found(ranked()))
    return Matches(found(list(dict.fromkeys([*titled(limit), *some]))[:limit]), capped=True)


def describe(
    connection: Connection, found: Sequence[Found], words: Sequence[str]
) -> dict[Found, Described]:
    if not found:
        return {}
    wanted = {BY_ENTITY[hit.entity].rowid(hit.row_id): hit for hit in found}
    rows = connection.execute(
        text(f"SELECT rowid, title, body FROM {TABLE} WHERE rowid IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(wanted)},
    )
    prefixes = [variant for word in words for variant in spellings(word)]
    described = {}
    for rowid, title, body in rows:
        marked = snippet(body, prefixes) or snippet(title, prefixes) or title
        described[wanted[rowid]] = Described(title, marked)
    return described


def joined(row: str, columns: Sequence[str]) -> str:
    """SQL: the row's columns as one text (standard SQL, the same on every database)."""
    if not columns:
        return "''"
    return " || ' ' || ".join(f"coalesce({row}.{column}, '')" for column in columns)


def values(document: Document, row: str) -> str:
    """SQL: rowid, kind, row_id, title, body of the row's document."""
    return (
        f"{row}.id * {SLOTS} + {document.code}, '{document.entity.value}', {row}.id, "
        f"{joined(row, document.title)}, {joined(row, document.body)}"
    )


class Catching:
    """Inside bulk(): which rows have their documents already, each indexed table's rows up to
    an id. `up` indexes the rows inserted since, one statement per table, with `insert`
    (the implementation's statement around a SELECT of documents)."""

    def __init__(self, connection: Connection, insert: Callable[[str], str]) -> None:
        self._connection = connection
        self._insert = insert
        self._indexed = self._highest()

    def up(self) -> None:
        highest = self._highest()
        for document in DOCUMENTS:
            done, now = self._indexed[document.table], highest[document.table]
            if now > done:  # bounded: rows a colleague adds meanwhile are indexed by triggers
                select = (
                    f"SELECT {values(document, 'r')} FROM {document.table} AS r "
                    "WHERE r.id > :done AND r.id <= :now"
                )
                self._connection.execute(text(self._insert(select)), {"done": done, "now": now})
        self._indexed = highest

    def _highest(self) -> dict[str, int]:
        return {
            document.table: int(
                self._connection.exec_driver_sql(
                    f"SELECT coalesce(max(id), 0) FROM {document.table}"
                ).scalar_one()
            )
            for document in DOCUMENTS
        }
