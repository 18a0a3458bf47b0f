"""Costs that follow the rate: when an engagement's rates or billing change, the change requests
whose cost nobody typed and nobody has told the client yet are priced again (a cost the client
was told stays what he heard; a typed one stays what was typed)."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from workbook.domain.change_requests import default_cost
from workbook.services.changes.rules import engagement_rate
from workbook.services.rows import touch
from workbook.store.models import ChangeRequest, Engagement


def reprice(session: Session, engagement: Engagement) -> bool:
    """True when a cost changed (the caller's ChangeSet then names change requests)."""
    rate = engagement_rate(engagement)
    changes = session.execute(
        select(ChangeRequest).where(
            col(ChangeRequest.engagement_id) == engagement.id,
            ~col(ChangeRequest.cost_is_manual),
            col(ChangeRequest.client_informed_on).is_(None),
        )
    ).scalars()
    changed = False
    for change in changes:
        cost = default_cost(change.effort_hours, rate)
        if cost != change.cost:
            change.cost = cost
            touch(change)
            changed = True
    return changed
