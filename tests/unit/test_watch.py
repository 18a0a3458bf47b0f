"""The change watcher reports commits of other programs, never this program's own (issue 9,
point 9)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.factories import make_client
from tests.users import ROOT
from workbook.services.clients.service import ClientService
from workbook.store.database import Database
from workbook.store.watch import ChangeWatcher

# SQLite's data_version; tests/unit/test_colleagues_changes.py covers both backends.
pytestmark = pytest.mark.sqlite


def test_a_commit_by_another_program_is_reported_once(database: Database, tmp_path: Path) -> None:
    csv = tmp_path / "clients.csv"
    csv.write_text("Name\nZander KG\n", encoding="utf-8")
    watcher = ChangeWatcher(database)
    try:
        assert not watcher.changed()
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "import", "--db", str(database.path), str(csv)],
            check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert watcher.changed()
        assert not watcher.changed()
    finally:
        watcher.close()


def test_own_commits_are_not_news(database: Database) -> None:
    clients = ClientService(database)
    watcher = ChangeWatcher(database)
    try:
        make_client(clients, "Bäckerei Größl")
        worker = threading.Thread(target=make_client, args=(clients, "Zander KG"))
        worker.start()
        worker.join()
        assert not watcher.changed()
    finally:
        watcher.close()


def test_another_connection_in_this_process_counts_as_another_program(database: Database) -> None:
    watcher = ChangeWatcher(database)
    other = sqlite3.connect(database.path)
    try:
        other.execute("CREATE TABLE scratch (x)")
        other.commit()
        assert watcher.changed()
    finally:
        other.close()
        watcher.close()
