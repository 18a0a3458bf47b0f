"""No Alt+letter inside a tab shadows a menu's (Alt+A must open "Ansicht", not tick "Archivierte
zeigen"), in either language: every widget of every tab and the tab titles are walked."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from workbook.demo.generator import fill_demo
from workbook.domain.changes import ChangeSet
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match[1].casefold() if match else None


def _menu_letters(window: MainWindow) -> dict[str, str]:
    letters: dict[str, str] = {}
    for action in window.menuBar().actions():
        if (letter := mnemonic(action.text())) is not None:
            letters[letter] = action.text()
    return letters


def _tab_letters(window: MainWindow) -> list[tuple[str, str, str]]:
    """(letter, text, where) of every mnemonic a user can reach in the main window's tabs."""
    found: list[tuple[str, str, str]] = []
    tabs = window.tabs
    for index in range(tabs.count()):
        title = tabs.tabText(index)
        if (letter := mnemonic(title)) is not None:
            found.append((letter, title, "tab bar"))
        page: QWidget = tabs.widget(index)
        widgets = [page, *page.findChildren(QWidget)]
        for widget in widgets:
            if not widget.isVisibleTo(page):
                continue
            labelled = isinstance(widget, QLabel) and widget.buddy() is not None
            if isinstance(widget, QAbstractButton) or labelled:
                text = widget.text()  # type: ignore[attr-defined]
            elif isinstance(widget, QGroupBox):
                text = widget.title()
            else:
                continue
            if (letter := mnemonic(text)) is not None:
                found.append((letter, text, title))
    return found


def _fill(window: MainWindow, qtbot: QtBot, language: str) -> None:
    assert window.database is not None
    fill_demo(window.database.database, clients=4)  # panes and pages with something in them
    window.apply_changes(ChangeSet.everything())
    window.switch_language(language)
    qtbot.wait(10)  # the language change reaches the widgets as posted events


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_mnemonic_in_a_tab_shadows_a_menu(
    window: MainWindow, qtbot: QtBot, language: str
) -> None:
    _fill(window, qtbot, language)
    menus = _menu_letters(window)
    assert len(menus) == 4, menus
    clashes = [
        f"{where}: {text!r} takes Alt+{letter.upper()} from the menu {menus[letter]!r}"
        for letter, text, where in _tab_letters(window)
        if letter in menus
    ]
    assert clashes == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_widgets_of_a_tab_share_a_mnemonic(
    window: MainWindow, qtbot: QtBot, language: str
) -> None:
    """Otherwise Alt+letter only moves between them and needs a second press. The tab bar's
    letters count in every tab."""
    _fill(window, qtbot, language)
    found = _tab_letters(window)
    bar = [(letter, text) for letter, text, where in found if where == "tab bar"]
    shared = []
    for index in range(window.tabs.count()):
        title = window.tabs.tabText(index)
        taken: dict[str, str] = {}
        for letter, text in [*bar, *((lt, t) for lt, t, where in found if where == title)]:
            if letter in taken:
                shared.append(f"{title}: {taken[letter]!r} and {text!r} share Alt+{letter.upper()}")
            taken.setdefault(letter, text)
    assert sorted(set(shared)) == []
