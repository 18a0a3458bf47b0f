"""One SELECT per report sheet: every row joined with its client and engagement (and the names
of contacts it refers to), ordered by client, engagement and the row's own order.

`client_id` narrows a statement to one client (the dossier); None means all clients."""

from __future__ import annotations

from typing import Any, TypeVarTuple

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import Label
from sqlmodel import SQLModel, col

from workbook.store.models import (
    ChangeRequest,
    ClarificationAnswer,
    ClarificationQuestion,
    Client,
    Contact,
    Engagement,
    Goal,
    JournalEntry,
    Milestone,
    ScopeItem,
    SupportEntry,
    SupportPlan,
    Wish,
)

Ts = TypeVarTuple("Ts")
Query = Select[*tuple[Any, ...]]
_CLIENT: Label[str] = col(Client.name).label("client_name")
_ENGAGEMENT: Label[str] = col(Engagement.title).label("engagement_title")


def _columns(model: type[SQLModel]) -> list[Any]:
    """A table's columns as plain result columns: light rows instead of ORM objects (which
    would cost identity-map bookkeeping per row in a full export)."""
    return list(inspect(model).columns)


def _under_engagement(statement: Select[*Ts], client_id: int | None) -> Select[*Ts]:
    """Join a table hanging on an engagement up to its client; order by client, engagement."""
    statement = statement.join(Client, col(Client.id) == Engagement.client_id)
    if client_id is not None:
        statement = statement.where(col(Engagement.client_id) == client_id)
    return statement.order_by(col(Client.name_key), col(Client.id), col(Engagement.id))


def clarification(client_id: int | None) -> Query:
    statement = (
        select(
            _CLIENT,
            _ENGAGEMENT,
            col(ClarificationQuestion.text_en),
            col(ClarificationQuestion.text_de),
            col(ClarificationQuestion.required),
            col(ClarificationAnswer.answer),
            col(ClarificationAnswer.answered_on),
        )
        .select_from(ClarificationAnswer)
        .join(
            ClarificationQuestion, col(ClarificationQuestion.id) == ClarificationAnswer.question_id
        )
        .join(Engagement, col(Engagement.id) == ClarificationAnswer.engagement_id)
    )
    return _under_engagement(statement, client_id).order_by(
        col(ClarificationQuestion.position), col(ClarificationAnswer.id)
    )


def wishes(client_id: int | None) -> Query:
    statement = (
        select(
            _CLIENT,
            _ENGAGEMENT,
            col(Wish.text),
            col(Wish.kind),
            col(Wish.rationale),
            col(Wish.status),
            func.coalesce(Goal.title, "").label("goal_title"),
        )
        .select_from(Wish)
        .join(Engagement, col(Engagement.id) == Wish.engagement_id)
        .outerjoin(Goal, col(Goal.id) == Wish.goal_id)
    )
    return _under_engagement(statement, client_id).order_by(col(Wish.id))


def goals(client_id: int | None) -> Query:
    statement = (
        select(
            _CLIENT,
            _ENGAGEMENT,
            *_columns(Goal),
            func.coalesce(Contact.name, "").label("signed_off_by"),
        )
        .select_from(Goal)
        .join(Engagement, col(Engagement.id) == Goal.engagement_id)
        .outerjoin(Contact, col(Contact.id) == Goal.signed_off_by_id)
    )
    return _under_engagement(statement, client_id).order_by(col(Goal.id))


def scope_items(client_id: int | None) -> Query:
    statement = (
        select(_CLIENT, _ENGAGEMENT, col(Engagement.currency), *_columns(ScopeItem))
        .select_from(ScopeItem)
        .join(Engagement, col(Engagement.id) == ScopeItem.engagement_id)
    )
    return _under_engagement(statement, client_id).order_by(
        col(ScopeItem.position), col(ScopeItem.id)
    )


def change_requests(client_id: int | None) -> Query:
    statement = (
        select(
            _CLIENT,
            _ENGAGEMENT,
            col(Engagement.currency),
            *_columns(ChangeRequest),
            func.coalesce(Contact.name, ChangeRequest.requested_by_text).label("requested_by"),
        )
        .select_from(ChangeRequest)
        .join(Engagement, col(Engagement.id) == ChangeRequest.engagement_id)
        .outerjoin(Contact, col(Contact.id) == ChangeRequest.requested_by_id)
    )
    return _under_engagement(statement, client_id).order_by(
        col(ChangeRequest.requested_on), col(ChangeRequest.id)
    )


def milestones(client_id: int | None) -> Query:
    receiver, signer = aliased(Contact), aliased(Contact)
    statement = (
        select(
            _CLIENT,
            _ENGAGEMENT,
            *_columns(Milestone),
            func.coalesce(receiver.name, "").label("receiver"),
            func.coalesce(signer.name, "").label("signed_off_by"),
        )
        .select_from(Milestone)
        .join(Engagement, col(Engagement.id) == Milestone.engagement_id)
        .outerjoin(receiver, col(receiver.id) == Milestone.receiver_id)
        .outerjoin(signer, col(signer.id) == Milestone.signed_off_by_id)
    )
    return _under_engagement(statement, client_id).order_by(
        col(Milestone.planned_on).asc().nulls_last(), col(Milestone.id)
    )


def support_plans(client_id: int | None) -> Query:
    statement = (
        select(
            _CLIENT,
            func.coalesce(Engagement.title, "").label("engagement_title"),
            func.coalesce(Engagement.currency, "EUR").label("currency"),
            *_columns(SupportPlan),
        )
        .select_from(SupportPlan)
        .join(Client, col(Client.id) == SupportPlan.client_id)
        .outerjoin(Engagement, col(Engagement.id) == SupportPlan.engagement_id)
    )
    if client_id is not None:
        statement = statement.where(col(SupportPlan.client_id) == client_id)
    return statement.order_by(col(Client.name_key), col(Client.id), col(SupportPlan.starts_on))


def support_entries(client_id: int | None) -> Query:
    statement = (
        select(_CLIENT, col(SupportPlan.name).label("plan_name"), *_columns(SupportEntry))
        .select_from(SupportEntry)
        .join(SupportPlan, col(SupportPlan.id) == SupportEntry.plan_id)
        .join(Client, col(Client.id) == SupportPlan.client_id)
    )
    if client_id is not None:
        statement = statement.where(col(SupportPlan.client_id) == client_id)
    return statement.order_by(
        col(Client.name_key), col(Client.id), col(SupportEntry.occurred_on), col(SupportEntry.id)
    )


def journal(client_id: int | None) -> Query:
    statement = (
        select(
            _CLIENT,
            func.coalesce(Engagement.title, "").label("engagement_title"),
            *_columns(JournalEntry),
        )
        .select_from(JournalEntry)
        .join(Client, col(Client.id) == JournalEntry.client_id)
        .outerjoin(Engagement, col(Engagement.id) == JournalEntry.engagement_id)
    )
    if client_id is not None:
        statement = statement.where(col(JournalEntry.client_id) == client_id)
    return statement.order_by(
        col(Client.name_key), col(Client.id), col(JournalEntry.occurred_on), col(JournalEntry.id)
    )
