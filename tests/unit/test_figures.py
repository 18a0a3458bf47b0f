"""Derived figures (DESIGN.md §1): pure functions, `today` always given."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workbook.domain import figures as fig
from workbook.domain.enums import (
    JournalKind,
    SupportPeriod,
)

TODAY = date(2026, 11, 25)
D = Decimal


# -- feedback ------------------------------------------------------------------------------------


def test_last_feedback_counts_feedback_kinds_and_scored_entries() -> None:
    entries = [
        fig.JournalFacts(date(2026, 11, 20), JournalKind.email, None),  # not feedback
        fig.JournalFacts(date(2026, 11, 10), JournalKind.call, None),
        fig.JournalFacts(date(2026, 11, 15), JournalKind.note, 4),  # scored, so it counts
    ]
    assert fig.last_feedback(entries) == date(2026, 11, 15)
    assert fig.days_since(fig.last_feedback(entries), TODAY) == 10
    assert fig.last_feedback(entries[:1]) is None


def test_feedback_overdue_only_beyond_the_interval() -> None:
    assert not fig.feedback_overdue(21, 21)
    assert fig.feedback_overdue(22, 21)
    assert not fig.feedback_overdue(None, 21)


def test_follow_up_overdue() -> None:
    assert fig.follow_up_overdue(date(2026, 11, 24), False, TODAY)
    assert not fig.follow_up_overdue(date(2026, 11, 24), True, TODAY)
    assert not fig.follow_up_overdue(TODAY, False, TODAY)


# -- support -------------------------------------------------------------------------------------


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
    assert fig.current_period(starts, period, today) == bounds


def test_hours_in_period_includes_the_first_day_not_the_end() -> None:
    bounds = (date(2026, 11, 15), date(2026, 12, 15))
    entries = [
        (date(2026, 11, 14), D(5)),
        (date(2026, 11, 15), D("1.5")),
        (date(2026, 12, 14), D(2)),
        (date(2026, 12, 15), D(7)),
    ]
    assert fig.hours_in_period(entries, bounds) == D("3.5")


def test_notice_deadline_only_for_renewing_plans() -> None:
    plan = fig.SupportPlanFacts(
        date(2026, 1, 1), date(2026, 12, 31), True, 30, SupportPeriod.month, D(4)
    )
    assert fig.notice_deadline(plan) == date(2026, 12, 1)
    assert fig.notice_deadline(fig.SupportPlanFacts(**{**vars(plan), "auto_renew": False})) is None
    assert fig.notice_deadline(fig.SupportPlanFacts(**{**vars(plan), "ends_on": None})) is None


def test_next_deadline_is_the_earliest_overdue_included() -> None:
    deadlines = [
        fig.Deadline(date(2026, 12, 1), "later"),
        fig.Deadline(date(2026, 11, 1), "overdue"),
    ]
    assert fig.next_deadline(deadlines) == fig.Deadline(date(2026, 11, 1), "overdue")
    assert fig.next_deadline([]) is None
