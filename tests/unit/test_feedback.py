"""Days since feedback and late follow-ups (workbook.domain.feedback): `today` always given."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from workbook.domain import feedback as fb
from workbook.domain.enums import JournalKind

TODAY = date(2026, 11, 25)


def test_last_feedback_counts_feedback_kinds_and_scored_entries() -> None:
    entries = [
        fb.JournalFacts(date(2026, 11, 20), JournalKind.email, None),  # not feedback
        fb.JournalFacts(date(2026, 11, 15), JournalKind.note, 4),  # scored: feedback
        fb.JournalFacts(date(2026, 11, 1), JournalKind.meeting, None),
    ]
    assert fb.last_feedback(entries) == date(2026, 11, 15)
    assert fb.days_since(fb.last_feedback(entries), TODAY) == 10
    assert fb.last_feedback(entries[:1]) is None


def test_days_since_counts_calendar_days() -> None:
    assert fb.days_since(TODAY, TODAY) == 0
    assert fb.days_since(date(2026, 10, 25), TODAY) == 31
    assert fb.days_since(None, TODAY) is None


def test_feedback_overdue_only_beyond_the_interval() -> None:
    assert not fb.feedback_overdue(21, 21)
    assert fb.feedback_overdue(22, 21)
    assert not fb.feedback_overdue(None, 21)


def test_follow_up_overdue_and_due() -> None:
    assert fb.follow_up_overdue(date(2026, 11, 24), False, TODAY)
    assert not fb.follow_up_overdue(date(2026, 11, 24), True, TODAY)
    assert not fb.follow_up_overdue(TODAY, False, TODAY)
    assert fb.follow_up_due(TODAY, False, TODAY)
    assert not fb.follow_up_due(date(2026, 11, 26), False, TODAY)
    assert not fb.follow_up_due(None, False, TODAY)


def test_feedback_is_due_on_the_last_day_of_the_agreed_silence() -> None:
    due = fb.feedback_due_on(date(2026, 11, 4), 21)
    assert due == TODAY  # 21 days later: not overdue yet …
    assert not fb.feedback_overdue(fb.days_since(date(2026, 11, 4), TODAY), 21)
    assert fb.feedback_overdue(fb.days_since(date(2026, 11, 3), TODAY), 21)  # … a day more is


def test_satisfaction_is_averaged_per_month_oldest_first() -> None:
    scores = [(date(2026, 11, 3), 4), (date(2026, 10, 30), 2), (date(2026, 11, 28), 5),
              (date(2026, 11, 1), 5)]  # fmt: skip
    assert fb.monthly_satisfaction(scores) == [
        fb.MonthScore(date(2026, 10, 1), Decimal("2.00"), 1),
        fb.MonthScore(date(2026, 11, 1), Decimal("4.67"), 3),  # 14 / 3
    ]
    assert fb.monthly_satisfaction([]) == []


def test_a_day_still_to_come_counts_as_today_never_below_zero() -> None:
    assert fb.days_since(date(2026, 11, 26), TODAY) == 0
    assert fb.days_since(date(2027, 1, 1), TODAY) == 0
