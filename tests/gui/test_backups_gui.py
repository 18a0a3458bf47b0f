"""Backups in the window (issue 15, point 5): automatic ones at most every interval while the
data changes and on close, in a worker; File ▸ Restore from backup… lists them with date and
size and restores after a confirmation, the current state saved first; Help ▸ Check database…
reports what `main.py check` finds."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from tests.factories import client_names_in_file, make_client
from workbook.store.backup_folder import (
    BackupKind,
    automatic_backup,
    backups_folder,
    stored_backups,
)
from workbook.ui.shell.backups import schedule
from workbook.ui.shell.backups.check_report import CheckReport
from workbook.ui.shell.backups.restore_dialog import RestoreDialog
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.preferences.dialog import Page, PreferencesDialog
from workbook.ui.shell.settings import Settings

pytestmark = pytest.mark.gui


def _automatic(db_path: Path) -> list[Path]:
    folder = backups_folder(db_path)
    return sorted(folder.glob("workbook-2*.sqlite3")) if folder.is_dir() else []


def _shown(window: MainWindow) -> list[str]:
    tab = window.clients_tab
    assert tab is not None
    return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]


def _new_client(window: MainWindow, name: str) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, name)


@pytest.fixture
def short_interval(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(schedule, "INTERVAL_MS", 400)
    return 400


def test_a_change_is_backed_up_once_the_interval_is_over(
    window: MainWindow, qtbot: QtBot, db_path: Path, short_interval: int
) -> None:
    qtbot.wait(short_interval + 200)
    assert _automatic(db_path) == []  # nothing changed, nothing to back up
    _new_client(window, "Kühne Logistik")
    _new_client(window, "Weiß & Söhne")
    qtbot.waitUntil(
        lambda: "Automatic backup saved as" in window.statusBar().currentMessage(), timeout=5000
    )
    (copy,) = _automatic(db_path)
    assert sorted(client_names_in_file(copy)) == [
        "Kühne Logistik",
        "Weiß & Söhne",
    ]  # both, in one backup
    qtbot.wait(short_interval + 200)
    assert len(_automatic(db_path)) == 1  # no change since


def test_the_automatic_backups_keep_as_many_days_as_the_preferences_say(
    window: MainWindow, db_path: Path, settings: Settings, on_dialog: Callable[..., None]
) -> None:
    today = datetime.now().replace(microsecond=0)
    for days_ago in range(1, 6):
        automatic_backup(db_path, now=today - timedelta(days=days_ago))
    assert len(_automatic(db_path)) == 5  # the default rotation keeps 12 days
    seen: dict[str, object] = {}

    def keep_two_days(dialog: PreferencesDialog) -> None:
        dialog.show_page(Page.backups)
        names = ("dailyBackups", "weeklyBackups", "monthlyBackups")
        seen["defaults"] = [dialog.findChild(QSpinBox, name).value() for name in names]
        daily = dialog.findChild(QSpinBox, "dailyBackups")
        daily.setValue(0)  # at least one day stays: the copy just taken
        seen["lowest"] = daily.value()
        daily.setValue(2)
        dialog.findChild(QSpinBox, "weeklyBackups").setValue(0)
        dialog.findChild(QSpinBox, "monthlyBackups").setValue(0)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_dialog(keep_two_days, PreferencesDialog)
    window.menus.preferences.trigger()
    assert seen == {"defaults": [12, 10, 9], "lowest": 1}
    assert (settings.backup_rotation.daily, settings.backup_rotation.weekly) == (2, 0)
    _new_client(window, "Kühne Logistik")
    window.close()  # backs up what changed, then rotates
    kept = _automatic(db_path)
    assert len(kept) == 2
    assert client_names_in_file(kept[-1]) == ["Kühne Logistik"]  # the newest stays


def test_closing_backs_up_what_changed_since(
    window: MainWindow, db_path: Path, short_interval: int
) -> None:
    _new_client(window, "Kühne Logistik")
    window.close()
    (copy,) = _automatic(db_path)  # written before close() returned
    assert client_names_in_file(copy) == ["Kühne Logistik"]


def test_closing_without_a_change_writes_no_backup(window: MainWindow, db_path: Path) -> None:
    window.close()
    assert _automatic(db_path) == []


def test_restore_lists_the_backups_and_restores_after_asking(
    window: MainWindow, qtbot: QtBot, db_path: Path, on_dialog: Callable[..., None]
) -> None:
    _new_client(window, "Kühne Logistik")
    older_taken = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    older = automatic_backup(db_path, now=older_taken)
    _new_client(window, "Weiß & Söhne")
    seen: dict[str, object] = {}

    def confirm(box: QMessageBox) -> None:
        seen["question"] = box.text()
        button = box.findChild(QPushButton, "confirmRestoreButton")
        assert button is not None
        button.click()

    def choose(dialog: RestoreDialog) -> None:
        table = dialog.table
        seen["rows"] = [
            [table.item(row, column).text() for column in range(4)]
            for row in range(table.rowCount())
        ]
        on_dialog(confirm, QMessageBox)
        QTest.keyClick(table, Qt.Key.Key_Return)  # the newest, selected: restore it

    on_dialog(choose, RestoreDialog)
    with qtbot.waitSignal(window.open_finished, timeout=10_000):
        window.menus.restore_backup.trigger()
    ((taken, kind, size, name),) = seen["rows"]  # type: ignore[misc]
    assert (kind, name) == ("automatic", older.name)
    moment = QDateTime.fromSecsSinceEpoch(int(older_taken.timestamp()))
    assert taken == QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    assert size == QLocale().formattedDataSize(older.stat().st_size)  # e.g. "324 KiB"
    assert str(seen["question"]).startswith("Replace workbook.sqlite3 with the backup taken ")
    assert _shown(window) == ["Kühne Logistik"]
    assert window.undo_stack.count() == 0
    assert "Restored workbook.sqlite3" in window.statusBar().currentMessage()
    (before,) = backups_folder(db_path).glob("workbook-before-restore-*.sqlite3")
    assert sorted(client_names_in_file(before)) == [
        "Kühne Logistik",
        "Weiß & Söhne",
    ]  # nothing lost
    assert _automatic(db_path) == [older]  # that copy is the last state: no automatic one
    assert [b.kind for b in stored_backups(db_path)] == [
        BackupKind.before_restore, BackupKind.automatic,
    ]  # fmt: skip


def test_cancelling_the_confirmation_restores_nothing(
    window: MainWindow, db_path: Path, on_dialog: Callable[..., None]
) -> None:
    _new_client(window, "Kühne Logistik")
    automatic_backup(db_path)
    _new_client(window, "Weiß & Söhne")
    opened = window.database

    def choose(dialog: RestoreDialog) -> None:
        def cancel(box: QMessageBox) -> None:
            box.button(QMessageBox.StandardButton.Cancel).click()
            dialog.reject()

        on_dialog(cancel, QMessageBox)
        dialog.restore_button.click()

    on_dialog(choose, RestoreDialog)
    window.menus.restore_backup.trigger()
    assert window.database is opened
    assert sorted(client_names_in_file(db_path)) == ["Kühne Logistik", "Weiß & Söhne"]
    assert not list(backups_folder(db_path).glob("*before-restore*"))


def test_no_backups_yet_says_how_they_come(
    window: MainWindow, on_dialog: Callable[..., None]
) -> None:
    seen: list[str] = []

    def look(dialog: RestoreDialog) -> None:
        seen.append(dialog.empty.text() if dialog.empty.isVisibleTo(dialog) else "")
        assert not dialog.restore_button.isEnabled()
        dialog.reject()

    on_dialog(look, RestoreDialog)
    window.menus.restore_backup.trigger()
    assert seen[0].startswith("No backups yet. One is written when you close the workbook")


@pytest.mark.parametrize("damaged", [False, True])
def test_check_database_reports_in_words(
    window: MainWindow, qtbot: QtBot, db_path: Path, on_dialog: Callable[..., None],
    damaged: bool,
) -> None:  # fmt: skip
    _new_client(window, "Kühne Logistik")
    if damaged:  # another program wrote a contact of a client that does not exist
        other = sqlite3.connect(db_path)
        other.execute("PRAGMA foreign_keys=OFF")
        other.execute(
            "INSERT INTO contact (client_id, name, role, department, email, phone, is_primary,"
            " notes, created_at, updated_at, version) VALUES (999, 'Niemand', '', '', '', '',"
            " 0, '', '2026-01-01', '2026-01-01', 1)"
        )
        other.commit()
        other.close()
    seen: dict[str, object] = {}

    def read(report: CheckReport) -> None:
        seen["summary"] = report.summary.text()
        seen["details"] = report.details.toPlainText()
        seen["details shown"] = report.details.isVisibleTo(report)
        report.reject()

    on_dialog(read, CheckReport)
    window.menus.check_database.trigger()
    qtbot.waitUntil(lambda: "summary" in seen, timeout=10_000)
    if damaged:
        assert str(seen["summary"]).startswith("<b>workbook.sqlite3: 1 problem(s) found.</b>")
        assert seen["details"] == "foreign key: contact row 1 refers to a missing client"
        assert seen["details shown"] is True
    else:
        assert str(seen["summary"]).startswith("<b>workbook.sqlite3 is sound.</b>")
        assert seen["details shown"] is False
