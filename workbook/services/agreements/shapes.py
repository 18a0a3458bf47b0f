"""Input and read shapes of wishes, goals and the service catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from workbook.domain.enums import GoalStatus, WishKind, WishStatus


@dataclass(frozen=True)
class WishInput:
    text: str
    kind: WishKind = WishKind.want
    rationale: str = ""
    status: WishStatus = WishStatus.open
    goal_id: int | None = None


@dataclass(frozen=True)
class WishRow(WishInput):
    """One wish, in the editor and on the Wishes sheet alike (the sheet adds where it is)."""

    id: int = 0
    engagement_id: int = 0
    goal_title: str = ""
    version: int = 1
    client_name: str = ""
    engagement_reference: str = ""
    engagement_title: str = ""

    def as_input(self) -> WishInput:
        return WishInput(**{k: getattr(self, k) for k in WishInput.__dataclass_fields__})


@dataclass(frozen=True)
class GoalInput:
    title: str
    success_criterion: str = ""
    measure: str = ""
    target_value: str = ""
    target_date: date | None = None
    status: GoalStatus = GoalStatus.proposed
    agreed_on: date | None = None
    signed_off_by_id: int | None = None
    signed_off_on: date | None = None
    evidence: str = ""


@dataclass(frozen=True)
class GoalRow(GoalInput):
    id: int = 0
    engagement_id: int = 0
    signed_off_by: str = ""  # the contact's name
    overdue: bool = False
    version: int = 1
    client_name: str = ""
    engagement_reference: str = ""
    engagement_title: str = ""

    def as_input(self) -> GoalInput:
        return GoalInput(**{k: getattr(self, k) for k in GoalInput.__dataclass_fields__})


@dataclass(frozen=True)
class ScopeItemInput:
    title: str
    description: str = ""
    in_scope: bool = True
    estimated_hours: Decimal | None = None
    price: Decimal | None = None


@dataclass(frozen=True)
class ScopeItemRow(ScopeItemInput):
    id: int = 0
    engagement_id: int = 0
    position: int = 0
    version: int = 1
    currency: str = "EUR"
    client_name: str = ""
    engagement_reference: str = ""
    engagement_title: str = ""

    def as_input(self) -> ScopeItemInput:
        fields = ScopeItemInput.__dataclass_fields__
        return ScopeItemInput(**{k: getattr(self, k) for k in fields})


@dataclass(frozen=True)
class ScopeTotals:
    """In-scope sums against what was agreed (budget hours, or the fixed price)."""

    hours: Decimal
    price: Decimal
    budget_hours: Decimal | None
    fixed_price: Decimal | None
