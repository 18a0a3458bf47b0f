"""The feedback loop with a client (DESIGN.md §1): what counts as hearing from the client, how
long ago that was, and follow-ups that are late.

Pure functions over small frozen facts; `today` is always passed in, so a report, a test and
the window on the same day agree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from workbook.domain.enums import FEEDBACK_KINDS, JournalKind

# How often a new client should be heard from, in days, until the user sets another default.
FEEDBACK_INTERVAL_DAYS = 21


@dataclass(frozen=True)
class JournalFacts:
    occurred_on: date
    kind: JournalKind
    satisfaction: int | None


def counts_as_feedback(entry: JournalFacts) -> bool:
    return entry.kind in FEEDBACK_KINDS or entry.satisfaction is not None


def last_feedback(entries: Iterable[JournalFacts]) -> date | None:
    return max((e.occurred_on for e in entries if counts_as_feedback(e)), default=None)


def follow_up_overdue(follow_up_on: date | None, done: bool, today: date) -> bool:
    return follow_up_on is not None and not done and follow_up_on < today


def follow_up_due(follow_up_on: date | None, done: bool, today: date) -> bool:
    """Due today or late: what the day's list shows."""
    return follow_up_on is not None and not done and follow_up_on <= today


def days_since(day: date | None, today: date) -> int | None:
    """Never below 0: a day still to come (a row from elsewhere, a clock set back) counts as
    today, not as "-1 days ago"."""
    return None if day is None else max(0, (today - day).days)


def feedback_overdue(days: int | None, interval_days: int) -> bool:
    """Warn once the client has been silent longer than agreed; never heard from is not
    "overdue" here (there is nothing to count from) — the Overview shows it blank."""
    return days is not None and days > interval_days


def feedback_due_on(last_feedback: date, interval_days: int) -> date:
    """The last day of the silence agreed with the client: overdue from the day after."""
    return last_feedback + timedelta(days=interval_days)


@dataclass(frozen=True)
class MonthScore:
    month: date  # its first day
    average: Decimal  # of the satisfaction scores given that month, to two places
    count: int


def monthly_satisfaction(scores: Iterable[tuple[date, int]]) -> list[MonthScore]:
    """The average score of each month that has one, oldest first (satisfaction over time)."""
    months: dict[date, list[int]] = defaultdict(list)
    for day, score in scores:
        months[day.replace(day=1)].append(score)
    return [
        MonthScore(month, _average(found), len(found)) for month, found in sorted(months.items())
    ]


def _average(scores: list[int]) -> Decimal:
    return (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.01"), ROUND_HALF_UP)
