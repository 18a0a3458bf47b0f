"""One QUndoCommand per user action; the command calls services, never SQL (orange-canvas)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from workbook.domain.changes import ChangeSet

Action = Callable[[], ChangeSet]


class ServiceCommand(QUndoCommand):
    def __init__(
        self, text: str, do: Action, undo: Action, notify: Callable[[ChangeSet], None]
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._notify = notify
        self._done_once: ChangeSet | None = None

    def redo(self) -> None:
        # The action ran before the push (so a refused input never enters the stack); QUndoStack
        # calls redo() on push, which must then only announce what already happened.
        if self._done_once is not None:
            changes, self._done_once = self._done_once, None
        else:
            changes = self._do()
        self._notify(changes)

    def undo(self) -> None:
        self._notify(self._undo())


def run(
    stack: QUndoStack, text: str, do: Action, undo: Action, notify: Callable[[ChangeSet], None]
) -> ChangeSet:
    """Runs `do`; raises (and pushes nothing) when a service refuses it."""
    changes = do()
    command = ServiceCommand(text, do, undo, notify)
    command._done_once = changes
    stack.push(command)
    return changes
