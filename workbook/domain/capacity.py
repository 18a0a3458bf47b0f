"""Capacity: how much of the consultant's available time the planned work takes, per month.

An engagement's planned hours (budget, or the in-scope items' hours, plus approved changes)
are spread evenly over its working days from start to end; what falls on today and later is
what remains. The consultant works Monday to Friday outside his days off; his hours per week
are spread over those days too. A month's load is the remaining work falling into it against
the hours available in it — both counted from today in the current month, so the figure says
whether what is left fits into what is left.

The app keeps no time sheets, so "remaining" assumes the work went as planned so far; an
engagement without dates or hours is listed as not planned, never guessed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from workbook.domain.enums import EngagementStatus

# Engagements whose hours are booked against the consultant's time.
BOOKED_STATUSES = frozenset(
    {EngagementStatus.accepted, EngagementStatus.active, EngagementStatus.handover}
)
WORKDAYS_PER_WEEK = 5
HOURS_PER_WEEK_RANGE = (1, 80)
DEFAULT_HOURS_PER_WEEK = 32
OVERLOAD = Decimal(1)  # above this share of the available hours a month is overloaded


@dataclass(frozen=True)
class DaysOff:
    """Holidays and other days without work, both days included."""

    starts_on: date
    ends_on: date


class Unplanned(StrEnum):
    """Why an engagement's hours cannot be placed in months."""

    no_dates = "no_dates"
    no_hours = "no_hours"
    ended = "ended"  # its end date has passed while it is still being worked on
    no_workdays = "no_workdays"  # every day of its period is a weekend or a day off


@dataclass(frozen=True)
class PlannedWork:
    engagement_id: int
    title: str
    starts_on: date | None
    ends_on: date | None
    hours: Decimal | None


@dataclass(frozen=True)
class NotPlanned:
    work: PlannedWork
    why: Unplanned


@dataclass(frozen=True)
class MonthLoad:
    month: date  # the first day of the month
    available: Decimal  # hours the consultant has in it (from today in the current month)
    booked: Decimal  # remaining hours of the work falling into it
    by_engagement: tuple[tuple[int, Decimal], ...]  # (engagement id, hours), largest first

    @property
    def share(self) -> Decimal | None:
        """Booked against available; None in a month without any available hours."""
        return self.booked / self.available if self.available else None

    @property
    def over(self) -> bool:
        share = self.share
        return self.booked > 0 if share is None else share > OVERLOAD


@dataclass(frozen=True)
class Load:
    months: tuple[MonthLoad, ...]
    not_planned: tuple[NotPlanned, ...]

    @property
    def overloaded(self) -> tuple[MonthLoad, ...]:
        return tuple(month for month in self.months if month.over)


class Calendar:
    """The consultant's working days: Monday to Friday, outside the days off. Counted by
    arithmetic, not day by day: the accept dialog spreads every booked engagement."""

    def __init__(self, days_off: Iterable[DaysOff]) -> None:
        merged: list[DaysOff] = []
        for off in sorted(days_off, key=lambda off: off.starts_on):
            if merged and off.starts_on <= merged[-1].ends_on + timedelta(days=1):
                last = merged[-1]
                merged[-1] = DaysOff(last.starts_on, max(last.ends_on, off.ends_on))
            elif off.starts_on <= off.ends_on:
                merged.append(off)
        self._days_off = tuple(merged)  # sorted, not overlapping: each day counted once

    def workdays(self, first: date, last: date) -> int:
        """Working days from `first` to `last`, both included (0 when last is before first)."""
        off = sum(
            _weekdays(max(first, days.starts_on), min(last, days.ends_on))
            for days in self._days_off
        )
        return _weekdays(first, last) - off


def _weekdays(first: date, last: date) -> int:
    if last < first:
        return 0
    weeks, rest = divmod((last - first).days + 1, 7)
    start = first.weekday()
    return weeks * WORKDAYS_PER_WEEK + sum((start + i) % 7 < WORKDAYS_PER_WEEK for i in range(rest))


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def months_between(first: date, last: date) -> list[date]:
    """The first days of the months from `first`'s to `last`'s, both included."""
    months, month = [], month_start(first)
    while month <= last:
        months.append(month)
        month = month_end(month) + timedelta(days=1)
    return months


@dataclass(frozen=True)
class _Spread:
    """Planned work placed on the calendar: its period and the hours of each working day."""

    work: PlannedWork
    first: date
    last: date
    per_day: Decimal


def _spread(work: PlannedWork, today: date, calendar: Calendar) -> _Spread | Unplanned:
    """The work on the calendar, or why it cannot be put there."""
    first, last = work.starts_on, work.ends_on
    if first is None or last is None or last < first:
        return Unplanned.no_dates
    if not work.hours:
        return Unplanned.no_hours
    if last < today:
        return Unplanned.ended
    days = calendar.workdays(first, last)
    if days == 0:
        return Unplanned.no_workdays
    return _Spread(work, first, last, work.hours / days)


def remaining_hours(work: PlannedWork, today: date, calendar: Calendar) -> Decimal | None:
    """The hours falling on today and later; None when the work cannot be planned."""
    spread = _spread(work, today, calendar)
    if isinstance(spread, Unplanned):
        return None
    return spread.per_day * calendar.workdays(max(today, spread.first), spread.last)


def load_by_month(
    work: Sequence[PlannedWork],
    months: Sequence[date],
    *,
    today: date,
    hours_per_week: Decimal,
    days_off: Iterable[DaysOff] = (),
) -> Load:
    """Each month's remaining work against the hours available in it; the work that cannot
    be placed is listed instead."""
    calendar = Calendar(days_off)
    planned, not_planned = [], []
    for item in work:
        spread = _spread(item, today, calendar)
        if isinstance(spread, Unplanned):
            not_planned.append(NotPlanned(item, spread))
        else:
            planned.append(spread)
    per_day_available = hours_per_week / WORKDAYS_PER_WEEK
    loads = []
    for month in months:
        first, last = max(month_start(month), today), month_end(month)
        by_engagement = []
        for spread in planned:
            days = calendar.workdays(max(first, spread.first), min(last, spread.last))
            if days:
                by_engagement.append((spread.work.engagement_id, spread.per_day * days))
        by_engagement.sort(key=lambda pair: -pair[1])
        loads.append(
            MonthLoad(
                month=month_start(month),
                available=per_day_available * calendar.workdays(first, last),
                booked=sum((hours for _, hours in by_engagement), Decimal(0)),
                by_engagement=tuple(by_engagement),
            )
        )
    return Load(tuple(loads), tuple(not_planned))


def months_to_show(work: PlannedWork, today: date, *, at_least: int = 3) -> list[date]:
    """The months an accept decision looks at: the engagement's remaining period, or — when
    it has no dates — the next few months."""
    if work.starts_on and work.ends_on and work.ends_on >= max(today, work.starts_on):
        return months_between(max(today, work.starts_on), work.ends_on)
    first = month_start(today)
    return months_between(first, month_end(first + timedelta(days=31 * (at_least - 1))))
