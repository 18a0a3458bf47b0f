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
    if not changes.entities:  # nothing happened (e.g. moving the first row up): no undo step
        return changes
    command = ServiceCommand(text, do, undo, notify)
    command._done_once = changes
    stack.push(command)
    return changes


def run_create(
    stack: QUndoStack,
    text: str,
    create: Callable[[int | None], ChangeSet],
    erase: Callable[[int], ChangeSet],
    notify: Callable[[ChangeSet], None],
) -> int:
    """A create whose redo re-creates the row under its first id, so later commands that refer
    to that id (a contact of a new client) still find it. Returns the new id."""
    created: list[int] = []

    def do() -> ChangeSet:
        changes = create(created[0] if created else None)
        if not created and changes.created_id is not None:
            created.append(changes.created_id)
        return changes

    run(stack, text, do, lambda: erase(created[0]), notify)
    return created[0]
