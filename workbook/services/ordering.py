"""Moving a row up or down in a user-ordered list (catalogue questions, scope items)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from workbook.store.models.base import utc_now

STEP = 10  # gaps leave room, and the seeded catalogue uses the same step


class Positioned(Protocol):
    id: int | None
    position: int
    updated_at: datetime


T = TypeVar("T", bound=Positioned)


def reorder(rows: Sequence[T], row_id: int, delta: int) -> bool:
    """Move the row with row_id by delta places within rows (given in display order) and
    renumber them STEP apart; renumbering also resolves equal positions (imported data).
    False when the row is already at that end, so the caller can report "no change"."""
    ordered = list(rows)
    index = next(i for i, row in enumerate(ordered) if row.id == row_id)
    target = max(0, min(len(ordered) - 1, index + delta))
    if target == index:
        return False
    ordered.insert(target, ordered.pop(index))
    now = utc_now()
    for place, row in enumerate(ordered):
        if row.position != place * STEP:
            row.position = place * STEP
            row.updated_at = now
    return True
