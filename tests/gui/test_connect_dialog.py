"""File ▸ Connect to server…: a database on the suite's PostgreSQL server opened by keyboard,
with the password typed in the dialog and kept nowhere but in the driver's hands (and, when
asked to and the computer has one, the keyring); a refused password or a server that is not
there is one sentence in the dialog, which keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from tests.gui.keyboard import type_text
from tests.gui.test_mnemonics import mnemonic
from tests.keyrings import MemoryKeyring
from tests.postgres import SECRET_PASSWORD, SECRET_USER, Server
from workbook import APP_NAME
from workbook.app import build_window
from workbook.store.header import APPLICATION_ID
from workbook.store.locations import server_address
from workbook.ui.common.i18n import Translations
from workbook.ui.shell.connect_dialog import ConnectDialog
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.settings import Settings

pytestmark = [pytest.mark.gui, pytest.mark.postgres]
OnDialog = Callable[..., None]
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def empty_window(
    qtbot: QtBot, settings: Settings, translations: Translations
) -> Iterator[MainWindow]:
    window = build_window(settings, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _dialog(window: MainWindow, qtbot: QtBot, on_dialog: OnDialog) -> Callable[..., None]:
    """Opens the dialog from the File menu and runs `fill` on it; returns when it closed."""

    def run(fill: Callable[[ConnectDialog], None]) -> None:
        on_dialog(fill, ConnectDialog)
        window.menus.connect_server.trigger()

    return run


def _type_by_keyboard(qtbot: QtBot, dialog: QDialog, fields: dict[Qt.Key, str]) -> None:
    """Alt+letter to each field (the mnemonics), then the text; the old text replaced."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for key, text in fields.items():
        qtbot.keyClick(dialog, key, ALT)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit), (key, focused)
        assert focused.window() is dialog
        focused.selectAll()
        type_text(qtbot, focused, text)


def _fill(qtbot: QtBot, dialog: QDialog, server: Server, database: str, password: str) -> None:
    _type_by_keyboard(
        qtbot,
        dialog,
        {Qt.Key.Key_S: server.host, Qt.Key.Key_D: database, Qt.Key.Key_U: SECRET_USER,
         Qt.Key.Key_W: password},
    )  # fmt: skip
    qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
    port = QApplication.focusWidget()
    assert port is not None
    assert "port" in (port.objectName(), port.parent().objectName())
    qtbot.keyClick(port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, port, str(server.port))


def _problem(dialog: ConnectDialog) -> str:
    """Why it did not open; nothing while it connects ("Connecting…")."""
    label = dialog.findChild(QLabel, "connectProblem")
    return label.text() if label.isVisible() and dialog.connect_button.isEnabled() else ""


def test_connecting_by_keyboard_opens_the_database_and_keeps_no_password(
    empty_window: MainWindow,
    qtbot: QtBot,
    on_dialog: OnDialog,
    postgres_server: Server,
    guarded_database: str,
    settings: Settings,
    no_keyring: KeyringBackend,
) -> None:
    seen: dict[str, object] = {}

    def connect(dialog: ConnectDialog) -> None:
        remember = dialog.findChild(QCheckBox, "rememberPassword")
        qtbot.waitUntil(lambda: remember.toolTip().startswith("This computer has no keyring"))
        seen["remember enabled"] = remember.isEnabled()
        _fill(qtbot, dialog, postgres_server, guarded_database, SECRET_PASSWORD)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Connect is the default button
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    _dialog(empty_window, qtbot, on_dialog)(connect)
    qtbot.waitUntil(lambda: empty_window.database is not None, timeout=15_000)
    assert seen["remember enabled"] is False
    opened = empty_window.database
    assert opened is not None
    assert opened.on_server
    assert make_client(opened.workspace.clients, "Kühne AG") > 0  # with the password typed
    url = postgres_server.url(guarded_database, user=SECRET_USER)
    assert str(opened.location) == url
    assert SECRET_PASSWORD not in empty_window.windowTitle()
    settings.sync()
    text = Path(settings.file_name()).read_text()
    assert url in text
    assert SECRET_PASSWORD not in text
    assert settings.last_database == server_address(url)
    assert settings.recent_databases == [server_address(url)]
    assert {action.text() for action in _recent(empty_window)} == {url}


def _recent(window: MainWindow) -> list[QAction]:
    window.menus.recent.aboutToShow.emit()
    return list(window.menus.recent.actions())


