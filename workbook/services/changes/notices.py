"""The facts of a cost notice: the engagement's changes the client has not been told about yet,
their sum, all changes so far, and whom to write to (workbook.presentation.notice words it)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlmodel import Session, col

from workbook.domain import change_requests as flow
from workbook.domain.changes import Entity
from workbook.domain.enums import BillingModel, ChangeStatus
from workbook.services import rows
from workbook.services.changes.shapes import NoticeFacts, NoticeLine, Totals
from workbook.store.models import ChangeRequest, Client, Contact, Engagement


def notice_facts(session: Session, engagement_id: int) -> NoticeFacts:
    engagement = rows.load(session, Engagement, engagement_id, Entity.engagement)
    client = rows.load(session, Client, engagement.client_id, Entity.client)
    changes = session.execute(
        select(ChangeRequest)
        .where(col(ChangeRequest.engagement_id) == engagement_id)
        .order_by(col(ChangeRequest.requested_on), col(ChangeRequest.id))
    ).scalars()
    lines, running, unestimated = [], [], 0
    for change in changes:
        status = ChangeStatus(change.status)
        if status is ChangeStatus.open:
            unestimated += 1
        if status in flow.ESTIMATED:
            running.append(change)
        if flow.awaits_notice(status, change.client_informed_on):
            lines.append(_line(change, status))
    name, email = _recipient(session, client)
    return NoticeFacts(
        engagement_id=engagement_id,
        engagement_title=engagement.title,
        engagement_reference=engagement.reference,
        billing_model=BillingModel(engagement.billing_model),
        currency=engagement.currency,
        client_name=client.name,
        language=client.language,
        recipient_name=name,
        recipient_email=email,
        lines=tuple(lines),
        these=_total(lines),
        running=_total(running),
        unestimated=unestimated,
    )


def _line(change: ChangeRequest, status: ChangeStatus) -> NoticeLine:
    assert change.id is not None
    return NoticeLine(
        change.id, change.version, change.title, change.requested_on, change.effort_hours,
        change.cost, status, change.billable,
    )  # fmt: skip


def _total(changes: Iterable[ChangeRequest | NoticeLine]) -> Totals:
    listed = list(changes)
    hours = sum((c.effort_hours or Decimal(0) for c in listed), Decimal(0))
    cost = sum((c.cost or Decimal(0) for c in listed), Decimal(0))
    charged = sum((c.cost or Decimal(0) for c in listed if c.billable), Decimal(0))
    return Totals(hours, cost, charged)


def _recipient(session: Session, client: Client) -> tuple[str, str]:
    """The primary contact (name, e-mail); without one, the client's own address."""
    primary = (
        session.execute(
            select(Contact).where(col(Contact.client_id) == client.id, col(Contact.is_primary))
        )
        .scalars()
        .first()
    )
    if primary is not None:
        return primary.name, primary.email or client.email
    return "", client.email
