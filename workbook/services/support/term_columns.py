"""workbook.domain.support_terms as SQL: a plan's current period, its current term and the next
notice deadline as columns, so that the lists that need them (Today's notices and hours, the
Support benchmarks' filters) filter, sort and page in the database.

The domain's functions stay the reference (the rows shown are still built from them); the unit
tests check that these columns agree with them over many generated plans, on both backends.
The one step the domain takes in a loop — a notice longer than a term reaches past the next
renewal — is closed here: the first deadline not yet passed belongs to the term that contains
today + the notice days (a term's deadline is its last day − the notice days)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import CTE, ColumnElement, and_, case, func, literal, select
from sqlmodel import col

from workbook.domain.enums import SupportPlanStatus
from workbook.domain.support_terms import PERIOD_MONTHS, month_parts
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
    the number of days in its month (columns worked out once, or numbers known in Python)."""

    months: Any
    day: Any
    month_length: Any

    @classmethod
    def parts(cls, name: str, day: Any) -> list[Any]:
        """The columns of a step that works them out for `day`, labelled after `name`."""
        return [month_count(day).label(f"{name}_months"), day_of_month(day).label(f"{name}_day"),
                days_in_month(day).label(f"{name}_length")]  # fmt: skip

    @classmethod
    def of_column(cls, day: Any) -> _Day:
        return cls(month_count(day), day_of_month(day), days_in_month(day))

    @classmethod
    def of(cls, columns: Any, name: str) -> _Day:
        return cls(*(columns[f"{name}_{part}"] for part in ("months", "day", "length")))

    @classmethod
    def of_date(cls, day: date) -> _Day:
        return cls(*(literal(part) for part in month_parts(day)))


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


def _materialized(statement: Any, name: str) -> CTE:
    """Worked out once per row for what is derived from it: SQLite would otherwise repeat the
    arithmetic of a column wherever a later one names it."""
    return statement.cte(name).prefix_with("MATERIALIZED")


def _active(conditions: tuple[ColumnElement[bool], ...]) -> tuple[ColumnElement[bool], ...]:
    return (col(SupportPlan.status) == SupportPlanStatus.active.value, *conditions)


def _period(starts: _Day, starts_on: Any, months: Any, today: date) -> tuple[Any, Any]:
    """[first, end) of the billing period containing `today` (current_period)."""
    index = _steps_before(starts, _Day.of_date(today), months)
    return add_months(starts_on, index * months), add_months(starts_on, (index + 1) * months)


def period_bounds(today: date) -> tuple[ColumnElement[date], ColumnElement[date]]:
    """[first, end) of the current billing period of the plan in the enclosing query, worked
    out per row: for a page of plans. For many, plan_periods()."""
    starts = _Day.of_column(SupportPlan.starts_on)
    return _period(starts, SupportPlan.starts_on, _MONTHS, today)


def plan_periods(today: date, *conditions: ColumnElement[bool]) -> CTE:
    """The billing period containing `today`, [period_starts_on, period_end), of each active
    plan (plan_id) that meets `conditions` (domain.support_terms.current_period). Join the
    plans to it: it has no index of its own to be looked up by."""
    starts = _materialized(
        select(
            col(SupportPlan.id).label("plan_id"), col(SupportPlan.starts_on),
            _MONTHS.label("months"), *_Day.parts("starts", SupportPlan.starts_on),
        ).where(*_active(conditions)),
        "plan_starts",
    )  # fmt: skip
    p = starts.c
    first, end = _period(_Day.of(p, "starts"), p.starts_on, p.months, today)
    return _materialized(
        select(p.plan_id, first.label("period_starts_on"), end.label("period_end")),
        "plan_periods",
    )


def plan_notices(today: date, *conditions: ColumnElement[bool]) -> CTE:
    """The current term's notice_deadline and the next_notice_deadline not yet passed of each
    active plan (plan_id) that renews automatically and meets `conditions` (domain:
    support_terms.notice). Join the plans to it."""
    day = literal(today)
    days = _materialized(
        select(
            col(SupportPlan.id).label("plan_id"), col(SupportPlan.ends_on),
            _ANCHOR.label("anchor"), _MONTHS.label("months"), _NOTICE.label("notice"),
            add_days(day, _NOTICE).label("reach"),
        ).where(*_active(conditions), col(SupportPlan.auto_renew)),
        "plan_days",
    )  # fmt: skip
    d = days.c
    parts = _materialized(
        select(
            d.plan_id, d.ends_on, d.anchor, d.months, d.notice,
            *_Day.parts("anchor", d.anchor), *_Day.parts("reach", d.reach),
        ),
        "plan_parts",
    )  # fmt: skip
    p, anchor = parts.c, _Day.of(parts.c, "anchor")

    def renewal_end(index: Any) -> ColumnElement[date]:  # domain.support_terms._renewal
        return add_days(add_months(p.anchor, (index + 1) * p.months), -1)

    in_first_term = and_(p.ends_on.is_not(None), p.ends_on >= day)
    current = renewal_end(_steps_before(anchor, _Day.of_date(today), p.months))
    deadline = add_days(case((in_first_term, p.ends_on), else_=current), -p.notice)
    # a notice longer than a term reaches past the next renewal: the first deadline not yet
    # passed is that of the term containing today + the notice days
    reach = _steps_before(anchor, _Day.of(p, "reach"), p.months)
    upcoming = add_days(renewal_end(reach), -p.notice)
    return _materialized(
        select(
            p.plan_id,
            deadline.label("notice_deadline"),
            case((deadline >= day, deadline), else_=upcoming).label("next_notice_deadline"),
        ),
        "plan_notices",
    )


def used_hours(first: Any, end: Any) -> ColumnElement[Any]:
    """The hours logged in the current period [first, end) of the plan in the enclosing query
    (0 without entries), from the index on (plan, day, hours)."""
    return (
        select(func.coalesce(func.sum(SupportEntry.hours), 0))
        .where(
            col(SupportEntry.plan_id) == SupportPlan.id,
            col(SupportEntry.occurred_on) >= first,
            col(SupportEntry.occurred_on) < end,
        )
        .scalar_subquery()
    )
