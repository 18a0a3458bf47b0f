"""Main window: opening and refusing files, one instance per database, settings, backup."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from tests.users import ROOT, environment
from workbook.cli.main import main
from workbook.ui.common import page_loader
from workbook.ui.shell.lock import acquire, lock_path
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.tabs import TABS

pytestmark = pytest.mark.gui


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def test_foreign_file_is_refused_with_a_message_and_left_alone(
    window: MainWindow, tmp_path: Path, errors: list[str]
) -> None:
    before = window.database
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("Müller;Einkauf\n")
    assert not window.open_database(notes, wait=True)
    assert "not a Client Workbook database" in errors[0]
    assert "has not been changed" in errors[0]
    assert notes.read_text() == "Müller;Einkauf\n"
    assert window.database is before  # the open workbook stays open
    assert not lock_path(notes).exists()


def test_second_instance_is_told_the_database_is_in_use(
    window: MainWindow, tmp_path: Path, errors: list[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    held = acquire(other)  # as another running window would
    assert held is not None
    try:
        assert not window.open_database(other, wait=True)
    finally:
        held.release()
    assert "open in another Client Workbook window" in errors[0]
    assert not other.exists()


def _killed_holder(database: Path) -> str:
    """The lock file a window killed while it had `database` open leaves behind."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
         "from workbook.ui.shell.lock import acquire\n"
         "lock = acquire(Path(sys.argv[1]))\nprint('held', flush=True)\ntime.sleep(60)",
         str(database)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env=environment(database.parent),
    )  # fmt: skip
    assert holder.stdout is not None
    assert holder.stdout.readline() == "held\n"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    return lock_path(database).read_text()


def test_stale_lock_of_a_killed_window_is_taken_over(
    window: MainWindow, tmp_path: Path, errors: list[str]
) -> None:
    other = tmp_path / "crashed.sqlite3"
    _killed_holder(other)
    assert window.open_database(other, wait=True)
    assert window.database is not None
    assert window.database.path == other


@pytest.mark.parametrize("now_running", ["this process", "another program"])
def test_stale_lock_whose_process_id_was_given_again_is_taken_over(
    window: MainWindow, tmp_path: Path, errors: list[str], now_running: str
) -> None:
    """After a restart (a container, a reboot) the killed window's process id often belongs to
    a running program again, even to this one: its name and host match, yet nothing holds the
    lock."""
    other = tmp_path / "restarted.sqlite3"
    _pid, *rest = _killed_holder(other).splitlines()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        pid = os.getpid() if now_running == "this process" else sleeper.pid
        lock_path(other).write_text("\n".join([str(pid), *rest]) + "\n")
        opened = window.open_database(other, wait=True)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert errors == []
    assert opened
    assert window.database is not None
    assert window.database.path == other


def test_open_new_database_from_the_file_menu_and_remember_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = tmp_path / "neu.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(fresh), ""))
    with qtbot.waitSignal(window.open_finished):
        window.menus.new_database.trigger()
    assert window.database is not None
    assert window.database.path == fresh
    assert "neu.sqlite3" in window.windowTitle()
    assert window._deps.settings.last_database == fresh
    assert window._deps.settings.recent_databases[0] == fresh
    window.menus.recent.aboutToShow.emit()
    assert next(a.text() for a in window.menus.recent.actions()) == str(fresh)


def test_back_up_now_writes_a_copy_in_the_background(
    window: MainWindow, qtbot: QtBot, db_path: Path
) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Sicher GmbH")
    window.menus.backup.trigger()
    qtbot.waitUntil(lambda: "Backup saved as" in window.statusBar().currentMessage())
    copies = list(db_path.parent.glob("workbook-backup-*.sqlite3"))
    assert len(copies) == 1


def test_geometry_is_remembered(window: MainWindow) -> None:
    window.resize(640, 480)
    window.close()
    assert window._deps.settings.geometry is not None
    assert window.database is None  # closing released the database and its lock


@pytest.mark.parametrize(
    ("table", "column", "settle_ms"),
    [
        # Today's first read fails in its worker (the clients list reads it too)
        ("client", "feedback_interval_days", page_loader.SETTLE_MS),
        # only the support plans list reads it: its tab, built on a later turn, fails while
        # it is built ...
        ("support_plan", "price_per_period", 60_000),
        # ... or its first page fails after the tab was built, in the loader's slot
        ("support_plan", "price_per_period", 0),
    ],
)
def test_a_file_whose_lists_cannot_be_read_is_closed_in_one_sentence(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
    table: str,
    column: str,
    settle_ms: int,
) -> None:
    """A file another tool edited: it opens (sound pages, the right schema number), but a
    list's query fails while its tab is built or in its first load."""
    monkeypatch.setattr(page_loader, "SETTLE_MS", settle_ms)
    edited = tmp_path / "edited.sqlite3"
    assert main(["demo", "--db", str(edited), "--clients", "2"]) == 0
    connection = sqlite3.connect(edited)
    connection.execute(f"ALTER TABLE {table} RENAME COLUMN {column} TO renamed")
    connection.commit()
    connection.close()
    finished: list[bool] = []
    window.open_finished.connect(finished.append)
    window.open_database(edited)
    qtbot.waitUntil(lambda: window.database is None and finished[-1:] == [False], timeout=10_000)
    qtbot.wait(100)  # the other lists that fail the same way tell nothing more
    (told,) = errors
    assert told.startswith("The database could not be shown: ")
    assert column in told
    assert "\n" not in told.split(": ", 1)[1]  # the reason on one line, no SQL or traceback
    assert window.feature_tabs == {}
    assert not lock_path(edited).exists()  # released: the file can be opened again once fixed
    window.open_database(edited)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=10_000)
    assert window.database is None
    assert window.open_database(tmp_path / "fresh.sqlite3", wait=True)


def _titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def test_the_first_tab_shows_before_the_others_are_built_and_they_follow_in_order(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Start-up: the first page paints before the other features are imported and queried;
    one asked for before its turn (Ctrl+J at once, say) is built then, in its place."""
    all_titles = _titles(window)
    journal = [spec.key for spec in TABS].index("journal")
    seen: dict[str, object] = {}

    def opened(_ok: bool) -> None:
        seen["built"] = list(window.feature_tabs)
        seen["current"] = window.tabs.currentWidget()
        assert window.journal_tab is not None
        seen["titles"] = _titles(window)

    window.open_finished.connect(opened)
    window.open_database(tmp_path / "second.sqlite3")
    qtbot.waitUntil(lambda: "titles" in seen)
    assert seen["built"] == [TABS[0].key]
    assert seen["current"] is window.feature_tabs[TABS[0].key]
    assert seen["titles"] == [all_titles[0], all_titles[journal]]
    qtbot.waitUntil(lambda: window.tabs.count() == len(all_titles))
    assert _titles(window) == all_titles
