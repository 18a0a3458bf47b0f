"""Milestones: cleaning, validation, and the one read row (the editor page, the review tab and
the Milestones sheet all build theirs here)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlmodel import Session

from workbook.domain import handover
from workbook.domain.enums import MilestoneMethod, MilestoneStatus
from workbook.domain.validation import FieldError, Problem, ValidationError, check_required
from workbook.services.handover.shapes import MilestoneInput, MilestoneRow
from workbook.services.where_from import where_from
from workbook.store.models import Contact, Engagement

_INPUT_FIELDS = tuple(MilestoneInput.__dataclass_fields__)


def clean_milestone(data: MilestoneInput, today: date) -> MilestoneInput:
    """Collapse the topic's spaces, trim the verification, and fill the days the status
    implies (a finished milestone was done today, a sign-off without a day was given today)."""
    data = dataclasses.replace(
        data, topic=" ".join(data.topic.split()), verification=data.verification.strip()
    )
    filled = handover.completed_sign_off(_sign_off(data), today)
    return dataclasses.replace(data, done_on=filled.done_on, signed_off_on=filled.signed_off_on)


def validate_milestone(
    session: Session, engagement: Engagement, data: MilestoneInput, today: date
) -> None:
    """Receiver and signer are people on the client's side; "verified" must be shown."""
    errors: list[FieldError] = []
    check_required("topic", data.topic, errors)
    low, high = handover.WEIGHT_RANGE
    if not low <= data.weight <= high:
        errors.append(FieldError("weight", Problem.out_of_range))
    errors += handover.sign_off_problems(_sign_off(data), today)
    for key in ("receiver_id", "signed_off_by_id"):
        contact_id = getattr(data, key)
        if contact_id is not None and not _client_contact(session, engagement, contact_id):
            errors.append(FieldError(key, Problem.out_of_range))
    if errors:
        raise ValidationError(errors)


def _client_contact(session: Session, engagement: Engagement, contact_id: int) -> bool:
    contact = session.get(Contact, contact_id)
    return contact is not None and contact.client_id == engagement.client_id


def _sign_off(data: MilestoneInput) -> handover.SignOff:
    return handover.SignOff(
        MilestoneStatus(data.status),
        data.done_on,
        data.verification,
        data.signed_off_by_id,
        data.signed_off_on,
    )


def milestone_values(data: MilestoneInput) -> dict[str, Any]:
    return {
        **vars(data),
        "method": MilestoneMethod(data.method).value,
        "status": MilestoneStatus(data.status).value,
    }


def milestone_input(r: Any) -> MilestoneInput:
    """From a Milestone (or a result row with its columns)."""
    return MilestoneInput(**{k: getattr(r, k) for k in _INPUT_FIELDS}).typed()


def milestone_row(r: Any, today: date) -> MilestoneRow:
    """From a Milestone's columns, receiver and signed_off_by (the contacts' names) and where
    it belongs (client and engagement)."""
    status = MilestoneStatus(r.status)
    return MilestoneRow(
        topic=r.topic,
        method=MilestoneMethod(r.method),
        receiver_id=r.receiver_id,
        planned_on=r.planned_on,
        done_on=r.done_on,
        status=status,
        verification=r.verification,
        signed_off_by_id=r.signed_off_by_id,
        signed_off_on=r.signed_off_on,
        weight=r.weight,
        id=r.id,
        engagement_id=r.engagement_id,
        position=r.position,
        version=r.version,
        receiver=r.receiver or "",
        signed_off_by=r.signed_off_by or "",
        overdue=handover.milestone_overdue(status, r.planned_on, today),
        window=handover.due_window(status, r.planned_on, today),
        **where_from(r),
    )
