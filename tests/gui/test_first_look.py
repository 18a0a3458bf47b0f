"""Today's first look in the window: at start-up the day shows before the workbook has opened
(read by sqlite3 alone), nothing acts on it until the workbook is open, the tab then reads the
day through the services and works as ever; an opening that fails afterwards takes it away."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from workbook.app import ICON, open_workspace
from workbook.demo.generator import fill_demo
from workbook.services.today import first_look as first_look_module
from workbook.services.today.first_look import first_look
from workbook.services.today.shapes import Section, TodayTerms
from workbook.store.database import open_database
from workbook.store.header import DatabaseRefused, Refusal
from workbook.store.prepared import set_path
from workbook.ui.common.i18n import Translations
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.settings import Settings
from workbook.ui.shell.window_parts import WindowDeps
from workbook.ui.today.tab import TodayTab

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
OnDialog = Callable[..., None]


@pytest.fixture
def demo(db_path: Path) -> Path:
    database = open_database(db_path)
    try:
        fill_demo(database, clients=6, today=date.today())
    finally:
        database.close()
    return db_path


class HeldOpening:
    """The window's opening, held after the first look until released (or made to fail)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.refuse = False

    def __call__(self, location: Any, restore_from: Any = None, **options: Any) -> Any:
        glimpse = options.pop("glimpse", None)

        def held(path: Path) -> None:
            if glimpse is not None:
                glimpse(path)
            self.release.wait(20)
            if self.refuse:
                raise DatabaseRefused(path, Refusal.corrupt, "page 7")

        return open_workspace(location, restore_from, glimpse=held, **options)


@pytest.fixture
def held() -> Iterator[HeldOpening]:
    opening = HeldOpening()
    yield opening
    opening.release.set()  # a failed test must not leave the worker waiting


@pytest.fixture
def window(
    qtbot: QtBot, settings: Settings, translations: Translations, held: HeldOpening
) -> Iterator[MainWindow]:
    from PySide6.QtGui import QIcon

    window = MainWindow(WindowDeps(settings, translations, held, QIcon(str(ICON))))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    held.release.set()
    window.close()


def _first_look_tab(window: MainWindow, qtbot: QtBot) -> TodayTab:
    qtbot.waitUntil(
        lambda: window.tabs.count() == 1 and window.central.currentWidget() is window.tabs
    )
    tab = window.tabs.widget(0)
    assert isinstance(tab, TodayTab)
    return tab


def test_the_day_shows_before_the_workbook_opens_and_nothing_acts_on_it_until_then(
    window: MainWindow, held: HeldOpening, demo: Path, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.features.first_page_shown, timeout=10_000):
        window.open_database(demo)
    tab = _first_look_tab(window, qtbot)
    assert window.database is None  # still opening: SQLAlchemy need not be there yet
    assert window.tabs.tabText(0) == "Toda&y"
    assert window.windowTitle() == f"{demo.name} — Client Workbook"  # whose day it is
    assert window.db_label.text() == str(demo.resolve())
    looked = first_look(demo, TodayTerms(date.today()))
    assert looked is not None
    assert tab.model.sections() == looked
    assert tab.model.heading(Section.follow_ups).data().startswith("Follow-ups due (")
    first = tab.selected()
    assert first is not None  # the day's first item, as ever
    assert not tab.open_action.isEnabled()
    assert not tab.done_action.isEnabled()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # opens nothing yet
    qtbot.keyClick(tab.view, Qt.Key.Key_D, CTRL)
    assert QApplication.activeModalWidget() is None
    assert window.tabs.count() == 1

    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        held.release.set()
    assert window.database is not None
    assert window.feature_tabs["today"] is tab  # the same tab, now reading through the services
    assert tab.model.sections() == looked
    assert tab.open_action.isEnabled()
    qtbot.waitUntil(lambda: window.tabs.count() == 7)  # the other tabs follow


def test_a_workbook_that_fails_to_open_after_its_first_look_takes_it_away(
    window: MainWindow, held: HeldOpening, demo: Path, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    with qtbot.waitSignal(window.features.first_page_shown, timeout=10_000):
        window.open_database(demo)
    _first_look_tab(window, qtbot)
    told: list[str] = []

    def read(box: QMessageBox) -> None:
        told.append(box.text())
        box.reject()

    on_dialog(read, QMessageBox)
    held.refuse = True
    with qtbot.waitSignal(window.open_finished, timeout=20_000) as finished:
        held.release.set()
    assert finished.args == [False]
    assert window.tabs.count() == 0
    assert window.central.currentWidget() is window.placeholder
    assert window.database is None
    assert window.windowTitle() == "Client Workbook"
    assert window.db_label.text() == "No database"
    qtbot.waitUntil(lambda: bool(told))
    assert "damaged" in told[0]


def test_a_new_workbook_has_no_first_look_and_opens_as_ever(
    window: MainWindow, db_path: Path, qtbot: QtBot, held: HeldOpening
) -> None:
    held.release.set()
    shown_open: list[bool] = []  # whether the workbook was open when its day first showed
    window.features.first_page_shown.connect(lambda: shown_open.append(window.database is not None))
    assert window.open_database(db_path, wait=True)  # the file does not exist yet
    qtbot.waitUntil(lambda: bool(shown_open))
    assert shown_open == [True]


def test_a_first_look_that_cannot_read_leaves_the_day_to_the_opening(
    window: MainWindow,
    held: HeldOpening,
    demo: Path,
    qtbot: QtBot,
    on_dialog: OnDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unreadable(name: str) -> None:  # the compiled statements, unreadable to this user
        raise PermissionError(13, "Permission denied", str(set_path(name)))

    monkeypatch.setattr(first_look_module, "load", unreadable)
    told: list[str] = []
    on_dialog(lambda box: (told.append(box.text()), box.reject()), QMessageBox, unless=True)
    held.release.set()
    assert window.open_database(demo, wait=True), told
    tab = window.feature_tabs["today"]
    assert isinstance(tab, TodayTab)
    qtbot.waitUntil(lambda: bool(tab.model.sections()) and tab.open_action.isEnabled())
