"""The next deadline of an engagement: the earliest, overdue ones included."""

from __future__ import annotations

from datetime import date

from workbook.domain.deadlines import Deadline, next_deadline


def test_next_deadline_is_the_earliest_overdue_included() -> None:
    deadlines = [Deadline(date(2026, 12, 1), "later"), Deadline(date(2026, 11, 1), "overdue")]
    assert next_deadline(deadlines) == Deadline(date(2026, 11, 1), "overdue")
    assert next_deadline([]) is None
