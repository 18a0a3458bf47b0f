"""What every list tab asks the database for when it shows its first page: each sortable
column in both directions, each filter, and a word typed keystroke by keystroke — the same
service calls the tabs make, so the benchmark measures what the user waits for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from workbook.domain.enums import (
    ChangeKind,
    ChangeStatus,
    EngagementStatus,
    JournalKind,
    MilestoneStatus,
    SupportPlanStatus,
)
from workbook.domain.handover import DEFAULT_TERMS
from workbook.services.changes.shapes import ChangeQuery, ChangeSort
from workbook.services.clients.shapes import ClientQuery, ClientSort
from workbook.services.engagements.shapes import EngagementQuery, EngagementSort
from workbook.services.handover.shapes import ReviewQuery, ReviewSort
from workbook.services.journal.shapes import JournalQuery, JournalSort
from workbook.services.support.shapes import SupportQuery, SupportSort
from workbook.services.workspace import Workspace
from workbook.ui.common.table_model import PAGE as TABLE_PAGE
from workbook.ui.handover.review_model import PAGE as REVIEW_MODEL_PAGE
from workbook.ui.handover.tab import CLOSED_AT_FIRST, RISKS_SHOWN

PAGE = TABLE_PAGE  # what a list tab asks for first
REVIEW_PAGE = REVIEW_MODEL_PAGE  # the handover review's page per due window


@dataclass(frozen=True)
class Case:
    tab: str
    label: str
    run: Callable[[], object]  # what the list waits for: its first page
    # The status bar's count the tab asks for after a full first page is shown (list_tab):
    # it never holds the page up, so it is measured apart from it.
    count: Callable[[], object] | None = None


def keystrokes(text: str) -> list[str]:
    """What the filter holds after each key: "Mül" is typed as "M", "Mü", "Mül"."""
    return [text[:end] for end in range(1, len(text) + 1) if text[end - 1] != " "]


def _each_sort(case: Callable[[str, Any], Case], query: Any, sorts: Any) -> list[Case]:
    """The first page sorted by each column, both ways."""
    return [
        case(f"sort {sort.value}{' desc' if down else ''}", query(sort=sort, descending=down))
        for sort in sorts
        for down in (False, True)
    ]


def cases(workspace: Workspace, today: date, some_client: int) -> list[Case]:
    """Every list's first page, sorted by each column both ways and filtered each way."""
    found: list[Case] = []
    found += _clients(workspace, today)
    found += _engagements(workspace, today, some_client)
    found += _changes(workspace, some_client)
    found += _review(workspace, today, some_client)
    found += _support(workspace, today, some_client)
    found += _journal(workspace, today, some_client)
    return found


def _clients(workspace: Workspace, today: date) -> list[Case]:
    clients = workspace.clients

    def case(label: str, query: ClientQuery) -> Case:
        return Case(
            "Clients", label, lambda: clients.list(query, limit=PAGE, today=today),
            lambda: clients.count(query),
        )  # fmt: skip

    found = _each_sort(case, ClientQuery, ClientSort)
    found.append(case("with archived", ClientQuery(include_archived=True)))
    found += [case(f"filter '{typed}'", ClientQuery(text=typed)) for typed in keystrokes("Müller")]
    found.append(case("filter 'zzqx' (no match)", ClientQuery(text="zzqx")))
    found.append(
        case("filter 'gmbh', sort days since feedback",
             ClientQuery(text="gmbh", sort=ClientSort.days_since_feedback))
    )  # fmt: skip
    return found


def _engagements(workspace: Workspace, today: date, client_id: int) -> list[Case]:
    engagements = workspace.engagements

    def case(label: str, query: EngagementQuery) -> Case:
        query = replace(query, today=today)
        return Case(
            "Engagements", label, lambda: engagements.list(query, limit=PAGE),
            lambda: engagements.count(query),
        )  # fmt: skip

    found = _each_sort(case, EngagementQuery, EngagementSort)
    found.append(case("client", EngagementQuery(client_id=client_id)))
    found += [
        case(f"status {s.value}", EngagementQuery(statuses=frozenset({s})))
        for s in EngagementStatus
    ]
    found += [
        case(f"filter '{typed}'", EngagementQuery(text=typed)) for typed in keystrokes("Migration")
    ]
    found.append(case("filter 'zzqx' (no match)", EngagementQuery(text="zzqx")))
    found.append(
        case("status active, sort scope creep desc",
             EngagementQuery(statuses=frozenset({EngagementStatus.active}),
                             sort=EngagementSort.creep_share,
                             descending=True))
    )  # fmt: skip
    return found


