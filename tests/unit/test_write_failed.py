"""Services raise store's WriteFailed, with its reason, for every write the file system or
another program refuses; the lead's undo path and the command line word it (issue 9,
point 5)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.factories import make_client
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput, ClientQuery
from workbook.store import engine as store_engine
from workbook.store.database import open_database
from workbook.store.errors import WriteFailed, WriteProblem


def _count(path: Path) -> int:
    database = open_database(path, read_only=True)
    try:
        return ClientService(database).count(ClientQuery(include_archived=True))
    finally:
        database.close()


def test_a_database_opened_read_only_refuses_writes(db_path: Path) -> None:
    open_database(db_path).close()
    database = open_database(db_path, read_only=True)
    try:
        assert database.read_only
        with pytest.raises(WriteFailed) as failed:
            ClientService(database).create(ClientInput(name="Zander KG"))
    finally:
        database.close()
    assert failed.value.reason is WriteProblem.read_only
    assert str(failed.value).endswith("the database is read-only (no permission to change "
                                      "the file or its folder)")  # fmt: skip
    assert _count(db_path) == 0


def test_a_full_disk_is_told_and_nothing_is_saved(db_path: Path) -> None:
    database = open_database(db_path)
    clients = ClientService(database)
    make_client(clients, "Erster Kunde")
    database.engine.dispose()

    @event.listens_for(database.engine, "connect")
    def no_more_pages(connection: sqlite3.Connection, _record: object) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")  # as a disk with no room left

    def fill_the_disk() -> None:
        for number in range(10_000):
            clients.create(ClientInput(name=f"Kunde {number}", notes="x" * 2000))

    try:
        with pytest.raises(WriteFailed) as failed:
            fill_the_disk()
    finally:
        database.close()
    assert failed.value.reason is WriteProblem.disk_full
    assert _count(db_path) > 1  # what was saved before stays; the failing write is not half in


def test_a_lock_held_by_another_program_is_busy(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 200)
    database = open_database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WriteFailed) as failed:
            ClientService(database).create(ClientInput(name="Zander KG"))
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.close()
    assert failed.value.reason is WriteProblem.busy
