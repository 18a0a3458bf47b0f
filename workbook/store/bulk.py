"""Inserting many rows at once and learning the ids the database gave them, in their order.

On SQLite, RETURNING in a given parameter order makes SQLAlchemy send one INSERT per row (the
order of a multi-row RETURNING is not guaranteed there); 100k rows then take seconds. Inside
the write transaction nobody else inserts, and SQLite gives each new row the next rowid, so
one executemany followed by reading back the ids above the old highest gives the same ids in
the same order. Other databases get INSERT … RETURNING in parameter order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session


def insert_many(session: Session, table: Table, values: Sequence[dict[str, Any]]) -> list[int]:
    """Insert `values` (one dict per row) into `table`; returns the new ids in order."""
    if not values:  # an empty parameter list would insert one row of defaults
        return []
    if session.get_bind().dialect.name != "sqlite":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(statement, list(values)).scalars())
    before = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    session.execute(insert(table), list(values))
    ids = list(
        session.execute(
            select(table.c.id).where(table.c.id > before).order_by(table.c.id)
        ).scalars()
    )
    if len(ids) != len(values):  # someone else's rows among them: cannot tell whose is whose
        raise RuntimeError(f"{table.name}: {len(values)} rows inserted, {len(ids)} ids found")
    return ids
