"""Change requests: cleaning, validation, the stored values and the one read row."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlmodel import Session

from workbook.domain import change_requests as flow
from workbook.domain.enums import BillingModel, ChangeKind, ChangeStatus
from workbook.domain.scope_creep import ChangeFacts, untold_cost
from workbook.domain.validation import FieldError, Problem, ValidationError, check_required
from workbook.services.changes.shapes import ChangeRequestInput, ChangeRequestRow
from workbook.services.where_from import where_from
from workbook.store.models import Contact, Engagement, ScopeItem

NAME_MAX = 200  # the columns' length


def _line(text: str) -> str:
    return " ".join(text.split())


def engagement_rate(engagement: Engagement) -> Any:
    return flow.rate_for_changes(
        BillingModel(engagement.billing_model), engagement.hourly_rate, engagement.change_rate
    )


def clean_change(
    data: ChangeRequestInput, engagement: Engagement, today: date
) -> ChangeRequestInput:
    """Tidy text; a chosen contact replaces a typed name; the reached steps get their dates;
    a cost not typed (or typed away) follows effort × rate."""
    manual = data.cost_is_manual and data.cost is not None
    cost = (
        data.cost if manual else flow.default_cost(data.effort_hours, engagement_rate(engagement))
    )
    cleaned = dataclasses.replace(
        data,
        title=_line(data.title),
        description=data.description.strip(),
        requested_by_text="" if data.requested_by_id is not None else _line(data.requested_by_text),
        department=_line(data.department),
        decision_note=data.decision_note.strip(),
        cost=cost,
        cost_is_manual=manual,
    )
    return cleaned.with_dates(flow.completed(data.status, data.dates, today))


def validate_change(
    session: Session,
    engagement: Engagement,
    data: ChangeRequestInput,
    previous: ChangeStatus | None,
    today: date,
) -> None:
    """The request's own rules (workbook.domain.change_requests), and links within the
    engagement: the contact is the client's, the catalogue item the engagement's."""
    errors: list[FieldError] = []
    check_required("title", data.title, errors)
    for name in ("requested_by_text", "department"):
        if len(getattr(data, name)) > NAME_MAX:
            errors.append(FieldError(name, Problem.too_long))
    state = flow.ChangeState(
        ChangeStatus(data.status), previous, data.requested_on, data.effort_hours, data.cost,
        data.dates,
    )  # fmt: skip
    errors += flow.change_problems(state, today)
    if data.requested_by_id is not None:
        contact = session.get(Contact, data.requested_by_id)
        if contact is None or contact.client_id != engagement.client_id:
            errors.append(FieldError("requested_by_id", Problem.out_of_range))
    if data.scope_item_id is not None:
        item = session.get(ScopeItem, data.scope_item_id)
        if item is None or item.engagement_id != engagement.id:
            errors.append(FieldError("scope_item_id", Problem.out_of_range))
    if errors:
        raise ValidationError(errors)


def change_values(data: ChangeRequestInput) -> dict[str, Any]:
    return {
        **vars(data),
        "kind": ChangeKind(data.kind).value,
        "status": ChangeStatus(data.status).value,
    }


def input_of(change: Any) -> ChangeRequestInput:
    """From a ChangeRequest (or a result row with its columns)."""
    values = {k: getattr(change, k) for k in ChangeRequestInput.__dataclass_fields__}
    return ChangeRequestInput(
        **{**values, "kind": ChangeKind(change.kind), "status": ChangeStatus(change.status)}
    )


def change_row(r: Any) -> ChangeRequestRow:
    """From a result row of queries.change_rows_select()."""
    data = input_of(r)
    facts = ChangeFacts(data.status, r.effort_hours, r.cost, r.client_informed_on)
    extra: dict[str, Any] = {
        "id": r.id,
        "engagement_id": r.engagement_id,
        "version": r.version,
        "requested_by": r.requested_by,
        "scope_item_title": r.scope_item_title,
        "out_of_scope": r.scope_item_in_scope is False,
        "uninformed": untold_cost(facts),
        "currency": r.currency,
        "billing_model": BillingModel(r.billing_model),
        "client_id": r.client_id,
        **where_from(r),
    }
    return ChangeRequestRow(**vars(data), **extra)
