"""The SQL of the Today sections (STATEMENTS: each section's, its own here or its area's):
each selects only what its rule can flag (by an index where there is one); the rule itself
decides in Python where it needs more than a comparison (items.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, not_, or_, select
from sqlalchemy.sql import Select
from sqlmodel import col

from workbook.domain import handover
from workbook.domain.enums import FEEDBACK_KINDS, EngagementStatus
from workbook.domain.goals import OPEN_GOALS
from workbook.services.changes.creep import (
    COUNTED,
    creep_columns,
    over_threshold,
    share_key,
    untold_condition,
)
from workbook.services.engagements.queries import required_count
from workbook.services.handover.queries import HANDING_OVER, SETTLED, at_risk_select
from workbook.services.journal.service import follow_ups_due_select
from workbook.services.located import CLIENT_NAME, ENGAGEMENT_REFERENCE
from workbook.services.support.service import notices_page_select, over_included_select
from workbook.services.today.shapes import Section, TodayTerms
from workbook.store.dates import add_days
from workbook.store.models import (
    ChangeRequest,
    Client,
    Engagement,
    Goal,
    JournalEntry,
    Milestone,
)

_OPEN_GOALS = sorted(status.value for status in OPEN_GOALS)
_INQUIRING = [EngagementStatus.inquiry.value, EngagementStatus.clarifying.value]
_FEEDBACK = sorted(kind.value for kind in FEEDBACK_KINDS)


def _of_engagement(source: Any, *columns: Any) -> Select[Any]:
    """`columns` of `source` (the engagement, or a row under one) with the engagement's client,
    joined in that order: PostgreSQL refuses a join whose condition names a table that comes
    later (SQLite lets it pass)."""
    statement = select(*columns, col(Engagement.client_id), CLIENT_NAME, ENGAGEMENT_REFERENCE)
    statement = statement.select_from(source)
    if source is not Engagement:
        statement = statement.join(Engagement, col(Engagement.id) == source.engagement_id)
    return statement.join(Client, col(Client.id) == Engagement.client_id)


def milestones_due(today: date, limit: int | None) -> Select[Any]:
    """workbook.domain.handover.milestone_due_soon as SQL, for engagements heading for
    handover; the most overdue first."""
    last_day = today + timedelta(days=handover.DUE_SOON_DAYS)
    return (
        _of_engagement(
            Milestone,
            col(Milestone.id), col(Milestone.engagement_id), col(Milestone.topic).label("title"),
            col(Milestone.planned_on).label("due_on"), col(Milestone.status),
        )
        .where(
            col(Milestone.planned_on) <= last_day,
            not_(col(Milestone.status).in_(SETTLED)),
            col(Engagement.status).in_(HANDING_OVER),
        )
        .order_by(col(Milestone.planned_on), col(Client.name_key), col(Milestone.id))
        .limit(limit)
    )  # fmt: skip


def creep_over(threshold: Decimal, limit: int | None) -> Select[Any]:
    """Engagements still being delivered whose counted change work is over `threshold` of
    what was agreed (workbook.domain.scope_creep.measure, in SQL), the most over first."""
    counted = select(col(ChangeRequest.engagement_id)).where(col(ChangeRequest.status).in_(COUNTED))
    return (
        _of_engagement(
            Engagement,
            col(Engagement.id), col(Engagement.title), col(Engagement.budget_hours),
            col(Engagement.fixed_price), *creep_columns(),
        )
        .where(
            col(Engagement.status).in_(HANDING_OVER), col(Engagement.id).in_(counted),
            over_threshold(threshold),
        )
        .order_by(share_key().desc(), col(Client.name_key), col(Engagement.id))
        .limit(limit)
    )  # fmt: skip


def untold_changes(limit: int | None) -> Select[Any]:
    """Change requests whose cost the client was never told, the longest decided first."""
    decided = func.coalesce(ChangeRequest.decided_on, ChangeRequest.requested_on)
    return (
        _of_engagement(
            ChangeRequest,
            col(ChangeRequest.id), col(ChangeRequest.engagement_id), col(ChangeRequest.title),
            col(ChangeRequest.cost), col(Engagement.currency), decided.label("due_on"),
        )
        .where(untold_condition())
        .order_by(decided, col(Client.name_key), col(ChangeRequest.id))
        .limit(limit)
    )  # fmt: skip


def silent_clients(today: date, limit: int | None) -> Select[Any]:
    """Active clients silent longer than their feedback interval
    (workbook.domain.feedback.feedback_overdue: last heard from + interval before today),
    the longest silent first."""
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
        .where(
            col(Client.archived_at).is_(None),
            add_days(last.c.last, Client.feedback_interval_days) < today,
        )
        .order_by(last.c.last, col(Client.name_key), col(Client.id))
        .limit(limit)
    )


def clarification_open(limit: int | None) -> Select[Any]:
    """Inquiries (and engagements being clarified) with required questions unanswered, the
    oldest first."""
    answered = col(Engagement.answered_required)
    return (
        _of_engagement(
            Engagement,
            col(Engagement.id), col(Engagement.title), col(Engagement.created_at),
            answered.label("answered"), required_count().label("required"),
        )
        .where(col(Engagement.status).in_(_INQUIRING), answered < required_count())
        .order_by(col(Engagement.created_at), col(Engagement.id))
        .limit(limit)
    )  # fmt: skip


def goals_overdue(today: date, limit: int | None) -> Select[Any]:
    """workbook.domain.goals.is_overdue as SQL, the most overdue first."""
    return (
        _of_engagement(
            Goal,
            col(Goal.id),
            col(Goal.engagement_id),
            col(Goal.title),
            col(Goal.target_date).label("due_on"),
        )
        .where(col(Goal.target_date) < today, col(Goal.status).in_(_OPEN_GOALS))
        .order_by(col(Goal.target_date), col(Client.name_key), col(Goal.id))
        .limit(limit)
    )


# Each section's statement for the terms, reading at most `limit` rows.
STATEMENTS: dict[Section, Callable[[TodayTerms, int], Select[Any]]] = {
    Section.follow_ups: lambda t, limit: follow_ups_due_select(t.today, 0).limit(limit),
    Section.milestones: lambda t, limit: milestones_due(t.today, limit),
    Section.handover_risks: lambda t, limit: at_risk_select(None, t.handover, t.today, limit=limit),
    Section.notices: lambda t, limit: notices_page_select(t.today, t.notice_warning_days, limit),
    Section.over_hours: lambda t, limit: over_included_select(t.today).limit(limit),
    Section.scope_creep: lambda t, limit: creep_over(t.scope_creep_threshold, limit),
    Section.untold_costs: lambda _t, limit: untold_changes(limit),
    Section.silent_clients: lambda t, limit: silent_clients(t.today, limit),
    Section.clarification: lambda _t, limit: clarification_open(limit),
    Section.overdue_goals: lambda t, limit: goals_overdue(t.today, limit),
}


def satisfaction_scores(client_id: int | None) -> Select[date, int | None]:
    conditions: list[ColumnElement[bool]] = [col(JournalEntry.satisfaction).is_not(None)]
    if client_id is not None:
        conditions.append(col(JournalEntry.client_id) == client_id)
    return select(col(JournalEntry.occurred_on), col(JournalEntry.satisfaction)).where(*conditions)


def planned_milestones(client_id: int | None) -> Select[Any]:
    """Milestones with a planned day, not yet done (the calendar)."""
    statement = (
        _of_engagement(
            Milestone,
            col(Milestone.id), col(Milestone.topic).label("title"),
            col(Milestone.planned_on).label("due_on"),
        )
        .where(col(Milestone.planned_on).is_not(None), not_(col(Milestone.status).in_(SETTLED)))
    )  # fmt: skip
    return _for_client(statement, client_id)


def goal_targets(client_id: int | None) -> Select[Any]:
    """Open goals with a target date (the calendar)."""
    statement = _of_engagement(
        Goal, col(Goal.id), col(Goal.title), col(Goal.target_date).label("due_on")
    ).where(col(Goal.target_date).is_not(None), col(Goal.status).in_(_OPEN_GOALS))
    return _for_client(statement, client_id)


def self_sufficiency_dates(client_id: int | None) -> Select[Any]:
    """The day each engagement heading for handover is to be carried on alone (the calendar)."""
    statement = (
        _of_engagement(
            Engagement,
            col(Engagement.id), col(Engagement.title),
            col(Engagement.self_sufficient_on).label("due_on"),
        )
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
