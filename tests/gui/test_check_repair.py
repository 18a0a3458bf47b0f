"""Help ▸ Check database… on a workbook whose only problem is a wrong count of answered
questions (engagement.answered_required, which another program changed without the
triggers): the report says so in plain words, without a backup's advice, and Repair mends it
through the window's own database — the engagements list follows, the report checks again and
says the database is sound. Beside damage it offers no Repair (nor in a read-only window:
test_read_only_window.py, as another user); a repair that cannot write says why and changes
nothing."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.engagement_factories import answer_required, make_engagement
from tests.factories import make_client
from workbook.domain.changes import ChangeSet
from workbook.store import check
from workbook.store import engine as store_engine
from workbook.store.check import check_location
from workbook.store.locations import Location
from workbook.ui.shell.backups.check_report import CheckReport, RepairOffer
from workbook.ui.shell.main_window import MainWindow

OnDialog = Callable[..., None]
MISCOUNT = 5  # answers another program's UPDATE adds to the stored count


def _stored(db_path: Path) -> int:
    with sqlite3.connect(db_path) as connection:
        return int(connection.execute("SELECT answered_required FROM engagement").fetchone()[0])


def _miscount(db_path: Path) -> None:
    """As another program would: the triggers recount on answers, not on this column."""
    other = sqlite3.connect(db_path)
    other.execute(f"UPDATE engagement SET answered_required = answered_required + {MISCOUNT}")
    other.commit()
    other.close()


def _answered_engagement(window: MainWindow) -> int:
    """An engagement with every required question answered; returns how many those are."""
    assert window.database is not None
    workspace = window.database.workspace
    engagement = make_engagement(workspace.engagements, make_client(workspace.clients))
    answer_required(workspace.clarification, engagement)
    window.apply_changes(ChangeSet.everything())
    return workspace.clarification.completeness(engagement).required


def _clarified(window: MainWindow) -> str:
    """What the engagements list shows in its Clarified column (its one engagement)."""
    tab = window.engagements_tab
    assert tab is not None
    if tab.model.rowCount() != 1:
        return ""
    return str(tab.model.index(0, tab.model.column_index("completeness")).data())


def _check(
    window: MainWindow,
    qtbot: QtBot,
    on_dialog: OnDialog,
    handler: OnDialog,
    meanwhile: Callable[[], object] = lambda: None,
) -> None:
    """Help ▸ Check database; `handler` reads the report. `meanwhile`: done while the check
    runs, before its report is waited for."""
    done: list[bool] = []

    def handle(report: CheckReport) -> None:
        handler(report)
        done.append(True)

    on_dialog(handle, CheckReport)
    window.menus.check_database.trigger()
    meanwhile()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)


def test_repair_recounts_a_wrong_count_and_the_list_follows(
    window: MainWindow, qtbot: QtBot, db_path: Path, on_dialog: OnDialog
) -> None:
    required = _answered_engagement(window)
    qtbot.waitUntil(lambda: _clarified(window) != "")
    right = _clarified(window)
    _miscount(db_path)
    qtbot.waitUntil(lambda: _clarified(window) != right, timeout=10_000)  # the watcher saw it
    seen: dict[str, object] = {}

    def repair(report: CheckReport) -> None:
        seen["before"] = report.summary.text()
        seen["offered"] = report.repair_button.isVisibleTo(report)
        QTest.keyClick(report.focusWidget() or report, Qt.Key.Key_Return)  # the default button
        qtbot.waitUntil(lambda: not report.repair_button.isVisibleTo(report), timeout=10_000)
        seen["after"] = report.summary.text()
        seen["details shown"] = report.details.isVisibleTo(report)
        report.reject()

    _check(window, qtbot, on_dialog, repair)
    assert seen["before"] == (
        "<b>workbook.sqlite3: some engagements show a wrong count of answered questions.</b>"
        "<br>The count is kept beside the answers for the engagements list (“Clarified”) and "
        "no longer matches them; the answers themselves are intact. Repair counts them again "
        "and rebuilds the search index; nothing else is changed."
    )
    assert seen["offered"] is True
    assert seen["after"] == "<b>Recounted 1 engagement(s); the database is sound.</b>"
    assert seen["details shown"] is False
    assert _stored(db_path) == required
    assert check_location(db_path) == []
    qtbot.waitUntil(lambda: _clarified(window) == right, timeout=5_000)


def test_a_wrong_count_beside_damage_keeps_the_backup_advice(
    window: MainWindow, qtbot: QtBot, db_path: Path, on_dialog: OnDialog
) -> None:
    _answered_engagement(window)
    _miscount(db_path)
    other = sqlite3.connect(db_path)
    other.execute("PRAGMA foreign_keys=OFF")
    other.execute("UPDATE engagement SET client_id = 999")  # a client that does not exist
    other.commit()
    other.close()
    seen: dict[str, object] = {}

    def read(report: CheckReport) -> None:
        seen["summary"] = report.summary.text()
        seen["details"] = report.details.toPlainText().splitlines()
        seen["offered"] = report.repair_button.isVisibleTo(report)
        report.reject()

    _check(window, qtbot, on_dialog, read)
    assert seen["summary"] == (
        "<b>workbook.sqlite3: 2 problem(s) found.</b><br>Nothing was changed. Restore a backup "
        "(File ▸ Restore from backup…) or keep a copy of the file for support."
    )
    assert [line.split(":")[0] for line in seen["details"]] == [  # type: ignore[attr-defined]
        "foreign key",
        "answered questions",
    ]
    assert seen["offered"] is False


@pytest.fixture
def busy_soon(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes give up on another program's lock after 0.2 s, not 5 (before the window opens)."""
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 200)


