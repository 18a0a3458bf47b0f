"""Sessions for services: reads on the plain engine, writes in BEGIN IMMEDIATE transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlmodel import Session

from workbook.services import rows
from workbook.store.database import Database
from workbook.store.engine import one_pass
from workbook.store.errors import write_errors


@contextmanager
def reading(database: Database, *, once: bool = False) -> Iterator[Session]:
    """`once`: the read passes over its rows once (an export streaming a sheet), so the
    connection does not keep their pages (store.engine.one_pass)."""
    with Session(database.engine) as session:
        if not once:
            yield session
            return
        with one_pass(session.connection()):
            yield session


@contextmanager
def writing(database: Database) -> Iterator[Session]:
    """Commits when the block ends normally, rolls back on any exception. A write the file
    system or another program refuses (read-only, disk full, busy) raises store's WriteFailed.
    What the committed write left in each row is remembered for undo (rows.States)."""
    with (
        write_errors(database.location),
        Session(database.writer, expire_on_commit=False) as session,
    ):
        states = rows.watch(session, database)
        with session.begin():
            yield session
            session.flush()
            held = states.of(session)
        states.remember(held)
