"""The one read row of a journal entry, from its columns and where it belongs: plain Python
over any row with those names (a SQLAlchemy row, or one of Today's first look)."""

from __future__ import annotations

from datetime import date
from typing import Any

from workbook.domain.enums import JournalKind
from workbook.domain.feedback import follow_up_overdue
from workbook.services.journal.shapes import JournalRow
from workbook.services.where_from import where_from


def journal_row(r: Any, today: date) -> JournalRow:
    """From a JournalEntry's columns and where it belongs (where_from)."""
    return JournalRow(
        occurred_on=r.occurred_on,
        kind=JournalKind(r.kind),
        summary=r.summary,
        details=r.details,
        satisfaction=r.satisfaction,
        follow_up_on=r.follow_up_on,
        follow_up_done=r.follow_up_done,
        engagement_id=r.engagement_id,
        id=r.id,
        client_id=r.client_id,
        version=r.version,
        overdue=follow_up_overdue(r.follow_up_on, r.follow_up_done, today),
        **where_from(r),
    )
