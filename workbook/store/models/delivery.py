"""After acceptance: change requests (scope creep), knowledge transfer, support."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Index
from sqlmodel import Field

from workbook.domain.enums import (
    ChangeKind,
    ChangeStatus,
    MilestoneMethod,
    MilestoneStatus,
    SupportEntryKind,
    SupportPeriod,
    SupportPlanStatus,
)
from workbook.store.models.base import Row, amount, choice, parent, string


class ChangeRequest(Row, table=True):
    __tablename__ = "change_request"

    engagement_id: int = parent("engagement")
    title: str = string(length=300)
    description: str = string()
    requested_by_id: int | None = parent("contact", optional=True)
    requested_by_text: str = string(length=200)
    department: str = string(length=200)
    kind: str = choice(ChangeKind.small_change)
    requested_on: date = Field(nullable=False)
    effort_hours: Decimal | None = amount()
    cost: Decimal | None = amount()
    # True once the user typed the cost: then it is kept instead of following hours × rate.
    cost_is_manual: bool = Field(default=False, nullable=False)
    billable: bool = Field(default=True, nullable=False)
    status: str = choice(ChangeStatus.open)
    estimated_on: date | None = Field(default=None)
    client_informed_on: date | None = Field(default=None)
    decided_on: date | None = Field(default=None)
    done_on: date | None = Field(default=None)
    decision_note: str = string()
    # The service-catalogue item the change touches; an explicit exclusion makes it out of scope.
    scope_item_id: int | None = parent("scope_item", optional=True)


class Milestone(Row, table=True):
    __tablename__ = "milestone"
    # An engagement's milestones with what the handover review counts and tallies them by
    # (status, planned day, weight): read from the index alone, not the rows (migration 0011).
    __table_args__ = (
        Index("ix_milestone_review", "engagement_id", "status", "planned_on", "weight"),
    )

    engagement_id: int = parent("engagement", indexed=False)
    topic: str = string(length=300)
    method: str = choice(MilestoneMethod.workshop)
    receiver_id: int | None = parent("contact", optional=True)
    planned_on: date | None = Field(default=None, index=True)
    done_on: date | None = Field(default=None)
    status: str = choice(MilestoneStatus.planned)
    verification: str = string()
    signed_off_by_id: int | None = parent("contact", optional=True)
    signed_off_on: date | None = Field(default=None)
    weight: int = Field(default=1, nullable=False)
    position: int = Field(default=0, nullable=False)  # the order agreed, changed by the user


class SupportPlan(Row, table=True):
    __tablename__ = "support_plan"

    client_id: int = parent("client")
    engagement_id: int | None = parent("engagement", optional=True)
    name: str = string(length=200)
    starts_on: date = Field(nullable=False)
    ends_on: date | None = Field(default=None)
    auto_renew: bool = Field(default=False, nullable=False)
    notice_days: int = Field(default=30, nullable=False)
    period: str = choice(SupportPeriod.month)
    included_hours: Decimal | None = amount()
    response_time_hours: int | None = Field(default=None)
    service_hours: str = string(length=200)
    channels: str = string(length=200)
    updates_policy: str = string()
    price_per_period: Decimal | None = amount()
    status: str = choice(SupportPlanStatus.draft)


class SupportEntry(Row, table=True):
    __tablename__ = "support_entry"
    # the hours of a plan within its current period, summed from the index alone
    __table_args__ = (Index("ix_support_entry_plan_day", "plan_id", "occurred_on", "hours"),)

    plan_id: int = parent("support_plan")
    occurred_on: date = Field(nullable=False, index=True)
    hours: Decimal = amount(Decimal(0), nullable=False)
    kind: str = choice(SupportEntryKind.question)
    description: str = string()