def test_a_repair_that_cannot_write_says_why_and_changes_nothing(
    busy_soon: None, window: MainWindow, qtbot: QtBot, db_path: Path, on_dialog: OnDialog
) -> None:
    required = _answered_engagement(window)
    _miscount(db_path)
    seen: dict[str, object] = {}

    def tell(box: QMessageBox) -> None:
        seen["told"] = box.text()
        box.accept()

    def repair(report: CheckReport) -> None:
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program writing meanwhile
        try:
            on_dialog(tell, QMessageBox)
            report.repair_button.click()
            qtbot.waitUntil(lambda: "told" in seen, timeout=10_000)
        finally:
            other.execute("ROLLBACK")
            other.close()
        seen["again"] = report.repair_button.isVisibleTo(report) and (
            report.repair_button.isEnabled()
        )
        report.reject()

    _check(window, qtbot, on_dialog, repair)
    assert seen["told"] == (
        "Nothing was repaired. Another program is writing to the database. Try again in a moment."
    )
    assert seen["again"] is True
    assert _stored(db_path) == required + MISCOUNT


def test_problems_found_again_after_a_repair_get_the_backup_advice(
    window: MainWindow, db_path: Path
) -> None:
    """What another program may break between the repair and the check after it."""
    miscounted = "answered questions: 1 engagement(s) store another count"
    report = CheckReport(window, db_path, [miscounted], offer=RepairOffer.offered)
    check_problem = "foreign key: engagement row 1 refers to a missing client"
    report.repaired(1, [check_problem])
    assert report.summary.text() == (
        "<b>Recounted 1 engagement(s), but the check still finds 1 problem(s).</b><br>Restore "
        "a backup (File ▸ Restore from backup…) or keep a copy of the file for support."
    )
    assert report.details.toPlainText() == check_problem
    assert not report.repair_button.isVisibleTo(report)
    report.deleteLater()


def test_a_report_that_comes_after_its_workbook_was_closed_offers_no_repair(
    window: MainWindow, qtbot: QtBot, db_path: Path, tmp_path: Path, on_dialog: OnDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Another workbook opened while the check still read the first: Repair would write to a
    file the window let go of."""
    _answered_engagement(window)
    _miscount(db_path)
    held = threading.Event()
    real_check = check.check_location

    def held_check(location: Location) -> list[str]:
        held.wait(20)  # until the other workbook is open: the report comes after that
        return real_check(location)

    monkeypatch.setattr(check, "check_location", held_check)
    seen: dict[str, object] = {}

    def read(report: CheckReport) -> None:
        seen["summary"] = report.summary.text()
        seen["offered"] = report.repair_button.isVisibleTo(report)
        report.reject()

    def open_another() -> None:
        assert window.open_database(tmp_path / "other.sqlite3", wait=True)
        held.set()

    _check(window, qtbot, on_dialog, read, meanwhile=open_another)
    assert str(seen["summary"]).endswith(
        "the answers themselves are intact. The database is no longer open in this window: "
        "open it again to repair it."
    )
    assert seen["offered"] is False
    assert len(check_location(db_path)) == 1  # still the wrong count: nothing written
