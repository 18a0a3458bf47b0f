"""Inserting many rows at once and learning the ids the database gave them, in their order.

On SQLite the rows go to the driver's executemany as tuples, each value converted by the
column type's own bind processor (the conversion SQLAlchemy would apply, remembered per
distinct value: demo and import data repeat dates and timestamps a lot), and without
SQLAlchemy's per-row parameter handling, which costs several times the insert itself. The
conversion runs a column at a time (one comprehension per column instead of a Python loop per
row and column: at the demo's 340,000 rows that loop cost about as much as the insert). Inside the
write transaction nobody else inserts, and SQLite gives each new row the next rowid, so the new
ids are the ones above the old highest, in order; a count checks that. Other databases get
INSERT … RETURNING in parameter order through SQLAlchemy."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column, Table, func, insert, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

# The bound in KiB (PRAGMA cache_size takes KiB as a negative number, pages as a positive
# one); memory is only taken as pages are cached.
_FILLING_CACHE_KIB = 128 * 1024


@contextmanager
def filling(session: Session) -> Iterator[None]:
    """Around inserting many rows into several tables in this transaction. On SQLite with a
    page cache large enough for the pages being filled: with the connection's default 2 MB,
    SQLite writes pages of the tables and indexes out to the WAL and reads them back while
    inserting (at the demo's 5,000 clients about a tenth of the inserts' time and a twentieth
    of the search documents'). The connection's own size comes back afterwards."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{_FILLING_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def insert_many(session: Session, table: Table, values: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert `values` (one dict per row, all with the same keys) into `table`; returns the new
    ids in order."""
    if not values:
        return []
    columns = list(values[0])
    return insert_rows(session, table, columns, [tuple(row[c] for c in columns) for row in values])


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[int]:
    """Insert `rows` (values in the order of `columns`) into `table`; columns left out get
    their defaults as SQLAlchemy would give them. Returns the new ids in order."""
    if not rows:  # nothing to turn into columns
        return []
    return insert_columns(
        session, table, dict(zip(columns, zip(*rows, strict=True), strict=True)), len(rows)
    )


def insert_columns(
    session: Session, table: Table, columns: Mapping[str, Sequence[Any]], count: int
) -> list[int]:
    """Insert `count` rows given column by column (each of `columns` holds `count` values, the
    first row's first); columns left out get their defaults as SQLAlchemy would give them.
    Returns the new ids in order."""
    if not count:  # an empty parameter list would insert one row of defaults
        return []
    given = {**columns, **_defaults(table, columns, count)}
    if any(len(values) != count for values in given.values()):
        raise ValueError(f"{table.name}: every column needs {count} values")
    dialect = session.get_bind().dialect
    names = list(given)
    if dialect.name != "sqlite":
        values = [dict(zip(names, row, strict=True)) for row in zip(*given.values(), strict=True)]
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(statement, values).scalars())
    converted = [_converted(table.c[name], values, dialect) for name, values in given.items()]
    quote = dialect.identifier_preparer.quote
    listed = ", ".join(quote(name) for name in names)
    marks = ", ".join("?" * len(names))
    before = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    session.connection().exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({listed}) VALUES ({marks})",
        list(zip(*converted, strict=True)),
    )
    new = session.execute(select(func.count()).where(table.c.id > before)).scalar_one()
    if new != count:  # someone else's rows among them: cannot tell whose is whose
        raise RuntimeError(f"{table.name}: {count} rows inserted, {new} ids found")
    return list(range(before + 1, before + 1 + count))


def _defaults(table: Table, columns: Mapping[str, Any], count: int) -> dict[str, Sequence[Any]]:
    """The values of the columns not given that have a default: fixed values, and callables
    made per row (timestamps); the id and server defaults are left to the database."""
    found: dict[str, Sequence[Any]] = {}
    for column in table.c:
        default = column.default
        if column.name in columns or column.primary_key or default is None:
            continue
        if default.is_scalar:
            found[column.name] = [default.arg] * count  # type: ignore[attr-defined]
        elif default.is_callable:  # SQLAlchemy wraps it to take the execution context
            make: Callable[[Any], Any] = default.arg  # type: ignore[attr-defined]
            found[column.name] = [make(None) for _ in range(count)]
        else:
            raise ValueError(f"{table.name}.{column.name}: give its value")
    return found


class _Remembered(dict[tuple[type, Any], Any]):
    """A bind processor's results by (type, value): 1 == True == Decimal(1), the type tells
    them apart."""

    def __init__(self, process: Callable[[Any], Any]) -> None:
        super().__init__()
        self._process = process

    def __missing__(self, key: tuple[type, Any]) -> Any:
        self[key] = converted = self._process(key[1])
        return converted


def _converted(column: Column[Any], values: Sequence[Any], dialect: Dialect) -> Sequence[Any]:
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return values
    try:
        if len(set(map(type, values)) - {type(None)}) <= 1:
            # One type (a column's usual case): each distinct value converted once, and the
            # values looked up by themselves, in C (None is no key: get gives None for it).
            by_value = {value: process(value) for value in set(values) if value is not None}
            return list(map(by_value.get, values))
        memo = _Remembered(process)
        return [None if value is None else memo[type(value), value] for value in values]
    except TypeError:  # an unhashable value: convert each one
        return [None if value is None else process(value) for value in values]
