"""How a journal entry is cleaned and checked (the form and the importer apply the same)."""

from __future__ import annotations

import dataclasses
from datetime import date

from workbook.domain.validation import FieldError, Problem, check_range
from workbook.services.journal.shapes import JournalInput

SATISFACTION_RANGE = (1, 5)
SUMMARY_MAX = 500  # the column's length


def clean_entry(data: JournalInput) -> JournalInput:
    return dataclasses.replace(data, summary=data.summary.strip())


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
