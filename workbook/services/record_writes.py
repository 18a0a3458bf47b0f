"""The create and remove halves every service of an engagement's rows shares (wishes, goals,
service catalogue, milestones): a create's undo removes the row, a removal's undo puts the
row and what pointed at it back under the same id, in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session

from workbook.domain.changes import ChangeSet, Entity
from workbook.services import rows
from workbook.services.sessions import writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models.base import Row

Remove = Callable[..., Written]  # (row id, version=…) -> Written


def added(session: Session, row: Row, entities: tuple[Entity, ...], remove: Remove) -> Written:
    """Insert `row` in the open transaction; its undo is `remove` at version 1."""
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
    """Delete the row at `version`; the undo restores it and relinks what referred to it."""
    with writing(database) as session:
        row = rows.lock(session, table, row_id, entity, version)
        saved = rows.snapshot(row)
        links = rows.links_to(session, saved.table, row_id)
        session.delete(row)

    def put_back() -> Written:
        with writing(database) as session:
            restored = rows.restore(session, table, saved, entity)
            rows.relink(session, links, row_id)
        return Written(
            ChangeSet.of(*entities, version=restored),
            lambda: remove(row_id, version=restored),
        )

    return Written(ChangeSet.of(*entities), put_back)
