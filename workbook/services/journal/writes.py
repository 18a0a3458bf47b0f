"""Writing journal entries (the journal service and the importer share these)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from workbook.services.journal.shapes import JournalInput
from workbook.store.bulk import insert_many
from workbook.store.models import JournalEntry


def insert_entries(session: Session, entries: Sequence[tuple[int, JournalInput]]) -> list[int]:
    """(client id, entry) pairs, cleaned and checked; returns the new ids in order."""
    values = [
        {**vars(entry), "kind": entry.kind.value, "client_id": client_id}
        for client_id, entry in entries
    ]
    return insert_many(session, JournalEntry.__table__, values)  # type: ignore[attr-defined]
