"""Engagement references (Auftragsnummern): "2026-014", the year and a number within it."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from workbook.store.models import Engagement

_NUMBERED = re.compile(r"(\d{4})-(\d+)")


def next_reference(session: Session, today: date) -> str:
    """One more than the highest number of this year; references the user typed in another
    form are not counted. The unique index catches a colleague who took it first."""
    prefix = f"{today.year}-"
    taken = session.execute(
        select(col(Engagement.reference)).where(col(Engagement.reference).startswith(prefix))
    ).scalars()
    numbers = [int(m.group(2)) for ref in taken if (m := _NUMBERED.fullmatch(ref))]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"