def test_a_refused_password_is_one_sentence_and_keeps_what_was_typed(
    empty_window: MainWindow,
    qtbot: QtBot,
    on_dialog: OnDialog,
    postgres_server: Server,
    guarded_database: str,
    settings: Settings,
    no_keyring: KeyringBackend,
) -> None:
    seen: dict[str, str] = {}

    def wrong_then_right(dialog: ConnectDialog) -> None:
        _fill(qtbot, dialog, postgres_server, guarded_database, "not it")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: _problem(dialog) != "", timeout=15_000)
        seen["problem"] = _problem(dialog)
        seen["focus"] = QApplication.focusWidget().objectName()
        seen["host"] = dialog.findChild(QLineEdit, "host").text()
        seen["database"] = dialog.findChild(QLineEdit, "database").text()
        seen["user"] = dialog.findChild(QLineEdit, "user").text()
        assert dialog.isVisible()
        password = dialog.findChild(QLineEdit, "password")
        type_text(qtbot, password, SECRET_PASSWORD)  # the wrong one is selected: replaced
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    _dialog(empty_window, qtbot, on_dialog)(wrong_then_right)
    assert seen == {
        "problem": "The server refused this user name and password.",
        "focus": "password",
        "host": postgres_server.host,
        "database": guarded_database,
        "user": SECRET_USER,
    }
    qtbot.waitUntil(lambda: empty_window.database is not None, timeout=15_000)
    assert "not it" not in Path(settings.file_name()).read_text()


def test_a_server_that_is_not_there_and_empty_fields_are_told_in_the_dialog(
    empty_window: MainWindow, qtbot: QtBot, on_dialog: OnDialog, no_keyring: KeyringBackend
) -> None:
    seen: dict[str, str] = {}

    def nowhere(dialog: ConnectDialog) -> None:
        dialog.findChild(QLineEdit, "user").clear()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        seen["errors"] = " | ".join(
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.styleSheet() and label.objectName() != "connectProblem"
        )
        _type_by_keyboard(
            qtbot, dialog, {Qt.Key.Key_S: "127.0.0.1", Qt.Key.Key_D: "nowhere",
                            Qt.Key.Key_U: "anna"},
        )  # fmt: skip
        dialog.findChild(QSpinBox, "port").setValue(1)  # nothing listens there
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: _problem(dialog) != "", timeout=15_000)
        seen["problem"] = _problem(dialog)
        seen["host"] = dialog.findChild(QLineEdit, "host").text()
        dialog.reject()

    _dialog(empty_window, qtbot, on_dialog)(nowhere)
    assert seen["errors"] == (
        "Enter the server's name or address, such as db.example.com. | "
        "Enter the name of the database on the server. | Enter your user name on the server."
    )
    assert seen["problem"].startswith("The server could not be reached or refused the connection: ")
    assert "\n" not in seen["problem"]
    assert seen["host"] == "127.0.0.1"
    assert empty_window.database is None


def test_a_remembered_password_is_in_the_keyring_and_opens_the_database_next_time(
    empty_window: MainWindow,
    qtbot: QtBot,
    on_dialog: OnDialog,
    postgres_server: Server,
    guarded_database: str,
    settings: Settings,
    memory_keyring: MemoryKeyring,
    translations: Translations,
    tmp_path: Path,
) -> None:
    def connect(dialog: ConnectDialog) -> None:
        remember = dialog.findChild(QCheckBox, "rememberPassword")
        qtbot.waitUntil(remember.isEnabled)
        _fill(qtbot, dialog, postgres_server, guarded_database, SECRET_PASSWORD)
        qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)  # ticks it
        qtbot.waitUntil(remember.isChecked)  # a mnemonic clicks it in a moment (animateClick)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    _dialog(empty_window, qtbot, on_dialog)(connect)
    url = postgres_server.url(guarded_database, user=SECRET_USER)
    qtbot.waitUntil(lambda: bool(memory_keyring.kept), timeout=5000)  # stored in a worker
    assert memory_keyring.kept == {("Client Workbook", url): SECRET_PASSWORD}
    assert SECRET_PASSWORD not in Path(settings.file_name()).read_text()
    empty_window.close()
    # The next start opens the last database with the password from the keyring.
    again = Settings(QSettings(settings.file_name(), QSettings.Format.IniFormat))
    later = build_window(again, translations)
    qtbot.addWidget(later)
    later.show()
    last = again.last_database
    assert last is not None
    assert later.open_database(last, wait=True)
    later.close()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_dialogs_mnemonics_are_its_own(
    empty_window: MainWindow, qtbot: QtBot, no_keyring: KeyringBackend, language: str
) -> None:
    """Unique in the dialog, and none of a menu's (Alt+letter must not open a menu the
    dialog hides) — in either language."""
    empty_window.switch_language(language)
    qtbot.wait(10)
    dialog = ConnectDialog(empty_window)
    qtbot.addWidget(dialog)
    buttons = [button.text() for button in dialog.findChildren(QAbstractButton)]
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts = [text for text in buttons + labels if mnemonic(text) is not None]
    letters = [mnemonic(text) for text in texts]
    menus = {mnemonic(action.text()) for action in empty_window.menuBar().actions()}
    assert len(letters) == len(set(letters)) == 7, texts
    assert not set(letters) & menus, texts
    file_menu = [mnemonic(action.text()) for action in empty_window.menus.file.actions()]
    file_menu = [letter for letter in file_menu if letter is not None]
    assert len(file_menu) == len(set(file_menu))


