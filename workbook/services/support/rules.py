"""Support plans and entries: cleaning, validation, the facts the domain rules work on, and the
one read row of each (the tab, the detail, Today and the export sheets build theirs here)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlmodel import Session

from workbook.domain.enums import SupportEntryKind, SupportPeriod, SupportPlanStatus
from workbook.domain.validation import (
    AMOUNT_MAX,
    FieldError,
    Problem,
    ValidationError,
    check_amount,
    check_range,
    check_required,
)
from workbook.services.support.shapes import (
    SupportEntryInput,
    SupportEntryRow,
    SupportPlanInput,
)
from workbook.store.models import Client, Engagement

NOTICE_DAYS_RANGE = (0, 730)
RESPONSE_TIME_RANGE = (1, 8760)  # hours: up to a year
_TEXT_MAX = 200  # service hours, channels: the columns' length


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


# -- plans ---------------------------------------------------------------------------------------


def clean_plan(data: SupportPlanInput) -> SupportPlanInput:
    return dataclasses.replace(
        data,
        name=" ".join(data.name.split()),
        service_hours=data.service_hours.strip(),
        channels=data.channels.strip(),
        updates_policy=data.updates_policy.strip(),
    )


def plan_problems(data: SupportPlanInput) -> list[FieldError]:
    """What can be told without the database."""
    errors: list[FieldError] = []
    check_required("name", data.name, errors)
    if data.ends_on is not None and data.ends_on <= data.starts_on:
        errors.append(FieldError("ends_on", Problem.not_after_start))
    check_range("notice_days", data.notice_days, NOTICE_DAYS_RANGE, errors)
    if data.response_time_hours is not None:
        check_range("response_time_hours", data.response_time_hours, RESPONSE_TIME_RANGE, errors)
    check_amount("included_hours", data.included_hours, errors)
    check_amount("price_per_period", data.price_per_period, errors)
    for name in ("service_hours", "channels"):
        if len(getattr(data, name)) > _TEXT_MAX:
            errors.append(FieldError(name, Problem.too_long))
    return errors


def validate_plan(
    session: Session, data: SupportPlanInput, *, current_client_id: int | None
) -> None:
    """The client must exist (and be active, unless the plan already belonged to it); the
    engagement, if any, must be one of that client's."""
    errors = plan_problems(data)
    client = session.get(Client, data.client_id)
    if client is None or (client.archived_at is not None and data.client_id != current_client_id):
        errors.append(FieldError("client_id", Problem.required))
    if data.engagement_id is not None:
        engagement = session.get(Engagement, data.engagement_id)
        if engagement is None or engagement.client_id != data.client_id:
            errors.append(FieldError("engagement_id", Problem.out_of_range))
    _raise_if(errors)


def plan_values(data: SupportPlanInput) -> dict[str, Any]:
    return {
        **vars(data),
        "period": SupportPeriod(data.period).value,
        "status": SupportPlanStatus(data.status).value,
    }


# -- entries -------------------------------------------------------------------------------------


def clean_entry(data: SupportEntryInput) -> SupportEntryInput:
    return dataclasses.replace(data, description=data.description.strip())


def entry_problems(data: SupportEntryInput, today: date) -> list[FieldError]:
    """Work done lies in the past (or today) and took some time."""
    errors: list[FieldError] = []
    if data.occurred_on > today:
        errors.append(FieldError("occurred_on", Problem.in_future))
    if data.hours is None:
        errors.append(FieldError("hours", Problem.required))
    elif not data.hours.is_finite() or data.hours <= 0:
        errors.append(FieldError("hours", Problem.not_positive))
    elif data.hours > AMOUNT_MAX:
        errors.append(FieldError("hours", Problem.out_of_range))
    return errors


def entry_values(data: SupportEntryInput) -> dict[str, Any]:
    return {**vars(data), "kind": SupportEntryKind(data.kind).value}


def entry_row(r: Any) -> SupportEntryRow:
    """From a SupportEntry's columns, plan_name and client_name."""
    return SupportEntryRow(
        occurred_on=r.occurred_on,
        hours=r.hours,
        kind=SupportEntryKind(r.kind),
        description=r.description,
        id=r.id,
        plan_id=r.plan_id,
        version=r.version,
        plan_name=r.plan_name,
        client_name=r.client_name,
    )
