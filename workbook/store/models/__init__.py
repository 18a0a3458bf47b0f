"""All tables of the schema. Importing this package registers them on SQLModel.metadata."""

from workbook.store.models.clients import AuditEvent, Client, Contact, JournalEntry
from workbook.store.models.delivery import ChangeRequest, Milestone, SupportEntry, SupportPlan
from workbook.store.models.engagements import (
    ClarificationAnswer,
    ClarificationQuestion,
    Engagement,
    Goal,
    ScopeItem,
    StatusChange,
    Wish,
)
from workbook.store.models.practice import (
    Competence,
    DayOff,
    EngagementCompetence,
    PracticeProfile,
)

__all__ = [
    "AuditEvent",
    "ChangeRequest",
    "ClarificationAnswer",
    "ClarificationQuestion",
    "Client",
    "Competence",
    "Contact",
    "DayOff",
    "Engagement",
    "EngagementCompetence",
    "Goal",
    "JournalEntry",
    "Milestone",
    "PracticeProfile",
    "ScopeItem",
    "StatusChange",
    "SupportEntry",
    "SupportPlan",
    "Wish",
]
