"""Why a service refused a write; nothing has been written when one of these is raised."""

from __future__ import annotations

from workbook.domain.changes import Entity
from workbook.domain.status_flow import TransitionRefused
from workbook.domain.validation import ValidationError
from workbook.store.errors import WriteFailed


class NotFound(LookupError):
    """The row is gone (removed in another window, by a colleague, or erased)."""

    def __init__(self, row_id: int, entity: Entity | None = None) -> None:
        super().__init__(f"{entity or 'row'} {row_id} not found")
        self.row_id = row_id
        self.entity = entity


class Conflict(Exception):
    """The row changed since it was read (another window, a colleague, the command line):
    the save or undo would overwrite that change, so it is refused."""

    def __init__(self, entity: Entity, row_id: int) -> None:
        super().__init__(f"{entity} {row_id} was changed in the meantime")
        self.entity = entity
        self.row_id = row_id


class InUse(Exception):
    """The row is needed by others now (a question has answers): it stays."""

    def __init__(self, entity: Entity, row_id: int) -> None:
        super().__init__(f"{entity} {row_id} is in use")
        self.entity = entity
        self.row_id = row_id


class BatchRefused(Exception):
    """An import no longer fits the workbook (a name is taken now, a client is gone); nothing
    was written."""


# Everything a write, an undo or a redo can be refused with: the data is as it was, and the UI
# words the reason (workbook.ui.common.messages.failure_text). Anything else is a bug.
REFUSALS: tuple[type[Exception], ...] = (
    ValidationError,
    TransitionRefused,
    NotFound,
    Conflict,
    InUse,
    BatchRefused,
    WriteFailed,
)
