"""The sheets of the status workbook and the client dossier: title, columns, where the rows
come from and what is highlighted."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from workbook.domain.enums import MilestoneStatus
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.scope_creep import SCOPE_CREEP_THRESHOLD
from workbook.domain.support_terms import NOTICE_WARNING_DAYS
from workbook.presentation import report_columns as sc
from workbook.presentation.columns import (
    CLIENT_COLUMNS,
    CONTACT_COLUMNS,
    ENGAGEMENT_COLUMNS,
    Column,
    Kind,
)
from workbook.services.clients.shapes import ClientRow, ContactRow
from workbook.services.reports.service import ReportService
from workbook.services.reports.shapes import ClientExtras
from workbook.spreadsheets.export.highlights import Highlight, Tone

R = TypeVar("R")
X = TypeVar("X")
CONTEXT = "Export"  # sheet names; lupdate needs the literal in each QT_TRANSLATE_NOOP
DEADLINE_WARNING_DAYS = 14  # a deadline this close turns amber


@dataclass(frozen=True)
class Scope:
    client_id: int | None  # None: every client
    today: date
    language: str  # for texts stored in two languages (clarification questions)
    # above this share of the budget scope creep warns (the window's setting)
    scope_creep_threshold: Decimal = SCOPE_CREEP_THRESHOLD


@dataclass(frozen=True)
class Sheet:
    key: str  # stable English identifier: table name, tests
    title: str  # English source; translated in CONTEXT
    columns: tuple[Column[Any], ...]
    # the rows, streamed: read while the sheet is written
    fetch: Callable[[ReportService, Scope], Iterable[Any]]
    # how many rows fetch will give (the progress total), asked before
    count: Callable[[ReportService, Scope], int]
    highlights: tuple[Highlight, ...] = ()
    # Flags that only repeat what a highlight colours (a tick beside the amber figure): the
    # last columns, left out of the printed page when the sheet is too wide to print readably
    # (in the sheet they stay, and a black-and-white print of a narrow sheet keeps them).
    repeated: frozenset[str] = frozenset()


def _repeated_last(sheet: Sheet, *keys: str) -> Sheet:
    """`sheet` with the flag columns `keys` moved to its end and marked as repeated."""
    columns = sorted(sheet.columns, key=lambda column: column.key in keys)  # stable
    return replace(sheet, columns=tuple(columns), repeated=frozenset(keys))


@dataclass(frozen=True)
class Joined(Generic[R, X]):
    """A list row with what it lacks for the sheet: a contact with its client's name, a client
    with the fields the clients list leaves out."""

    row: R
    extra: X


def _through(column: Column[R]) -> Column[Joined[R, Any]]:
    """A shared spec unchanged, read through Joined.row."""
    value = column.value
    return Column(
        column.key, column.header, lambda j: value(j.row), column.kind, column.sort, column.width
    )


_CONTACT_NOTES: Column[ContactRow] = Column(
    "notes", QT_TRANSLATE_NOOP("Columns", "Notes"), lambda r: r.notes, Kind.long_text, width=36
)
_CONTACT_COLUMNS: tuple[Column[Joined[ContactRow, str]], ...] = (
    Column("client", QT_TRANSLATE_NOOP("Columns", "Client"), lambda j: j.extra, width=24),
    *(_through(column) for column in (*CONTACT_COLUMNS, _CONTACT_NOTES)),
)
_CLIENT_COLUMNS: tuple[Column[Joined[ClientRow, ClientExtras]], ...] = (
    *(_through(column) for column in CLIENT_COLUMNS),
    Column("address", QT_TRANSLATE_NOOP("Columns", "Address"), lambda j: j.extra.address,
           Kind.long_text, width=30),
    Column("website", QT_TRANSLATE_NOOP("Columns", "Website"), lambda j: j.extra.website,
           width=28),
    Column("feedback_interval", QT_TRANSLATE_NOOP("Columns", "Feedback interval (days)"),
           lambda j: j.extra.feedback_interval_days, Kind.integer, width=10),
    Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), lambda j: j.extra.notes,
           Kind.long_text, width=40),
    Column("archived_at", QT_TRANSLATE_NOOP("Columns", "Archived on"),
           lambda j: j.extra.archived_at, Kind.datetime, width=16),
)  # fmt: skip


def _contacts(service: ReportService, scope: Scope) -> Iterator[Joined[ContactRow, str]]:
    return (Joined(row, name) for row, name in service.contacts(scope.client_id))


def _clients(service: ReportService, scope: Scope) -> Iterator[Joined[ClientRow, ClientExtras]]:
    return (
        Joined(row, extras) for row, extras in service.clients(scope.client_id, today=scope.today)
    )


def _rows_of(table: str) -> Callable[[ReportService, Scope], int]:
    return lambda service, scope: service.count(table, scope.client_id)


OVERVIEW = _repeated_last(Sheet(
    "overview",
    QT_TRANSLATE_NOOP("Export", "Overview"),
    sc.OVERVIEW_COLUMNS,
    lambda s, scope: s.overview(
        scope.client_id, today=scope.today, threshold=scope.scope_creep_threshold
    ),
    lambda s, scope: s.overview_count(scope.client_id),
    (
        Highlight("days_since_feedback", Tone.overdue,
                  lambda r: r.exceeds("days_since_feedback", "feedback_interval")),
        Highlight("next_deadline", Tone.overdue, lambda r: r.past("next_deadline")),
        Highlight("next_deadline", Tone.at_risk,
                  lambda r: r.within("next_deadline", DEADLINE_WARNING_DAYS)),
        Highlight("readiness", Tone.at_risk, lambda r: r.flagged("handover_at_risk")),
        Highlight("scope_creep", Tone.at_risk, lambda r: r.flagged("scope_warning")),
        Highlight("support_used", Tone.overdue,
                  lambda r: r.exceeds("support_used", "support_included")),
    ),
), "handover_at_risk", "scope_warning")  # fmt: skip
CLIENTS = Sheet(
    "clients",
    QT_TRANSLATE_NOOP("Export", "Clients"),
    _CLIENT_COLUMNS,
    _clients,
    _rows_of("client"),
    (Highlight("days_since_feedback", Tone.overdue,
               lambda r: r.exceeds("days_since_feedback", "feedback_interval")),),
)  # fmt: skip
CONTACTS = Sheet(
    "contacts",
    QT_TRANSLATE_NOOP("Export", "Contacts"),
    _CONTACT_COLUMNS,
    _contacts,
    _rows_of("contact"),
)
ENGAGEMENTS = _repeated_last(
    Sheet(
        "engagements",
        QT_TRANSLATE_NOOP("Export", "Engagements"),
        ENGAGEMENT_COLUMNS,
        lambda s, scope: s.engagements(
            scope.client_id, today=scope.today, threshold=scope.scope_creep_threshold
        ),
        _rows_of("engagement"),
        (
            Highlight("readiness", Tone.at_risk, lambda r: r.flagged("handover_at_risk")),
            Highlight("creep_share", Tone.at_risk, lambda r: r.flagged("scope_warning")),
        ),
    ),
    "scope_warning",
    "handover_at_risk",
)
# Handed to the client: who absorbs the added work, and the warning, are the consultant's.
_INTERNAL = frozenset({"creep_bearer", "scope_warning"})
CLIENT_ENGAGEMENTS = replace(
    ENGAGEMENTS,
    columns=tuple(column for column in ENGAGEMENTS.columns if column.key not in _INTERNAL),
    highlights=(),
)
CLARIFICATION = Sheet(
    "clarification",
    QT_TRANSLATE_NOOP("Export", "Clarification"),
    sc.CLARIFICATION_COLUMNS,
    lambda s, scope: s.clarification(scope.client_id, language=scope.language),
    _rows_of("clarification_answer"),
)
WISHES = Sheet(
    "wishes",
    QT_TRANSLATE_NOOP("Export", "Wishes"),
    sc.WISH_COLUMNS,
    lambda s, scope: s.wishes(scope.client_id),
    _rows_of("wish"),
)
GOALS = _repeated_last(
    Sheet(
        "goals",
        QT_TRANSLATE_NOOP("Export", "Goals"),
        sc.GOAL_COLUMNS,
        lambda s, scope: s.goals(scope.client_id, today=scope.today),
        _rows_of("goal"),
        (Highlight("target_date", Tone.overdue, lambda r: r.flagged("overdue")),),
    ),
    "overdue",
)
SCOPE_ITEMS = Sheet(
    "service_catalogue",
    QT_TRANSLATE_NOOP("Export", "Service catalogue"),
    sc.SCOPE_COLUMNS,
    lambda s, scope: s.scope_items(scope.client_id),
    _rows_of("scope_item"),
)
CHANGE_REQUESTS = _repeated_last(
    Sheet(
        "change_requests",
        QT_TRANSLATE_NOOP("Export", "Change requests"),
        sc.CHANGE_COLUMNS,
        lambda s, scope: s.change_requests(scope.client_id),
        _rows_of("change_request"),
        (Highlight("client_informed_on", Tone.at_risk, lambda r: r.flagged("uninformed")),),
    ),
    "uninformed",
)
MILESTONES = _repeated_last(Sheet(
    "milestones",
    QT_TRANSLATE_NOOP("Export", "Milestones"),
    sc.MILESTONE_COLUMNS,
    lambda s, scope: s.milestones(scope.client_id, today=scope.today),
    _rows_of("milestone"),
    (
        Highlight("planned_on", Tone.overdue, lambda r: r.flagged("overdue")),
        Highlight("status", Tone.at_risk,
                  lambda r: f"{r['status']}={r.label(MilestoneStatus.at_risk)}"),
    ),
), "overdue")  # fmt: skip
SUPPORT_PLANS = Sheet(
    "support_plans",
    QT_TRANSLATE_NOOP("Export", "Support plans"),
    sc.SUPPORT_PLAN_COLUMNS,
    lambda s, scope: s.support_plans(scope.client_id, today=scope.today),
    _rows_of("support_plan"),
    (
        Highlight("next_notice_deadline", Tone.at_risk,
                  lambda r: r.within("next_notice_deadline", NOTICE_WARNING_DAYS)),
        Highlight("used_hours", Tone.overdue, lambda r: r.exceeds("used_hours", "included_hours")),
        Highlight("hours_beyond", Tone.overdue, lambda r: f"ISNUMBER({r['hours_beyond']})"),
    ),
)  # fmt: skip
SUPPORT_ENTRIES = Sheet(
    "support_entries",
    QT_TRANSLATE_NOOP("Export", "Support entries"),
    sc.SUPPORT_ENTRY_COLUMNS,
    lambda s, scope: s.support_entries(scope.client_id),
    _rows_of("support_entry"),
)
JOURNAL = _repeated_last(
    Sheet(
        "journal",
        QT_TRANSLATE_NOOP("Export", "Journal"),
        sc.JOURNAL_COLUMNS,
        lambda s, scope: s.journal(scope.client_id, today=scope.today),
        _rows_of("journal_entry"),
        (Highlight("follow_up_on", Tone.overdue, lambda r: r.flagged("overdue")),),
    ),
    "overdue",
)

# The client's own data, filtered: the dossier's sheets after its cover.
CLIENT_SHEETS = (
    CONTACTS,
    ENGAGEMENTS,
    CLARIFICATION,
    WISHES,
    GOALS,
    SCOPE_ITEMS,
    CHANGE_REQUESTS,
    MILESTONES,
    SUPPORT_PLANS,
    SUPPORT_ENTRIES,
    JOURNAL,
)
STATUS_SHEETS = (OVERVIEW, CLIENTS, *CLIENT_SHEETS)
# Everything stored about one client, internal notes and the journal included (data protection).
PERSONAL_SHEETS = (CLIENTS, *CLIENT_SHEETS)
# The dossier is handed to the client. What the consultant keeps about the client stays out:
# the journal (its notes and satisfaction scores), the contacts' and the client's notes
# (the cover leaves those out too), who absorbs the added work.
CLIENT_CONTACTS = replace(
    CONTACTS, columns=tuple(c for c in _CONTACT_COLUMNS if c.key != _CONTACT_NOTES.key)
)
_FOR_THE_CLIENT = {ENGAGEMENTS.key: CLIENT_ENGAGEMENTS, CONTACTS.key: CLIENT_CONTACTS}
DOSSIER_SHEETS = tuple(
    _FOR_THE_CLIENT.get(sheet.key, sheet) for sheet in CLIENT_SHEETS if sheet is not JOURNAL
)
