"""The engagement editor as a window of its own: it never traps the user (an archived client
still shows, a field error never blocks leaving), the main window stays usable beside it, and
opening the same engagement again brings its window forward."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
)
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_engagement
from tests.factories import make_client
from tests.gui.editors import open_editors
from tests.gui.keyboard import type_text
from workbook.services.workspace import Workspace
from workbook.ui.engagements.editor import EngagementEditor
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]


@pytest.fixture
def workspace(window: MainWindow) -> Workspace:
    assert window.database is not None
    return window.database.workspace


@pytest.fixture
def blocked(qapp: QApplication) -> Iterator[list[str]]:
    """A watchdog: an editor that blocks (modal, or refusing to close) is closed by force after
    two seconds, so the test fails instead of hanging."""
    seen: list[str] = []

    def release() -> None:
        for editor in qapp.topLevelWidgets():
            if isinstance(editor, EngagementEditor) and editor.isVisible() and editor.isModal():
                seen.append("modal")
                QDialog.done(editor, 0)

    timer = QTimer()
    timer.timeout.connect(release)
    timer.start(2000)
    yield seen
    timer.stop()


def _two_engagements(workspace: Workspace, second_title: str) -> tuple[int, int]:
    """A client's "Schichtplanung" and a second engagement called `second_title`."""
    client = make_client(workspace.clients, "Bäckerei Größl")
    first = make_engagement(workspace.engagements, client, "Schichtplanung")
    return first, make_engagement(workspace.engagements, client, second_title)


def _open(
    window: MainWindow, qtbot: QtBot, engagement_id: int, page: str | None = None
) -> EngagementEditor:
    window.navigator.open_engagement(engagement_id, page=page)
    (editor,) = [e for e in open_editors(window) if e.engagement_id == engagement_id]
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_an_archived_clients_engagement_shows_its_client_and_lets_the_user_leave(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, blocked: list[str]
) -> None:
    client = make_client(workspace.clients, "Brightwater Software GmbH")
    engagement = make_engagement(workspace.engagements, client, "Website relaunch")
    workspace.clients.archive(client, version=workspace.clients.get(client).version)

    editor = _open(window, qtbot, engagement)
    overview = editor.page("overview")
    combo = overview.findChild(QComboBox, "client_id")
    assert combo.currentText() == "Brightwater Software GmbH (archived)"
    editor.show_page("goals")
    assert editor.tabs.currentWidget() is editor.page("goals")
    qtbot.keyClick(editor.tabs, Qt.Key.Key_Escape)
    assert open_editors(window) == []
    assert blocked == []
    assert workspace.engagements.get(engagement).client_id == client
    assert window.undo_stack.count() == 0  # nothing was "saved" on the way out


def test_a_field_error_never_blocks_leaving_and_closing_asks_about_the_typing(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, on_dialog: OnDialog,
    blocked: list[str],
) -> None:  # fmt: skip
    client = make_client(workspace.clients, "Bäckerei Größl")
    engagement = make_engagement(workspace.engagements, client, "Schichtplanung")
    editor = _open(window, qtbot, engagement)
    rate = editor.page("overview").findChild(QLineEdit, "hourly_rate")
    rate.clear()
    type_text(qtbot, rate, "12,x")
    editor.show_page("goals")  # the page may change; the overview keeps what was typed
    assert editor.tabs.currentWidget() is editor.page("goals")
    assert rate.text() == "12,x"

    asked: list[str] = []

    def discard(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    on_dialog(discard, QMessageBox)
    qtbot.keyClick(editor.tabs, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: open_editors(window) == [])
    assert asked == ["The overview has changes that are not saved yet. Save them?"]
    assert workspace.engagements.get(engagement).hourly_rate == 120
    assert blocked == []


def test_escape_saves_valid_typing_only_when_the_user_says_so(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    client = make_client(workspace.clients, "Bäckerei Größl")
    engagement = make_engagement(workspace.engagements, client, "Schichtplanung")
    editor = _open(window, qtbot, engagement)
    title = editor.page("overview").findChild(QLineEdit, "title")
    type_text(qtbot, title, " 2027")

    def keep_editing(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    on_dialog(keep_editing, QMessageBox)
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert editor.isVisible()
    assert workspace.engagements.get(engagement).title == "Schichtplanung"

    def save(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Save).click()

    on_dialog(save, QMessageBox)
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: open_editors(window) == [])
    assert workspace.engagements.get(engagement).title == "Schichtplanung 2027"
    assert window.undo_stack.count() == 1


def test_the_main_window_stays_usable_and_an_engagement_opens_once(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, blocked: list[str]
) -> None:
    first, second = _two_engagements(workspace, "Kassensystem")
    editor = _open(window, qtbot, first)
    assert QApplication.activeModalWidget() is None
    assert not editor.isModal()

    window.activateWindow()  # back to the main window, the editor stays open
    qtbot.waitUntil(window.isActiveWindow)
    assert window.clients_tab is not None
    window.tabs.setCurrentWidget(window.clients_tab)
    assert window.clients_tab.isVisible()

    other = _open(window, qtbot, second)
    again = _open(window, qtbot, first, page="goals")
    assert again is editor
    assert editor.tabs.currentWidget() is editor.page("goals")
    assert sorted(e.engagement_id for e in open_editors(window)) == [first, second]
    assert other.isVisible()
    assert blocked == []


def test_the_next_engagement_opens_as_large_as_the_user_made_the_last(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    first, second = _two_engagements(workspace, "Kassensystem")
    editor = _open(window, qtbot, first)
    editor.resize(1111, 777)
    editor.close()
    assert _open(window, qtbot, second).size().toTuple() == (1111, 777)


def test_two_engagements_of_one_title_are_told_apart_by_their_reference(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    first, second = _two_engagements(workspace, "Schichtplanung")
    references = [workspace.engagements.get(e).reference for e in (first, second)]
    editors = [_open(window, qtbot, engagement) for engagement in (first, second)]
    for editor, reference in zip(editors, references, strict=True):
        assert reference in editor.windowTitle()
        assert reference in editor.title.text()
    editor = editors[1]
    title = editor.page("overview").findChild(QLineEdit, "title")
    type_text(qtbot, title, " Werk 2")
    editor.page("overview").save()
    assert references[1] in window.undo_stack.undoText()
    editor.findChild(QPushButton, "to_clarifying").click()
    assert window.undo_stack.undoText().startswith(references[1])


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_overview_fits_the_window_without_scrolling_at_its_first_size(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, language: str
) -> None:
    """The test screen is 800 pixels high, like a 1280 × 800 laptop's."""
    window.switch_language(language)
    client = make_client(workspace.clients, "Bäckerei Größl")
    editor = _open(window, qtbot, make_engagement(workspace.engagements, client, "Kassensystem"))
    assert editor.height() <= editor.screen().availableGeometry().height()
    scroll = editor.page("overview").findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.widget().height() > 0)
    assert not scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