def _changes(workspace: Workspace, client_id: int) -> list[Case]:
    changes = workspace.changes

    def case(label: str, query: ChangeQuery) -> Case:
        return Case(
            "Changes", label, lambda: changes.list(query, limit=PAGE),
            lambda: changes.count(query),
        )  # fmt: skip

    found = _each_sort(case, ChangeQuery, ChangeSort)
    found.append(case("client", ChangeQuery(client_id=client_id)))
    found += [case(f"status {s.value}", ChangeQuery(statuses=frozenset({s}))) for s in ChangeStatus]
    found += [case(f"kind {kind.value}", ChangeQuery(kind=kind)) for kind in ChangeKind]
    found += [
        case(f"filter '{typed}'", ChangeQuery(text=typed)) for typed in keystrokes("Formular")
    ]
    found.append(case("filter 'zzqx' (no match)", ChangeQuery(text="zzqx")))
    return found


def _review(workspace: Workspace, today: date, client_id: int) -> list[Case]:
    handover = workspace.handover

    def answer(query: ReviewQuery, **kept: Any) -> object:  # as the tab's reload asks it
        return handover.review_answer(
            query, today=today, terms=DEFAULT_TERMS, risks_limit=RISKS_SHOWN,
            page_limit=REVIEW_PAGE, closed=CLOSED_AT_FIRST, **kept,
        )  # fmt: skip

    def case(label: str, query: ReviewQuery) -> Case:  # risks, counts, the windows' pages
        return Case("Handover review", label, lambda: answer(query))

    def sorted_case(label: str, query: ReviewQuery) -> Case:
        # a sort keeps the risks and the counts the tab read before: it reads the pages alone
        risks = handover.at_risk_counted(today=today, limit=RISKS_SHOWN)
        counts = handover.review_counts(query, today=today)
        return Case("Handover review", label, lambda: answer(query, risks=risks, counts=counts))

    def status_case(label: str, query: ReviewQuery) -> Case:
        # the status filter keeps the risks (of the same clients): counts and pages
        risks = handover.at_risk_counted(today=today, limit=RISKS_SHOWN)
        return Case("Handover review", label, lambda: answer(query, risks=risks))

    found = _each_sort(sorted_case, ReviewQuery, ReviewSort)
    found.append(case("reload after a change", ReviewQuery()))
    found.append(case("client", ReviewQuery(client_id=client_id)))
    found += [status_case(f"status {s.value}", ReviewQuery(status=s)) for s in MilestoneStatus]
    return found


def _support(workspace: Workspace, today: date, client_id: int) -> list[Case]:
    support = workspace.support

    def case(label: str, query: SupportQuery) -> Case:
        return Case(
            "Support", label, lambda: support.list(query, today=today, limit=PAGE),
            lambda: support.count(query),
        )  # fmt: skip

    found = _each_sort(case, SupportQuery, SupportSort)
    found.append(case("client", SupportQuery(client_id=client_id)))
    found += [case(f"status {s.value}", SupportQuery(status=s)) for s in SupportPlanStatus]
    found += [case(f"filter '{typed}'", SupportQuery(text=typed)) for typed in keystrokes("Plus")]
    found.append(case("filter 'zzqx' (no match)", SupportQuery(text="zzqx")))
    # Today's sections (their first page)
    found.append(
        Case("Support", "notices due", lambda: support.notices_due(today=today, limit=PAGE))
    )
    found.append(
        Case("Support", "over included", lambda: support.over_included(today=today, limit=PAGE))
    )
    return found


def _journal(workspace: Workspace, today: date, client_id: int) -> list[Case]:
    journal = workspace.journal

    def case(label: str, query: JournalQuery) -> Case:
        return Case(
            "Journal", label, lambda: journal.list(query, today=today, limit=PAGE),
            lambda: journal.count(query),
        )  # fmt: skip

    found = _each_sort(case, JournalQuery, JournalSort)
    found.append(case("client", JournalQuery(client_id=client_id)))
    found += [
        case(f"kind {kind.value}", JournalQuery(kinds=frozenset({kind}))) for kind in JournalKind
    ]
    month = JournalQuery(occurred_from=today - timedelta(days=30), occurred_to=today)
    found.append(case("last 30 days", month))
    found.append(case("open follow-ups", JournalQuery(open_follow_ups=True)))
    found += [
        case(f"filter '{typed}'", JournalQuery(text=typed)) for typed in keystrokes("Telefon")
    ]
    found.append(case("filter 'zzqx' (no match)", JournalQuery(text="zzqx")))
    return found
