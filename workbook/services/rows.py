"""Reading a row to change it, checking its version, and snapshots to restore removed rows.

A save names the version of the row it read; the row is locked for the transaction
(SELECT … FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers),
compared, changed and its version counted up. A removal keeps a Snapshot of the row so that
its undo can put it back under the same id in one transaction.

Undo names versions too, and several steps on one row must undo one after another: undoing
the newest counts the version on, yet leaves the row exactly as the step before it left it.
So this process remembers what each row held at each version its writes left (`States`): a
row that has moved on from the version named is still taken when it holds what it held
then. A change made elsewhere (a colleague, the command line) leaves other content and is
refused."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import event, insert, inspect, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from workbook.domain.changes import Entity
from workbook.services.errors import Conflict, NotFound
from workbook.store.database import Database
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
    """The row, locked for this transaction, provided it is still at `version` or holds
    what it held then (an undo after the undo of a later step)."""
    row = session.get(table, row_id, with_for_update=True)
    if row is None:
        raise NotFound(row_id, entity)
    states: States | None = session.info.get(_STATES_KEY)
    if row.version != version and not (states and states.held(row, version)):
        raise Conflict(entity, row_id)
    return row


# -- what this process's writes left ----------------------------------------------------------

# Bookkeeping, not content: a write changes them whatever it puts back; and what the
# database's triggers keep, which changes with other rows (store.answered).
_BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "answered_required"})
# A write that touched more rows than this is a batch (an import, an erasure): its undo takes
# back ids, not chained edits of one row, so its rows are not worth remembering one by one.
BATCH = 2_000


def _plain(value: Any) -> Any:
    """Compare as stored: SQLite gives back naive UTC for the aware times a write assigned."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def content(row: Row) -> tuple[Any, ...]:
    mapper = inspect(type(row))
    return tuple(
        _plain(getattr(row, column.key))
        for column in mapper.column_attrs
        if column.key not in _BOOKKEEPING
    )


Key = tuple[str, int, int]  # table, id, version


class States:
    """What rows held at the versions this process's writes left them at, newest kept."""

    def __init__(self, size: int = 20_000) -> None:
        self._size = size
        self._held: OrderedDict[Key, tuple[Any, ...]] = OrderedDict()

    @staticmethod
    def of(session: Session) -> dict[Key, tuple[Any, ...]]:
        """The rows a flushed session wrote, as they now stand (before its commit)."""
        written = _written(session)
        if len(written) > BATCH:
            return {}
        return {(table_name(type(row)), row.id, row.version): content(row)
                for row in written.values() if row.id is not None and row in session}  # fmt: skip

    def remember(self, states: dict[Key, tuple[Any, ...]]) -> None:
        """After the commit: a write rolled back left nothing to remember."""
        for key, held in states.items():
            self._held[key] = held
            self._held.move_to_end(key)
        while len(self._held) > self._size:
            self._held.popitem(last=False)

    def held(self, row: Row, version: int) -> bool:
        assert row.id is not None
        held = self._held.get((table_name(type(row)), row.id, version))
        return held is not None and held == content(row)


# Per database: the same ids and versions in another file are other rows.
_BY_DATABASE: WeakKeyDictionary[Database, States] = WeakKeyDictionary()
_STATES_KEY = "states"


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
    track(session, table, saved.row_id)
    return version


def watch(session: Session, database: Database) -> States:
    """The database's States, for `lock`; and keep hold of the rows the session writes, for
    States.of: the session itself holds rows only weakly once they are flushed."""
    states = _BY_DATABASE.setdefault(database, States())
    session.info[_STATES_KEY] = states
    written = _written(session)

    @event.listens_for(session, "after_flush")
    def collect(session: Session, _context: Any) -> None:
        if len(written) <= BATCH:
            written.update((id(row), row) for row in (*session.new, *session.dirty)
                           if isinstance(row, Row))  # fmt: skip

    return states


def track(session: Session, table: type[Row], row_id: int) -> None:
    """A row written by a plain INSERT, read into the session so that what it holds now is
    remembered for undo (States) like the rows the session wrote itself."""
    row = session.get(table, row_id)
    if row is not None:
        _written(session)[id(row)] = row


def _written(session: Session) -> dict[int, Row]:
    """By object identity: table rows are not hashable."""
    written: dict[int, Row] = session.info.setdefault("written_rows", {})
    return written


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
