"""Rules on agreed goals: what "achieved" demands, and when a goal is overdue."""

from __future__ import annotations

from datetime import date

from workbook.domain.enums import GoalStatus
from workbook.domain.validation import FieldError, Problem

# Still open goals: only these can be late; achieved, missed or dropped ones are settled.
OPEN_GOALS = frozenset({GoalStatus.proposed, GoalStatus.agreed})


def goal_problems(
    status: GoalStatus,
    evidence: str,
    signed_off_by_id: int | None,
    signed_off_on: date | None,
) -> list[FieldError]:
    """A sign-off is a person and a date; "achieved" needs evidence or such a sign-off."""
    errors: list[FieldError] = []
    if signed_off_by_id is not None and signed_off_on is None:
        errors.append(FieldError("signed_off_on", Problem.required))
    if signed_off_on is not None and signed_off_by_id is None:
        errors.append(FieldError("signed_off_by_id", Problem.required))
    signed_off = signed_off_by_id is not None and signed_off_on is not None
    if status == GoalStatus.achieved and not evidence.strip() and not signed_off:
        errors.append(FieldError("evidence", Problem.required))
    return errors


def is_overdue(status: GoalStatus, target_date: date | None, today: date) -> bool:
    return target_date is not None and target_date < today and status in OPEN_GOALS
