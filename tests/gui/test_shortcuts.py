"""The README's shortcuts work whatever widget of the window has the focus: a text field does
not swallow the window's keys (Ctrl+E, Ctrl+K are line-editing keys of a QLineEdit), and a
tab's own keys (Ctrl+N) work while the focus sits on the tab bar after switching tabs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def save_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the file dialogs asked for; each is cancelled."""
    asked: list[str] = []

    def ask(_parent: object, title: str, *_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return asked


class X11LineEdit(QLineEdit):
    """A line edit with the X11 key bindings the tester's desktop had (the offscreen platform
    has none): Ctrl+E moves to the end, Ctrl+K cuts to the end of the line."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() == CTRL and event.key() in (Qt.Key.Key_E, Qt.Key.Key_K):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == CTRL and event.key() == Qt.Key.Key_K:
            self.setText(self.text()[: self.cursorPosition()])
        else:
            super().keyPressEvent(event)


@pytest.mark.parametrize("field", ["filter", "x11"])
def test_window_shortcuts_work_from_a_text_field(
    window: MainWindow, qtbot: QtBot, save_dialogs: list[str], field: str
) -> None:
    tab = window.clients_tab
    assert tab is not None
    qtbot.waitUntil(tab.filter.hasFocus)  # where the cursor sits at the start
    edit = tab.filter
    if field == "x11":
        edit = X11LineEdit()
        tab.layout().addWidget(edit)
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_E, CTRL)
    assert save_dialogs == ["Export status workbook"]
    qtbot.keyClick(edit, Qt.Key.Key_K, CTRL)
    assert window.search.hasFocus()
    assert edit.text() == "abc"  # Ctrl+K did not cut the line


def test_a_tabs_shortcuts_work_after_switching_tabs_with_the_keyboard(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Acme Ltd")
    bar = window.tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert window.tabs.currentWidget() is window.engagements_tab
    opened: list[str] = []

    def seen(dialog: QDialog) -> None:
        opened.append(dialog.objectName())
        dialog.reject()

    on_dialog(seen)
    qtbot.keyClick(bar, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: opened == ["NewEngagementDialog"])

    on_dialog(seen)
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: opened == ["NewEngagementDialog"] * 2)
