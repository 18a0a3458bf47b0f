"""One SELECT per report sheet: every row joined with its client and engagement (and the names
of contacts it refers to), ordered by client, engagement and the row's own order.

`client_id` narrows a statement to one client (the dossier); None means all clients."""

from __future__ import annotations

from typing import Any, TypeVarTuple

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select
from sqlmodel import col

from workbook.services.agreements.service import goals_select, scope_items_select, wishes_select
from workbook.services.located import CLIENT_NAME, ENGAGEMENT_REFERENCE, ENGAGEMENT_TITLE
from workbook.services.rows import columns
from workbook.store.models import (
    ChangeRequest,
    ClarificationAnswer,
    ClarificationQuestion,
    Client,
    Contact,
    Engagement,
    Goal,
    Milestone,
    ScopeItem,
    Wish,
)

Ts = TypeVarTuple("Ts")
Query = Select[*tuple[Any, ...]]
_CLIENT = CLIENT_NAME
_REFERENCE = ENGAGEMENT_REFERENCE
_ENGAGEMENT = ENGAGEMENT_TITLE


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
            _REFERENCE,
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
    statement = wishes_select().add_columns(_CLIENT, _REFERENCE, _ENGAGEMENT)
    statement = statement.join(Engagement, col(Engagement.id) == Wish.engagement_id)
    return _under_engagement(statement, client_id).order_by(col(Wish.id))


def goals(client_id: int | None) -> Query:
    statement = goals_select().add_columns(_CLIENT, _REFERENCE, _ENGAGEMENT)
    statement = statement.join(Engagement, col(Engagement.id) == Goal.engagement_id)
    return _under_engagement(statement, client_id).order_by(col(Goal.id))


def scope_items(client_id: int | None) -> Query:
    statement = scope_items_select().add_columns(_CLIENT, _REFERENCE, _ENGAGEMENT)
    return _under_engagement(statement, client_id).order_by(
        col(ScopeItem.position), col(ScopeItem.id)
    )


def change_requests(client_id: int | None) -> Query:
    statement = (
        select(
            _CLIENT,
            _REFERENCE,
            _ENGAGEMENT,
            col(Engagement.currency),
            *columns(ChangeRequest),
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
            _REFERENCE,
            _ENGAGEMENT,
            *columns(Milestone),
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
