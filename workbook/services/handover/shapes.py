"""Input and read shapes of the knowledge transfer: milestones, readiness, the review."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from workbook.domain.enums import EngagementStatus, MilestoneMethod, MilestoneStatus
from workbook.domain.handover import DueWindow, HandoverRisk


@dataclass(frozen=True)
class MilestoneInput:
    topic: str
    method: MilestoneMethod = MilestoneMethod.workshop
    receiver_id: int | None = None  # the client's contact who takes the topic over
    planned_on: date | None = None
    done_on: date | None = None
    status: MilestoneStatus = MilestoneStatus.planned
    verification: str = ""  # how the client showed that it can do it alone
    signed_off_by_id: int | None = None
    signed_off_on: date | None = None
    weight: int = 1

    def typed(self) -> MilestoneInput:
        """Stored strings as the enums (a row read from the database holds plain strings)."""
        return dataclasses.replace(
            self, method=MilestoneMethod(self.method), status=MilestoneStatus(self.status)
        )


@dataclass(frozen=True)
class MilestoneRow(MilestoneInput):
    """One milestone, on the Knowledge transfer page, in the handover review and on the
    Milestones sheet alike."""

    id: int = 0
    engagement_id: int = 0
    position: int = 0
    version: int = 1
    receiver: str = ""  # the contacts' names
    signed_off_by: str = ""
    overdue: bool = False
    window: DueWindow = DueWindow.later
    client_name: str = ""
    engagement_reference: str = ""
    engagement_title: str = ""

    def as_input(self) -> MilestoneInput:
        return MilestoneInput(**{k: getattr(self, k) for k in MilestoneInput.__dataclass_fields__})


@dataclass(frozen=True)
class SignOffInput:
    """What the verify-and-sign-off step asks for."""

    verification: str
    signed_off_by_id: int | None
    signed_off_on: date | None = None  # blank: today


@dataclass(frozen=True)
class Readiness:
    """One engagement's knowledge transfer at a glance (the editor's bar)."""

    percent: int | None  # weighted share of verified milestones; None without any
    self_sufficient_on: date | None
    days_left: int | None
    risk: HandoverRisk


@dataclass(frozen=True)
class RiskRow:
    """An engagement whose handover is at risk, with why (the top of the handover review)."""

    engagement_id: int
    client_name: str
    engagement_reference: str
    engagement_title: str
    status: EngagementStatus
    readiness: Readiness
    client_id: int = 0


class ReviewSort(StrEnum):
    planned_on = "planned_on"
    client = "client"
    reference = "reference"
    topic = "topic"
    method = "method"
    receiver = "receiver"
    status = "status"
    weight = "weight"


@dataclass(frozen=True)
class ReviewQuery:
    """Milestones of engagements heading for handover, across clients."""

    client_id: int | None = None
    status: MilestoneStatus | None = None
    sort: ReviewSort = ReviewSort.planned_on
    descending: bool = False
