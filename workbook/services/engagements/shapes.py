"""Input and read shapes of engagements and what is agreed in them (frozen, ORM-free)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from workbook.domain.enums import (
    BillingModel,
    EngagementStatus,
    GoalStatus,
    WishKind,
    WishStatus,
)


@dataclass(frozen=True)
class EngagementInput:
    """The Overview page. Status is not here: it changes only through transitions."""

    client_id: int
    title: str
    subject: str = ""
    goal_statement: str = ""
    sense_and_benefit: str = ""
    approach: str = ""
    billing_model: BillingModel = BillingModel.hourly
    hourly_rate: Decimal | None = None
    fixed_price: Decimal | None = None
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
    title: str
    status: EngagementStatus
    billing_model: BillingModel
    completeness: int  # percent of required active questions answered, 0–100
    agreed_goals: int
    starts_on: date | None
    self_sufficient_on: date | None


@dataclass(frozen=True)
class EngagementDetail(EngagementInput):
    id: int = 0
    client_name: str = ""
    status: EngagementStatus = EngagementStatus.inquiry
    decision_reason: str = ""
    decided_on: date | None = None

    def as_input(self) -> EngagementInput:
        return EngagementInput(
            **{k: getattr(self, k) for k in EngagementInput.__dataclass_fields__}
        )


class EngagementSort(StrEnum):
    client = "client"
    title_text = "title"  # not "title": that would shadow str.title
    status = "status"
    billing_model = "billing_model"
    completeness = "completeness"
    agreed_goals = "agreed_goals"
    starts_on = "starts_on"
    self_sufficient_on = "self_sufficient_on"


@dataclass(frozen=True)
class EngagementQuery:
    client_id: int | None = None
    status: EngagementStatus | None = None
    text: str = ""
    sort: EngagementSort = EngagementSort.client
    descending: bool = False


@dataclass(frozen=True)
class StatusChangeRow:
    id: int
    from_status: EngagementStatus
    to_status: EngagementStatus
    changed_at: datetime
    reason: str
    overridden: bool


# -- clarification -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionInput:
    section: str
    text_en: str
    text_de: str
    required: bool = False


@dataclass(frozen=True)
class QuestionRow(QuestionInput):
    id: int = 0
    key: str = ""
    position: int = 0
    active: bool = True

    def as_input(self) -> QuestionInput:
        return QuestionInput(self.section, self.text_en, self.text_de, self.required)


@dataclass(frozen=True)
class AnswerRow:
    """A question of the catalogue with this engagement's answer ("" when unanswered)."""

    question: QuestionRow
    answer: str
    answered_on: date | None


@dataclass(frozen=True)
class Completeness:
    answered_required: int
    required: int

    @property
    def percent(self) -> int:
        return 100 if self.required == 0 else round(100 * self.answered_required / self.required)

    @property
    def complete(self) -> bool:
        return self.answered_required >= self.required


# -- wishes, goals, service catalogue ------------------------------------------------------------


@dataclass(frozen=True)
class WishInput:
    text: str
    kind: WishKind = WishKind.want
    rationale: str = ""
    status: WishStatus = WishStatus.open
    goal_id: int | None = None


@dataclass(frozen=True)
class WishRow(WishInput):
    id: int = 0
    engagement_id: int = 0
    goal_title: str = ""

    def as_input(self) -> WishInput:
        return WishInput(self.text, self.kind, self.rationale, self.status, self.goal_id)


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

    def as_input(self) -> ScopeItemInput:
        return ScopeItemInput(
            self.title, self.description, self.in_scope, self.estimated_hours, self.price
        )


@dataclass(frozen=True)
class ScopeTotals:
    """In-scope sums against what was agreed (budget hours, or the fixed price)."""

    hours: Decimal
    price: Decimal
    budget_hours: Decimal | None
    fixed_price: Decimal | None
