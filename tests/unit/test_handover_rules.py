"""Knowledge-transfer rules (workbook.domain.handover): readiness, risk, due windows, sign-off."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from workbook.domain import handover as h
from workbook.domain.enums import EngagementStatus, MilestoneStatus
from workbook.domain.validation import FieldError, Problem

TODAY = date(2026, 11, 25)  # a Wednesday
M = MilestoneStatus


def _days(n: int) -> date:
    return TODAY + timedelta(days=n)


def _facts(*pairs: tuple[MilestoneStatus, int]) -> list[h.MilestoneFacts]:
    return [h.MilestoneFacts(status, weight) for status, weight in pairs]


# -- readiness -----------------------------------------------------------------------------------


def test_readiness_is_the_weighted_share_of_verified_milestones() -> None:
    milestones = _facts((M.verified, 3), (M.done, 1), (M.planned, 1))  # done is not yet shown
    assert h.readiness(milestones) == pytest.approx(0.6)
    assert h.tally(milestones, TODAY).share == pytest.approx(0.6)
    assert h.readiness([]) is None


def test_a_zero_weight_milestone_counts_for_nothing() -> None:
    milestones = _facts((M.verified, 1), (M.planned, 0), (M.planned, 1))
    assert h.readiness(milestones) == pytest.approx(0.5)
    only_zero = _facts((M.verified, 0))
    assert h.readiness(only_zero) is None  # nothing weighted: no readiness to speak of
    assert h.tally(only_zero, TODAY) == h.Tally(total_weight=0, verified_weight=0)


# -- risk ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verified", "total", "days_ahead", "at_risk"),
    [
        (1, 2, 10, True),
        (1, 2, h.READINESS_HORIZON_DAYS, True),
        (1, 2, h.READINESS_HORIZON_DAYS + 1, False),  # still far off
        (4, 5, 10, False),  # exactly the minimum is enough
        (79, 100, 10, True),
        (0, 0, 10, True),  # nothing handed over at all
        (1, 2, -5, True),  # the date has passed
    ],
)
def test_low_readiness_near_the_date(
    verified: int, total: int, days_ahead: int, at_risk: bool
) -> None:
    facts = h.Tally(total_weight=total, verified_weight=verified)
    assert h.low_readiness(facts, _days(days_ahead), TODAY) is at_risk


def test_no_self_sufficiency_date_is_not_low_readiness() -> None:
    assert not h.low_readiness(h.Tally(), None, TODAY)


def test_the_terms_are_the_users_settings() -> None:
    facts = h.Tally(total_weight=10, verified_weight=9)  # 90 %
    strict = h.HandoverTerms(horizon_days=60, minimum_percent=95)
    assert not h.low_readiness(facts, _days(45), TODAY)
    assert h.low_readiness(facts, _days(45), TODAY, strict)


def test_weights_decide_the_risk() -> None:
    """The same milestones, weighted differently: one heavy unverified topic is a risk."""
    light = h.tally(_facts((M.verified, 3), (M.verified, 3), (M.planned, 1)), TODAY)
    heavy = h.tally(_facts((M.verified, 1), (M.verified, 1), (M.planned, 6)), TODAY)
    assert not h.handover_risk(light, _days(7), TODAY).at_risk  # 6/7 = 86 %
    risk = h.handover_risk(heavy, _days(7), TODAY)  # 2/8 = 25 %
    assert risk.reasons == (h.RiskReason.low_readiness,)


def test_an_overdue_milestone_puts_the_handover_at_risk_whatever_the_date() -> None:
    milestones = [
        h.MilestoneFacts(M.verified, 9, _days(-30)),
        h.MilestoneFacts(M.in_progress, 1, _days(-1)),  # overdue
        h.MilestoneFacts(M.done, 1, _days(-20)),  # done: not overdue
    ]
    facts = h.tally(milestones, TODAY)
    assert facts.overdue == 1
    risk = h.handover_risk(facts, _days(200), TODAY)
    assert risk.reasons == (h.RiskReason.overdue,)
    assert risk.overdue == 1


def test_a_milestone_marked_at_risk_is_a_reason() -> None:
    facts = h.tally([h.MilestoneFacts(M.at_risk, 1, _days(20))], TODAY)
    assert h.handover_risk(facts, None, TODAY).reasons == (h.RiskReason.flagged,)


def test_every_reason_at_once() -> None:
    facts = h.tally(
        [h.MilestoneFacts(M.at_risk, 1, _days(-2)), h.MilestoneFacts(M.planned, 1, None)], TODAY
    )
    risk = h.handover_risk(facts, _days(3), TODAY)
    assert risk.reasons == (
        h.RiskReason.low_readiness, h.RiskReason.overdue, h.RiskReason.flagged,
    )  # fmt: skip


@pytest.mark.parametrize("status", list(EngagementStatus))
def test_only_engagements_heading_for_handover_are_at_risk(status: EngagementStatus) -> None:
    risk = h.engagement_risk(status, h.Tally(), _days(5), TODAY)
    assert risk.at_risk is (status in h.HANDING_OVER)


def test_milestone_overdue() -> None:
    past = date(2026, 11, 1)
    assert h.milestone_overdue(M.planned, past, TODAY)
    assert h.milestone_overdue(M.at_risk, past, TODAY)
    assert not h.milestone_overdue(M.done, past, TODAY)
    assert not h.milestone_overdue(M.verified, past, TODAY)
    assert not h.milestone_overdue(M.planned, TODAY, TODAY)
    assert not h.milestone_overdue(M.planned, None, TODAY)


def test_days_left() -> None:
    assert h.days_left(_days(12), TODAY) == 12
    assert h.days_left(_days(-3), TODAY) == -3
    assert h.days_left(None, TODAY) is None


# -- due windows ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "planned", "window"),
    [
        (M.planned, _days(-1), h.DueWindow.overdue),
        (M.at_risk, _days(-40), h.DueWindow.overdue),
        (M.planned, TODAY, h.DueWindow.this_week),
        (M.in_progress, _days(4), h.DueWindow.this_week),  # Sunday
        (M.planned, _days(5), h.DueWindow.next_30_days),  # next Monday
        (M.planned, _days(30), h.DueWindow.next_30_days),
        (M.planned, _days(31), h.DueWindow.later),
        (M.planned, None, h.DueWindow.later),
        (M.done, _days(-10), h.DueWindow.done),
        (M.verified, _days(10), h.DueWindow.done),
    ],
)
def test_due_window(status: MilestoneStatus, planned: date | None, window: h.DueWindow) -> None:
    assert h.due_window(status, planned, TODAY) is window


def test_on_a_sunday_this_week_is_today_only() -> None:
    sunday = date(2026, 11, 29)
    bounds = h.window_bounds(sunday)
    assert bounds.week_end == sunday
    assert h.due_window(M.planned, sunday + timedelta(days=1), sunday) is h.DueWindow.next_30_days


# -- what "verified" demands ---------------------------------------------------------------------


def _sign_off(status: MilestoneStatus, **values: object) -> h.SignOff:
    defaults: dict[str, object] = {
        "done_on": None, "verification": "", "signed_off_by_id": None, "signed_off_on": None,
    }  # fmt: skip
    return h.SignOff(status, **{**defaults, **values})  # type: ignore[arg-type]


def test_verified_needs_verification_and_a_signing_contact() -> None:
    problems = h.sign_off_problems(_sign_off(M.verified), TODAY)
    assert problems == [
        FieldError("verification", Problem.required),
        FieldError("signed_off_by_id", Problem.required),
    ]
    shown = _sign_off(M.verified, verification="Hat es allein gemacht.", signed_off_by_id=7)
    assert h.sign_off_problems(shown, TODAY) == []


def test_nothing_is_done_or_signed_off_in_the_future() -> None:
    facts = _sign_off(M.done, done_on=_days(1), signed_off_by_id=3, signed_off_on=_days(2))
    assert h.sign_off_problems(facts, TODAY) == [
        FieldError("done_on", Problem.in_future),
        FieldError("signed_off_on", Problem.in_future),
    ]
    assert h.sign_off_problems(_sign_off(M.done, done_on=TODAY), TODAY) == []


def test_a_sign_off_day_needs_the_person() -> None:
    problems = h.sign_off_problems(_sign_off(M.done, signed_off_on=TODAY), TODAY)
    assert problems == [FieldError("signed_off_by_id", Problem.required)]


def test_verified_fills_signed_off_on_and_done_on_with_today_unless_given() -> None:
    filled = h.completed_sign_off(_sign_off(M.verified, signed_off_by_id=3), TODAY)
    assert (filled.done_on, filled.signed_off_on) == (TODAY, TODAY)
    given = _sign_off(M.verified, signed_off_by_id=3, done_on=_days(-9), signed_off_on=_days(-2))
    assert h.completed_sign_off(given, TODAY) == given
    planned = h.completed_sign_off(_sign_off(M.planned), TODAY)
    assert (planned.done_on, planned.signed_off_on) == (None, None)


def test_a_milestone_is_due_soon_up_to_7_days_ahead_and_when_overdue() -> None:
    today = date(2026, 12, 2)
    planned = MilestoneStatus.planned
    assert h.milestone_due_soon(planned, today + timedelta(days=7), today)
    assert not h.milestone_due_soon(planned, today + timedelta(days=8), today)
    assert h.milestone_due_soon(MilestoneStatus.at_risk, today - timedelta(days=30), today)
    assert not h.milestone_due_soon(MilestoneStatus.verified, today, today)
    assert not h.milestone_due_soon(planned, None, today)
