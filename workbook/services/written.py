"""What a write did, and how to take it back: every service write returns a Written.

`undo()` performs the inverse in one transaction and returns its own Written, whose undo()
is the redo — so the UI's undo stack only ever calls undo() on the newest Written it holds
(workbook.ui.common.undo). The inverse checks the rows' versions: it refuses (Conflict) rather
than overwrite or delete what somebody else changed since."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbook.domain.changes import ChangeSet


@dataclass(frozen=True)
class Written:
    changes: ChangeSet
    undo: Callable[[], Written]

    @property
    def created_id(self) -> int | None:
        return self.changes.created_id

    @property
    def version(self) -> int | None:
        """The written row's version now (what the next save of it must name)."""
        return self.changes.version
