"""Switching the language at run time leaves nothing of the other behind: panes, menus, the
undo and redo texts, an open engagement window and the status bar all follow."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.editors import the_editor
from workbook.demo.generator import fill_demo
from workbook.domain.changes import ChangeSet
from workbook.presentation.ts_reader import I18N, _read
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
# Fragments shorter than this are too likely to occur in English too ("Status", "Support").
_SHORTEST = 9


def _german_fragments() -> set[str]:
    fragments: set[str] = set()
    for (_context, source), german in _read(I18N / "workbook_de.ts").items():
        if german == source:
            continue
        for part in re.split(r"%\d|\n|[.:…,;()]", german.replace("&", "")):
            part = part.strip()
            if len(part) >= _SHORTEST and part not in source.replace("&", ""):
                fragments.add(part)
    return fragments


def _texts(widget: QWidget) -> Iterator[str]:
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        if isinstance(child, QLineEdit):
            yield child.placeholderText()
        if isinstance(child, QGroupBox):
            yield child.title()
        if isinstance(child, QTabBar):
            yield from (child.tabText(i) for i in range(child.count()))
        if isinstance(child, QListWidget):
            yield from (child.item(i).text() for i in range(child.count()))
        if isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        yield child.toolTip()
        if child.isWindow():
            yield child.windowTitle()


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        if (sub := action.menu()) is not None:
            yield from _menu_texts(sub)


def test_german_to_english_leaves_no_german(window: MainWindow, qtbot: QtBot) -> None:
    assert window.database is not None
    fill_demo(window.database.database, clients=3)
    window.apply_changes(ChangeSet.everything())
    window.switch_language("de")
    qtbot.wait(10)
    tab = window.clients_tab
    assert tab is not None
    tab.select(tab.model.row_id(tab.model.row_at(0)))
    tab.archive_action.trigger()  # an undo text in German …
    window.undo_action.trigger()  # … and a redo text
    tab.select(tab.model.row_id(tab.model.row_at(0)))
    engagement = window.database.workspace.engagements.list(_query())[0].id
    window.navigator.open_engagement(engagement)
    editor = the_editor(window)
    window.activateWindow()

    window.switch_language("en")
    qtbot.wait(10)
    texts = [*_texts(window), *_texts(editor), window.statusBar().currentMessage()]
    texts += [text for menu in window.menuBar().findChildren(QMenu) for text in _menu_texts(menu)]
    texts += [window.undo_action.text(), window.redo_action.text()]
    german = _german_fragments()
    left = sorted({f"{fragment!r} in {text!r}" for text in texts for fragment in german
                   if fragment in text})  # fmt: skip
    assert left == [], "\n".join(left)
    assert window.redo_action.text().startswith("Redo Archive client")
    editor.close()


def _query():  # type: ignore[no-untyped-def]
    from workbook.services.engagements.shapes import EngagementQuery

    return EngagementQuery()
