"""The Overview: one line per active client with the derived figures of DESIGN.md §1.

A fixed handful of grouped queries gathers the facts for all clients at once (no query per
client); the rules of workbook.domain turn them into numbers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, TypeVarTuple

from sqlalchemy import func, select
from sqlalchemy.sql import Select
from sqlmodel import Session, col

from workbook.domain import feedback as fb
from workbook.domain import handover
from workbook.domain import scope_creep as creep_rules
from workbook.domain import support_terms as st
from workbook.domain.completeness import Completeness
from workbook.domain.deadlines import Deadline, next_deadline
from workbook.domain.enums import (
    ChangeStatus,
    EngagementStatus,
    GoalStatus,
    JournalKind,
    MilestoneStatus,
    SupportPlanStatus,
)
from workbook.domain.status_flow import STATUS_ORDER
from workbook.services.engagements.queries import required_count
from workbook.services.reports.shapes import OverviewLine
from workbook.services.support.plan_rows import plan_facts
from workbook.services.support.queries import period_hours
from workbook.store.models import (
    ChangeRequest,
    Client,
    Engagement,
    Goal,
    JournalEntry,
    Milestone,
    ScopeItem,
    SupportPlan,
)

S = EngagementStatus
Ts = TypeVarTuple("Ts")
OPEN = (S.inquiry, S.clarifying, S.accepted, S.active, S.handover, S.support)
HANDING_OVER = handover.HANDING_OVER
# Work is running against the agreed budget: scope creep matters here.
RUNNING = frozenset({S.accepted, S.active, S.handover, S.support})
# Goals that are still to be reached (see workbook.domain.goals).
_OPEN_GOALS = (GoalStatus.proposed.value, GoalStatus.agreed.value)


@dataclass
class _Facts:
    """Everything gathered for one client before the figures are computed."""

    client_id: int
    name: str
    interval: int
    engagements: list[Any] = field(default_factory=list)
    changes: defaultdict[int, list[creep_rules.ChangeFacts]] = field(
        default_factory=lambda: defaultdict(list)
    )
    milestones: defaultdict[int, list[handover.MilestoneFacts]] = field(
        default_factory=lambda: defaultdict(list)
    )
    journal: list[fb.JournalFacts] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    support_used: Decimal | None = None
    support_included: Decimal | None = None


def overview_lines(
    session: Session,
    client_id: int | None,
    today: date,
    threshold: Decimal = creep_rules.SCOPE_CREEP_THRESHOLD,
) -> list[OverviewLine]:
    facts = _clients(session, client_id)
    _add_engagements(session, facts, client_id, today)
    _add_changes_and_milestones(session, facts, client_id)
    _add_journal(session, facts, client_id)
    _add_goal_deadlines(session, facts, client_id)
    _add_support(session, facts, client_id, today)
    return [_line(f, today, threshold) for f in facts.values()]


def _scoped(statement: Select[*Ts], client_column: Any, client_id: int | None) -> Select[*Ts]:
    return statement if client_id is None else statement.where(client_column == client_id)


def _clients(session: Session, client_id: int | None) -> dict[int, _Facts]:
    """Active clients; a client asked for by id (the dossier) even when archived."""
    statement = select(
        col(Client.id), col(Client.name), col(Client.feedback_interval_days)
    ).order_by(col(Client.name_key), col(Client.id))
    if client_id is None:
        statement = statement.where(col(Client.archived_at).is_(None))
    else:
        statement = statement.where(col(Client.id) == client_id)
    return {
        row.id: _Facts(row.id, row.name, row.feedback_interval_days)
        for row in session.execute(statement)
    }


def _add_engagements(
    session: Session, facts: dict[int, _Facts], client_id: int | None, today: date
) -> None:
    scope = (
        select(
            col(ScopeItem.engagement_id),
            func.sum(ScopeItem.estimated_hours).label("hours"),
            func.sum(ScopeItem.price).label("price"),
        )
        .where(col(ScopeItem.in_scope))
        .group_by(col(ScopeItem.engagement_id))
        .subquery()
    )
    statement = (
        select(
            col(Engagement.id),
            col(Engagement.client_id),
            col(Engagement.title),
            col(Engagement.status),
            col(Engagement.budget_hours),
            col(Engagement.fixed_price),
            col(Engagement.self_sufficient_on),
            col(Engagement.answered_required).label("answered"),
            required_count().label("required"),
            scope.c.hours,
            scope.c.price,
        )
        .outerjoin(scope, scope.c.engagement_id == Engagement.id)
        .where(col(Engagement.status).in_([s.value for s in OPEN]))
        .order_by(col(Engagement.id))
    )
    for row in session.execute(_scoped(statement, col(Engagement.client_id), client_id)):
        if (owner := facts.get(row.client_id)) is None:
            continue
        owner.engagements.append(row)
        handing_over = S(row.status) in HANDING_OVER
        if handing_over and row.self_sufficient_on is not None and row.self_sufficient_on >= today:
            owner.deadlines.append(Deadline(row.self_sufficient_on, row.title))


def _engagement_owners(facts: dict[int, _Facts]) -> dict[int, _Facts]:
    return {e.id: f for f in facts.values() for e in f.engagements}


def _add_changes_and_milestones(
    session: Session, facts: dict[int, _Facts], client_id: int | None
) -> None:
    owners = _engagement_owners(facts)
    changes = select(
        col(ChangeRequest.engagement_id),
        col(ChangeRequest.status),
        col(ChangeRequest.effort_hours),
        col(ChangeRequest.cost),
        col(ChangeRequest.client_informed_on),
    ).join(Engagement, col(Engagement.id) == ChangeRequest.engagement_id)
    for row in session.execute(_scoped(changes, col(Engagement.client_id), client_id)):
        if (owner := owners.get(row.engagement_id)) is not None:
            owner.changes[row.engagement_id].append(
                creep_rules.ChangeFacts(
                    ChangeStatus(row.status), row.effort_hours, row.cost, row.client_informed_on
                )
            )
    milestones = select(
        col(Milestone.engagement_id),
        col(Milestone.status),
        col(Milestone.weight),
        col(Milestone.planned_on),
        col(Milestone.topic),
    ).join(Engagement, col(Engagement.id) == Milestone.engagement_id)
    for row in session.execute(_scoped(milestones, col(Engagement.client_id), client_id)):
        if (owner := owners.get(row.engagement_id)) is not None:
            status = MilestoneStatus(row.status)
            owner.milestones[row.engagement_id].append(
                handover.MilestoneFacts(status, row.weight, row.planned_on)
            )
            if row.planned_on is not None and status not in handover.SETTLED_MILESTONES:
                owner.deadlines.append(Deadline(row.planned_on, row.topic))


def _add_journal(session: Session, facts: dict[int, _Facts], client_id: int | None) -> None:
    # Newest entry per client, kind and scored-or-not: a few rows per client carry everything
    # feedback.last_feedback needs (max(satisfaction) is NULL exactly for the unscored group).
    scored = col(JournalEntry.satisfaction).is_not(None)
    latest = select(
        col(JournalEntry.client_id),
        col(JournalEntry.kind),
        func.max(JournalEntry.satisfaction).label("satisfaction"),
        func.max(JournalEntry.occurred_on).label("last"),
    ).group_by(col(JournalEntry.client_id), col(JournalEntry.kind), scored)
    for row in session.execute(_scoped(latest, col(JournalEntry.client_id), client_id)):
        if row.client_id in facts:
            facts[row.client_id].journal.append(
                fb.JournalFacts(row.last, JournalKind(row.kind), row.satisfaction)
            )
    follow_ups = select(
        col(JournalEntry.client_id), col(JournalEntry.follow_up_on), col(JournalEntry.summary)
    ).where(col(JournalEntry.follow_up_on).is_not(None), ~col(JournalEntry.follow_up_done))
    for row in session.execute(_scoped(follow_ups, col(JournalEntry.client_id), client_id)):
        if row.client_id in facts:
            facts[row.client_id].deadlines.append(Deadline(row.follow_up_on, row.summary))


def _add_goal_deadlines(session: Session, facts: dict[int, _Facts], client_id: int | None) -> None:
    statement = (
        select(col(Engagement.client_id), col(Goal.target_date), col(Goal.title))
        .join(Engagement, col(Engagement.id) == Goal.engagement_id)
        .where(col(Goal.target_date).is_not(None), col(Goal.status).in_(_OPEN_GOALS))
    )
    for row in session.execute(_scoped(statement, col(Engagement.client_id), client_id)):
        if row.client_id in facts:
            facts[row.client_id].deadlines.append(Deadline(row.target_date, row.title))


def _add_support(
    session: Session, facts: dict[int, _Facts], client_id: int | None, today: date
) -> None:
    plans = select(SupportPlan).where(col(SupportPlan.status) == SupportPlanStatus.active.value)
    active = list(session.execute(_scoped(plans, col(SupportPlan.client_id), client_id)).scalars())
    used = period_hours(session, active, today)
    for plan in active:
        owner = facts.get(plan.client_id)
        if owner is None or plan.id is None:
            continue
        owner.support_used = (owner.support_used or Decimal(0)) + used[plan.id]
        owner.support_included = (owner.support_included or Decimal(0)) + (
            plan.included_hours or Decimal(0)
        )
        # the next deadline still ahead: a renewing plan's passed one gives way to the next term's
        notice = st.notice(plan_facts(plan), today)
        if notice is not None:
            owner.deadlines.append(Deadline(notice.next_deadline, plan.name))


# -- from facts to a line ------------------------------------------------------------------------


def _line(facts: _Facts, today: date, threshold: Decimal) -> OverviewLine:
    days = fb.days_since(fb.last_feedback(facts.journal), today)
    readiness, at_risk = _readiness(facts, today)
    creep, warning = _scope_creep(facts, threshold)
    deadline = next_deadline(facts.deadlines)
    return OverviewLine(
        client_id=facts.client_id,
        client_name=facts.name,
        open_engagements=len(facts.engagements),
        statuses=_statuses(facts),
        completeness=min(
            (Completeness(e.answered, e.required).percent for e in facts.engagements),
            default=None,
        ),
        readiness=readiness,
        handover_at_risk=at_risk,
        scope_creep=creep,
        scope_warning=warning,
        support_used=facts.support_used,
        support_included=facts.support_included,
        days_since_feedback=days,
        feedback_interval=facts.interval,
        feedback_overdue=fb.feedback_overdue(days, facts.interval),
        next_deadline=None if deadline is None else deadline.on,
        deadline_for="" if deadline is None else deadline.what,
    )


def _statuses(facts: _Facts) -> tuple[EngagementStatus, ...]:
    present = {S(e.status) for e in facts.engagements}
    return tuple(status for status in STATUS_ORDER if status in present)


def _readiness(facts: _Facts, today: date) -> tuple[int | None, bool]:
    lowest: float | None = None
    at_risk = False
    for engagement in facts.engagements:
        if S(engagement.status) not in HANDING_OVER:
            continue
        counted = handover.tally(facts.milestones.get(engagement.id, ()), today)
        share = counted.share
        at_risk |= handover.handover_risk(counted, engagement.self_sufficient_on, today).at_risk
        if share is not None:
            lowest = share if lowest is None else min(lowest, share)
    return (None if lowest is None else round(100 * lowest)), at_risk


def _scope_creep(facts: _Facts, threshold: Decimal) -> tuple[int | None, bool]:
    highest: float | None = None
    warning = False
    for engagement in facts.engagements:
        if S(engagement.status) not in RUNNING:
            continue
        budget = creep_rules.BudgetFacts(
            budget_hours=engagement.budget_hours,
            in_scope_hours=engagement.hours or Decimal(0),
            fixed_price=engagement.fixed_price,
            in_scope_price=engagement.price or Decimal(0),
        )
        creep = creep_rules.scope_creep(budget, facts.changes.get(engagement.id, ()), threshold)
        warning |= creep.flagged
        if creep.share is not None:
            highest = creep.share if highest is None else max(highest, creep.share)
    return (None if highest is None else round(100 * highest)), warning
