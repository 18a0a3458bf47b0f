"""Nothing is cut at 1280 × 800 in either language, with the demo data: buttons with a menu
show their whole label beside the arrow, the client pane gives its contacts room instead of a
blank gap under the notes, headers fit their columns and the text columns show their text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QListWidget,
    QStyle,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from workbook.demo.generator import fill_demo
from workbook.domain.changes import ChangeSet
from workbook.ui.common.list_tab import ListTab
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "de"])
def demo_window(window: MainWindow, qtbot: QtBot, request: pytest.FixtureRequest) -> MainWindow:
    assert window.database is not None
    fill_demo(window.database.database)
    window.switch_language(request.param)
    window.resize(1280, 800)
    window.apply_changes(ChangeSet.everything())
    qtbot.wait(50)  # the language change and the reloads reach the widgets as posted events
    return window


def _client_selected(window: MainWindow, qtbot: QtBot, name: str) -> None:
    tab = window.clients_tab
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    tab.view.selectRow(row)
    qtbot.waitUntil(lambda: tab.detail.facts.title.text() == name)
    qtbot.wait(20)


def _label_room(button: QAbstractButton) -> int:
    """What the label needs: its text, the menu's arrow and the button's margins."""
    style = button.style()
    text = button.text().replace("&", "")
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    return button.fontMetrics().horizontalAdvance(text) + arrow + 2 * margin


def test_buttons_with_a_menu_show_their_whole_label(demo_window: MainWindow, qtbot: QtBot) -> None:
    _client_selected(demo_window, qtbot, "Bäckerei Größl")
    clients = demo_window.clients_tab
    engagements = demo_window.engagements_tab
    assert clients is not None
    assert engagements is not None
    buttons: list[QAbstractButton] = [
        clients.privacy_button,
        clients.detail.contacts.privacy_button,
    ]
    demo_window.tabs.setCurrentWidget(engagements)
    qtbot.wait(20)
    buttons.append(engagements.status_filter)
    cut = [
        (b.objectName(), b.width(), _label_room(b)) for b in buttons if b.width() < _label_room(b)
    ]
    assert cut == []


def _gap_below(above: QWidget, below: QWidget) -> int:
    top = below.mapTo(below.window(), below.rect().topLeft()).y()
    bottom = above.mapTo(above.window(), above.rect().bottomLeft()).y()
    return top - bottom


def test_the_client_pane_gives_its_contacts_the_room(demo_window: MainWindow, qtbot: QtBot) -> None:
    _client_selected(demo_window, qtbot, "Bäckerei Größl")  # a one-line note, two contacts
    assert demo_window.clients_tab is not None
    detail = demo_window.clients_tab.detail
    notes = detail.facts.notes
    line = notes.fontMetrics().lineSpacing()
    assert _gap_below(notes, detail.contacts.heading) < 2 * line
    contacts: QListWidget = detail.contacts.contacts
    assert contacts.count() == 2
    shown = sum(contacts.visualItemRect(contacts.item(n)).height() for n in range(2))
    assert contacts.viewport().height() >= shown  # both cards whole, no scrolling needed
    engagements = detail.engagements.engagements
    assert engagements.count() == 1
    # one engagement takes one line, not a box of five
    assert engagements.height() < 3 * engagements.sizeHintForRow(0)


def _lists(window: MainWindow, qtbot: QtBot) -> list[ListTab[Any]]:
    tabs = [window.clients_tab, window.engagements_tab]
    assert None not in tabs
    return tabs  # type: ignore[return-value]


def _cut_headers(tab: ListTab[Any]) -> list[str]:
    header = tab.view.horizontalHeader()
    return [
        f"{tab.model.headerData(n, Qt.Orientation.Horizontal)!r}: {header.sectionSize(n)} px"
        for n in range(header.count())
        if not header.isSectionHidden(n) and header.sectionSize(n) < header.sectionSizeHint(n)
    ]


def test_every_header_fits_its_column_also_once_shown(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    for tab in _lists(demo_window, qtbot):
        demo_window.tabs.setCurrentWidget(tab)
        qtbot.wait(20)
        assert _cut_headers(tab) == []
        for key in tab.columns.hidden():  # the header's menu turns each on
            tab.columns.set_shown(key, True)
        qtbot.wait(20)
        assert _cut_headers(tab) == []


def _cut_cells(tab: ListTab[Any], keys: tuple[str, ...]) -> list[str]:
    view, model = tab.view, tab.model
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    cut = []
    for key in keys:
        column = model.column_index(key)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            if view.fontMetrics().horizontalAdvance(text) + margin > view.columnWidth(column):
                cut.append(text)
    return cut


_TEXT = ("client", "reference", "title", "status")


def test_the_engagements_text_columns_take_the_room_at_1440(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    tab = demo_window.engagements_tab
    assert tab is not None
    demo_window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    demo_window.resize(1440, 900)  # a larger window: the columns follow its width
    qtbot.waitUntil(lambda: _cut_cells(tab, _TEXT) == [], timeout=2000)
    assert _cut_headers(tab) == []


def test_text_cut_short_at_1280_shows_whole_on_hover(demo_window: MainWindow, qtbot: QtBot) -> None:
    tab = demo_window.engagements_tab
    assert tab is not None
    demo_window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    cut = _cut_cells(tab, _TEXT)
    assert cut  # 1280 pixels cannot show every title of the demo whole
    column = tab.model.column_index("title")
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, column).data() in cut)
    index = tab.model.index(row, column)
    viewport = tab.view.viewport()
    at = tab.view.visualRect(index).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    assert QToolTip.text() == index.data()
    short = tab.model.index(row, tab.model.column_index("reference"))
    at = tab.view.visualRect(short).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # what fits needs no tooltip


def test_a_column_the_user_sized_keeps_its_width(demo_window: MainWindow, qtbot: QtBot) -> None:
    tab = demo_window.engagements_tab
    assert tab is not None
    demo_window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    title = tab.model.column_index("title")
    tab.view.horizontalHeader().resizeSection(title, 150)  # as a drag of its edge does
    demo_window.resize(1440, 900)
    qtbot.wait(300)
    assert tab.view.columnWidth(title) == 150
