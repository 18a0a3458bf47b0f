"""Support plans over time (DESIGN.md §1): billing periods, terms that renew, notice deadlines.

A plan bills its included hours per period (month, quarter, year) counted from its start. Its
first term runs from the start to its end date — or, without an end date, for one period. A
plan that renews automatically then runs on one period at a time; the renewals are counted
from the day after the first term, always from that same day, so month ends do not drift
(31 Jan, 28 Feb, 31 Mar, …). The notice deadline of a term is its last day minus the notice
days: the last day notice can still be given before the plan renews.

Pure functions over small frozen facts; `today` is always passed in."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from workbook.domain.enums import SupportPeriod, SupportPlanStatus

PERIOD_MONTHS = {SupportPeriod.month: 1, SupportPeriod.quarter: 3, SupportPeriod.year: 12}
# Plans whose notice deadline is this close are warned about (a setting in the window).
NOTICE_WARNING_DAYS = 30
_DAY = timedelta(days=1)


def month_parts(day: date) -> tuple[int, int, int]:
    """A day as the counting of periods needs it: its month count (year × 12 + month − 1), its
    day of the month and the number of days in its month."""
    return day.year * 12 + day.month - 1, day.day, calendar.monthrange(day.year, day.month)[1]


@dataclass(frozen=True)
class SupportPlanFacts:
    starts_on: date
    ends_on: date | None
    auto_renew: bool
    notice_days: int
    period: SupportPeriod
    included_hours: Decimal | None
    status: SupportPlanStatus = SupportPlanStatus.active


@dataclass(frozen=True)
class Term:
    starts_on: date
    ends_on: date | None  # its last day; None: runs until notice is given


@dataclass(frozen=True)
class Notice:
    """When notice must be given, for a plan that renews automatically."""

    term: Term  # the current term
    deadline: date  # the current term's notice deadline; it may have passed
    next_deadline: date  # the first deadline not yet passed: the current one or a later term's

    def passed(self, today: date) -> bool:
        """The last day to give notice counts as not passed."""
        return self.deadline < today


def add_months(day: date, months: int) -> date:
    """Same day of month, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _steps_before(anchor: date, months: int, day: date) -> int:
    """How many whole steps of `months` from `anchor` lie before `day` (0 before the anchor)."""
    elapsed = (day.year - anchor.year) * 12 + day.month - anchor.month
    index = max(elapsed // months, 0)
    if index > 0 and add_months(anchor, index * months) > day:
        index -= 1
    return index


def current_period(starts_on: date, period: SupportPeriod, today: date) -> tuple[date, date]:
    """[first, end) of the period containing today, counted from the plan's start (not the
    calendar): a plan from 15 March bills 15 March–14 April, 15 April–14 May, …
    Before the start, the first period."""
    months = PERIOD_MONTHS[period]
    index = _steps_before(starts_on, months, today)
    return add_months(starts_on, index * months), add_months(starts_on, (index + 1) * months)


def hours_in_period(entries: Iterable[tuple[date, Decimal]], bounds: tuple[date, date]) -> Decimal:
    first, end = bounds
    return sum((hours for day, hours in entries if first <= day < end), Decimal(0))


def hours_beyond(used: Decimal | None, included: Decimal | None) -> Decimal | None:
    """The hours used beyond the included ones; None when nothing is over (or nothing agreed)."""
    if used is None or included is None or used <= included:
        return None
    return used - included


# -- terms ---------------------------------------------------------------------------------------


def _renewal(plan: SupportPlanFacts, index: int) -> Term:
    """The index-th term counted from the renewal anchor (the day after the first end, or the
    start of a plan without an end date)."""
    anchor = plan.starts_on if plan.ends_on is None else plan.ends_on + _DAY
    months = PERIOD_MONTHS[plan.period]
    first = add_months(anchor, index * months)
    return Term(first, add_months(anchor, (index + 1) * months) - _DAY)


def _renewal_index(plan: SupportPlanFacts, today: date) -> int | None:
    """Which renewal `today` falls in; None while the first term with its own end date runs."""
    if plan.ends_on is not None and today <= plan.ends_on:
        return None
    anchor = plan.starts_on if plan.ends_on is None else plan.ends_on + _DAY
    return _steps_before(anchor, PERIOD_MONTHS[plan.period], today)


def current_term(plan: SupportPlanFacts, today: date) -> Term | None:
    """The term that runs on `today` (before the start: the first one). None once the plan has
    ended: its status says so, or it does not renew and its end date has passed."""
    if plan.status is SupportPlanStatus.ended:
        return None
    if not plan.auto_renew:
        if plan.ends_on is not None and plan.ends_on < today:
            return None
        return Term(plan.starts_on, plan.ends_on)
    index = _renewal_index(plan, today)
    return Term(plan.starts_on, plan.ends_on) if index is None else _renewal(plan, index)


def notice(plan: SupportPlanFacts, today: date) -> Notice | None:
    """The current term's notice deadline and the next one that can still be met; None for a
    plan that does not renew (it ends by itself) or has ended."""
    if not plan.auto_renew or (term := current_term(plan, today)) is None:
        return None
    assert term.ends_on is not None  # a renewing term always ends
    notice_period = timedelta(days=max(plan.notice_days, 0))
    deadline = term.ends_on - notice_period
    index = _renewal_index(plan, today)
    following, upcoming = -1 if index is None else index, deadline
    while upcoming < today:  # a notice longer than a term reaches past the next renewal
        following += 1
        ends_on = _renewal(plan, following).ends_on
        assert ends_on is not None
        upcoming = ends_on - notice_period
    return Notice(term, deadline, upcoming)


def notice_due_within(plan: SupportPlanFacts, today: date, days: int) -> bool:
    """Notice must be given within `days` (today included) or the plan renews."""
    found = notice(plan, today)
    return found is not None and (found.next_deadline - today).days < days
