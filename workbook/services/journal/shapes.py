"""Input shape of a journal entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workbook.domain.enums import JournalKind


@dataclass(frozen=True)
class JournalInput:
    occurred_on: date
    kind: JournalKind = JournalKind.note
    summary: str = ""
    details: str = ""
    satisfaction: int | None = None
    follow_up_on: date | None = None
    follow_up_done: bool = False
    engagement_id: int | None = None