def test_a_remembered_server_without_its_password_asks_for_it_filled_in(
    empty_window: MainWindow,
    qtbot: QtBot,
    on_dialog: OnDialog,
    postgres_server: Server,
    guarded_database: str,
    no_keyring: KeyringBackend,
) -> None:
    """As at the next start, or from Open recent: the dialog, with the server filled in."""
    address = server_address(postgres_server.url(guarded_database, user=SECRET_USER))
    seen: dict[str, object] = {}

    def type_the_password(dialog: ConnectDialog) -> None:
        seen["fields"] = [
            dialog.findChild(QLineEdit, name).text() for name in ("host", "database", "user")
        ]
        seen["port"] = dialog.findChild(QSpinBox, "port").value()
        seen["problem"] = _problem(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        seen["focus"] = QApplication.focusWidget().objectName()
        type_text(qtbot, QApplication.focusWidget(), SECRET_PASSWORD)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    on_dialog(type_the_password, ConnectDialog)
    assert not empty_window.open_database(address, wait=True)
    qtbot.waitUntil(lambda: empty_window.database is not None, timeout=15_000)
    assert seen == {
        "fields": [postgres_server.host, guarded_database, SECRET_USER],
        "port": postgres_server.port,
        "problem": "The server asks for a password: type it in above.",
        "focus": "password",
    }
    assert empty_window.database is not None
    assert empty_window.database.location == address


def test_files_and_servers_share_the_recent_list(settings: Settings, tmp_path: Path) -> None:
    server = server_address("postgresql://anna@db.example.com:5433/workbook")
    settings.remember_database(tmp_path / "a.sqlite3")
    settings.remember_database(server)
    settings.remember_database(tmp_path / "a.sqlite3")
    assert settings.recent_databases == [tmp_path / "a.sqlite3", server]
    settings.sync()
    ini = Path(settings.file_name())
    # Edited by hand into a URL with a password: left out, never opened with it.
    ini.write_text(ini.read_text().replace("anna@", "anna:secret@"))
    again = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert again.recent_databases == [tmp_path / "a.sqlite3"]


def _apps_connections(server: Server, database: str) -> int:
    with server.admin() as connection:
        found = connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = %s",
            (database, APP_NAME),
        ).fetchone()
    assert found is not None
    return int(found[0])


def test_cancel_while_connecting_abandons_the_opening(
    empty_window: MainWindow,
    qtbot: QtBot,
    on_dialog: OnDialog,
    postgres_server: Server,
    guarded_database: str,
    no_keyring: KeyringBackend,
) -> None:
    """The opening waits for a colleague's app that is making the database ours just then
    (its lock); Cancel, and what the opening brings afterwards is closed, never shown."""
    seen: dict[str, object] = {}

    def cancel_while_connecting(dialog: ConnectDialog) -> None:
        _fill(qtbot, dialog, postgres_server, guarded_database, SECRET_PASSWORD)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        problem = dialog.findChild(QLabel, "connectProblem")
        qtbot.waitUntil(lambda: problem.isVisible() and problem.text() == "Connecting…")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["closed"] = not dialog.isVisible()

    with postgres_server.admin(guarded_database) as colleague:
        colleague.execute("SELECT pg_advisory_lock(%s)", (APPLICATION_ID,))
        _dialog(empty_window, qtbot, on_dialog)(cancel_while_connecting)
        assert seen == {"closed": True}
        assert not empty_window.opening
        assert empty_window.statusBar().currentMessage() == ""
        colleague.execute("SELECT pg_advisory_unlock(%s)", (APPLICATION_ID,))
    assert QThreadPool.globalInstance().waitForDone(15_000)
    qtbot.waitUntil(lambda: _apps_connections(postgres_server, guarded_database) == 0)
    qtbot.wait(50)
    assert empty_window.database is None
    assert empty_window.windowTitle() == APP_NAME
