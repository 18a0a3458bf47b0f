"""How client and contact input is cleaned and checked, before any database is asked.

The service applies these on every write; the importer's preview applies the same ones to each
row, so a file is judged exactly as the form would judge the same values."""

from __future__ import annotations

from workbook.domain.validation import (
    FEEDBACK_INTERVAL_RANGE,
    FieldError,
    Problem,
    check_email,
    check_phone,
    check_range,
    check_required,
    check_url,
    normalize_tags,
)
from workbook.services.clients.shapes import ClientInput, ContactInput

LANGUAGES = ("", "de", "en")  # "" follows the app's language


def clean_client(data: ClientInput) -> ClientInput:
    return ClientInput(
        name=" ".join(data.name.split()),
        industry=data.industry.strip(),
        address=data.address.strip(),
        website=data.website.strip(),
        email=data.email.strip(),
        phone=data.phone.strip(),
        language=data.language.strip().lower(),
        notes=data.notes,
        tags=normalize_tags(data.tags),
        feedback_interval_days=data.feedback_interval_days,
    )


def client_problems(data: ClientInput) -> list[FieldError]:
    """Everything but the uniqueness of the name, which only the database can tell."""
    errors: list[FieldError] = []
    check_required("name", data.name, errors)
    check_url("website", data.website, errors)
    check_email("email", data.email, errors)
    check_phone("phone", data.phone, errors)
    check_range(
        "feedback_interval_days", data.feedback_interval_days, FEEDBACK_INTERVAL_RANGE, errors
    )
    if data.language not in LANGUAGES:
        errors.append(FieldError("language", Problem.out_of_range))
    return errors


def clean_contact(data: ContactInput) -> ContactInput:
    return ContactInput(
        name=" ".join(data.name.split()),
        role=data.role.strip(),
        department=data.department.strip(),
        email=data.email.strip(),
        phone=data.phone.strip(),
        is_primary=data.is_primary,
        notes=data.notes,
    )


def contact_problems(data: ContactInput) -> list[FieldError]:
    errors: list[FieldError] = []
    check_required("name", data.name, errors)
    check_email("email", data.email, errors)
    check_phone("phone", data.phone, errors)
    return errors
