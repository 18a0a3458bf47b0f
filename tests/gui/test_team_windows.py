"""Two windows on one database on the suite's PostgreSQL server, as two colleagues have it:
a save over the other's change is refused with what they changed and the edit kept; each
window's list shows the other's saves within a few seconds, keeping its selection. No lock
file; Back up now is pg_dump's, or says why there is none; Check database checks the server's
database as `main.py check` does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from tests.engagement_factories import answer_required, make_engagement
from tests.factories import make_client
from tests.gui.keyboard import type_text
from tests.postgres import Server
from workbook.app import build_window
from workbook.services.clients.shapes import ClientRow
from workbook.store.locations import ServerAddress, server_address
from workbook.store.server import dump
from workbook.ui.clients.tab import ClientsTab
from workbook.ui.common.i18n import Translations
from workbook.ui.shell.backups.check_report import CheckReport
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.settings import Settings

pytestmark = [pytest.mark.gui, pytest.mark.postgres]
OnDialog = Callable[..., None]


@pytest.fixture
def address(pg_url: str) -> ServerAddress:
    return server_address(pg_url)


def _window(
    qtbot: QtBot, address: ServerAddress, settings: Path, translations: Translations
) -> MainWindow:
    store = Settings(QSettings(str(settings), QSettings.Format.IniFormat))
    store.practice_asked = True
    window = build_window(store, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(address, wait=True)
    clients = window.clients_tab
    assert clients is not None
    window.tabs.setCurrentWidget(clients)
    return window


@pytest.fixture
def two_windows(
    qtbot: QtBot, address: ServerAddress, tmp_path: Path, translations: Translations
) -> Iterator[tuple[MainWindow, MainWindow]]:
    anna = _window(qtbot, address, tmp_path / "anna.ini", translations)
    ben = _window(qtbot, address, tmp_path / "ben.ini", translations)
    yield anna, ben
    for window in (anna, ben):
        window.close()


def _tab(window: MainWindow) -> ClientsTab:
    assert window.clients_tab is not None
    return window.clients_tab


def _names(window: MainWindow) -> list[str]:
    tab = _tab(window)
    return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]


def _row(window: MainWindow, client_id: int) -> ClientRow:
    model = _tab(window).model
    return next(
        model.row_at(row) for row in range(model.rowCount()) if model.row_at(row).id == client_id
    )


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _edit(qtbot: QtBot, field: str, text: str) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        line = dialog.findChild(QLineEdit, field)
        line.selectAll()
        type_text(qtbot, line, text)
        _ok(dialog)

    return fill


def test_two_colleagues_edit_one_client_at_once_and_lose_nothing(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot, on_dialog: OnDialog
) -> None:
    anna, ben = two_windows
    assert anna.database is not None
    assert anna.database.on_server
    client = make_client(anna.database.workspace.clients, "Alt GmbH")
    other = make_client(anna.database.workspace.clients, "Bäckerei Größl")
    qtbot.waitUntil(lambda: _names(ben) == ["Alt GmbH", "Bäckerei Größl"], timeout=6000)
    _tab(ben).select(other)
    _tab(anna).reload()
    _tab(anna).select(client)
    _tab(ben).select(client)
    told: list[str] = []

    def ben_saves_meanwhile(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "industry"), "Bäckerei")
        on_dialog(_edit(qtbot, "phone", "030 2"))  # Anna's dialog, while Ben's is open
        _tab(anna).edit_action.trigger()

        def load(box: QDialog) -> None:
            told.append(box.text())  # type: ignore[attr-defined]
            box.findChild(QPushButton, "loadTheirVersion").click()

        on_dialog(load, QMessageBox)
        _ok(dialog)  # refused: Anna saved first
        _ok(dialog)  # over Anna's version, now in Ben's form

    on_dialog(ben_saves_meanwhile)
    qtbot.keyClick(_tab(ben).view, Qt.Key.Key_F2)
    assert told == [
        "Someone else changed this client since you opened it: Phone. Your edits are still in "
        "the form; load their version to see theirs with your edits on top, then save again."
    ]
    saved = anna.database.workspace.clients.get(client)
    assert (saved.phone, saved.industry) == ("030 2", "Bäckerei")
    # Anna's list shows Ben's save, her selection on the other client kept.
    _tab(anna).select(other)
    qtbot.waitUntil(lambda: _row(anna, client).industry == "Bäckerei", timeout=6000)
    assert _tab(anna).selected_id() == other
    assert anna.statusBar().currentMessage() == (
        "Updated with changes saved by a colleague or elsewhere"
    )


@pytest.fixture
def window_on_server(
    qtbot: QtBot, address: ServerAddress, tmp_path: Path, translations: Translations
) -> Iterator[MainWindow]:
    window = _window(qtbot, address, tmp_path / "settings.ini", translations)
    yield window
    window.close()


def test_a_server_database_has_no_lock_file_nor_file_backups_to_restore(
    window_on_server: MainWindow,
) -> None:
    window = window_on_server
    assert window.database is not None
    assert window.database.lock is None  # type: ignore[attr-defined]
    assert window.windowTitle().startswith(str(window.database.location))
    assert window.menus.backup.isEnabled()
    assert not window.menus.restore_backup.isEnabled()
    assert window.menus.check_database.isEnabled()  # what `main.py check` does on a server


def test_back_up_now_writes_pg_dumps_file(
    window_on_server: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "sicherung"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), ""))
    window_on_server.menus.backup.trigger()
    written = tmp_path / "sicherung.dump"
    qtbot.waitUntil(
        lambda: window_on_server.statusBar().currentMessage() == f"Backup saved as {written}",
        timeout=20_000,
    )
    assert written.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format


def test_without_pg_dump_back_up_now_explains_why_not(
    window_on_server: MainWindow, monkeypatch: pytest.MonkeyPatch, on_dialog: OnDialog
) -> None:
    monkeypatch.setattr(dump, "pg_dump_program", lambda: None)
    told: list[str] = []

    def read(box: QDialog) -> None:
        told.append(box.text())  # type: ignore[attr-defined]
        box.accept()

    on_dialog(read, QMessageBox)
    window_on_server.menus.backup.trigger()
    assert told == [
        "Backing up a server database needs PostgreSQL's pg_dump, which is not installed on "
        "this computer (Debian: postgresql-client). Whoever runs the server can back it up "
        "with pg_dump instead."
    ]


def test_preferences_say_a_server_database_is_not_copied_here(
    window_on_server: MainWindow, on_dialog: OnDialog
) -> None:
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        dialog.show_page("backups")  # type: ignore[attr-defined]
        note = dialog.findChild(QLabel, "serverBackupNote")
        seen.append(note.text() if note is not None and note.isVisibleTo(dialog) else "")
        dialog.reject()

    on_dialog(read)
    window_on_server.menus.preferences.trigger()
    assert len(seen) == 1
    assert seen[0].startswith("The workbook open now is on a server: no automatic copies")


def test_another_applications_database_is_refused_untouched(
    qtbot: QtBot,
    postgres_server: Server,
    pg_url: str,
    settings: Settings,
    translations: Translations,
    on_dialog: OnDialog,
) -> None:
    with postgres_server.admin(server_address(pg_url).database) as connection:
        connection.execute("CREATE TABLE invoices (id int PRIMARY KEY)")
    told: list[str] = []
    for url in (pg_url, "postgresql://suite@127.0.0.1:1/workbook"):
        window = build_window(settings, translations)
        qtbot.addWidget(window)

        def read(box: QDialog) -> None:
            told.append(box.text())  # type: ignore[attr-defined]
            box.accept()

        on_dialog(read, QMessageBox)
        assert not window.open_database(server_address(url), wait=True)
        window.close()
    assert told[0] == (
        "The database on the server holds the tables of another application.\n\n"
        f"{pg_url}\n\nThe database has not been changed."
    )
    assert told[1].startswith("The server could not be reached or refused the login: ")
    with postgres_server.admin(server_address(pg_url).database) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("invoices",)]


def test_check_database_on_a_server_reports_in_words(
    window_on_server: MainWindow,
    qtbot: QtBot,
    postgres_server: Server,
    address: ServerAddress,
    on_dialog: OnDialog,
) -> None:
    seen: list[dict[str, object]] = []

    def read(report: CheckReport) -> None:
        seen.append({
            "summary": report.summary.text(),
            "details": report.details.toPlainText(),
            "details shown": report.details.isVisibleTo(report),
        })  # fmt: skip
        report.reject()

    def check() -> None:
        before = len(seen)
        on_dialog(read, CheckReport)
        window_on_server.menus.check_database.trigger()
        qtbot.waitUntil(lambda: len(seen) > before, timeout=10_000)

    check()
    with postgres_server.admin(address.database) as connection:  # a hand's slip on the server
        connection.execute("DROP TRIGGER workbook_changes_client ON client")
    check()
    sound, damaged = seen
    assert sound == {
        "summary": f"<b>{address} is sound.</b><br>The schema's revision, its tables with their "
        "foreign keys, and the counting of colleagues' changes found no problem.",
        "details": "",
        "details shown": False,
    }
    assert damaged == {
        "summary": f"<b>{address}: 1 problem(s) found.</b><br>Nothing was changed. Give this "
        "report to whoever runs the server; they can restore a backup made with pg_dump.",
        "details": "change counting: table client has no trigger: other windows would not see "
        "its changes",
        "details shown": True,
    }


def test_a_wrong_count_on_a_server_is_repaired_from_the_window(
    window_on_server: MainWindow,
    qtbot: QtBot,
    postgres_server: Server,
    address: ServerAddress,
    on_dialog: OnDialog,
) -> None:
    """As `main.py check --repair` does on a server: the report offers Repair, which recounts
    through the window's own connection, and checks again."""
    assert window_on_server.database is not None
    workspace = window_on_server.database.workspace
    engagement = make_engagement(workspace.engagements, make_client(workspace.clients))
    answer_required(workspace.clarification, engagement)
    required = workspace.clarification.completeness(engagement).required
    with postgres_server.admin(address.database) as connection:  # the triggers recount answers
        connection.execute("UPDATE engagement SET answered_required = answered_required + 5")
    seen: dict[str, object] = {}

    def repair(report: CheckReport) -> None:
        seen["before"] = report.summary.text()
        report.repair_button.click()
        qtbot.waitUntil(lambda: not report.repair_button.isVisibleTo(report), timeout=10_000)
        seen["after"] = report.summary.text()
        report.reject()

    on_dialog(repair, CheckReport)
    window_on_server.menus.check_database.trigger()
    qtbot.waitUntil(lambda: "after" in seen, timeout=20_000)
    assert str(seen["before"]).startswith(
        f"<b>{address}: some engagements show a wrong count of answered questions.</b>"
    )
    assert seen["after"] == "<b>Recounted 1 engagement(s); the database is sound.</b>"
    assert workspace.clarification.completeness(engagement).answered_required == required
