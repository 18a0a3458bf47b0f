"""Support plans over time (workbook.domain.support_terms): periods, renewing terms, notice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from workbook.domain import support_terms as st
from workbook.domain.enums import SupportPeriod, SupportPlanStatus

D = Decimal


def _plan(
    starts: date,
    period: SupportPeriod = SupportPeriod.year,
    *,
    ends: date | None = None,
    renews: bool = True,
    notice: int = 90,
) -> st.SupportPlanFacts:
    return st.SupportPlanFacts(starts, ends, renews, notice, period, D(4))


# -- the example ----------------------------------------------------------------------


@pytest.mark.parametrize("first_end", [None, date(2025, 12, 31)])
def test_yearly_plan_seen_in_its_second_year(first_end: date | None) -> None:
    """From 1 Jan 2025, 90 days' notice, seen on 1 Dec 2026: the term ends 31 Dec 2026, its
    notice deadline 2 Oct 2026 has passed, the next one is 2 Oct 2027."""
    plan = _plan(date(2025, 1, 1), ends=first_end)
    today = date(2026, 12, 1)
    assert st.current_term(plan, today) == st.Term(date(2026, 1, 1), date(2026, 12, 31))
    found = st.notice(plan, today)
    assert found is not None
    assert found.deadline == date(2026, 10, 2)
    assert found.passed(today)
    assert found.next_deadline == date(2027, 10, 2)


def test_the_last_day_to_give_notice_has_not_passed() -> None:
    plan = _plan(date(2025, 1, 1))
    found = st.notice(plan, date(2026, 10, 2))
    assert found is not None
    assert not found.passed(date(2026, 10, 2))
    assert found.next_deadline == date(2026, 10, 2)


def test_notice_is_warned_about_within_the_days_given() -> None:
    plan = _plan(date(2025, 1, 1))  # next deadline 2 Oct 2026
    assert st.notice_due_within(plan, date(2026, 9, 5), 30)  # 27 days ahead
    assert not st.notice_due_within(plan, date(2026, 9, 2), 30)  # 30 days ahead
    assert st.notice_due_within(plan, date(2026, 10, 2), 30)  # the last day
    assert not st.notice_due_within(_plan(date(2025, 1, 1), renews=False), date(2026, 9, 5), 30)


# -- monthly from the 31st: the month ends do not drift ------------------------------------


@pytest.mark.parametrize(
    ("today", "term"),
    [
        (date(2026, 2, 15), (date(2026, 1, 31), date(2026, 2, 27))),
        (date(2026, 2, 28), (date(2026, 2, 28), date(2026, 3, 30))),
        (date(2026, 4, 5), (date(2026, 3, 31), date(2026, 4, 29))),
        (date(2026, 5, 30), (date(2026, 4, 30), date(2026, 5, 30))),
        (date(2026, 5, 31), (date(2026, 5, 31), date(2026, 6, 29))),
        (date(2028, 2, 29), (date(2028, 2, 29), date(2028, 3, 30))),  # a leap year
    ],
)  # fmt: skip
def test_monthly_plan_from_the_31st(today: date, term: tuple[date, date]) -> None:
    plan = _plan(date(2026, 1, 31), SupportPeriod.month, notice=7)
    assert st.current_term(plan, today) == st.Term(*term)
    found = st.notice(plan, today)
    assert found is not None
    assert found.deadline == date.fromordinal(term[1].toordinal() - 7)


def test_monthly_terms_agree_with_the_billing_periods() -> None:
    plan = _plan(date(2026, 1, 31), SupportPeriod.month)
    for day in (date(2026, 2, 27), date(2026, 3, 1), date(2026, 7, 31), date(2026, 12, 30)):
        first, end = st.current_period(plan.starts_on, plan.period, day)
        term = st.current_term(plan, day)
        assert term is not None
        assert term.ends_on is not None
        assert (term.starts_on, term.ends_on.toordinal() + 1) == (first, end.toordinal())


def test_notice_longer_than_a_term_reaches_past_the_next_renewal() -> None:
    plan = _plan(date(2026, 1, 1), SupportPeriod.month, notice=45)
    found = st.notice(plan, date(2026, 3, 10))
    assert found is not None
    assert found.term == st.Term(date(2026, 3, 1), date(2026, 3, 31))
    assert found.deadline == date(2026, 2, 14)
    assert found.next_deadline == date(2026, 3, 16)  # 30 April − 45 days


# -- quarterly after a first term of its own ------------------------------------------------


def test_quarterly_plan_renews_from_the_day_after_its_first_end() -> None:
    plan = _plan(date(2026, 2, 1), SupportPeriod.quarter, ends=date(2026, 12, 31), notice=30)
    first = st.notice(plan, date(2026, 12, 15))
    assert first is not None
    assert first.term == st.Term(date(2026, 2, 1), date(2026, 12, 31))
    assert first.deadline == date(2026, 12, 1)
    assert first.next_deadline == date(2027, 3, 1)  # 31 March 2027 − 30 days
    later = st.notice(plan, date(2027, 5, 10))
    assert later is not None
    assert later.term == st.Term(date(2027, 4, 1), date(2027, 6, 30))
    assert later.deadline == later.next_deadline == date(2027, 5, 31)


def test_before_the_start_the_first_term() -> None:
    plan = _plan(date(2027, 1, 1))
    first = st.Term(date(2027, 1, 1), date(2027, 12, 31))
    assert st.current_term(plan, date(2026, 11, 25)) == first


# -- ended, and never renewing ---------------------------------------------------------------


def test_an_ended_plan_has_no_term_and_no_notice() -> None:
    plan = replace(_plan(date(2025, 1, 1)), status=SupportPlanStatus.ended)
    assert st.current_term(plan, date(2026, 12, 1)) is None
    assert st.notice(plan, date(2026, 12, 1)) is None


def test_a_plan_that_never_renews_ends_by_itself() -> None:
    plan = _plan(date(2025, 1, 1), ends=date(2025, 12, 31), renews=False)
    assert st.current_term(plan, date(2025, 6, 1)) == st.Term(date(2025, 1, 1), date(2025, 12, 31))
    assert st.notice(plan, date(2025, 6, 1)) is None  # no notice needed
    assert st.current_term(plan, date(2026, 1, 1)) is None  # over
    open_ended = _plan(date(2025, 1, 1), renews=False)
    assert st.current_term(open_ended, date(2030, 1, 1)) == st.Term(date(2025, 1, 1), None)
    assert st.notice(open_ended, date(2030, 1, 1)) is None


# -- hours ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("starts", "period", "today", "bounds"),
    [
        (date(2026, 3, 15), SupportPeriod.month, date(2026, 11, 25),
         (date(2026, 11, 15), date(2026, 12, 15))),
        (date(2026, 3, 15), SupportPeriod.month, date(2026, 11, 14),
         (date(2026, 10, 15), date(2026, 11, 15))),
        (date(2026, 1, 31), SupportPeriod.month, date(2026, 2, 28),
         (date(2026, 2, 28), date(2026, 3, 31))),
        (date(2026, 2, 1), SupportPeriod.quarter, date(2026, 11, 25),
         (date(2026, 11, 1), date(2027, 2, 1))),
        (date(2025, 6, 30), SupportPeriod.year, date(2026, 11, 25),
         (date(2026, 6, 30), date(2027, 6, 30))),
        (date(2027, 1, 1), SupportPeriod.month, date(2026, 11, 25),
         (date(2027, 1, 1), date(2027, 2, 1))),  # not started: its first period
    ],
)  # fmt: skip
def test_current_period_is_anchored_at_the_start(
    starts: date, period: SupportPeriod, today: date, bounds: tuple[date, date]
) -> None:
    assert st.current_period(starts, period, today) == bounds


def test_hours_in_period_includes_the_first_day_not_the_end() -> None:
    bounds = (date(2026, 11, 15), date(2026, 12, 15))
    entries = [
        (date(2026, 11, 14), D(5)),
        (date(2026, 11, 15), D("1.5")),
        (date(2026, 12, 14), D(2)),
        (date(2026, 12, 15), D(7)),
    ]
    assert st.hours_in_period(entries, bounds) == D("3.5")


def test_hours_in_a_quarter_and_what_lies_beyond_the_included() -> None:
    bounds = st.current_period(date(2026, 2, 1), SupportPeriod.quarter, date(2026, 12, 20))
    entries = [(date(2026, 10, 31), D(9)), (date(2026, 11, 1), D(8)), (date(2027, 1, 31), D(6))]
    used = st.hours_in_period(entries, bounds)
    assert used == D(14)
    assert st.hours_beyond(used, D(12)) == D(2)
    assert st.hours_beyond(used, D(14)) is None
    assert st.hours_beyond(used, None) is None
