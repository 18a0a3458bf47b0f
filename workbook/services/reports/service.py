"""Read-only data for the status workbook and the client dossier: one query per sheet.

Every sheet method takes `client_id` (None = all clients) and returns frozen lines; enum
columns hold StrEnum members, money and hours Decimals, dates dates."""

from __future__ import annotations

import builtins
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import col

from workbook.domain.names import fold
from workbook.domain.scope_creep import SCOPE_CREEP_THRESHOLD
from workbook.services.agreements.rows import goal_row, scope_item_row, wish_row
from workbook.services.agreements.shapes import GoalRow, ScopeItemRow, WishRow
from workbook.services.changes.rules import change_row
from workbook.services.changes.shapes import ChangeRequestRow
from workbook.services.clients.service import ClientService, contact_row
from workbook.services.clients.shapes import ClientDetail, ClientQuery, ClientRow, ContactRow
from workbook.services.engagements.queries import (
    engagement_rows_select,
    to_row,
    with_scope_creep,
)
from workbook.services.engagements.shapes import EngagementQuery, EngagementRow
from workbook.services.handover.rules import milestone_row
from workbook.services.handover.shapes import MilestoneRow
from workbook.services.journal.service import JournalService
from workbook.services.journal.shapes import JournalRow
from workbook.services.practice.service import PracticeService
from workbook.services.practice.shapes import Profile
from workbook.services.reports import lines
from workbook.services.reports import queries as q
from workbook.services.reports.overview import overview_lines
from workbook.services.reports.shapes import (
    ClarificationLine,
    ClientExtras,
    OverviewLine,
)
from workbook.services.sessions import reading
from workbook.services.support.service import SupportService
from workbook.services.support.shapes import SupportEntryRow, SupportPlanRow
from workbook.store.database import Database
from workbook.store.models import Client, Contact

_PAGE = 2000  # clients per page of the clients list query


class ReportService:
    def __init__(
        self,
        database: Database,
        clients: ClientService,
        support: SupportService,
        journal: JournalService,
        practice: PracticeService,
    ) -> None:
        self._db = database
        self._clients = clients
        self._support = support
        self._journal = journal
        self._practice = practice

    @property
    def source(self) -> Path:
        """The database file the reports read (an export must never replace it)."""
        return self._db.path

    def practice(self) -> Profile:
        """Who the documents come from: sender, signature, author, the print header."""
        return self._practice.profile()

    # -- the client ----------------------------------------------------------------------------

    def find_client(self, name: str) -> int | None:
        """The client called `name` (any case, spaces collapsed): the active one, else the most
        recently archived."""
        key = fold(name)
        archived = col(Client.archived_at)
        statement = (
            select(col(Client.id))
            .where(col(Client.name_key) == key)
            .order_by(archived.is_not(None), archived.desc(), col(Client.id).desc())
            .limit(1)
        )
        with reading(self._db) as session:
            return session.execute(statement).scalar_one_or_none()

    def client(self, client_id: int) -> ClientDetail:
        return self._clients.get(client_id)

    def contact(self, contact_id: int) -> ContactRow:
        return self._clients.contact(contact_id)

    def client_extras(self) -> dict[int, ClientExtras]:
        statement = select(
            col(Client.id),
            col(Client.address),
            col(Client.website),
            col(Client.notes),
            col(Client.feedback_interval_days),
            col(Client.archived_at),
        )
        with reading(self._db) as session:
            return {
                row.id: ClientExtras(
                    row.address, row.website, row.notes, row.feedback_interval_days,
                    row.archived_at,
                )
                for row in session.execute(statement)
            }  # fmt: skip

    def client_names(self, client_id: int | None = None) -> dict[int, str]:
        """Names by id, for rows that carry only a client id (contacts)."""
        statement = select(col(Client.id), col(Client.name))
        if client_id is not None:
            statement = statement.where(col(Client.id) == client_id)
        with reading(self._db) as session:
            return {row.id: row.name for row in session.execute(statement)}

    # -- one method per sheet ------------------------------------------------------------------

    def overview(
        self,
        client_id: int | None = None,
        *,
        today: date,
        threshold: Decimal = SCOPE_CREEP_THRESHOLD,
    ) -> list[OverviewLine]:
        with reading(self._db) as session:
            return overview_lines(session, client_id, today, threshold)

    def clients(self, *, today: date) -> builtins.list[ClientRow]:
        """All clients, archived ones included, paged through the clients list query."""
        service, query = self._clients, ClientQuery(include_archived=True)
        rows: builtins.list[ClientRow] = []
        while page := service.list(query, offset=len(rows), limit=_PAGE, today=today):
            rows.extend(page)
            if len(page) < _PAGE:
                break
        return rows

    def contacts(self, client_id: int | None = None) -> builtins.list[ContactRow]:
        statement = (
            select(Contact)
            .join(Client, col(Client.id) == Contact.client_id)
            .order_by(
                col(Client.name_key),
                col(Client.id),
                col(Contact.is_primary).desc(),
                func.lower(Contact.name),
                col(Contact.id),
            )
        )
        if client_id is not None:
            statement = statement.where(col(Contact.client_id) == client_id)
        with reading(self._db) as session:
            return [contact_row(c) for c in session.execute(statement).scalars()]

    def engagements(
        self,
        client_id: int | None = None,
        *,
        today: date | None = None,
        threshold: Decimal = SCOPE_CREEP_THRESHOLD,
    ) -> builtins.list[EngagementRow]:
        query = EngagementQuery(client_id=client_id, today=today, scope_creep_threshold=threshold)
        statement = with_scope_creep(engagement_rows_select(query), query)
        with reading(self._db) as session:
            return [to_row(row, query) for row in session.execute(statement)]

    def clarification(
        self, client_id: int | None = None, *, language: str = "en"
    ) -> builtins.list[ClarificationLine]:
        with reading(self._db) as session:
            result = session.execute(q.clarification(client_id))
            return [lines.clarification_line(row, language) for row in result]

    def wishes(self, client_id: int | None = None) -> builtins.list[WishRow]:
        with reading(self._db) as session:
            return [wish_row(row) for row in session.execute(q.wishes(client_id))]

    def goals(self, client_id: int | None = None, *, today: date) -> builtins.list[GoalRow]:
        with reading(self._db) as session:
            return [goal_row(row, today) for row in session.execute(q.goals(client_id))]

    def scope_items(self, client_id: int | None = None) -> builtins.list[ScopeItemRow]:
        with reading(self._db) as session:
            return [scope_item_row(row) for row in session.execute(q.scope_items(client_id))]

    def change_requests(self, client_id: int | None = None) -> builtins.list[ChangeRequestRow]:
        with reading(self._db) as session:
            return [change_row(row) for row in session.execute(q.change_requests(client_id))]

    def milestones(
        self, client_id: int | None = None, *, today: date
    ) -> builtins.list[MilestoneRow]:
        with reading(self._db) as session:
            return [milestone_row(row, today) for row in session.execute(q.milestones(client_id))]

    def support_plans(
        self, client_id: int | None = None, *, today: date
    ) -> builtins.list[SupportPlanRow]:
        return self._support.plans_of(client_id, today=today)

    def support_entries(self, client_id: int | None = None) -> builtins.list[SupportEntryRow]:
        return self._support.entries_of(client_id)

    def journal(self, client_id: int | None = None, *, today: date) -> builtins.list[JournalRow]:
        return self._journal.entries_of(client_id, today=today)
