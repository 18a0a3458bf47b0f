"""The contact journal: list and filter the entries, a client's timeline, add, edit, remove,
and follow-ups (done, snoozed) — every write undoable; what the Today list asks for.

Every write returns a Written whose undo() is its inverse, checked against the row's version
(workbook.services.written)."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy.sql import Select
from sqlmodel import col

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import JournalKind
from workbook.services import rows
from workbook.services.errors import NotFound
from workbook.services.journal.entry_rows import journal_row
from workbook.services.journal.queries import (
    count_select,
    entries_select,
    list_select,
    open_follow_up,
)
from workbook.services.journal.rules import (
    clean_entry,
    entry_values,
    validate_entry,
)
from workbook.services.journal.shapes import JournalInput, JournalQuery, JournalRow
from workbook.services.journal.writes import insert_entries
from workbook.services.paging import counted, paged
from workbook.services.record_writes import removed
from workbook.services.sessions import reading, writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models import Client, JournalEntry

# The clients list shows the last contact and the days since feedback: both come from here.
_JOURNAL = (Entity.journal,)
TIMELINE_LIMIT = 200  # entries on a client's timeline; the Journal tab lists them all


class JournalService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading -----------------------------------------------------------------------------

    def list(
        self, query: JournalQuery, *, today: date, offset: int = 0, limit: int | None = 500
    ) -> builtins.list[JournalRow]:
        """`limit` None: every entry (SQLite's LIMIT -1 is an error on PostgreSQL)."""
        statement = paged(list_select(query), JournalEntry.id, offset=offset, limit=limit)
        with reading(self._db) as session:
            return [journal_row(row, today) for row in session.execute(statement)]

    def count(self, query: JournalQuery) -> int:
        with reading(self._db) as session:
            return int(session.execute(count_select(query)).scalar_one())

    def timeline(
        self, client_id: int, *, today: date, limit: int = TIMELINE_LIMIT
    ) -> builtins.list[JournalRow]:
        """The client's entries, newest first."""
        return self.list(JournalQuery(client_id=client_id), today=today, limit=limit)

    def entry(self, entry_id: int, *, today: date) -> JournalRow:
        statement = entries_select().where(col(JournalEntry.id) == entry_id)
        with reading(self._db) as session:
            found = session.execute(statement).first()
        if found is None:
            raise NotFound(entry_id, Entity.journal)
        return journal_row(found, today)

    def follow_ups_due(
        self, *, today: date, within_days: int = 0, limit: int | None = None
    ) -> builtins.list[JournalRow]:
        """Open follow-ups due by today + `within_days`, the most overdue first (Today);
        `limit`: the first so many."""
        statement = follow_ups_due_select(today, within_days).limit(limit)
        with reading(self._db) as session:
            return [journal_row(row, today) for row in session.execute(statement)]

    def follow_ups_due_count(self, *, today: date, within_days: int = 0) -> int:
        """How many follow_ups_due() there are in all."""
        with reading(self._db) as session:
            return int(
                session.execute(counted(follow_ups_due_select(today, within_days))).scalar_one()
            )

    # -- writing -----------------------------------------------------------------------------

    def add(self, client_id: int, data: JournalInput, *, today: date | None = None) -> Written:
        data = clean_entry(data)
        with writing(self._db) as session:
            validate_entry(session, client_id, data, today or date.today())
            (entry_id,) = insert_entries(session, [(client_id, data)])
            rows.track(session, JournalEntry, entry_id)
        return Written(
            ChangeSet.of(*_JOURNAL, created_id=entry_id, version=1),
            lambda: self.remove(entry_id, version=1),
        )

    def update(
        self, entry_id: int, data: JournalInput, *, version: int, today: date | None = None
    ) -> Written:
        data = clean_entry(data)
        with writing(self._db) as session:
            entry = rows.lock(session, JournalEntry, entry_id, Entity.journal, version)
            validate_entry(session, entry.client_id, data, today or date.today())
            before = _input_of(entry)
            rows.assign(entry, entry_values(data))
            after = entry.version
        # What the undo writes back was accepted when written: its day is no "future" to refuse.
        return Written(
            ChangeSet.of(*_JOURNAL, version=after, updated=(Entity.journal, entry_id)),
            lambda: self.update(entry_id, before, version=after, today=before.occurred_on),
        )

    def remove(self, entry_id: int, *, version: int) -> Written:
        return removed(
            self._db, JournalEntry, Entity.journal, entry_id, version, _JOURNAL, self.remove
        )

    def mark_follow_up_done(self, entry_id: int, *, version: int, done: bool = True) -> Written:
        """Done (or, with done=False, open again); the undo sets it back."""
        return self._follow_up(
            entry_id,
            version,
            lambda entry: {"follow_up_done": done and entry.follow_up_on is not None},
        )

    def snooze_follow_up(
        self, entry_id: int, days: int, *, version: int, today: date | None = None
    ) -> Written:
        """Remind again `days` after today (or after the follow-up date, if that is later)."""
        day = today or date.today()

        def later(entry: JournalEntry) -> dict[str, Any]:
            base = max(entry.follow_up_on or day, day)
            return {"follow_up_on": base + timedelta(days), "follow_up_done": False}

        return self._follow_up(entry_id, version, later)

    def _follow_up(
        self, entry_id: int, version: int, change: Callable[[JournalEntry], dict[str, Any]]
    ) -> Written:
        with writing(self._db) as session:
            entry = rows.lock(session, JournalEntry, entry_id, Entity.journal, version)
            before = {"follow_up_on": entry.follow_up_on, "follow_up_done": entry.follow_up_done}
            rows.assign(entry, change(entry))
            after = entry.version
        return Written(
            ChangeSet.of(*_JOURNAL, version=after, updated=(Entity.journal, entry_id)),
            lambda: self._follow_up(entry_id, after, lambda _entry: before),
        )


def _input_of(entry: JournalEntry) -> JournalInput:
    values = {name: getattr(entry, name) for name in JournalInput.__dataclass_fields__}
    return JournalInput(**{**values, "kind": JournalKind(entry.kind)})


def follow_ups_due_select(today: date, within_days: int) -> Select[Any]:
    """Open follow-ups due by today + `within_days`, the most overdue first."""
    due = col(JournalEntry.follow_up_on) <= today + timedelta(within_days)
    return (
        entries_select()
        .where(open_follow_up(), due)
        .order_by(col(JournalEntry.follow_up_on), col(Client.name_key), col(JournalEntry.id))
    )
