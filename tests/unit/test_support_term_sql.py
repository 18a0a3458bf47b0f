"""The support terms in SQL (workbook.store.dates, services.support.term_columns) against the
domain's Python (workbook.domain.support_terms), the reference: on a file and on a server, over
many generated plans and days, month ends and the boundaries of notice and renewal included."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import literal, select

from workbook.domain import support_terms as st
from workbook.domain.enums import SupportPeriod, SupportPlanStatus
from workbook.services.sessions import reading
from workbook.services.support.service import SupportService
from workbook.services.support.shapes import SupportEntryInput, SupportPlanInput
from workbook.services.support.term_columns import plan_notices, plan_periods
from workbook.store.database import Database
from workbook.store.dates import add_days, add_months, day_of_month, days_in_month, month_count

# Month ends and leap days, where a month's step has to clamp, and ordinary days.
DAYS = [date(2026, 1, 31), date(2026, 1, 30), date(2028, 2, 29), date(2026, 2, 28),
        date(2026, 3, 31), date(2026, 4, 30), date(2026, 12, 31), date(2026, 6, 15),
        date(2027, 1, 1), date(2029, 8, 29)]  # fmt: skip


def test_date_arithmetic_agrees_with_python(database: Database) -> None:
    def one(expression: object) -> object:
        with reading(database) as session:
            return session.execute(select(expression)).scalar_one()

    for day in DAYS:
        for months in (0, 1, 2, 3, 11, 12, 13, 25):
            assert one(add_months(literal(day), months)) == st.add_months(day, months), (
                day,
                months,
            )
        for days in (-400, -29, -1, 0, 1, 31, 366):
            assert one(add_days(literal(day), days)) == day + timedelta(days=days)
        assert one(month_count(literal(day))) == day.year * 12 + day.month - 1
        assert one(day_of_month(literal(day))) == day.day
        next_month = st.add_months(day.replace(day=1), 1)
        assert one(days_in_month(literal(day))) == (next_month - timedelta(days=1)).day


def _random_plans(client_id: int, count: int) -> list[SupportPlanInput]:
    chance = random.Random(14)
    plans = []
    for index in range(count):
        starts = chance.choice([*DAYS, date(2025, 1, 1) + timedelta(days=chance.randrange(900))])
        ends = None
        if chance.random() < 0.6:  # a first term of its own, often ending on a month's end
            ends = chance.choice(
                [st.add_months(starts, chance.randrange(1, 30)) - timedelta(days=1),
                 starts + timedelta(days=chance.randrange(1, 800))]
            )  # fmt: skip
        plans.append(
            SupportPlanInput(
                client_id, f"Plan {index}", starts, ends_on=ends,
                auto_renew=chance.random() < 0.8,
                notice_days=chance.choice([0, 1, 14, 29, 30, 31, 90, 365, 400, 730]),
                period=chance.choice(list(SupportPeriod)), included_hours=Decimal(4),
                status=SupportPlanStatus.active,
            )
        )  # fmt: skip
    return plans


def _boundaries(plan: SupportPlanInput, around: date) -> set[date]:
    """The days where a rule turns: a notice deadline, the day after it, a term's last day and
    the first of the next, the period's first day and the day before."""
    facts = st.SupportPlanFacts(plan.starts_on, plan.ends_on, plan.auto_renew, plan.notice_days,
                                plan.period, None)  # fmt: skip
    days = {plan.starts_on - timedelta(days=1), plan.starts_on}
    if plan.ends_on is not None:
        days |= {plan.ends_on, plan.ends_on + timedelta(days=1)}
    first, end = st.current_period(plan.starts_on, plan.period, around)
    days |= {first, first - timedelta(days=1), end}
    if (found := st.notice(facts, around)) is not None:
        for deadline in (found.deadline, found.next_deadline):
            days |= {deadline, deadline + timedelta(days=1)}
        assert found.term.ends_on is not None
        days |= {found.term.ends_on, found.term.ends_on + timedelta(days=1)}
    return days


def test_the_terms_in_sql_agree_with_the_domain_over_generated_plans(
    database: Database, client_id: int
) -> None:
    support = SupportService(database)
    plans = _random_plans(client_id, 120)
    ids = [support.add_plan(plan).created_id for plan in plans]
    chance = random.Random(15)
    days = set(DAYS)
    for plan in chance.sample(plans, 25):
        days |= _boundaries(plan, chance.choice(DAYS))
    for today in sorted(days):
        with reading(database) as session:
            periods = {row.plan_id: row for row in session.execute(select(plan_periods(today)))}
            notices = {row.plan_id: row for row in session.execute(select(plan_notices(today)))}
        for plan_id, plan in zip(ids, plans, strict=True):
            period = periods[plan_id]
            expected = st.current_period(plan.starts_on, plan.period, today)
            assert (period.period_starts_on, period.period_end) == expected, (plan, today)
            facts = st.SupportPlanFacts(plan.starts_on, plan.ends_on, plan.auto_renew,
                                        plan.notice_days, plan.period, None)  # fmt: skip
            notice = st.notice(facts, today)
            if notice is None:
                assert plan_id not in notices
            else:
                row = notices[plan_id]
                got = (row.notice_deadline, row.next_notice_deadline)
                assert got == (notice.deadline, notice.next_deadline), (plan, today)


@pytest.mark.parametrize(
    ("today", "listed"),
    [
        (date(2026, 10, 2), True),  # the last day to give notice: still in time
        (date(2026, 10, 3), False),  # passed yesterday: the next deadline is a year away
        (date(2026, 9, 2), False),  # 30 days ahead: just outside the warning
        (date(2026, 9, 3), True),  # 29 days ahead
        (date(2027, 1, 1), False),  # the term renewed
        (date(2027, 9, 5), True),  # the renewed term's deadline, 2 Oct 2027, comes up
    ],
)
def test_notices_due_at_the_boundaries(
    database: Database, client_id: int, today: date, listed: bool
) -> None:
    support = SupportService(database)
    yearly = SupportPlanInput(client_id, "Wartung", date(2025, 1, 1), auto_renew=True,
                              notice_days=90, period=SupportPeriod.year,
                              status=SupportPlanStatus.active)  # fmt: skip
    support.add_plan(yearly)
    assert bool(support.notices_due(today=today)) is listed


def test_a_month_from_31_january_bills_until_27_february(
    database: Database, client_id: int
) -> None:
    support = SupportService(database)
    plan = SupportPlanInput(client_id, "Monat", date(2026, 1, 31), period=SupportPeriod.month,
                            included_hours=Decimal(2), status=SupportPlanStatus.active)  # fmt: skip
    plan_id = support.add_plan(plan).created_id
    assert plan_id is not None
    for day, hours in ((date(2026, 1, 31), "1.5"), (date(2026, 2, 27), "1"),
                       (date(2026, 2, 28), "1")):  # fmt: skip
        support.add_entry(plan_id, SupportEntryInput(day, Decimal(hours)), today=day)
    (over,) = support.over_included(today=date(2026, 2, 27))  # 31 Jan – 27 Feb: 2.5 hours
    assert (over.used_hours, over.hours_beyond) == (Decimal("2.5"), Decimal("0.5"))
    assert support.over_included(today=date(2026, 2, 28)) == []  # from 28 Feb: 1 hour
