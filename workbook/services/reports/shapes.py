"""Read shapes of the reports (status workbook, client dossier): one frozen line per sheet row.

Every line names its client and engagement, so a sheet reads on its own, filtered or sorted.
Lines with money carry the engagement's currency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from workbook.domain.enums import (
    EngagementStatus,
)


@dataclass(frozen=True)
class ClientExtras:
    """What the clients list (ClientRow) leaves out but a full export should carry."""

    address: str
    website: str
    notes: str
    feedback_interval_days: int
    archived_at: datetime | None  # as stored: naive UTC


@dataclass(frozen=True)
class ClarificationLine:
    client_name: str
    engagement_reference: str
    engagement_title: str
    question: str  # in the report's language, English where no translation was entered
    required: bool
    answer: str
    answered_on: date | None


@dataclass(frozen=True)
class OverviewLine:
    """One active client at a glance (DESIGN.md §1 derived figures)."""

    client_id: int
    client_name: str
    open_engagements: int
    statuses: tuple[EngagementStatus, ...]  # of the open engagements, along the flow
    completeness: int | None  # lowest of the open engagements, percent
    readiness: int | None  # lowest of the engagements heading for handover, percent
    handover_at_risk: bool
    scope_creep: int | None  # highest of the running engagements, percent of budget
    scope_warning: bool
    support_used: Decimal | None  # current periods of the active plans
    support_included: Decimal | None
    days_since_feedback: int | None
    feedback_interval: int
    feedback_overdue: bool
    next_deadline: date | None
    deadline_for: str
