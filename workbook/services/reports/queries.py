"""One SELECT per report sheet: every row joined with its client and engagement (and the names
of contacts it refers to), ordered by client, engagement and the row's own order.

`client_id` narrows a statement to one client (the dossier); None means all clients."""

from __future__ import annotations

from typing import Any, TypeVarTuple

from sqlalchemy import func, select
from sqlalchemy.sql import Select
from sqlmodel import SQLModel, col

from workbook.services.agreements.service import goals_select, scope_items_select, wishes_select
from workbook.services.changes.queries import change_rows_select
from workbook.services.handover.queries import milestones_select
from workbook.services.journal.queries import entries_select as journal_select
from workbook.services.located import CLIENT_NAME, ENGAGEMENT_REFERENCE, ENGAGEMENT_TITLE
from workbook.services.support.queries import entries_select as support_entries_select
from workbook.store.models import (
    ChangeRequest,
    ClarificationAnswer,
    ClarificationQuestion,
    Client,
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
_CLIENT = CLIENT_NAME
_REFERENCE = ENGAGEMENT_REFERENCE
_ENGAGEMENT = ENGAGEMENT_TITLE


def _under_engagement(statement: Select[*Ts], client_id: int | None) -> Select[*Ts]:
    """Join a table hanging on an engagement up to its client; order by client, engagement."""
    statement = statement.join(Client, col(Client.id) == Engagement.client_id)
    if client_id is not None:
        statement = statement.where(col(Engagement.client_id) == client_id)
    return statement.order_by(col(Client.name_key), col(Client.id), col(Engagement.id))


def count(table: str, client_id: int | None) -> Select[int]:
    """The rows of `table` an export of all clients (None) or of one will write: tables below
    an engagement or a support plan are narrowed through it."""
    rows = SQLModel.metadata.tables[table]
    statement = select(func.count()).select_from(rows)
    if client_id is None:
        return statement
    if table == "client":
        return statement.where(rows.c.id == client_id)
    if "client_id" in rows.c:
        return statement.where(rows.c.client_id == client_id)
    if "plan_id" in rows.c:
        statement = statement.join(SupportPlan, col(SupportPlan.id) == rows.c.plan_id)
        return statement.where(col(SupportPlan.client_id) == client_id)
    statement = statement.join(Engagement, col(Engagement.id) == rows.c.engagement_id)
    return statement.where(col(Engagement.client_id) == client_id)


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
    statement = change_rows_select()
    if client_id is not None:
        statement = statement.where(col(Engagement.client_id) == client_id)
    return statement.order_by(
        col(Client.name_key), col(Client.id), col(Engagement.id), col(ChangeRequest.requested_on),
        col(ChangeRequest.id),
    )  # fmt: skip


def milestones(client_id: int | None) -> Query:
    statement = milestones_select()
    if client_id is not None:
        statement = statement.where(col(Engagement.client_id) == client_id)
    return statement.order_by(
        col(Client.name_key),
        col(Client.id),
        col(Engagement.id),
        col(Milestone.position),
        col(Milestone.id),
    )


def support_entries(client_id: int | None) -> Query:
    """By client, plan and date."""
    statement = support_entries_select()
    if client_id is not None:
        statement = statement.where(col(SupportPlan.client_id) == client_id)
    return statement.order_by(
        col(Client.name_key), col(Client.id), col(SupportPlan.starts_on),
        col(SupportEntry.occurred_on), col(SupportEntry.id),
    )  # fmt: skip


def journal(client_id: int | None) -> Query:
    """By client and date."""
    statement = journal_select().order_by(
        col(Client.name_key), col(Client.id), col(JournalEntry.occurred_on), col(JournalEntry.id),
    )  # fmt: skip
    if client_id is not None:
        statement = statement.where(col(JournalEntry.client_id) == client_id)
    return statement
