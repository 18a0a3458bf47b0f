"""Reading a row to change it, checking its version, and snapshots to restore removed rows.

A save names the version of the row it read; the row is locked for the transaction
(SELECT … FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers),
compared, changed and its version counted up. A removal keeps a Snapshot of the row so that
its undo can put it back under the same id in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from workbook.domain.changes import Entity
from workbook.services.errors import Conflict, NotFound
from workbook.store.models.base import Row, utc_now

T = TypeVar("T", bound=Row)
CHUNK = 500  # ids per IN (…): well below SQLite's variable limit


def columns(model: type[Row]) -> list[Any]:
    """A table's columns as plain result columns: light rows instead of ORM objects (no
    identity-map bookkeeping per row in a full export), read by the same row builders as the
    editor's lists."""
    return list(inspect(model).columns)


def table_name(model: type[Row]) -> str:
    return str(inspect(model).local_table.name)


def load(session: Session, table: type[T], row_id: int, entity: Entity) -> T:
    row = session.get(table, row_id)
    if row is None:
        raise NotFound(row_id, entity)
    return row


def lock(session: Session, table: type[T], row_id: int, entity: Entity, version: int) -> T:
    """The row, locked for this transaction, provided it is still at `version`."""
    row = session.get(table, row_id, with_for_update=True)
    if row is None:
        raise NotFound(row_id, entity)
    if row.version != version:
        raise Conflict(entity, row_id)
    return row


def lock_unchanged(
    session: Session, table: type[T], row_id: int, entity: Entity, expected: dict[str, Any]
) -> T:
    """The row, locked, provided its columns still hold `expected`: what the write an undo
    takes back left there. For undo, content tells more than the version: undoing a later
    write on the same row counts the version on, yet puts back exactly what this one left,
    so the step before it may still be undone; a change made elsewhere is still refused."""
    row = session.get(table, row_id, with_for_update=True)
    if row is None:
        raise NotFound(row_id, entity)
    if any(getattr(row, key) != value for key, value in expected.items()):
        raise Conflict(entity, row_id)
    return row


def touch(row: Row) -> None:
    """Count a write: the next save must name the new version."""
    row.version += 1
    row.updated_at = utc_now()


def assign(row: Row, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(row, key, value)
    touch(row)


@dataclass(frozen=True)
class Snapshot:
    """Every column of a removed row, id and version included."""

    table: str
    values: dict[str, Any]

    @property
    def row_id(self) -> int:
        return int(self.values["id"])


def snapshot(row: Row) -> Snapshot:
    mapper = inspect(type(row))
    values = {column.key: getattr(row, column.key) for column in mapper.column_attrs}
    return Snapshot(table_name(type(row)), values)


def restore(session: Session, table: type[Row], saved: Snapshot, entity: Entity) -> int:
    """Insert the row again as it was, one version on; returns that version. Its parent gone,
    or its id taken in the meantime (SQLite may reuse the highest id), is a Conflict."""
    version = int(saved.values["version"]) + 1
    try:
        session.execute(insert(table).values({**saved.values, "version": version}))
    except IntegrityError as error:
        raise Conflict(entity, saved.row_id) from error
    return version


# -- what points at a row ------------------------------------------------------------------------


@dataclass(frozen=True)
class Links:
    """Rows whose optional reference to a removed row the database cleared (ON DELETE SET
    NULL), by table and column: its undo points them at the row again."""

    found: tuple[tuple[str, str, tuple[int, ...]], ...]


def _references(table: str) -> list[tuple[Any, Any]]:
    """(referring table, referring column) of every foreign key to `table`.id."""
    return [
        (other, fk.parent)
        for other in SQLModel.metadata.tables.values()
        for fk in other.foreign_keys
        if fk.column.table.name == table
    ]


def links_to(session: Session, table: str, row_id: int) -> Links:
    found = []
    for other, column in _references(table):
        if column.nullable:
            ids = session.execute(select(other.c.id).where(column == row_id)).scalars().all()
            if ids:
                found.append((other.name, column.name, tuple(ids)))
    return Links(tuple(found))


def relink(session: Session, links: Links, row_id: int) -> None:
    """Point the rows at `row_id` again where nobody has pointed them elsewhere since."""
    for table_name, column_name, ids in links.found:
        other = SQLModel.metadata.tables[table_name]
        column = other.c[column_name]
        session.execute(
            update(other)
            .where(other.c.id.in_(ids), column.is_(None))
            .values({column_name: row_id, "version": other.c.version + 1})
        )


def has_dependents(session: Session, table: str, row_id: int) -> bool:
    """Rows that would go with this one (ON DELETE CASCADE) or block it: an undo must not
    delete what others added."""
    return any_referring(session, table, [row_id], nullable=False)


def any_referring(
    session: Session, table: str, ids: Sequence[int], *, nullable: bool | None = None
) -> bool:
    """Does any row refer to one of `ids`? `nullable`: only through optional references
    (True), only through required ones (False), or either (None)."""
    for other, column in _references(table):
        if nullable is not None and column.nullable != nullable:
            continue
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            statement = select(other.c.id).where(column.in_(chunk)).limit(1)
            if session.execute(statement).first() is not None:
                return True
    return False


def cascade_count(session: Session, table: str, ids: Sequence[int]) -> int:
    """How many rows deleting `ids` of `table` removes with them (ON DELETE CASCADE, all the
    way down), the rows themselves not counted."""
    total = 0
    for other, column in _references(table):
        if column.nullable:
            continue
        found: list[int] = []
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            found += session.execute(select(other.c.id).where(column.in_(chunk))).scalars()
        if found:
            total += len(found) + cascade_count(session, other.name, found)
    return total
