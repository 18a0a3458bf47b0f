"""What each column of a list is called, how it is typed and how it sorts.

One declaration serves the table views (which translate headers in context "Columns") and the
Excel export, so a list and its sheet never disagree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Generic, TypeVar

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.services.clients.shapes import ClientRow, ClientSort, ContactRow
from workbook.services.engagements.shapes import EngagementRow, EngagementSort

R = TypeVar("R")
CONTEXT = "Columns"  # lupdate needs the literal in each QT_TRANSLATE_NOOP below


class Kind(StrEnum):
    text = "text"
    long_text = "long_text"
    integer = "integer"
    date = "date"
    datetime = "datetime"
    boolean = "boolean"
    money = "money"
    hours = "hours"
    percent = "percent"  # an int 0–100
    # a StrEnum value; views and sheets show its label (workbook.presentation.labels)
    choice = "choice"
    # a tuple of StrEnum values, shown as their labels joined with ", "
    choices = "choices"


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    header: str  # English source text; translate with (CONTEXT, header)
    value: Callable[[R], Any]
    kind: Kind = Kind.text
    # The SQL sort the service understands for this column; None = not sortable.
    sort: str | None = None
    width: int = 18  # in characters, for views and sheets alike
    # What the header's tooltip explains (a colour, where the value comes from); English
    # source, translated with (CONTEXT, tip).
    tip: str = ""


# Where a row of a list across clients belongs: declared once for every list and sheet.
CLIENT: Column[Any] = Column(
    "client", QT_TRANSLATE_NOOP("Columns", "Client"), lambda r: r.client_name, width=24
)
REFERENCE: Column[Any] = Column(
    "reference", QT_TRANSLATE_NOOP("Columns", "Reference"), lambda r: r.engagement_reference,
    width=10,
)  # fmt: skip
ENGAGEMENT: Column[Any] = Column(
    "engagement", QT_TRANSLATE_NOOP("Columns", "Engagement"), lambda r: r.engagement_title,
    width=24,
)  # fmt: skip
LOCATED: tuple[Column[Any], ...] = (CLIENT, REFERENCE, ENGAGEMENT)

CLIENT_COLUMNS: tuple[Column[ClientRow], ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, sort=ClientSort.name,
           width=28),
    Column("industry", QT_TRANSLATE_NOOP("Columns", "Industry"), lambda r: r.industry,
           sort=ClientSort.industry, width=18),
    Column("primary_contact", QT_TRANSLATE_NOOP("Columns", "Primary contact"),
           lambda r: r.primary_contact, sort=ClientSort.primary_contact, width=18),
    # before the counts and dates: still in view beside the client pane (1280 pixels wide)
    Column("days_since_feedback", QT_TRANSLATE_NOOP("Columns", "Days since feedback"),
           lambda r: r.days_since_feedback, Kind.integer, sort=ClientSort.days_since_feedback,
           width=9, tip=QT_TRANSLATE_NOOP(
               "Columns", "Days since the last meeting, call, feedback or rating; red when that "
               "is longer than the feedback interval agreed with the client.")),
    Column("engagements", QT_TRANSLATE_NOOP("Columns", "Engagements"), lambda r: r.engagements,
           Kind.integer, sort=ClientSort.engagements, width=8),
    Column("last_contact", QT_TRANSLATE_NOOP("Columns", "Last contact"), lambda r: r.last_contact,
           Kind.date, sort=ClientSort.last_contact, width=12, tip=QT_TRANSLATE_NOOP(
               "Columns", "The day of the client's newest journal entry, of any kind.")),
    Column("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), lambda r: r.tags, sort=ClientSort.tags,
           width=24),
)  # fmt: skip

CONTACT_COLUMNS: tuple[Column[ContactRow], ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, width=24),
    Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: r.role, width=20),
    Column("department", QT_TRANSLATE_NOOP("Columns", "Department"), lambda r: r.department,
           width=18),
    Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda r: r.email, width=28),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: r.phone, width=18),
    Column("is_primary", QT_TRANSLATE_NOOP("Columns", "Primary"), lambda r: r.is_primary,
           Kind.boolean, width=9),
)  # fmt: skip

ENGAGEMENT_COLUMNS: tuple[Column[EngagementRow], ...] = (
    replace(CLIENT, sort=EngagementSort.client, width=20),
    Column("reference", REFERENCE.header, lambda r: r.reference, sort=EngagementSort.reference,
           width=10),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title,
           sort=EngagementSort.title_text, width=28),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.choice,
           sort=EngagementSort.status, width=12),
    Column("billing_model", QT_TRANSLATE_NOOP("Columns", "Billing"), lambda r: r.billing_model,
           Kind.choice, sort=EngagementSort.billing_model, width=10),
    # the scope-creep meter (workbook.domain.scope_creep)
    Column("added_hours", QT_TRANSLATE_NOOP("Columns", "Added hours"),
           lambda r: r.scope_creep.hours, Kind.hours, sort=EngagementSort.added_hours, width=9),
    Column("added_cost", QT_TRANSLATE_NOOP("Columns", "Added cost"),
           lambda r: r.scope_creep.cost, Kind.money, sort=EngagementSort.added_cost, width=11),
    Column("creep_share", QT_TRANSLATE_NOOP("Columns", "Share of budget"),
           lambda r: r.scope_creep.shown_share, Kind.percent, sort=EngagementSort.creep_share,
           width=9),
    Column("creep_bearer", QT_TRANSLATE_NOOP("Columns", "Scope creep"),
           lambda r: r.creep_bearer, Kind.choice, width=16),
    Column("scope_warning", QT_TRANSLATE_NOOP("Columns", "Scope warning"),
           lambda r: r.scope_creep.flagged, Kind.boolean, width=8),
    Column("completeness", QT_TRANSLATE_NOOP("Columns", "Clarified"), lambda r: r.completeness,
           Kind.percent, sort=EngagementSort.completeness, width=9),
    Column("agreed_goals", QT_TRANSLATE_NOOP("Columns", "Agreed goals"),
           lambda r: r.agreed_goals, Kind.integer, sort=EngagementSort.agreed_goals, width=9),
    Column("starts_on", QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: r.starts_on, Kind.date,
           sort=EngagementSort.starts_on, width=12),
    Column("self_sufficient_on", QT_TRANSLATE_NOOP("Columns", "Self-sufficient from"),
           lambda r: r.self_sufficient_on, Kind.date, sort=EngagementSort.self_sufficient_on,
           width=14),
    Column("readiness", QT_TRANSLATE_NOOP("Columns", "Readiness"), lambda r: r.readiness,
           Kind.percent, sort=EngagementSort.readiness, width=9),
    Column("handover_at_risk", QT_TRANSLATE_NOOP("Columns", "Handover at risk"),
           lambda r: r.handover_at_risk, Kind.boolean, sort=EngagementSort.handover_at_risk,
           width=9),
)  # fmt: skip
