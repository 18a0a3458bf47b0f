"""Input and read shapes of engagements and what is agreed in them (frozen, ORM-free)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from workbook.domain.enums import (
    BillingModel,
    EngagementStatus,
)
from workbook.domain.handover import DEFAULT_TERMS, HandoverTerms
from workbook.domain.scope_creep import NO_CREEP, SCOPE_CREEP_THRESHOLD, Bearer, ScopeCreep, bearer


@dataclass(frozen=True)
class EngagementInput:
    """The Overview page. Status is not here: it changes only through transitions."""

    client_id: int
    title: str
    reference: str = ""  # blank: the next free one of the year ("2026-014") on creation
    subject: str = ""
    goal_statement: str = ""
    sense_and_benefit: str = ""
    approach: str = ""
    billing_model: BillingModel = BillingModel.hourly
    hourly_rate: Decimal | None = None
    fixed_price: Decimal | None = None
    change_rate: Decimal | None = None  # an hour of change work under a fixed price
    budget_hours: Decimal | None = None
    currency: str = "EUR"
    starts_on: date | None = None
    ends_on: date | None = None
    self_sufficient_on: date | None = None


@dataclass(frozen=True)
class EngagementRow:
    """One line of the Engagements tab (and of the Engagements sheet)."""

    id: int
    client_id: int
    client_name: str
    reference: str
    title: str
    status: EngagementStatus
    billing_model: BillingModel
    completeness: int  # percent of required active questions answered, 0–100
    agreed_goals: int
    starts_on: date | None
    self_sufficient_on: date | None
    readiness: int | None = None  # percent of the weighted milestones verified
    handover_at_risk: bool = False
    # what approved and done change requests add (workbook.domain.scope_creep)
    scope_creep: ScopeCreep = NO_CREEP
    currency: str = "EUR"

    @property
    def creep_bearer(self) -> Bearer | None:
        """Who carries the added work; None while nothing was added."""
        creep = self.scope_creep
        return bearer(self.billing_model) if creep.hours or creep.cost else None


@dataclass(frozen=True)
class EngagementDetail(EngagementInput):
    id: int = 0
    client_name: str = ""
    status: EngagementStatus = EngagementStatus.inquiry
    decision_reason: str = ""
    decided_on: date | None = None
    client_archived: bool = False
    version: int = 1

    def as_input(self) -> EngagementInput:
        return EngagementInput(
            **{k: getattr(self, k) for k in EngagementInput.__dataclass_fields__}
        )


class EngagementSort(StrEnum):
    client = "client"
    reference = "reference"
    title_text = "title"  # not "title": that would shadow str.title
    status = "status"
    billing_model = "billing_model"
    completeness = "completeness"
    agreed_goals = "agreed_goals"
    starts_on = "starts_on"
    self_sufficient_on = "self_sufficient_on"
    readiness = "readiness"
    handover_at_risk = "handover_at_risk"
    added_hours = "added_hours"
    added_cost = "added_cost"
    creep_share = "creep_share"


@dataclass(frozen=True)
class EngagementQuery:
    client_id: int | None = None
    statuses: frozenset[EngagementStatus] = frozenset()  # none: every status
    text: str = ""
    sort: EngagementSort = EngagementSort.client
    descending: bool = False
    # When a handover is at risk (the user's settings), seen from `today` (None: the day the
    # list is read).
    handover: HandoverTerms = DEFAULT_TERMS
    today: date | None = None
    # above this share of the budget the scope-creep figure warns (a setting in the window)
    scope_creep_threshold: Decimal = SCOPE_CREEP_THRESHOLD
    # only these rows, whatever else the query says (a list re-reading the rows a change touched)
    ids: frozenset[int] | None = None


@dataclass(frozen=True)
class StatusChangeRow:
    id: int
    from_status: EngagementStatus
    to_status: EngagementStatus
    changed_at: datetime
    reason: str
    overridden: bool
