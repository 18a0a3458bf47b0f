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

__all__ = [
    "AuditEvent",
    "ChangeRequest",
    "ClarificationAnswer",
    "ClarificationQuestion",
    "Client",
    "Contact",
    "Engagement",
    "Goal",
    "JournalEntry",
    "Milestone",
    "ScopeItem",
    "StatusChange",
    "SupportEntry",
    "SupportPlan",
    "Wish",
]
