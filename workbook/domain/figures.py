"""Derived figures of DESIGN.md §1: scope creep, handover readiness, deadlines (days since
feedback: workbook.domain.feedback; support hours and notice: workbook.domain.support_terms).

Pure functions over small frozen facts; `today` is always passed in, so a report, a test and
the UI on the same day agree. Services gather the facts; nothing here is stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from workbook.domain.enums import ChangeStatus, MilestoneStatus

# Scope creep is flagged above this share of the agreed budget.
SCOPE_CREEP_THRESHOLD = Decimal("0.10")
# Handover is at risk when the self-sufficiency date is this close and readiness below this.
READINESS_HORIZON_DAYS = 30
READINESS_MINIMUM = 0.8

# Change requests whose effort and cost count as scope creep.
COUNTED_CHANGES = frozenset({ChangeStatus.approved, ChangeStatus.done})
# Handed over: no longer due.
SETTLED_MILESTONES = frozenset({MilestoneStatus.done, MilestoneStatus.verified})


# -- scope creep ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeFacts:
    status: ChangeStatus
    effort_hours: Decimal | None
    cost: Decimal | None
    client_informed_on: date | None


@dataclass(frozen=True)
class BudgetFacts:
    """What was agreed: budget hours, else the in-scope items' hours; for cost the fixed
    price, else the in-scope items' price."""

    budget_hours: Decimal | None
    in_scope_hours: Decimal
    fixed_price: Decimal | None
    in_scope_price: Decimal


@dataclass(frozen=True)
class ScopeCreep:
    hours: Decimal  # effort of approved and done change requests
    cost: Decimal
    share: float | None  # creep against the agreed budget; None when nothing was agreed
    uninformed: int  # counted change requests with cost the client was never told about
    flagged: bool


def scope_creep(
    budget: BudgetFacts,
    changes: Iterable[ChangeFacts],
    threshold: Decimal = SCOPE_CREEP_THRESHOLD,
) -> ScopeCreep:
    counted = [change for change in changes if change.status in COUNTED_CHANGES]
    hours = sum((c.effort_hours or Decimal(0) for c in counted), Decimal(0))
    cost = sum((c.cost or Decimal(0) for c in counted), Decimal(0))
    uninformed = sum(1 for change in counted if untold_cost(change))
    share = _share(hours, cost, budget)
    flagged = uninformed > 0 or (share is not None and share > threshold)
    return ScopeCreep(hours, cost, None if share is None else float(share), uninformed, flagged)


def untold_cost(change: ChangeFacts) -> bool:
    """Counted change work with a cost the client was never told about."""
    return (
        change.status in COUNTED_CHANGES
        and (change.cost or Decimal(0)) > 0
        and change.client_informed_on is None
    )


def _share(hours: Decimal, cost: Decimal, budget: BudgetFacts) -> Decimal | None:
    """Hours against hours where there is an hours budget; otherwise cost against price."""
    base_hours = budget.budget_hours or budget.in_scope_hours
    if base_hours > 0:
        return hours / base_hours
    base_price = budget.fixed_price or budget.in_scope_price
    if base_price > 0:
        return cost / base_price
    return None


# -- handover readiness --------------------------------------------------------------------------


@dataclass(frozen=True)
class MilestoneFacts:
    status: MilestoneStatus
    weight: int


def readiness(milestones: Iterable[MilestoneFacts]) -> float | None:
    """Weighted share of verified milestones, 0–1; None without any (weighted) milestone."""
    total = verified = 0
    for milestone in milestones:
        weight = max(milestone.weight, 0)
        total += weight
        if milestone.status is MilestoneStatus.verified:
            verified += weight
    return verified / total if total else None


def milestone_overdue(status: MilestoneStatus, planned_on: date | None, today: date) -> bool:
    return planned_on is not None and planned_on < today and status not in SETTLED_MILESTONES


def handover_at_risk(
    share: float | None,
    self_sufficient_on: date | None,
    today: date,
    *,
    horizon_days: int = READINESS_HORIZON_DAYS,
    minimum: float = READINESS_MINIMUM,
) -> bool:
    """Near (or past) the date the client should carry on alone, with too little handed over.
    No milestones at all counts as nothing handed over."""
    if self_sufficient_on is None or (self_sufficient_on - today).days > horizon_days:
        return False
    return (share or 0.0) < minimum


# -- deadlines -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    on: date
    what: str


def next_deadline(candidates: Iterable[Deadline]) -> Deadline | None:
    """The earliest pending deadline — overdue ones included, they are the most urgent."""
    return min(candidates, key=lambda d: (d.on, d.what), default=None)
