"""Engagements and what is clarified and agreed before and while working on them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from workbook.domain.enums import BillingModel, EngagementStatus, GoalStatus, WishKind, WishStatus
from workbook.store.models.base import Row, amount, choice, parent, string


class Engagement(Row, table=True):
    __tablename__ = "engagement"
    # the engagements list sorted by "Clarified" walks this index
    __table_args__ = (Index("ix_engagement_answered_required", "answered_required", "id"),)

    client_id: int = parent("client")
    # The Auftragsnummer ("2026-014"): tells two engagements of the same title apart.
    reference: str = Field(nullable=False, unique=True, max_length=20)
    title: str = string(length=300)
    subject: str = string()
    goal_statement: str = string()
    sense_and_benefit: str = string()
    approach: str = string()
    billing_model: str = choice(BillingModel.hourly)
    hourly_rate: Decimal | None = amount()
    fixed_price: Decimal | None = amount()
    # What an hour of change work costs the client under a fixed price (none: the hourly rate).
    change_rate: Decimal | None = amount()
    budget_hours: Decimal | None = amount()
    currency: str = string("EUR", length=3)
    status: str = choice(EngagementStatus.inquiry)
    decision_reason: str = string()
    decided_on: date | None = Field(default=None)
    starts_on: date | None = Field(default=None)
    ends_on: date | None = Field(default=None)
    self_sufficient_on: date | None = Field(default=None, index=True)
    # Kept by the database's triggers, never written here (store.answered): how many
    # required, active questions are answered.
    answered_required: int = Field(
        default=0, nullable=False, sa_column_kwargs={"server_default": "0"}
    )


class StatusChange(Row, table=True):
    """The engagement's history: every transition with its date and reason."""

    __tablename__ = "status_change"

    engagement_id: int = parent("engagement")
    from_status: str = choice(EngagementStatus.inquiry)
    to_status: str = choice(EngagementStatus.inquiry)
    changed_at: datetime = Field(nullable=False)
    reason: str = string()
    overridden: bool = Field(default=False, nullable=False)


class ClarificationQuestion(Row, table=True):
    __tablename__ = "clarification_question"

    section: str = string(length=40)
    key: str = Field(nullable=False, unique=True, max_length=80)
    text_en: str = string()
    text_de: str = string()
    position: int = Field(default=0, nullable=False)
    required: bool = Field(default=False, nullable=False)
    active: bool = Field(default=True, nullable=False)


class ClarificationAnswer(Row, table=True):
    __tablename__ = "clarification_answer"
    __table_args__ = (UniqueConstraint("engagement_id", "question_id"),)

    engagement_id: int = parent("engagement")
    question_id: int = parent("clarification_question", cascade=False)
    answer: str = string()
    answered_on: date | None = Field(default=None)


class Goal(Row, table=True):
    __tablename__ = "goal"

    engagement_id: int = parent("engagement")
    title: str = string(length=300)
    success_criterion: str = string()
    measure: str = string(length=300)
    target_value: str = string(length=200)
    target_date: date | None = Field(default=None)
    status: str = choice(GoalStatus.proposed)
    agreed_on: date | None = Field(default=None)
    signed_off_by_id: int | None = parent("contact", optional=True)
    signed_off_on: date | None = Field(default=None)
    evidence: str = string()


class Wish(Row, table=True):
    __tablename__ = "wish"

    engagement_id: int = parent("engagement")
    text: str = Field(default="", nullable=False)
    kind: str = choice(WishKind.want)
    rationale: str = Field(default="", nullable=False)
    status: str = choice(WishStatus.open)
    goal_id: int | None = parent("goal", optional=True)


class ScopeItem(Row, table=True):
    __tablename__ = "scope_item"

    engagement_id: int = parent("engagement")
    title: str = string(length=300)
    description: str = string()
    in_scope: bool = Field(default=True, nullable=False)
    estimated_hours: Decimal | None = amount()
    price: Decimal | None = amount()
    position: int = Field(default=0, nullable=False)
