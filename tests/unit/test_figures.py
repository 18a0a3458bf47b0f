"""Derived figures (DESIGN.md §1): pure functions, `today` always given."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workbook.domain import figures as fig
from workbook.domain.enums import ChangeStatus, MilestoneStatus

TODAY = date(2026, 11, 25)
D = Decimal


def _change(
    status: ChangeStatus, hours: str, cost: str | None = None, informed: date | None = TODAY
) -> fig.ChangeFacts:
    return fig.ChangeFacts(status, D(hours), None if cost is None else D(cost), informed)


def _budget(
    hours: str | None = "100", scope_hours: str = "0", price: str | None = None
) -> fig.BudgetFacts:
    return fig.BudgetFacts(
        budget_hours=None if hours is None else D(hours),
        in_scope_hours=D(scope_hours),
        fixed_price=None if price is None else D(price),
        in_scope_price=D(0),
    )


# -- scope creep ---------------------------------------------------------------------------------


def test_only_approved_and_done_changes_count() -> None:
    changes = [
        _change(ChangeStatus.approved, "4", "400"),
        _change(ChangeStatus.done, "3", "300"),
        _change(ChangeStatus.rejected, "50", "5000"),
        _change(ChangeStatus.estimated, "50", "5000", informed=None),
        _change(ChangeStatus.open, "50"),
    ]
    creep = fig.scope_creep(_budget("100"), changes)
    assert (creep.hours, creep.cost) == (D(7), D(700))
    assert creep.share == pytest.approx(0.07)
    assert not creep.flagged


def test_flagged_only_above_the_threshold() -> None:
    at = fig.scope_creep(_budget("100"), [_change(ChangeStatus.done, "10", "1")])
    above = fig.scope_creep(_budget("100"), [_change(ChangeStatus.done, "10.5", "1")])
    assert at.share == pytest.approx(0.10)
    assert not at.flagged
    assert above.flagged


def test_costed_change_the_client_was_not_told_about_is_flagged() -> None:
    creep = fig.scope_creep(_budget("1000"), [_change(ChangeStatus.approved, "1", "90", None)])
    assert creep.uninformed == 1
    assert creep.flagged
    free = fig.scope_creep(_budget("1000"), [_change(ChangeStatus.approved, "1", "0", None)])
    assert not free.flagged


def test_in_scope_hours_stand_in_for_a_missing_budget() -> None:
    creep = fig.scope_creep(_budget(None, "40"), [_change(ChangeStatus.done, "8", "800")])
    assert creep.share == pytest.approx(0.2)


def test_cost_against_fixed_price_without_any_hours() -> None:
    creep = fig.scope_creep(_budget(None, "0", "10000"), [_change(ChangeStatus.done, "8", "500")])
    assert creep.share == pytest.approx(0.05)


def test_nothing_agreed_means_no_share() -> None:
    creep = fig.scope_creep(_budget(None), [_change(ChangeStatus.done, "8", "800")])
    assert creep.share is None
    assert not creep.flagged


# -- handover readiness --------------------------------------------------------------------------


def test_readiness_is_the_weighted_share_of_verified_milestones() -> None:
    milestones = [
        fig.MilestoneFacts(MilestoneStatus.verified, 3),
        fig.MilestoneFacts(MilestoneStatus.done, 1),  # done is not yet shown to work alone
        fig.MilestoneFacts(MilestoneStatus.planned, 1),
    ]
    assert fig.readiness(milestones) == pytest.approx(0.6)
    assert fig.readiness([]) is None


@pytest.mark.parametrize(
    ("share", "days_ahead", "at_risk"),
    [
        (0.5, 10, True),
        (0.5, fig.READINESS_HORIZON_DAYS, True),
        (0.5, fig.READINESS_HORIZON_DAYS + 1, False),
        (fig.READINESS_MINIMUM, 10, False),
        (None, 10, True),  # nothing handed over at all
        (0.5, -5, True),  # the date has passed
    ],
)
def test_handover_at_risk(share: float | None, days_ahead: int, at_risk: bool) -> None:
    day = date.fromordinal(TODAY.toordinal() + days_ahead)
    assert fig.handover_at_risk(share, day, TODAY) is at_risk


def test_no_self_sufficiency_date_is_not_at_risk() -> None:
    assert not fig.handover_at_risk(0.0, None, TODAY)


def test_milestone_overdue() -> None:
    past = date(2026, 11, 1)
    assert fig.milestone_overdue(MilestoneStatus.planned, past, TODAY)
    assert fig.milestone_overdue(MilestoneStatus.at_risk, past, TODAY)
    assert not fig.milestone_overdue(MilestoneStatus.done, past, TODAY)
    assert not fig.milestone_overdue(MilestoneStatus.planned, TODAY, TODAY)
    assert not fig.milestone_overdue(MilestoneStatus.planned, None, TODAY)


def test_next_deadline_is_the_earliest_overdue_included() -> None:
    deadlines = [
        fig.Deadline(date(2026, 12, 1), "later"),
        fig.Deadline(date(2026, 11, 1), "overdue"),
    ]
    assert fig.next_deadline(deadlines) == fig.Deadline(date(2026, 11, 1), "overdue")
    assert fig.next_deadline([]) is None
