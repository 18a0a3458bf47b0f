"""How a journal entry is cleaned and checked (the form and the importer apply the same); its
read row is entry_rows.journal_row."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlmodel import Session

from workbook.domain.enums import JournalKind
from workbook.domain.validation import (
    FieldError,
    Problem,
    ValidationError,
    check_range,
)
from workbook.services.journal.shapes import JournalInput
from workbook.store.models import Client, Engagement

SATISFACTION_RANGE = (1, 5)
SUMMARY_MAX = 500  # the column's length


def clean_entry(data: JournalInput) -> JournalInput:
    """A follow-up without a date cannot be done."""
    return dataclasses.replace(
        data,
        summary=data.summary.strip(),
        follow_up_done=data.follow_up_done and data.follow_up_on is not None,
    )


def entry_problems(data: JournalInput, today: date) -> list[FieldError]:
    """Something that happened cannot lie ahead; its follow-up may."""
    errors: list[FieldError] = []
    if data.occurred_on > today:
        errors.append(FieldError("occurred_on", Problem.in_future))
    if len(data.summary) > SUMMARY_MAX:
        errors.append(FieldError("summary", Problem.too_long))
    if data.satisfaction is not None:
        check_range("satisfaction", data.satisfaction, SATISFACTION_RANGE, errors)
    return errors


def validate_entry(session: Session, client_id: int, data: JournalInput, today: date) -> None:
    """What the form adds to the importer's checks: a summary to show on the timeline, and an
    engagement of the entry's own client."""
    errors = entry_problems(data, today)
    if not data.summary:
        errors.append(FieldError("summary", Problem.required))
    if session.get(Client, client_id) is None:
        errors.append(FieldError("client_id", Problem.required))
    if data.engagement_id is not None:
        engagement = session.get(Engagement, data.engagement_id)
        if engagement is None or engagement.client_id != client_id:
            errors.append(FieldError("engagement_id", Problem.out_of_range))
    if errors:
        raise ValidationError(errors)


def entry_values(data: JournalInput) -> dict[str, Any]:
    return {**vars(data), "kind": JournalKind(data.kind).value}
