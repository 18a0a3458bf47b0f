"""Derived figures of DESIGN.md §1: days since feedback, support hours and notice deadlines
(handover readiness: workbook.domain.handover; scope creep: workbook.domain.scope_creep).

Pure functions over small frozen facts; `today` is always passed in, so a report, a test and
the UI on the same day agree. Services gather the facts; nothing here is stored."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from workbook.domain.enums import (
    FEEDBACK_KINDS,
    JournalKind,
    SupportPeriod,
)

_PERIOD_MONTHS = {SupportPeriod.month: 1, SupportPeriod.quarter: 3, SupportPeriod.year: 12}


# -- feedback ------------------------------------------------------------------------------------


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


def days_since(day: date | None, today: date) -> int | None:
    return None if day is None else (today - day).days


def feedback_overdue(days: int | None, interval_days: int) -> bool:
    """Warn once the client has been silent longer than agreed; never heard from is not
    "overdue" here (there is nothing to count from) — the Overview shows it blank."""
    return days is not None and days > interval_days


# -- support -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SupportPlanFacts:
    starts_on: date
    ends_on: date | None
    auto_renew: bool
    notice_days: int
    period: SupportPeriod
    included_hours: Decimal | None


def add_months(day: date, months: int) -> date:
    """Same day of month, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def current_period(starts_on: date, period: SupportPeriod, today: date) -> tuple[date, date]:
    """[first, end) of the period containing today, counted from the plan's start (not the
    calendar): a plan from 15 March bills 15 March–14 April, 15 April–14 May, …
    Before the start, the first period."""
    step = _PERIOD_MONTHS[period]
    months = (today.year - starts_on.year) * 12 + today.month - starts_on.month
    index = max(months // step, 0)
    if index > 0 and add_months(starts_on, index * step) > today:
        index -= 1
    return add_months(starts_on, index * step), add_months(starts_on, (index + 1) * step)


def hours_in_period(entries: Iterable[tuple[date, Decimal]], bounds: tuple[date, date]) -> Decimal:
    first, end = bounds
    return sum((hours for day, hours in entries if first <= day < end), Decimal(0))


def notice_deadline(plan: SupportPlanFacts) -> date | None:
    """Last day to give notice before an automatic renewal; None when it does not renew."""
    if not plan.auto_renew or plan.ends_on is None:
        return None
    return plan.ends_on - timedelta(days=plan.notice_days)


# -- deadlines -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    on: date
    what: str


def next_deadline(candidates: Iterable[Deadline]) -> Deadline | None:
    """The earliest pending deadline — overdue ones included, they are the most urgent."""
    return min(candidates, key=lambda d: (d.on, d.what), default=None)
