"""Statements compiled ahead of time for SQLite, read through sqlite3 alone: what a view can
show before SQLAlchemy has loaded (Today's first look, services.today.first_look).

A set is a JSON file in compiled/ beside this module, written from the services' own
SQLAlchemy statements (services.today.prepare; a test fails when the file is not what they
compile to now). Each
statement keeps its SQL, its parameters in order — a constant, or the name of a term value the
caller gives — and its result columns with how SQLAlchemy would have converted each. A read is a
courtesy: a file that is not ours, of another schema version, or that fails any query gives
None, and the full opening (store.database) decides what to tell."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import namedtuple
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from workbook.store.access import Access
from workbook.store.connection import connect
from workbook.store.header import DatabaseRefused, read_header

_FOLDER = Path(__file__).with_name("compiled")
# What a result column becomes, as SQLAlchemy's types turn SQLite's values into Python's.
CONVERSIONS: dict[str, Callable[[Any], Any]] = {
    "plain": lambda value: value,
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
    # sqlmodel's UTCDateTime: stored without an offset, meant as UTC
    "utc_datetime": lambda value: datetime.fromisoformat(value).replace(tzinfo=UTC),
    "cents": lambda value: Decimal(value) / 100,  # store.models.base.Cents
    "bool": bool,
}
# Two readers: one's query runs in SQLite outside the GIL while the other's rows are made.
_READERS = 2
T = TypeVar("T")


@dataclass(frozen=True)
class Statement:
    sql: str
    # In order: ("value", a constant) or ("term", the name of a term value).
    parameters: tuple[tuple[str, Any], ...]
    columns: tuple[tuple[str, str], ...]  # each result column's key and its conversion

    def bind(self, terms: Mapping[str, object]) -> list[Any]:
        return [bind_value(terms[x]) if kind == "term" else x for kind, x in self.parameters]


@dataclass(frozen=True)
class PreparedSet:
    schema_version: int  # the user_version of the files the statements were compiled for
    statements: dict[str, Statement]

    def as_json(self) -> str:
        return json.dumps(
            {
                "schema_version": self.schema_version,
                "statements": {
                    name: {
                        "sql": s.sql,
                        "parameters": [list(p) for p in s.parameters],
                        "columns": [list(c) for c in s.columns],
                    }
                    for name, s in self.statements.items()
                },
            },
            indent=1,
            ensure_ascii=False,
        )


def bind_value(value: object) -> object:
    """A term value as SQLAlchemy binds it on SQLite (a day as its ISO text)."""
    return value.isoformat() if isinstance(value, date) else value


def set_path(name: str) -> Path:
    return _FOLDER / f"{name}.json"


@cache
def load(name: str) -> PreparedSet:
    data = json.loads(set_path(name).read_text(encoding="utf-8"))
    statements = {
        key: Statement(
            s["sql"],
            tuple((kind, value) for kind, value in s["parameters"]),
            tuple((column, conversion) for column, conversion in s["columns"]),
        )
        for key, s in data["statements"].items()
    }
    return PreparedSet(data["schema_version"], statements)


def read(
    path: Path,
    prepared: PreparedSet,
    terms: Mapping[str, object],
    shape: Callable[[str, list[Any]], T],
) -> dict[str, T] | None:
    """Every statement's rows (read by attribute, as SQLAlchemy's) from `path` opened
    read-only, each given to `shape` with the statement's name in the thread that read them
    (while the other reads on); None when the file is not a workbook of the set's schema
    version, a query fails or `shape` finds a value it refuses (ValueError)."""
    try:
        header = read_header(path)
    except DatabaseRefused:
        return None
    if header is None or header.user_version != prepared.schema_version:
        return None
    local = threading.local()
    opened: list[sqlite3.Connection] = []
    lock = threading.Lock()

    def shaped(item: tuple[str, Statement]) -> tuple[str, T]:
        name, statement = item
        connection = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect(path, Access.read_only)
            with lock:
                opened.append(connection)
        rows = _converted(statement, connection.execute(statement.sql, statement.bind(terms)))
        return name, shape(name, rows)

    try:
        with ThreadPoolExecutor(_READERS, thread_name_prefix="prepared") as pool:
            return dict(pool.map(shaped, _longest_first(prepared)))
    except (sqlite3.Error, ValueError):  # a damaged file, or values not of the schema
        return None
    finally:
        for connection in opened:
            connection.close()


def _longest_first(prepared: PreparedSet) -> list[tuple[str, Statement]]:
    """The longest statements, which tend to take longest, first: the two readers end
    nearer together (the order they are read in is not the order of the result)."""
    return sorted(prepared.statements.items(), key=lambda item: -len(item[1].sql))


def _converted(statement: Statement, cursor: sqlite3.Cursor) -> list[Any]:
    shape = _row_type(statement.columns)
    conversions = [CONVERSIONS[conversion] for _key, conversion in statement.columns]
    return [
        shape(*(None if v is None else f(v) for f, v in zip(conversions, row, strict=True)))
        for row in cursor
    ]


@cache
def _row_type(columns: tuple[tuple[str, str], ...]) -> Any:
    return namedtuple("Row", [key for key, _conversion in columns])
