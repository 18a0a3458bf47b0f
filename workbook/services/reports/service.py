"""Read-only data for the status workbook and the client dossier: one query per sheet.

Every sheet method takes `client_id` (None = all clients) and yields frozen lines as it reads
them, a chunk of rows at a time (an export streams them into its sheet); enum columns hold
StrEnum members, money and hours Decimals, dates dates."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

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
from workbook.services.journal.entry_rows import journal_row
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
from workbook.services.support.rules import entry_row
from workbook.services.support.service import SupportService
from workbook.services.support.shapes import SupportEntryRow, SupportPlanRow
from workbook.store.database import Database
from workbook.store.models import Client, Contact
from workbook.store.ordering import text_order

_PAGE = 2000  # clients per page of the clients list query
_CHUNK = 1000  # rows fetched at a time while a sheet streams
T = TypeVar("T")


class ReportService:
    """Its reads pass over their rows once (a sheet, a count): reading(once=True), so the
    connection's page cache does not fill with pages that do not come back."""

    def __init__(
        self,
        database: Database,
        clients: ClientService,
        support: SupportService,
        practice: PracticeService,
    ) -> None:
        self._db = database
        self._clients = clients
        self._support = support
        self._practice = practice

    @property
    def source(self) -> Path | None:
        """The database file the reports read (an export must never replace it); None for a
        database on a server."""
        location = self._db.location
        return location if isinstance(location, Path) else None

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
        with reading(self._db, once=True) as session:
            return session.execute(statement).scalar_one_or_none()

    def client(self, client_id: int) -> ClientDetail:
        return self._clients.get(client_id)

    def contact(self, contact_id: int) -> ContactRow:
        return self._clients.contact(contact_id)

    def _extras(self, client_ids: Sequence[int]) -> dict[int, ClientExtras]:
        statement = select(
            col(Client.id),
            col(Client.address),
            col(Client.website),
            col(Client.notes),
            col(Client.feedback_interval_days),
            col(Client.archived_at),
        ).where(col(Client.id).in_(client_ids))
        with reading(self._db, once=True) as session:
            return {
                row.id: ClientExtras(
                    row.address, row.website, row.notes, row.feedback_interval_days,
                    row.archived_at,
                )
                for row in session.execute(statement)
            }  # fmt: skip

    def count(self, table: str, client_id: int | None = None) -> int:
        """Rows of `table` (of one client, or of all): what an export will write."""
        with reading(self._db, once=True) as session:
            return int(session.execute(q.count(table, client_id)).scalar_one())

    def overview_count(self, client_id: int | None = None) -> int:
        """Lines of the overview: the active clients, or the one client asked for."""
        if client_id is not None:
            return self.count("client", client_id)
        statement = select(func.count()).where(col(Client.archived_at).is_(None))
        with reading(self._db, once=True) as session:
            return int(session.execute(statement).scalar_one())

    def _stream(self, statement: Any, line: Callable[[Any], T]) -> Iterator[T]:
        """The statement's rows as lines, fetched a chunk at a time while they are used (a
        sheet streams; never all of it in memory)."""
        with reading(self._db, once=True) as session:
            for row in session.execute(statement.execution_options(yield_per=_CHUNK)):
                yield line(row)

    # -- one method per sheet ------------------------------------------------------------------

    def overview(
        self,
        client_id: int | None = None,
        *,
        today: date,
        threshold: Decimal = SCOPE_CREEP_THRESHOLD,
    ) -> list[OverviewLine]:
        with reading(self._db, once=True) as session:
            return overview_lines(session, client_id, today, threshold)

    def clients(
        self, client_id: int | None = None, *, today: date
    ) -> Iterator[tuple[ClientRow, ClientExtras]]:
        """All clients (or the one), archived ones included, paged through the clients list
        query, each with what that list leaves out."""
        service, query = self._clients, ClientQuery(include_archived=True)
        offset = 0
        while page := service.list(query, offset=offset, limit=_PAGE, today=today):
            offset += len(page)
            if client_id is not None:
                page = [row for row in page if row.id == client_id]
            extras = self._extras([row.id for row in page]) if page else {}
            yield from ((row, extras[row.id]) for row in page)
            if offset % _PAGE:
                break

    def contacts(self, client_id: int | None = None) -> Iterator[tuple[ContactRow, str]]:
        """Every contact with its client's name, by client."""
        statement = (
            select(Contact, col(Client.name))
            .join(Client, col(Client.id) == Contact.client_id)
            .order_by(
                col(Client.name_key),
                col(Client.id),
                col(Contact.is_primary).desc(),
                text_order(Contact.name),
                col(Contact.id),
            )
        )
        if client_id is not None:
            statement = statement.where(col(Contact.client_id) == client_id)
        return self._stream(statement, lambda row: (contact_row(row[0]), row[1]))

    def engagements(
        self,
        client_id: int | None = None,
        *,
        today: date | None = None,
        threshold: Decimal = SCOPE_CREEP_THRESHOLD,
    ) -> Iterator[EngagementRow]:
        query = EngagementQuery(client_id=client_id, today=today, scope_creep_threshold=threshold)
        statement = with_scope_creep(engagement_rows_select(query), query)
        return self._stream(statement, lambda row: to_row(row, query))

    def clarification(
        self, client_id: int | None = None, *, language: str = "en"
    ) -> Iterator[ClarificationLine]:
        return self._stream(
            q.clarification(client_id), lambda row: lines.clarification_line(row, language)
        )

    def wishes(self, client_id: int | None = None) -> Iterator[WishRow]:
        return self._stream(q.wishes(client_id), wish_row)

    def goals(self, client_id: int | None = None, *, today: date) -> Iterator[GoalRow]:
        return self._stream(q.goals(client_id), lambda row: goal_row(row, today))

    def scope_items(self, client_id: int | None = None) -> Iterator[ScopeItemRow]:
        return self._stream(q.scope_items(client_id), scope_item_row)

    def change_requests(self, client_id: int | None = None) -> Iterator[ChangeRequestRow]:
        return self._stream(q.change_requests(client_id), change_row)

    def milestones(self, client_id: int | None = None, *, today: date) -> Iterator[MilestoneRow]:
        return self._stream(q.milestones(client_id), lambda row: milestone_row(row, today))

    def support_plans(
        self, client_id: int | None = None, *, today: date
    ) -> builtins.list[SupportPlanRow]:
        """A list: the hours of the current periods are counted for all plans at once."""
        return self._support.plans_of(client_id, today=today)

    def support_entries(self, client_id: int | None = None) -> Iterator[SupportEntryRow]:
        return self._stream(q.support_entries(client_id), entry_row)

    def journal(self, client_id: int | None = None, *, today: date) -> Iterator[JournalRow]:
        return self._stream(q.journal(client_id), lambda row: journal_row(row, today))
