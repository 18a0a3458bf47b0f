"""Wishes, goals and scope items: cleaning, validation, and the one read row of each (the
editor's lists and the export's sheets both build theirs here)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlmodel import Session

from workbook.domain.enums import GoalStatus, WishKind, WishStatus
from workbook.domain.goals import goal_problems, is_overdue
from workbook.domain.validation import (
    FieldError,
    Problem,
    ValidationError,
    check_amount,
    check_required,
)
from workbook.services.agreements.shapes import (
    GoalInput,
    GoalRow,
    ScopeItemInput,
    ScopeItemRow,
    WishInput,
    WishRow,
)
from workbook.services.where_from import where_from
from workbook.store.models import Contact, Engagement, Goal


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


# -- wishes ----------------------------------------------------------------------------------


def clean_wish(data: WishInput) -> WishInput:
    return dataclasses.replace(data, text=data.text.strip(), rationale=data.rationale.strip())


def validate_wish(session: Session, engagement_id: int, data: WishInput) -> None:
    """A wish may point at a goal of its own engagement only."""
    errors: list[FieldError] = []
    if not data.text:
        errors.append(FieldError("text", Problem.required))
    if data.goal_id is not None:
        goal = session.get(Goal, data.goal_id)
        if goal is None or goal.engagement_id != engagement_id:
            errors.append(FieldError("goal_id", Problem.out_of_range))
    _raise_if(errors)


def wish_values(data: WishInput) -> dict[str, Any]:
    return {
        **vars(data),
        "kind": WishKind(data.kind).value,
        "status": WishStatus(data.status).value,
    }


def wish_row(r: Any) -> WishRow:
    """From a Wish's columns (and goal_title; where_from() for the sheet's client names)."""
    return WishRow(
        text=r.text,
        kind=WishKind(r.kind),
        rationale=r.rationale,
        status=WishStatus(r.status),
        goal_id=r.goal_id,
        id=r.id,
        engagement_id=r.engagement_id,
        goal_title=r.goal_title or "",
        version=r.version,
        **where_from(r),
    )


# -- goals -----------------------------------------------------------------------------------


def clean_goal(data: GoalInput) -> GoalInput:
    return dataclasses.replace(
        data,
        title=" ".join(data.title.split()),
        success_criterion=data.success_criterion.strip(),
        measure=data.measure.strip(),
        target_value=data.target_value.strip(),
        evidence=data.evidence.strip(),
    )


def validate_goal(session: Session, engagement: Engagement, data: GoalInput) -> None:
    """Only someone on the client's side can sign a goal off."""
    errors: list[FieldError] = []
    check_required("title", data.title, errors)
    errors += goal_problems(
        GoalStatus(data.status), data.evidence, data.signed_off_by_id, data.signed_off_on
    )
    if data.signed_off_by_id is not None:
        contact = session.get(Contact, data.signed_off_by_id)
        if contact is None or contact.client_id != engagement.client_id:
            errors.append(FieldError("signed_off_by_id", Problem.out_of_range))
    _raise_if(errors)


def goal_values(data: GoalInput) -> dict[str, Any]:
    return {**vars(data), "status": GoalStatus(data.status).value}


def goal_row(r: Any, today: date) -> GoalRow:
    """From a Goal's columns and signed_off_by (the contact's name)."""
    status = GoalStatus(r.status)
    return GoalRow(
        title=r.title,
        success_criterion=r.success_criterion,
        measure=r.measure,
        target_value=r.target_value,
        target_date=r.target_date,
        status=status,
        agreed_on=r.agreed_on,
        signed_off_by_id=r.signed_off_by_id,
        signed_off_on=r.signed_off_on,
        evidence=r.evidence,
        id=r.id,
        engagement_id=r.engagement_id,
        signed_off_by=r.signed_off_by or "",
        overdue=is_overdue(status, r.target_date, today),
        version=r.version,
        **where_from(r),
    )


# -- the service catalogue -------------------------------------------------------------------


def clean_scope_item(data: ScopeItemInput) -> ScopeItemInput:
    return dataclasses.replace(
        data, title=" ".join(data.title.split()), description=data.description.strip()
    )


def validate_scope_item(data: ScopeItemInput) -> None:
    errors: list[FieldError] = []
    check_required("title", data.title, errors)
    check_amount("estimated_hours", data.estimated_hours, errors)
    check_amount("price", data.price, errors)
    _raise_if(errors)


def scope_item_row(r: Any) -> ScopeItemRow:
    """From a ScopeItem's columns and the engagement's currency."""
    return ScopeItemRow(
        title=r.title,
        description=r.description,
        in_scope=r.in_scope,
        estimated_hours=r.estimated_hours,
        price=r.price,
        id=r.id,
        engagement_id=r.engagement_id,
        position=r.position,
        version=r.version,
        currency=r.currency,
        **where_from(r),
    )
