"""The scope-creep figure (workbook.domain.scope_creep): what approved and done change requests
add, against what was agreed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workbook.domain import scope_creep as sc
from workbook.domain.enums import BillingModel, ChangeStatus

TODAY = date(2026, 11, 25)
D = Decimal


def _change(
    status: ChangeStatus, hours: str, cost: str | None = None, informed: date | None = TODAY
) -> sc.ChangeFacts:
    return sc.ChangeFacts(status, D(hours), None if cost is None else D(cost), informed)


def _budget(
    hours: str | None = "100", scope_hours: str = "0", price: str | None = None,
    scope_price: str = "0",
) -> sc.BudgetFacts:  # fmt: skip
    return sc.BudgetFacts(
        budget_hours=None if hours is None else D(hours),
        in_scope_hours=D(scope_hours),
        fixed_price=None if price is None else D(price),
        in_scope_price=D(scope_price),
    )


def test_only_approved_and_done_changes_count() -> None:
    changes = [
        _change(ChangeStatus.approved, "4", "400"),
        _change(ChangeStatus.done, "3", "300"),
        _change(ChangeStatus.rejected, "50", "5000"),
        _change(ChangeStatus.estimated, "50", "5000", informed=None),
        _change(ChangeStatus.client_informed, "50", "5000"),
        _change(ChangeStatus.open, "50"),
    ]
    creep = sc.scope_creep(_budget("100"), changes)
    assert (creep.hours, creep.cost) == (D(7), D(700))
    assert creep.share == pytest.approx(0.07)
    assert creep.percent == 7
    assert (creep.basis, creep.base) == (sc.Basis.budget_hours, D(100))
    assert not creep.flagged


def test_flagged_only_above_the_threshold() -> None:
    at = sc.scope_creep(_budget("100"), [_change(ChangeStatus.done, "10", "1")])
    above = sc.scope_creep(_budget("100"), [_change(ChangeStatus.done, "10.5", "1")])
    assert at.share == pytest.approx(0.10)
    assert not at.flagged
    assert above.over
    assert above.flagged


def test_the_threshold_is_a_parameter() -> None:
    changes = [_change(ChangeStatus.done, "12", "1")]
    assert sc.scope_creep(_budget("100"), changes).over
    assert not sc.scope_creep(_budget("100"), changes, threshold=D("0.15")).over


def test_costed_change_the_client_was_not_told_about_is_flagged() -> None:
    creep = sc.scope_creep(_budget("1000"), [_change(ChangeStatus.approved, "1", "90", None)])
    assert creep.uninformed == 1
    assert not creep.over
    assert creep.flagged
    free = sc.scope_creep(_budget("1000"), [_change(ChangeStatus.approved, "1", "0", None)])
    assert not free.flagged
    # an estimate not yet told is the normal next step, not a warning
    waiting = sc.scope_creep(_budget("1000"), [_change(ChangeStatus.estimated, "1", "90", None)])
    assert waiting.uninformed == 0


def test_in_scope_hours_stand_in_for_a_missing_budget() -> None:
    creep = sc.scope_creep(_budget(None, "40"), [_change(ChangeStatus.done, "8", "800")])
    assert creep.share == pytest.approx(0.2)
    assert creep.basis is sc.Basis.scope_hours


def test_a_zero_budget_counts_as_none() -> None:
    creep = sc.scope_creep(_budget("0", "40"), [_change(ChangeStatus.done, "8", "800")])
    assert (creep.basis, creep.share) == (sc.Basis.scope_hours, pytest.approx(0.2))


def test_cost_against_fixed_price_without_any_hours() -> None:
    creep = sc.scope_creep(_budget(None, "0", "10000"), [_change(ChangeStatus.done, "8", "500")])
    assert creep.share == pytest.approx(0.05)
    assert creep.basis is sc.Basis.fixed_price


def test_cost_against_the_catalogue_price_without_hours_or_fixed_price() -> None:
    budget = _budget(None, "0", None, "4000")
    creep = sc.scope_creep(budget, [_change(ChangeStatus.done, "8", "500")])
    assert (creep.basis, creep.share) == (sc.Basis.scope_price, pytest.approx(0.125))


def test_nothing_agreed_means_no_share() -> None:
    creep = sc.scope_creep(_budget(None), [_change(ChangeStatus.done, "8", "800")])
    assert creep.share is None
    assert creep.percent is None
    assert creep.shown_share is sc.NoBudget.none
    assert (creep.hours, creep.cost) == (D(8), D(800))
    assert not creep.flagged


def test_nothing_added_is_zero_percent_of_a_budget() -> None:
    creep = sc.scope_creep(_budget("100"), [])
    assert (creep.hours, creep.cost, creep.shown_share) == (D(0), D(0), 0)


def test_a_zero_rate_adds_hours_but_no_cost() -> None:
    creep = sc.scope_creep(_budget("40"), [_change(ChangeStatus.done, "4", "0", None)])
    assert (creep.hours, creep.cost, creep.percent) == (D(4), D(0), 10)
    assert creep.uninformed == 0


def test_a_fixed_price_absorbs_the_creep_hourly_work_passes_it_on() -> None:
    assert sc.bearer(BillingModel.fixed) is sc.Bearer.consultant
    assert sc.bearer(BillingModel.hourly) is sc.Bearer.client
