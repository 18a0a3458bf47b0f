"""Nothing is cut at 1280 × 800 in either language, with the demo data: buttons with a menu
show their whole label beside the arrow, the client pane gives its contacts room instead of a
blank gap under the notes, headers fit their columns and the text columns show their text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QListWidget, QStyle, QWidget
from pytestqt.qtbot import QtBot

from workbook.demo.generator import fill_demo
from workbook.domain.changes import ChangeSet
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
