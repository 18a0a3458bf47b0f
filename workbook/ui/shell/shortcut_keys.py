"""The window's shortcuts work whatever widget of it has the focus.

Two things get in the way otherwise: a text field claims keys it edits with under some
platforms' key bindings (Ctrl+E "end of line", Ctrl+K "cut to the end" under X11) before the
window's shortcut sees them; and a tab's own shortcuts (Ctrl+N, F2) are bound to the tab, so
they are dead while the focus sits outside it: on the tab bar after switching tabs with the
keyboard, or in the search field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget

# What a text field keeps even where the window has the same key: editing the text itself.
_EDITING_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)
_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class WindowShortcutsFirst(QObject):
    """An event filter on the application for the keys pressed in `window`."""

    def __init__(self, window: QWidget, tabs: QTabWidget) -> None:
        super().__init__(window)
        self._window = window
        self._tabs = tabs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if watched.window() is not self._window or not _is_command(event):
            return False
        keys = QKeySequence(event.keyCombination())
        tab = self._tabs.currentWidget()
        if tab is not None and not tab.isAncestorOf(watched):
            action = _action_for(tab.actions(), keys)
            if action is not None:  # the current tab's key, pressed outside the tab
                event.accept()
                action.trigger()
                return True
        if keys in _editing_bindings():
            return False
        if _action_for(self._window.findChildren(QAction), keys) is not None:
            event.ignore()  # not the field's: the window's shortcut takes the key
            return True
        return False


def _is_command(event: QKeyEvent) -> bool:
    """Ctrl or Alt combinations and function keys: never typed text."""
    key = event.key()
    return bool(event.modifiers() & _COMMAND_MODIFIERS) or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35


def _editing_bindings() -> list[QKeySequence]:
    return [binding for key in _EDITING_KEYS for binding in QKeySequence.keyBindings(key)]


def _action_for(actions: list[QAction], keys: QKeySequence) -> QAction | None:
    return next(
        (action for action in actions if action.isEnabled() and keys in action.shortcuts()),
        None,
    )
