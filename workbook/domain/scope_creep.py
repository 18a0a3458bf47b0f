"""Scope creep (DESIGN.md §1): what approved and done change requests add to an engagement,
against what was agreed — budget hours, else the in-scope catalogue items' hours; without any
hours the fixed price, else the in-scope items' price. Nothing agreed: no share at all (the
views say "no budget agreed"), never 0 %.

One function turns the totals into the figure, so the window, the status workbook and the
cost notice, which gather the totals differently (SQL sums, a list of rows), cannot disagree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from workbook.domain.enums import BillingModel, ChangeStatus

# Scope creep is flagged above this share of the agreed budget (a setting in the window).
SCOPE_CREEP_THRESHOLD = Decimal("0.10")
# Change requests whose effort and cost count as scope creep.
COUNTED_CHANGES = frozenset({ChangeStatus.approved, ChangeStatus.done})


class Basis(StrEnum):
    """What the share of scope creep is measured against."""

    budget_hours = "budget_hours"
    scope_hours = "scope_hours"  # the in-scope catalogue items' hours
    fixed_price = "fixed_price"
    scope_price = "scope_price"  # the in-scope catalogue items' price


class Bearer(StrEnum):
    """Who carries the added work: under a fixed price the consultant, by the hour the client."""

    consultant = "consultant"
    client = "client"


class NoBudget(StrEnum):
    """The share of an engagement without any budget: shown as words, never as 0 %."""

    none = "no_budget"


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
    over: bool  # share above the threshold
    basis: Basis | None = None
    base: Decimal | None = None  # the amount of the basis (hours or money)

    @property
    def flagged(self) -> bool:
        return self.over or self.uninformed > 0

    @property
    def percent(self) -> int | None:
        return None if self.share is None else round(100 * self.share)

    @property
    def shown_share(self) -> int | NoBudget:
        """The percentage, or the words for "nothing was agreed" (lists and sheets)."""
        percent = self.percent
        return NoBudget.none if percent is None else percent


NO_CREEP = ScopeCreep(Decimal(0), Decimal(0), None, 0, False)


def basis_of(budget: BudgetFacts) -> tuple[Basis, Decimal] | None:
    """Hours against hours where there is an hours budget; otherwise cost against price."""
    hours = [(Basis.budget_hours, budget.budget_hours), (Basis.scope_hours, budget.in_scope_hours)]
    money = [(Basis.fixed_price, budget.fixed_price), (Basis.scope_price, budget.in_scope_price)]
    return next(((basis, amount) for basis, amount in (*hours, *money) if amount), None)


def measure(
    budget: BudgetFacts,
    hours: Decimal,
    cost: Decimal,
    uninformed: int,
    threshold: Decimal = SCOPE_CREEP_THRESHOLD,
) -> ScopeCreep:
    """The figure from the totals of the counted change requests."""
    found = basis_of(budget)
    if found is None:
        return ScopeCreep(hours, cost, None, uninformed, False)
    basis, base = found
    added = hours if basis in (Basis.budget_hours, Basis.scope_hours) else cost
    share = added / base
    return ScopeCreep(hours, cost, float(share), uninformed, share > threshold, basis, base)


def scope_creep(
    budget: BudgetFacts,
    changes: Iterable[ChangeFacts],
    threshold: Decimal = SCOPE_CREEP_THRESHOLD,
) -> ScopeCreep:
    counted = [change for change in changes if change.status in COUNTED_CHANGES]
    hours = sum((c.effort_hours or Decimal(0) for c in counted), Decimal(0))
    cost = sum((c.cost or Decimal(0) for c in counted), Decimal(0))
    uninformed = sum(1 for change in counted if untold_cost(change))
    return measure(budget, hours, cost, uninformed, threshold)


def untold_cost(change: ChangeFacts) -> bool:
    """Counted change work with a cost the client was never told about."""
    return (
        change.status in COUNTED_CHANGES
        and (change.cost or Decimal(0)) > 0
        and change.client_informed_on is None
    )


def bearer(billing: BillingModel) -> Bearer:
    return Bearer.consultant if billing is BillingModel.fixed else Bearer.client
