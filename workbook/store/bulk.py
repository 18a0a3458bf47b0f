"""Inserting many rows at once and learning the ids the database gave them, in their order.

On SQLite the rows go to the driver's executemany as tuples, each value converted by the
column type's own bind processor (the conversion SQLAlchemy would apply, remembered per
distinct value: demo and import data repeat dates and timestamps a lot), and without
SQLAlchemy's per-row parameter handling, which costs several times the insert itself. Inside
the write transaction nobody else inserts, and SQLite gives each new row the next rowid, so the
new ids are the ones above the old highest, in order; a count checks that. Other databases
get INSERT … RETURNING in parameter order through SQLAlchemy."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Table, func, insert, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session


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
    if not rows:  # an empty parameter list would insert one row of defaults
        return []
    dialect = session.get_bind().dialect
    fixed, per_row = _defaults(table, columns)
    names = [*columns, *fixed, *per_row]
    extra = tuple(fixed.values())
    made = tuple(per_row.values())

    def completed(row: Sequence[Any]) -> tuple[Any, ...]:
        return (*row, *extra, *(make(None) for make in made))

    if dialect.name != "sqlite":
        values = [dict(zip(names, completed(row), strict=True)) for row in rows]
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(statement, values).scalars())
    convert = _converter([table.c[name] for name in names], dialect)
    quote = dialect.identifier_preparer.quote
    listed = ", ".join(quote(name) for name in names)
    marks = ", ".join("?" * len(names))
    before = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    session.connection().exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({listed}) VALUES ({marks})",
        [convert(completed(row)) for row in rows],
    )
    new = session.execute(select(func.count()).where(table.c.id > before)).scalar_one()
    if new != len(rows):  # someone else's rows among them: cannot tell whose is whose
        raise RuntimeError(f"{table.name}: {len(rows)} rows inserted, {new} ids found")
    return list(range(before + 1, before + 1 + len(rows)))


def _defaults(
    table: Table, columns: Sequence[str]
) -> tuple[dict[str, Any], dict[str, Callable[[Any], Any]]]:
    """The columns not given that have a default: fixed values, and callables made per row
    (timestamps); the id and server defaults are left to the database."""
    fixed, per_row = {}, {}
    for column in table.c:
        default = column.default
        if column.name in columns or column.primary_key or default is None:
            continue
        if default.is_scalar:
            fixed[column.name] = default.arg  # type: ignore[attr-defined]
        elif default.is_callable:  # SQLAlchemy wraps it to take the execution context
            per_row[column.name] = default.arg  # type: ignore[attr-defined]
        else:
            raise ValueError(f"{table.name}.{column.name}: give its value")
    return fixed, per_row


def _converter(
    columns: Sequence[Column[Any]], dialect: Dialect
) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    processors: list[Callable[[Any], Any] | None] = [
        column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns
    ]
    remembered: list[dict[Any, Any]] = [{} for _ in columns]
    steps = [(i, p, remembered[i]) for i, p in enumerate(processors) if p is not None]

    def convert(row: Sequence[Any]) -> tuple[Any, ...]:
        values = list(row)
        for index, process, memo in steps:
            value = values[index]
            if value is None:
                continue
            key = (type(value), value)  # 1 == True == Decimal(1): the type tells them apart
            try:
                values[index] = memo[key]
            except KeyError:
                values[index] = memo[key] = process(value)
            except TypeError:  # unhashable
                values[index] = process(value)
        return tuple(values)

    return convert
