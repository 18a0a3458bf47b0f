"""Cleaning and validating the engagement Overview input (field names = EngagementInput's)."""

from __future__ import annotations

import dataclasses

from sqlmodel import Session

from workbook.domain.enums import BillingModel, EngagementStatus
from workbook.domain.status_flow import PRICED
from workbook.domain.validation import (
    FieldError,
    Problem,
    ValidationError,
    check_amount,
    check_currency,
    check_required,
)
from workbook.services.engagements.shapes import EngagementInput
from workbook.store.models import Client

_AMOUNTS = ("hourly_rate", "fixed_price", "change_rate", "budget_hours")


REFERENCE_MAX = 20  # the column's length


def clean_engagement(data: EngagementInput) -> EngagementInput:
    return dataclasses.replace(
        data,
        title=" ".join(data.title.split()),
        reference="".join(data.reference.split()),
        currency=data.currency.strip().upper(),
    )


def validate_engagement(
    session: Session,
    data: EngagementInput,
    *,
    current_client_id: int | None,
    status: EngagementStatus = EngagementStatus.inquiry,
) -> None:
    """current_client_id: the engagement's client before the edit; it may have been archived
    since, which must not lock the engagement against edits. `status`: the engagement's; the
    rate or price is demanded from the acceptance on."""
    errors: list[FieldError] = []
    check_required("title", data.title, errors)
    if len(data.reference) > REFERENCE_MAX:
        errors.append(FieldError("reference", Problem.too_long))
    _check_client(session, data.client_id, current_client_id, errors)
    if status in PRICED:
        errors += price_missing(data)
    for name in _AMOUNTS:
        check_amount(name, getattr(data, name), errors)
    check_currency("currency", data.currency, errors)
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        errors.append(FieldError("ends_on", Problem.out_of_range))
    if errors:
        raise ValidationError(errors)


def _check_client(
    session: Session, client_id: int, current_client_id: int | None, errors: list[FieldError]
) -> None:
    client = session.get(Client, client_id)
    moved = client_id != current_client_id
    if client is None or (moved and client.archived_at is not None):
        errors.append(FieldError("client_id", Problem.required))


def price_missing(data: EngagementInput) -> list[FieldError]:
    """The rate, or the fixed price, that the billing model bills by, when it is not given."""
    if data.billing_model == BillingModel.hourly and data.hourly_rate is None:
        return [FieldError("hourly_rate", Problem.required)]
    if data.billing_model == BillingModel.fixed and data.fixed_price is None:
        return [FieldError("fixed_price", Problem.required)]
    return []
