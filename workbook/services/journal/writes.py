"""Writing journal entries (the journal service and the importer share these)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert
from sqlmodel import Session, col

from workbook.services.journal.shapes import JournalInput
from workbook.store.models import JournalEntry


def insert_entries(session: Session, entries: Sequence[tuple[int, JournalInput]]) -> list[int]:
    """(client id, entry) pairs, cleaned and checked; returns the new ids in order."""
    if not entries:
        return []
    values = [
        {**vars(entry), "kind": entry.kind.value, "client_id": client_id}
        for client_id, entry in entries
    ]
    statement = insert(JournalEntry).returning(col(JournalEntry.id), sort_by_parameter_order=True)
    return list(session.execute(statement, values).scalars())
