"""The SQL of the Today sections the other areas do not read already: each selects only what
its rule can flag (by an index where there is one); the rule itself decides in Python where it
needs more than a comparison."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, not_, or_, select
from sqlalchemy.sql import Select
from sqlmodel import col

from workbook.domain import handover
from workbook.domain.enums import FEEDBACK_KINDS, EngagementStatus
from workbook.domain.goals import OPEN_GOALS
from workbook.services.changes.creep import COUNTED, creep_columns, untold_condition
from workbook.services.engagements.queries import answered_required_of, required_count
from workbook.services.handover.queries import HANDING_OVER
from workbook.services.located import CLIENT_NAME, ENGAGEMENT_REFERENCE
from workbook.store.models import (
    ChangeRequest,
    Client,
    Engagement,
    Goal,
    JournalEntry,
    Milestone,
)

_SETTLED = [status.value for status in handover.SETTLED_MILESTONES]
_OPEN_GOALS = sorted(status.value for status in OPEN_GOALS)
_INQUIRING = [EngagementStatus.inquiry.value, EngagementStatus.clarifying.value]
_FEEDBACK = sorted(kind.value for kind in FEEDBACK_KINDS)


def _of_engagement(*columns: Any) -> Select[Any]:
    return (
        select(*columns, col(Engagement.client_id), CLIENT_NAME, ENGAGEMENT_REFERENCE)
        .join(Client, col(Client.id) == Engagement.client_id)
    )  # fmt: skip


def milestones_due(today: date, limit: int) -> Select[Any]:
    """workbook.domain.handover.milestone_due_soon as SQL, for engagements heading for
    handover; the most overdue first."""
    last_day = today + timedelta(days=handover.DUE_SOON_DAYS)
    return (
        _of_engagement(
            col(Milestone.id), col(Milestone.engagement_id), col(Milestone.topic).label("title"),
            col(Milestone.planned_on).label("due_on"), col(Milestone.status),
        )
        .select_from(Milestone)
        .join(Engagement, col(Engagement.id) == Milestone.engagement_id)
        .where(
            col(Milestone.planned_on) <= last_day,
            not_(col(Milestone.status).in_(_SETTLED)),
            col(Engagement.status).in_(HANDING_OVER),
        )
        .order_by(col(Milestone.planned_on), col(Client.name_key), col(Milestone.id))
        .limit(limit)
    )  # fmt: skip


def creep_candidates() -> Select[Any]:
    """Engagements still being delivered with counted change work: only these can be over
    the threshold (workbook.domain.scope_creep.measure decides)."""
    counted = select(col(ChangeRequest.engagement_id)).where(col(ChangeRequest.status).in_(COUNTED))
    return (
        _of_engagement(
            col(Engagement.id), col(Engagement.title), col(Engagement.budget_hours),
            col(Engagement.fixed_price), *creep_columns(),
        )
        .select_from(Engagement)
        .where(col(Engagement.status).in_(HANDING_OVER), col(Engagement.id).in_(counted))
        .order_by(col(Client.name_key), col(Engagement.id))
    )  # fmt: skip


def untold_changes(limit: int) -> Select[Any]:
    """Change requests whose cost the client was never told, the longest decided first."""
    decided = func.coalesce(ChangeRequest.decided_on, ChangeRequest.requested_on)
    return (
        _of_engagement(
            col(ChangeRequest.id), col(ChangeRequest.engagement_id), col(ChangeRequest.title),
            col(ChangeRequest.cost), col(Engagement.currency), decided.label("due_on"),
        )
        .select_from(ChangeRequest)
        .join(Engagement, col(Engagement.id) == ChangeRequest.engagement_id)
        .where(untold_condition())
        .order_by(decided, col(Client.name_key), col(ChangeRequest.id))
        .limit(limit)
    )  # fmt: skip


def last_feedback_before(day: date) -> Select[Any]:
    """Active clients last heard from before `day` (a bound below every interval: the exact
    rule, workbook.domain.feedback.feedback_overdue, then decides per client)."""
    feedback = or_(
        col(JournalEntry.kind).in_(_FEEDBACK), col(JournalEntry.satisfaction).is_not(None)
    )
    last = (
        select(col(JournalEntry.client_id), func.max(JournalEntry.occurred_on).label("last"))
        .where(feedback)
        .group_by(col(JournalEntry.client_id))
        .subquery()
    )
    return (
        select(col(Client.id), col(Client.name), col(Client.feedback_interval_days), last.c.last)
        .join(last, last.c.client_id == Client.id)
        .where(col(Client.archived_at).is_(None), last.c.last < day)
        .order_by(last.c.last, col(Client.name_key), col(Client.id))
    )


def shortest_interval() -> Select[Any]:
    return select(func.min(Client.feedback_interval_days)).where(col(Client.archived_at).is_(None))


def clarification_open(limit: int) -> Select[Any]:
    """Inquiries (and engagements being clarified) with required questions unanswered, the
    oldest first."""
    answered = answered_required_of()
    return (
        _of_engagement(
            col(Engagement.id), col(Engagement.title), col(Engagement.created_at),
            answered.label("answered"), required_count().label("required"),
        )
        .select_from(Engagement)
        .where(col(Engagement.status).in_(_INQUIRING), answered < required_count())
        .order_by(col(Engagement.created_at), col(Engagement.id))
        .limit(limit)
    )  # fmt: skip


def goals_overdue(today: date, limit: int) -> Select[Any]:
    """workbook.domain.goals.is_overdue as SQL, the most overdue first."""
    return (
        _of_engagement(
            col(Goal.id),
            col(Goal.engagement_id),
            col(Goal.title),
            col(Goal.target_date).label("due_on"),
        )
        .select_from(Goal)
        .join(Engagement, col(Engagement.id) == Goal.engagement_id)
        .where(col(Goal.target_date) < today, col(Goal.status).in_(_OPEN_GOALS))
        .order_by(col(Goal.target_date), col(Client.name_key), col(Goal.id))
        .limit(limit)
    )


def satisfaction_scores(client_id: int | None) -> Select[date, int | None]:
    conditions: list[ColumnElement[bool]] = [col(JournalEntry.satisfaction).is_not(None)]
    if client_id is not None:
        conditions.append(col(JournalEntry.client_id) == client_id)
    return select(col(JournalEntry.occurred_on), col(JournalEntry.satisfaction)).where(*conditions)


def planned_milestones(client_id: int | None) -> Select[Any]:
    """Milestones with a planned day, not yet done (the calendar)."""
    statement = (
        _of_engagement(
            col(Milestone.id), col(Milestone.topic).label("title"),
            col(Milestone.planned_on).label("due_on"),
        )
        .select_from(Milestone)
        .join(Engagement, col(Engagement.id) == Milestone.engagement_id)
        .where(col(Milestone.planned_on).is_not(None), not_(col(Milestone.status).in_(_SETTLED)))
    )  # fmt: skip
    return _for_client(statement, client_id)


def goal_targets(client_id: int | None) -> Select[Any]:
    """Open goals with a target date (the calendar)."""
    statement = (
        _of_engagement(col(Goal.id), col(Goal.title), col(Goal.target_date).label("due_on"))
        .select_from(Goal)
        .join(Engagement, col(Engagement.id) == Goal.engagement_id)
        .where(col(Goal.target_date).is_not(None), col(Goal.status).in_(_OPEN_GOALS))
    )
    return _for_client(statement, client_id)


def self_sufficiency_dates(client_id: int | None) -> Select[Any]:
    """The day each engagement heading for handover is to be carried on alone (the calendar)."""
    statement = (
        _of_engagement(
            col(Engagement.id), col(Engagement.title),
            col(Engagement.self_sufficient_on).label("due_on"),
        )
        .select_from(Engagement)
        .where(
            col(Engagement.self_sufficient_on).is_not(None),
            col(Engagement.status).in_(HANDING_OVER),
        )
    )  # fmt: skip
    return _for_client(statement, client_id)


def _for_client(statement: Select[Any], client_id: int | None) -> Select[Any]:
    if client_id is None:
        return statement
    return statement.where(col(Engagement.client_id) == client_id)
