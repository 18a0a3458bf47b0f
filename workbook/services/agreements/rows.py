"""Wishes, goals and scope items: cleaning, validation and read rows for AgreementService."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlmodel import Session

from workbook.domain.enums import GoalStatus, WishKind, WishStatus
from workbook.domain.goals import goal_problems, is_overdue
from workbook.domain.validation import FieldError, Problem, ValidationError, check_required
from workbook.services.engagements.checks import check_amount
from workbook.services.engagements.shapes import (
    GoalInput,
    GoalRow,
    ScopeItemInput,
    ScopeItemRow,
    WishInput,
    WishRow,
)
from workbook.store.models import Contact, Engagement, Goal, ScopeItem, Wish


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


def wish_row(wish: Wish, goal_title: str | None) -> WishRow:
    assert wish.id is not None
    return WishRow(
        text=wish.text,
        kind=WishKind(wish.kind),
        rationale=wish.rationale,
        status=WishStatus(wish.status),
        goal_id=wish.goal_id,
        id=wish.id,
        engagement_id=wish.engagement_id,
        goal_title=goal_title or "",
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


def goal_row(goal: Goal, signed_off_by: str | None, today: date) -> GoalRow:
    assert goal.id is not None
    status = GoalStatus(goal.status)
    return GoalRow(
        title=goal.title,
        success_criterion=goal.success_criterion,
        measure=goal.measure,
        target_value=goal.target_value,
        target_date=goal.target_date,
        status=status,
        agreed_on=goal.agreed_on,
        signed_off_by_id=goal.signed_off_by_id,
        signed_off_on=goal.signed_off_on,
        evidence=goal.evidence,
        id=goal.id,
        engagement_id=goal.engagement_id,
        signed_off_by=signed_off_by or "",
        overdue=is_overdue(status, goal.target_date, today),
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


def scope_item_row(item: ScopeItem) -> ScopeItemRow:
    assert item.id is not None
    return ScopeItemRow(
        title=item.title,
        description=item.description,
        in_scope=item.in_scope,
        estimated_hours=item.estimated_hours,
        price=item.price,
        id=item.id,
        engagement_id=item.engagement_id,
        position=item.position,
    )
