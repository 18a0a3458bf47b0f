"""Field validation rules. Errors carry codes, not sentences: the UI words them in the user's
language, the CLI in English."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

# Deliberately permissive: one @, no spaces, a dot in the domain. Real validation is a mail.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# Digits and the characters people write phone numbers with: +49 (0)30 123-45 67 / ext.
_PHONE = re.compile(r"^\+?[0-9 ()/.\-]+$")
_URL = re.compile(r"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)

NAME_MAX = 200
# Cents stores a signed 64-bit count of hundredths; far below that, nobody bills more.
AMOUNT_MAX = Decimal("1000000000")
FEEDBACK_INTERVAL_RANGE = (1, 365)


class Problem(StrEnum):
    required = "required"
    duplicate = "duplicate"  # an active client has this name
    reference_taken = "reference_taken"  # another engagement has this reference
    email = "email"
    phone = "phone"
    url = "url"
    too_long = "too_long"
    out_of_range = "out_of_range"
    in_future = "in_future"  # a day that has not come yet, where only the past makes sense
    number = "number"  # not a number the UI could read (raised by the UI, not by services)
    date = "date"  # not a day the UI could read (raised by the UI, not by services)
    # change requests (workbook.domain.change_requests)
    estimate_first = "estimate_first"  # a status past "open" without an effort estimate
    approve_first = "approve_first"  # "done" for a request that was never approved
    before_request = "before_request"  # a step's date before the request came in
    before_decision = "before_decision"  # done before it was decided
    step_not_reached = "step_not_reached"  # a date for a step the status has not reached
    # support and journal
    not_positive = "not_positive"  # zero or less where only more than zero makes sense (hours)
    not_after_start = "not_after_start"  # an end on or before its start
    # your practice
    name_taken = "name_taken"  # a competence of this name is already in the list
    before_start = "before_start"  # days off ending before they start (one day may end on it)
    file_too_large = "file_too_large"  # a logo above the size a document can carry
    file_type = "file_type"  # a logo that is neither PNG nor SVG


@dataclass(frozen=True)
class FieldError:
    field: str
    problem: Problem


class ValidationError(Exception):
    """Raised by services when input is refused; nothing has been written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}: {e.problem}" for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str, Problem]:
        return {e.field: e.problem for e in self.errors}


def check_required(field: str, value: str, errors: list[FieldError]) -> None:
    if not value.strip():
        errors.append(FieldError(field, Problem.required))
    elif len(value) > NAME_MAX:
        errors.append(FieldError(field, Problem.too_long))


def check_amount(name: str, value: Decimal | None, errors: list[FieldError]) -> None:
    """Money and hours: none, or from 0 up to AMOUNT_MAX."""
    if value is not None and not (value.is_finite() and Decimal(0) <= value <= AMOUNT_MAX):
        errors.append(FieldError(name, Problem.out_of_range))


def check_email(field: str, value: str, errors: list[FieldError]) -> None:
    if value.strip() and not _EMAIL.match(value.strip()):
        errors.append(FieldError(field, Problem.email))


def check_phone(field: str, value: str, errors: list[FieldError]) -> None:
    stripped = value.strip()
    if stripped and (not _PHONE.match(stripped) or sum(c.isdigit() for c in stripped) < 3):
        errors.append(FieldError(field, Problem.phone))


def check_url(field: str, value: str, errors: list[FieldError]) -> None:
    if value.strip() and not _URL.match(value.strip()):
        errors.append(FieldError(field, Problem.url))


def check_range(field: str, value: int, bounds: tuple[int, int], errors: list[FieldError]) -> None:
    low, high = bounds
    if not low <= value <= high:
        errors.append(FieldError(field, Problem.out_of_range))


def check_currency(field: str, value: str, errors: list[FieldError]) -> None:
    """A three-letter code (EUR, CHF, USD)."""
    if not (len(value) == 3 and value.isascii() and value.isalpha()):
        errors.append(FieldError(field, Problem.required if not value else Problem.out_of_range))


def normalize_tags(text: str) -> str:
    """Comma-separated, trimmed, de-duplicated case-insensitively, original order kept."""
    seen: dict[str, str] = {}
    for raw in text.split(","):
        tag = raw.strip()
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return ", ".join(seen.values())
