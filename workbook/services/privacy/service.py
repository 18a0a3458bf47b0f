"""Data protection (GDPR): everything stored about a client or a contact, for handing it out,
and erasing it — a client with every row that hangs on it; a contact removed, or anonymised
where goals, milestones or change requests name it (so those keep their history). Each action
is recorded in the audit table: what and when, never whose data. Erasing cannot be undone
(backups keep older copies until they rotate out)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from workbook.domain.changes import Entity
from workbook.domain.enums import AuditAction, NamedAs
from workbook.services import rows
from workbook.services.located import CLIENT_NAME, ENGAGEMENT_REFERENCE, ENGAGEMENT_TITLE
from workbook.services.privacy.shapes import AuditRow, Erased, Mention
from workbook.services.sessions import reading, writing
from workbook.store.database import Database
from workbook.store.models import (
    AuditEvent,
    ChangeRequest,
    Client,
    Contact,
    Engagement,
    Goal,
    Milestone,
)
from workbook.store.models.base import utc_now

ANONYMISED = "—"  # the name an anonymised contact keeps
# Who may name a contact, and with which date: (table, entity, column, title, day)
_NAMING: tuple[tuple[Any, Entity, str, Any, Any], ...] = (
    (Goal, Entity.goal, "signed_off_by_id", Goal.title, Goal.signed_off_on),
    (Milestone, Entity.milestone, "receiver_id", Milestone.topic, Milestone.planned_on),
    (Milestone, Entity.milestone, "signed_off_by_id", Milestone.topic, Milestone.signed_off_on),
    (ChangeRequest, Entity.change_request, "requested_by_id", ChangeRequest.title,
     ChangeRequest.requested_on),
)  # fmt: skip


class PrivacyService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def mentions(self, contact_id: int) -> list[Mention]:
        with reading(self._db) as session:
            rows.load(session, Contact, contact_id, Entity.contact)
            return [m for naming in _NAMING for m in _mentions(session, contact_id, *naming)]

    def record_export(self, subject: Entity, subject_id: int, count: int) -> None:
        with writing(self._db) as session:
            _record(session, AuditAction.export, subject, subject_id, count)

    def erase_client(self, client_id: int) -> Erased:
        with writing(self._db) as session:
            rows.load(session, Client, client_id, Entity.client)
            count = rows.cascade_count(session, "client", [client_id])
            session.execute(delete(Client).where(col(Client.id) == client_id))
            _record(session, AuditAction.erase, Entity.client, client_id, count)
        return Erased("client", client_id, anonymised=False, rows=count)

    def erase_contact(self, contact_id: int) -> Erased:
        """Removed; anonymised instead while goals, milestones or requests name it."""
        with writing(self._db) as session:
            contact = rows.load(session, Contact, contact_id, Entity.contact)
            links = rows.links_to(session, "contact", contact_id)
            named = sum(len(ids) for _, _, ids in links.found)
            if named:
                _anonymise(contact)
                _record(session, AuditAction.anonymise, Entity.contact, contact_id, named)
            else:
                session.delete(contact)
                _record(session, AuditAction.erase, Entity.contact, contact_id, 0)
        return Erased("contact", contact_id, anonymised=bool(named), rows=named)

    def audit(self) -> list[AuditRow]:
        with reading(self._db) as session:
            events = session.execute(
                select(AuditEvent).order_by(col(AuditEvent.created_at), col(AuditEvent.id))
            ).scalars()
            return [
                AuditRow(e.id or 0, e.created_at, AuditAction(e.action), e.subject,
                         e.subject_id, e.rows)
                for e in events
            ]  # fmt: skip


def _mentions(
    session: Session, contact_id: int, table: Any, entity: Entity, column: str, title: Any,
    day: Any,
) -> list[Mention]:  # fmt: skip
    statement = (
        select(col(table.id), title.label("title"), day.label("day"), CLIENT_NAME,
               ENGAGEMENT_REFERENCE, ENGAGEMENT_TITLE)
        .join(Engagement, col(Engagement.id) == table.engagement_id)
        .join(Client, col(Client.id) == Engagement.client_id)
        .where(getattr(table, column) == contact_id)
        .order_by(func.coalesce(day, utc_now().date()), col(table.id))
    )  # fmt: skip
    return [
        Mention(entity, NamedAs(column), r.id, r.title, r.day, r.client_name,
                r.engagement_reference, r.engagement_title)
        for r in session.execute(statement)
    ]  # fmt: skip


def _anonymise(contact: Contact) -> None:
    for field in ("role", "department", "email", "phone", "notes"):
        setattr(contact, field, "")
    contact.name = ANONYMISED
    contact.is_primary = False
    rows.touch(contact)


def _record(
    session: Session, action: AuditAction, subject: Entity, subject_id: int, count: int
) -> None:
    session.add(AuditEvent(action=action.value, subject=subject.value, subject_id=subject_id,
                           rows=count))  # fmt: skip
