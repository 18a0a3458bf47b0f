"""workbook.domain.support_terms as SQL: a plan's current period, its current term and the next
notice deadline as columns, so that the lists that need them (Today's notices and hours, the
Support benchmarks' filters) filter, sort and page in the database.

The domain's functions stay the reference (the rows shown are still built from them); the unit
tests check that these columns agree with them over many generated plans, on both backends.
The one step the domain takes in a loop — a notice longer than a term reaches past the next
renewal — is closed here: the first deadline not yet passed belongs to the term that contains
today + the notice days (a term's deadline is its last day − the notice days)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import CTE, ColumnElement, and_, case, func, literal, select
from sqlmodel import col

from workbook.domain.enums import SupportPlanStatus
from workbook.domain.support_terms import PERIOD_MONTHS
from workbook.store.dates import add_days, add_months, day_of_month, days_in_month, month_count
from workbook.store.models import SupportEntry, SupportPlan

_MONTHS = case(
    {period.value: months for period, months in PERIOD_MONTHS.items()},
    value=col(SupportPlan.period),
)
_NOTICE = case((col(SupportPlan.notice_days) > 0, col(SupportPlan.notice_days)), else_=0)
# renewals are counted from the day after the first term, or from the start without an end date
_ANCHOR = case(
    (col(SupportPlan.ends_on).is_(None), col(SupportPlan.starts_on)),
    else_=add_days(SupportPlan.ends_on, 1),
)


@dataclass(frozen=True)
class _Day:
    """A day as the counting of periods needs it: its month count, its day of the month and
    the number of days in its month (SQL expressions, or numbers for a day known in Python)."""

    months: Any
    day: Any
    month_length: Any

    @classmethod
    def of_column(cls, day: Any) -> _Day:
        return cls(month_count(day), day_of_month(day), days_in_month(day))

    @classmethod
    def of_date(cls, day: date) -> _Day:
        length = calendar.monthrange(day.year, day.month)[1]
        return cls(literal(day.year * 12 + day.month - 1), literal(day.day), literal(length))


def _steps_before(anchor: _Day, day: _Day, months: Any) -> ColumnElement[int]:
    """domain.support_terms._steps_before: how many whole periods of `months` from `anchor`
    lie before `day` (0 before the anchor). The whole periods in the months between them are
    one too many where they end in `day`'s own month on a later day than `day` — the anchor's
    day of the month, clamped to that month's end: the domain's test without its arithmetic."""
    elapsed = day.months - anchor.months
    whole = case((elapsed > 0, elapsed // months), else_=0)
    lands_later = and_(anchor.day > day.day, day.day < day.month_length)
    over = and_(whole > 0, elapsed % months == 0, lands_later)
    return whole - case((over, 1), else_=0)


def plan_terms(today: date) -> CTE:
    """Per active plan (plan_id): the current period [period_starts_on, period_end), and for a
    plan that renews automatically (auto_renew) the current term's notice_deadline and the
    next_notice_deadline not yet passed (undefined for the others: filter on auto_renew).
    Join the plans to it (it has no index of its own to be looked up by).

    Each step is materialized for the next (SQLite would otherwise repeat the arithmetic of
    every column wherever a later one is derived from it); they hold one row per active plan."""
    day = literal(today)
    days = (
        select(
            col(SupportPlan.id).label("plan_id"),
            col(SupportPlan.starts_on),
            col(SupportPlan.ends_on),
            col(SupportPlan.auto_renew),
            _ANCHOR.label("anchor"),
            _MONTHS.label("months"),
            _NOTICE.label("notice"),
            add_days(day, _NOTICE).label("reach"),
        )
        .where(col(SupportPlan.status) == SupportPlanStatus.active.value)
        .cte("plan_days")
        .prefix_with("MATERIALIZED")
    )
    d, now, anchor = days.c, _Day.of_date(today), _Day.of_column(days.c.anchor)
    steps = (
        select(
            d.plan_id, d.starts_on, d.ends_on, d.auto_renew, d.anchor, d.months, d.notice,
            _steps_before(_Day.of_column(d.starts_on), now, d.months).label("period_index"),
            _steps_before(anchor, now, d.months).label("renewal_index"),
            # a notice longer than a term reaches past the next renewal: the first deadline
            # not yet passed is that of the term containing today + the notice days
            _steps_before(anchor, _Day.of_column(d.reach), d.months).label("reach_index"),
        )
        .cte("plan_steps")
        .prefix_with("MATERIALIZED")
    )  # fmt: skip
    s = steps.c

    def renewal_end(index: Any) -> ColumnElement[date]:  # domain.support_terms._renewal
        return add_days(add_months(s.anchor, (index + 1) * s.months), -1)

    in_first_term = and_(s.ends_on.is_not(None), s.ends_on >= day)
    term_end = case((in_first_term, s.ends_on), else_=renewal_end(s.renewal_index))
    deadline = add_days(term_end, -s.notice)
    upcoming = add_days(renewal_end(s.reach_index), -s.notice)
    return (
        select(
            s.plan_id,
            s.auto_renew,
            add_months(s.starts_on, s.period_index * s.months).label("period_starts_on"),
            add_months(s.starts_on, (s.period_index + 1) * s.months).label("period_end"),
            deadline.label("notice_deadline"),
            case((deadline >= day, deadline), else_=upcoming).label("next_notice_deadline"),
        )
        .cte("plan_terms")
        .prefix_with("MATERIALIZED")
    )


def used_hours(terms: Any) -> ColumnElement[Any]:
    """The hours logged in a plan's current period (0 without entries), from the index on
    (plan, day, hours); `terms` is plan_terms()'s, joined."""
    return (
        select(func.coalesce(func.sum(SupportEntry.hours), 0))
        .where(
            col(SupportEntry.plan_id) == terms.c.plan_id,
            col(SupportEntry.occurred_on) >= terms.c.period_starts_on,
            col(SupportEntry.occurred_on) < terms.c.period_end,
        )
        .scalar_subquery()
    )
