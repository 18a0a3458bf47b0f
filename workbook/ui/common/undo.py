"""One QUndoCommand per user action (orange-canvas-core). The services do the data work: each
write returns a Written holding its inverse, so a command only keeps the newest inverse and
calls it on undo (and that one's inverse on redo).

When an undo or redo is refused — a colleague or another window changed the rows since, they
are gone, the file cannot be written — the data stays as it is, the step leaves the stack
(QUndoStack drops a command that turns obsolete while it runs) and the user is told why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from workbook.domain.changes import ChangeSet
from workbook.services.errors import REFUSALS
from workbook.services.written import Written

Notify = Callable[[ChangeSet], None]
Refused = Callable[[Exception], None]
# A step's name, or how to name it from what the write did (a reference given on creation).
StepText = str | Callable[[Written], str]


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, written: Written, notify: Notify, refused: Refused) -> None:
        super().__init__(text)
        self._written = written
        self._notify = notify
        self._refused = refused
        self._pushed = False

    def redo(self) -> None:
        # The write ran before the push (so a refused input never enters the stack); QUndoStack
        # calls redo() on push, which then only announces what already happened.
        if not self._pushed:
            self._pushed = True
            self._notify(self._written.changes)
        else:
            self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        try:
            self._written = self._written.undo()
        except REFUSALS as error:
            self.setObsolete(True)
            self._notify(ChangeSet.everything())  # show what the data is now
            self._refused(error)
            return
        self._notify(self._written.changes)


def run(
    stack: QUndoStack, text: StepText, write: Callable[[], Written], notify: Notify,
    refused: Refused,
) -> Written:  # fmt: skip
    """Runs `write`; raises (and pushes nothing) when a service refuses it. A write that changed
    nothing (moving the first row up) leaves no step to undo."""
    written = write()
    if written.changes.entities:
        name = text if isinstance(text, str) else text(written)
        stack.push(ServiceCommand(name, written, notify, refused))
    return written
