"""Cleaning and validating the practice's input (field names = the inputs' fields)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from workbook.domain.capacity import HOURS_PER_WEEK_RANGE
from workbook.domain.validation import (
    NAME_MAX,
    FieldError,
    Problem,
    ValidationError,
    check_amount,
    check_currency,
    check_email,
    check_phone,
    check_required,
    check_url,
)
from workbook.services.practice.shapes import CompetenceInput, DayOffInput, ProfileInput

LOGO_MAX_BYTES = 512 * 1024  # a logo rides in every document; larger files bloat them
VAT_ID_MAX = 40
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def logo_type(data: bytes) -> str | None:
    """ "png" or "svg" by the content (not the file name); None for anything else."""
    if data.startswith(_PNG_SIGNATURE):
        return "png"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in data[:4096].lower():
        return "svg"
    return None


def clean_profile(data: ProfileInput) -> ProfileInput:
    text = {
        name: getattr(data, name).strip()
        for name in ("name", "company", "email", "phone", "website", "vat_id")
    }
    return dataclasses.replace(
        data,
        **text,
        address=data.address.strip(),
        currency=data.currency.strip().upper(),
        brings=data.brings.strip(),
        takes=data.takes.strip(),
        success=data.success.strip(),
        logo=data.logo or None,
    )


def validate_profile(data: ProfileInput) -> None:
    errors: list[FieldError] = []
    for name in ("name", "company"):
        if len(getattr(data, name)) > NAME_MAX:
            errors.append(FieldError(name, Problem.too_long))
    if len(data.vat_id) > VAT_ID_MAX:
        errors.append(FieldError("vat_id", Problem.too_long))
    check_email("email", data.email, errors)
    check_phone("phone", data.phone, errors)
    check_url("website", data.website, errors)
    check_currency("currency", data.currency, errors)
    check_amount("hourly_rate", data.hourly_rate, errors)
    _check_hours_per_week(data.hours_per_week, errors)
    if data.logo is not None:
        if len(data.logo) > LOGO_MAX_BYTES:
            errors.append(FieldError("logo", Problem.file_too_large))
        elif logo_type(data.logo) is None:
            errors.append(FieldError("logo", Problem.file_type))
    if errors:
        raise ValidationError(errors)


def _check_hours_per_week(value: Decimal | None, errors: list[FieldError]) -> None:
    low, high = HOURS_PER_WEEK_RANGE
    if value is not None and not (value.is_finite() and low <= value <= high):
        errors.append(FieldError("hours_per_week", Problem.out_of_range))


def clean_competence(data: CompetenceInput) -> CompetenceInput:
    return dataclasses.replace(data, name=" ".join(data.name.split()))


def validate_competence(data: CompetenceInput) -> None:
    errors: list[FieldError] = []
    check_required("name", data.name, errors)
    if errors:
        raise ValidationError(errors)


def clean_day_off(data: DayOffInput) -> DayOffInput:
    return dataclasses.replace(data, note=" ".join(data.note.split()))


def validate_day_off(data: DayOffInput) -> None:
    errors: list[FieldError] = []
    if data.ends_on < data.starts_on:
        errors.append(FieldError("ends_on", Problem.before_start))
    if len(data.note) > NAME_MAX:
        errors.append(FieldError("note", Problem.too_long))
    if errors:
        raise ValidationError(errors)
