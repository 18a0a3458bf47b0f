"""Adding and removing one row, each with its undo: the pattern of the rows nothing else hangs
on (journal entries, support entries)."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session

from workbook.domain.changes import ChangeSet, Entity
from workbook.services import rows
from workbook.services.sessions import writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models.base import Row

# remove(row id, version=…): the write that takes the row away again
Remove = Callable[..., Written]


def added(session: Session, row: Row, entities: tuple[Entity, ...], remove: Remove) -> Written:
    """`row` inserted in `session`; its undo removes it (at version 1, else Conflict)."""
    session.add(row)
    session.flush()
    assert row.id is not None
    row_id = row.id
    return Written(
        ChangeSet.of(*entities, created_id=row_id, version=1),
        lambda: remove(row_id, version=1),
    )


def removed(
    database: Database,
    table: type[Row],
    entity: Entity,
    row_id: int,
    version: int,
    entities: tuple[Entity, ...],
    remove: Remove,
) -> Written:
    """The row deleted if still at `version`; its undo puts it back under the same id."""
    with writing(database) as session:
        row = rows.lock(session, table, row_id, entity, version)
        saved = rows.snapshot(row)
        session.delete(row)

    def put_back() -> Written:
        with writing(database) as session:
            restored = rows.restore(session, table, saved, entity)
        return Written(
            ChangeSet.of(*entities, version=restored),
            lambda: remove(row_id, version=restored),
        )

    return Written(ChangeSet.of(*entities), put_back)
