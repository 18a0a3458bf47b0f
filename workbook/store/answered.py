"""How many required, active questions an engagement has answered (not blank): the one
definition of the count, and the copy of it every engagement row keeps in
engagement.answered_required, so that the engagements list sorts by it from an index
instead of counting every engagement's answers for each page (at 5,000 clients: 124,000).

Migration 0012 adds the column and the triggers (named TRIGGER_PREFIX…) that recount an
engagement whenever one of its answers, or a question's required or active, changes — so
every write keeps it: the services, the import, erasing and undo, another program. `bulk` is
for inserting many answers at once, `recount` for check --repair."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Connection, Update, and_, func, select, text, update
from sqlmodel import col

from workbook.store.models import ClarificationAnswer, ClarificationQuestion, Engagement

# The triggers' names begin so, and on PostgreSQL they do nothing while this setting is on
# (migration 0012 holds frozen copies).
TRIGGER_PREFIX = "answered_required_"
_BULK = "workbook.answered_bulk"


def counts_required() -> ColumnElement[bool]:
    """A question completeness is measured against: required and still active."""
    return and_(col(ClarificationQuestion.required), col(ClarificationQuestion.active))


def answered_required_of(engagement_id: Any = Engagement.id) -> Any:
    """The count for one engagement (by default the row of the statement around it), as a
    correlated subquery."""
    return (
        select(func.count())
        .select_from(ClarificationAnswer)
        .join(
            ClarificationQuestion, col(ClarificationQuestion.id) == ClarificationAnswer.question_id
        )
        .where(
            col(ClarificationAnswer.engagement_id) == engagement_id,
            counts_required(),
            func.trim(ClarificationAnswer.answer) != "",
        )
        .correlate_except(ClarificationAnswer, ClarificationQuestion)
        .scalar_subquery()
    )


def _differs() -> ColumnElement[bool]:
    return col(Engagement.answered_required) != answered_required_of()


def miscounted(connection: Connection) -> list[str]:
    """The references of the engagements whose stored count is not what their answers say."""
    statement = select(col(Engagement.reference)).where(_differs()).order_by(col(Engagement.id))
    return list(connection.execute(statement).scalars())


def recount() -> Update:
    """Writes the count of every engagement that stores another (its rowcount: how many)."""
    return update(Engagement).values(answered_required=answered_required_of()).where(_differs())


@contextmanager
def bulk(connection: Connection) -> Iterator[None]:
    """For inserting many answers in this transaction: the triggers are off meanwhile and the
    counts are written in one statement at the end, before the transaction commits (a
    recount per answer row cost the demo a fifth more time at 5,000 clients)."""
    if connection.dialect.name != "sqlite":
        # a setting the trigger functions read: ALTER TABLE … DISABLE TRIGGER is refused once
        # the transaction has written the table (the change counter's deferred events)
        connection.execute(text("SELECT set_config(:name, 'on', true)"), {"name": _BULK})
        yield
        connection.execute(text("SELECT set_config(:name, 'off', true)"), {"name": _BULK})
        connection.execute(recount())
        return
    # dropped and made again as they were found, not as this code would make them: the
    # migrations own the triggers
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        (f"{TRIGGER_PREFIX}%",),
    ).all()
    for name, _sql in found:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    connection.execute(recount())
    for _name, sql in found:
        connection.exec_driver_sql(sql)
