"""Display labels of every enum value, marked for translation in context "Labels".

Views translate them with QCoreApplication.translate("Labels", …); the Excel export with the
translate function it is given. The stored value never changes with the language."""

from __future__ import annotations

from enum import StrEnum

from workbook.domain.capacity import Unplanned
from workbook.domain.change_requests import Flag
from workbook.domain.changes import Entity
from workbook.domain.enums import (
    BillingModel,
    ChangeKind,
    ChangeStatus,
    CompetenceLevel,
    EngagementStatus,
    GoalStatus,
    JournalKind,
    MilestoneMethod,
    MilestoneStatus,
    NamedAs,
    SupportEntryKind,
    SupportPeriod,
    SupportPlanStatus,
    WishKind,
    WishStatus,
)
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.scope_creep import Bearer, NoBudget

CONTEXT = "Labels"

# Pairs, not a dict literal: StrEnum members of different enums with the same value ("open")
# are equal as dict keys, so the key includes the enum type.
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (EngagementStatus.inquiry, QT_TRANSLATE_NOOP("Labels", "Inquiry")),
    (EngagementStatus.clarifying, QT_TRANSLATE_NOOP("Labels", "Clarifying")),
    (EngagementStatus.accepted, QT_TRANSLATE_NOOP("Labels", "Accepted")),
    (EngagementStatus.declined, QT_TRANSLATE_NOOP("Labels", "Declined")),
    (EngagementStatus.active, QT_TRANSLATE_NOOP("Labels", "Active")),
    (EngagementStatus.handover, QT_TRANSLATE_NOOP("Labels", "Handover")),
    (EngagementStatus.support, QT_TRANSLATE_NOOP("Labels", "Support")),
    (EngagementStatus.closed, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (BillingModel.hourly, QT_TRANSLATE_NOOP("Labels", "Hourly")),
    (BillingModel.fixed, QT_TRANSLATE_NOOP("Labels", "Fixed price")),
    (WishKind.want, QT_TRANSLATE_NOOP("Labels", "Wants")),
    (WishKind.need, QT_TRANSLATE_NOOP("Labels", "Needs")),
    (WishKind.both, QT_TRANSLATE_NOOP("Labels", "Both")),
    (WishStatus.open, QT_TRANSLATE_NOOP("Labels", "Open")),
    (WishStatus.adopted, QT_TRANSLATE_NOOP("Labels", "Adopted")),
    (WishStatus.rejected, QT_TRANSLATE_NOOP("Labels", "Rejected")),
    (GoalStatus.proposed, QT_TRANSLATE_NOOP("Labels", "Proposed")),
    (GoalStatus.agreed, QT_TRANSLATE_NOOP("Labels", "Agreed")),
    (GoalStatus.achieved, QT_TRANSLATE_NOOP("Labels", "Achieved")),
    (GoalStatus.missed, QT_TRANSLATE_NOOP("Labels", "Missed")),
    (GoalStatus.dropped, QT_TRANSLATE_NOOP("Labels", "Dropped")),
    (ChangeKind.small_change, QT_TRANSLATE_NOOP("Labels", "Small change")),
    (ChangeKind.outdated_material, QT_TRANSLATE_NOOP("Labels", "Outdated material")),
    (ChangeKind.new_stakeholder, QT_TRANSLATE_NOOP("Labels", "New stakeholder or department")),
    (ChangeKind.new_requirement, QT_TRANSLATE_NOOP("Labels", "New requirement")),
    (ChangeKind.other, QT_TRANSLATE_NOOP("Labels", "Other")),
    (ChangeStatus.open, QT_TRANSLATE_NOOP("Labels", "Open")),
    (ChangeStatus.estimated, QT_TRANSLATE_NOOP("Labels", "Estimated")),
    (ChangeStatus.client_informed, QT_TRANSLATE_NOOP("Labels", "Client informed")),
    (ChangeStatus.approved, QT_TRANSLATE_NOOP("Labels", "Approved")),
    (ChangeStatus.rejected, QT_TRANSLATE_NOOP("Labels", "Rejected")),
    (ChangeStatus.done, QT_TRANSLATE_NOOP("Labels", "Done")),
    (MilestoneMethod.workshop, QT_TRANSLATE_NOOP("Labels", "Workshop")),
    (MilestoneMethod.side_by_side, QT_TRANSLATE_NOOP("Labels", "Side by side")),
    (MilestoneMethod.shadowing, QT_TRANSLATE_NOOP("Labels", "Shadowing")),
    (MilestoneMethod.training, QT_TRANSLATE_NOOP("Labels", "Training")),
    (MilestoneMethod.documentation, QT_TRANSLATE_NOOP("Labels", "Documentation")),
    (MilestoneMethod.review, QT_TRANSLATE_NOOP("Labels", "Review")),
    (MilestoneStatus.planned, QT_TRANSLATE_NOOP("Labels", "Planned")),
    (MilestoneStatus.in_progress, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (MilestoneStatus.done, QT_TRANSLATE_NOOP("Labels", "Done")),
    (MilestoneStatus.verified, QT_TRANSLATE_NOOP("Labels", "Verified")),
    (MilestoneStatus.at_risk, QT_TRANSLATE_NOOP("Labels", "At risk")),
    (SupportPeriod.month, QT_TRANSLATE_NOOP("Labels", "Month")),
    (SupportPeriod.quarter, QT_TRANSLATE_NOOP("Labels", "Quarter")),
    (SupportPeriod.year, QT_TRANSLATE_NOOP("Labels", "Year")),
    (SupportPlanStatus.draft, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (SupportPlanStatus.active, QT_TRANSLATE_NOOP("Labels", "Active")),
    (SupportPlanStatus.ended, QT_TRANSLATE_NOOP("Labels", "Ended")),
    (SupportEntryKind.incident, QT_TRANSLATE_NOOP("Labels", "Incident")),
    (SupportEntryKind.question, QT_TRANSLATE_NOOP("Labels", "Question")),
    (SupportEntryKind.update, QT_TRANSLATE_NOOP("Labels", "Update")),
    (SupportEntryKind.upgrade, QT_TRANSLATE_NOOP("Labels", "Upgrade")),
    (JournalKind.meeting, QT_TRANSLATE_NOOP("Labels", "Meeting")),
    (JournalKind.call, QT_TRANSLATE_NOOP("Labels", "Call")),
    (JournalKind.email, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (JournalKind.feedback, QT_TRANSLATE_NOOP("Labels", "Feedback")),
    (JournalKind.workshop, QT_TRANSLATE_NOOP("Labels", "Workshop")),
    (JournalKind.note, QT_TRANSLATE_NOOP("Labels", "Note")),
    (NamedAs.signed_off, QT_TRANSLATE_NOOP("Labels", "Signed off")),
    (NamedAs.receiver, QT_TRANSLATE_NOOP("Labels", "Received the handover")),
    (NamedAs.requested, QT_TRANSLATE_NOOP("Labels", "Requested the change")),
    # what a search result is, as its group's heading
    (Entity.client, QT_TRANSLATE_NOOP("Labels", "Clients")),
    (Entity.contact, QT_TRANSLATE_NOOP("Labels", "Contacts")),
    (Entity.engagement, QT_TRANSLATE_NOOP("Labels", "Engagements")),
    (Entity.clarification, QT_TRANSLATE_NOOP("Labels", "Clarification answers")),
    (Entity.wish, QT_TRANSLATE_NOOP("Labels", "Wishes")),
    (Entity.goal, QT_TRANSLATE_NOOP("Labels", "Goals")),
    (Entity.scope_item, QT_TRANSLATE_NOOP("Labels", "Service catalogue")),
    (Entity.change_request, QT_TRANSLATE_NOOP("Labels", "Change requests")),
    (Entity.milestone, QT_TRANSLATE_NOOP("Labels", "Milestones")),
    (Entity.support_plan, QT_TRANSLATE_NOOP("Labels", "Support plans")),
    (Entity.support_entry, QT_TRANSLATE_NOOP("Labels", "Support entries")),
    (Entity.journal, QT_TRANSLATE_NOOP("Labels", "Journal")),
    (Entity.practice, QT_TRANSLATE_NOOP("Labels", "Your practice")),
    (CompetenceLevel.expert, QT_TRANSLATE_NOOP("Labels", "Expert")),
    (CompetenceLevel.solid, QT_TRANSLATE_NOOP("Labels", "Solid")),
    (CompetenceLevel.basic, QT_TRANSLATE_NOOP("Labels", "Basic")),
    (Unplanned.no_dates, QT_TRANSLATE_NOOP("Labels", "no start or end date")),
    (Unplanned.no_hours, QT_TRANSLATE_NOOP("Labels", "no budget hours")),
    (Unplanned.ended, QT_TRANSLATE_NOOP("Labels", "its end date has passed")),
    (Unplanned.no_workdays, QT_TRANSLATE_NOOP("Labels", "no working days in its period")),
    (Bearer.consultant, QT_TRANSLATE_NOOP("Labels", "Absorbed by you")),
    (Bearer.client, QT_TRANSLATE_NOOP("Labels", "Caused by the client")),
    (NoBudget.none, QT_TRANSLATE_NOOP("Labels", "No budget agreed")),
    (Flag.untold, QT_TRANSLATE_NOOP("Labels", "Cost not told")),
    (Flag.out_of_scope, QT_TRANSLATE_NOOP("Labels", "Out of scope")),
)
_LABELS = {(type(value), value.value): text for value, text in _PAIRS}


def label(value: StrEnum) -> str:
    """The English source label; translate it in context CONTEXT."""
    return _LABELS[(type(value), value.value)]


def engagement_name(reference: str, title: str) -> str:
    """How a title or a message names an engagement: its reference first, which tells two of
    the same title apart ("2026-014 Schichtplanung")."""
    return f"{reference} {title}".strip()
