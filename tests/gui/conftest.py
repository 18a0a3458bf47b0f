"""GUI fixtures: the real MainWindow, wired as app.py wires it, on a temporary database and a
temporary settings file."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from workbook.app import build_window
from workbook.services.workspace import Workspace, build_workspace
from workbook.store.database import open_database
from workbook.ui.common import page_loader
from workbook.ui.common.i18n import Translations
from workbook.ui.shell.collector import MainThreadCollector
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.settings import Settings


@pytest.fixture(autouse=True, scope="session")
def collected_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """Python's cycle collector only on the UI thread, as app.py arranges it."""
    MainThreadCollector(qapp)
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test(collected_on_the_ui_thread: None) -> Iterator[None]:
    """What a test left in cycles (its window, among others) goes here, not in a worker."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def pages_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lists wait for their query as they do on a quick machine, however busy this one is:
    a test sees each page once it asked for it (tests of the loading itself set 0)."""
    monkeypatch.setattr(page_loader, "SETTLE_MS", 10_000)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    # The first start's question about the practice would block every test in its exec();
    # tests/gui/test_preferences.py asks for it.
    settings.practice_asked = True
    return settings


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations()
    translations.switch("en")
    yield translations
    translations.switch("en")  # the QApplication outlives the test


@pytest.fixture
def opened_window(
    qtbot: QtBot, db_path: Path, settings: Settings, translations: Translations
) -> Iterator[MainWindow]:
    """The window as it opens the database: on its first tab, Today."""
    window = build_window(settings, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_database(db_path, wait=True)
    yield window
    window.close()


@pytest.fixture
def window(opened_window: MainWindow) -> MainWindow:
    """The window on its Clients tab, where most tests begin (Today is the first tab)."""
    tab = opened_window.clients_tab
    assert tab is not None
    opened_window.tabs.setCurrentWidget(tab)
    tab.take_focus()
    return opened_window


@pytest.fixture
def colleague(window: MainWindow, db_path: Path) -> Iterator[Workspace]:
    """Another program on the window's database (its own connections)."""
    other = open_database(db_path)
    yield build_workspace(other)
    other.close()


DialogHandler = Callable[[QDialog], None]


@pytest.fixture
def on_dialog(qtbot: QtBot) -> Iterator[Callable[..., None]]:
    """Run `handler` on the next modal dialog of class `kind` once it is open (exec() blocks
    the test). Armed from inside another handler, it waits for the dialog that one opens.

    A handler whose dialog never opened fails its test and stops waiting: its polling would
    outlive the test and take a later test's dialog from that test's own handler. `unless`:
    armed for a dialog that should not open (answered should it open, so that the test fails
    on what it said instead of blocking), and fine when it does not."""
    waiting: list[tuple[DialogHandler, bool]] = []  # armed: the handler, its dialog must open

    def arm(handler: DialogHandler, kind: type[QDialog] = QDialog, *, unless: bool = False) -> None:
        current = QApplication.activeModalWidget()
        armed = (handler, not unless)
        waiting.append(armed)

        def poll() -> None:
            if not any(armed is other for other in waiting):  # the test has ended
                return
            dialog: QWidget | None = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible() and dialog is not current:
                waiting[:] = [other for other in waiting if other is not armed]
                try:
                    handler(dialog)
                except BaseException:
                    dialog.reject()  # a failed handler must not leave the test blocked in exec()
                    raise
            else:
                QTimer.singleShot(10, poll)

        QTimer.singleShot(0, poll)

    yield arm
    never = [handler.__name__ for handler, must in waiting if must]
    waiting.clear()
    assert not never, f"armed for a dialog that never opened: {', '.join(never)}"
