"""Engagements: list, read, create, edit, and move them along the status flow with a history.

Every write returns a Written whose undo() is its inverse (workbook.services.written)."""

from __future__ import annotations

import builtins
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from workbook.domain.catalogue import OVERVIEW_ANSWERS
from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.completeness import Completeness
from workbook.domain.enums import BillingModel, EngagementStatus
from workbook.domain.status_flow import (
    DECISIONS,
    Blocker,
    TransitionRefused,
    acceptance_gaps,
    check_transition,
)
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services import rows
from workbook.services.changes.pricing import reprice
from workbook.services.engagements.checks import (
    clean_engagement,
    price_missing,
    validate_engagement,
)
from workbook.services.engagements.overview_answers import overview_to_answers
from workbook.services.engagements.queries import (
    count_select,
    engagement_page_select,
    facts_select,
    to_row,
)
from workbook.services.engagements.references import next_reference
from workbook.services.engagements.shapes import (
    EngagementDetail,
    EngagementInput,
    EngagementQuery,
    EngagementRow,
    StatusChangeRow,
)
from workbook.services.errors import Conflict
from workbook.services.sessions import reading, writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models import (
    ClarificationAnswer,
    ClarificationQuestion,
    Client,
    Engagement,
    StatusChange,
)
from workbook.store.models.base import utc_now


class EngagementService:
    # list() is the usual name for the list view's query; builtins.list spells the type.
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading -----------------------------------------------------------------------------

    def list(
        self, query: EngagementQuery, *, offset: int = 0, limit: int = 500
    ) -> list[EngagementRow]:
        statement = engagement_page_select(query, offset=offset, limit=limit)
        with reading(self._db) as session:
            return [to_row(row, query) for row in session.execute(statement)]

    def count(self, query: EngagementQuery) -> int:
        with reading(self._db) as session:
            return int(session.execute(count_select(query)).scalar_one())

    def find_reference(self, reference: str) -> int | None:
        """The engagement with this reference (spaces ignored), if any."""
        statement = select(col(Engagement.id)).where(
            col(Engagement.reference) == "".join(reference.split())
        )
        with reading(self._db) as session:
            return session.execute(statement).scalar_one_or_none()

    def get(self, engagement_id: int) -> EngagementDetail:
        with reading(self._db) as session:
            engagement = engagement_or_raise(session, engagement_id)
            client = session.get(Client, engagement.client_id)
            return EngagementDetail(
                **_input_values(engagement),
                id=engagement_id,
                client_name=client.name if client else "",
                status=EngagementStatus(engagement.status),
                decision_reason=engagement.decision_reason,
                decided_on=engagement.decided_on,
                client_archived=client is not None and client.archived_at is not None,
                version=engagement.version,
            )

    def history(self, engagement_id: int) -> builtins.list[StatusChangeRow]:
        """Oldest first."""
        with reading(self._db) as session:
            changes = session.execute(
                select(StatusChange)
                .where(col(StatusChange.engagement_id) == engagement_id)
                .order_by(col(StatusChange.changed_at), col(StatusChange.id))
            ).scalars()
            return [_change_row(change) for change in changes]

    def blockers(
        self,
        engagement_id: int,
        target: EngagementStatus,
        *,
        reason: str = "",
        override: bool = False,
    ) -> builtins.list[Blocker]:
        """What would refuse this transition, so the UI can explain before trying."""
        with reading(self._db) as session:
            engagement = engagement_or_raise(session, engagement_id)
            return _judge(session, engagement, target, reason, override)[0]

    # -- writing -----------------------------------------------------------------------------

    def create(self, data: EngagementInput, *, today: date | None = None) -> Written:
        """A blank reference becomes the next free one of the year."""
        data = clean_engagement(data)
        day = today or date.today()
        with writing(self._db) as session:
            validate_engagement(session, data, current_client_id=None)
            values = _values(data)
            values["reference"] = data.reference or next_reference(session, day)
            engagement = Engagement(**values)
            session.add(engagement)
            _flush_unique_reference(session)
            overview_to_answers(session, engagement, set(OVERVIEW_ANSWERS.values()), day)
            assert engagement.id is not None
            engagement_id = engagement.id
        return Written(
            ChangeSet.of(*_CREATED, created_id=engagement_id, version=1),
            lambda: self.erase(engagement_id, version=1),
        )

    def update(self, engagement_id: int, data: EngagementInput, *, version: int) -> Written:
        data = clean_engagement(data)
        with writing(self._db) as session:
            engagement = rows.lock(session, Engagement, engagement_id, Entity.engagement, version)
            validate_engagement(
                session,
                data,
                current_client_id=engagement.client_id,
                status=EngagementStatus(engagement.status),
            )
            before = EngagementInput(**_input_values(engagement))
            values = _values(data)
            values["reference"] = data.reference or engagement.reference
            changed = {k for k, v in values.items() if getattr(engagement, k) != v}
            rows.assign(engagement, values)
            _flush_unique_reference(session)
            overview_to_answers(session, engagement, changed, date.today())
            repriced = reprice(session, engagement)
            after = engagement.version
        entities = (*_CREATED, Entity.change_request) if repriced else _CREATED
        return Written(
            ChangeSet.of(*entities, version=after),
            lambda: self.update(engagement_id, before, version=after),
        )

    def erase(self, engagement_id: int, *, version: int) -> Written:
        """Takes back a create. Its own overview answers go with it; anything added since
        (goals, wishes, other answers, history) refuses it, so an undo never deletes that."""
        with writing(self._db) as session:
            engagement = rows.lock(session, Engagement, engagement_id, Entity.engagement, version)
            answers = _own_answers(session, engagement_id)
            for answer in answers:
                session.delete(answer)
            session.flush()
            if rows.has_dependents(session, "engagement", engagement_id):
                raise Conflict(Entity.engagement, engagement_id)
            saved = rows.snapshot(engagement)
            kept = [rows.snapshot(answer) for answer in answers]
            session.delete(engagement)

        def put_back() -> Written:
            with writing(self._db) as session:
                restored = rows.restore(session, Engagement, saved, Entity.engagement)
                for answer in kept:
                    rows.restore(session, ClarificationAnswer, answer, Entity.clarification)
            return Written(
                ChangeSet.of(*_CREATED, version=restored),
                lambda: self.erase(engagement_id, version=restored),
            )

        return Written(ChangeSet.of(*_CREATED), put_back)

    def transition(
        self,
        engagement_id: int,
        target: EngagementStatus,
        *,
        version: int,
        reason: str = "",
        override: bool = False,
        today: date | None = None,
    ) -> Written:
        """Raises TransitionRefused with the blockers; an accept or decline records the
        decision (date and reason) on the engagement as well as in the history."""
        reason = reason.strip()
        with writing(self._db) as session:
            engagement = rows.lock(session, Engagement, engagement_id, Entity.engagement, version)
            refused, overridden = _judge(session, engagement, target, reason, override)
            if refused:
                raise TransitionRefused(refused)
            session.add(
                StatusChange(
                    engagement_id=engagement_id,
                    from_status=engagement.status,
                    to_status=target.value,
                    changed_at=utc_now(),
                    reason=reason,
                    overridden=overridden,
                )
            )
            if target in DECISIONS:
                engagement.decided_on = today or date.today()
                engagement.decision_reason = reason
            engagement.status = target.value
            rows.touch(engagement)
            after = engagement.version

        def back() -> Written:
            return self.undo_transition(engagement_id, version=after, redo=(reason, override))

        return Written(
            ChangeSet.of(*_STEPPED, version=after, updated=(Entity.engagement, engagement_id)), back
        )

    def undo_transition(
        self, engagement_id: int, *, version: int, redo: tuple[str, bool] = ("", False)
    ) -> Written:
        """Removes the newest history entry and returns to its from_status.

        The decision fields are rebuilt from the history that remains: transitions are the
        only writers of decided_on / decision_reason, and each decision is a history entry.
        `redo`: the reason and override the transition taken back had, for its redo."""
        with writing(self._db) as session:
            engagement = rows.lock(session, Engagement, engagement_id, Entity.engagement, version)
            changes = _newest_first(session, engagement_id)
            if not changes:
                raise TransitionRefused([Blocker.not_allowed])
            newest, remaining = changes[0], changes[1:]
            if newest.to_status in DECISIONS:
                decision = next((c for c in remaining if c.to_status in DECISIONS), None)
                engagement.decided_on = _day(decision.changed_at) if decision else None
                engagement.decision_reason = decision.reason if decision else ""
            target = EngagementStatus(newest.to_status)
            engagement.status = newest.from_status
            rows.touch(engagement)
            session.delete(newest)
            after = engagement.version
        reason, override = redo
        return Written(
            ChangeSet.of(*_STEPPED, version=after, updated=(Entity.engagement, engagement_id)),
            lambda: self.transition(
                engagement_id, target, version=after, reason=reason, override=override
            ),
        )


# Overview texts are answers too; the engagements list shows the client.
_CREATED = (Entity.engagement, Entity.client, Entity.clarification)
_STEPPED = (Entity.engagement,)  # a status step changes only the engagement's row


def engagement_or_raise(session: Session, engagement_id: int) -> Engagement:
    return rows.load(session, Engagement, engagement_id, Entity.engagement)


def _flush_unique_reference(session: Session) -> None:
    """A reference another engagement has is refused by its unique index: a field message."""
    try:
        session.flush()
    except IntegrityError as error:
        raise ValidationError([FieldError("reference", Problem.reference_taken)]) from error


def _own_answers(session: Session, engagement_id: int) -> list[ClarificationAnswer]:
    """The answers an engagement's overview wrote (its subject, goal, benefit, approach)."""
    return list(
        session.execute(
            select(ClarificationAnswer)
            .join(
                ClarificationQuestion,
                col(ClarificationQuestion.id) == ClarificationAnswer.question_id,
            )
            .where(
                col(ClarificationAnswer.engagement_id) == engagement_id,
                col(ClarificationQuestion.key).in_(list(OVERVIEW_ANSWERS)),
            )
        ).scalars()
    )


def completeness_of(session: Session, engagement_id: int) -> tuple[Completeness, int]:
    """The engagement's clarification completeness and its number of agreed goals."""
    facts = session.execute(facts_select(engagement_id)).one()
    return Completeness(facts.answered, facts.required), int(facts.agreed)


def _judge(
    session: Session,
    engagement: Engagement,
    target: EngagementStatus,
    reason: str,
    override: bool,
) -> tuple[list[Blocker], bool]:
    """The blockers, and whether the override is really used: the history flags an accept as
    overridden only when there were gaps to paper over."""
    assert engagement.id is not None
    completeness, agreed = completeness_of(session, engagement.id)
    blockers = check_transition(
        EngagementStatus(engagement.status),
        target,
        completeness_complete=completeness.complete,
        agreed_goals=agreed,
        priced=not price_missing(EngagementInput(**_input_values(engagement))),
        reason=reason,
        override=override,
    )
    gaps = acceptance_gaps(completeness_complete=completeness.complete, agreed_goals=agreed)
    return blockers, override and target == EngagementStatus.accepted and bool(gaps)


def _newest_first(session: Session, engagement_id: int) -> list[StatusChange]:
    return list(
        session.execute(
            select(StatusChange)
            .where(col(StatusChange.engagement_id) == engagement_id)
            .order_by(col(StatusChange.changed_at).desc(), col(StatusChange.id).desc())
        ).scalars()
    )


def _day(moment: datetime) -> date:
    """The local calendar day of a stored (naive UTC) moment."""
    return _aware(moment).astimezone().date()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _values(data: EngagementInput) -> dict[str, Any]:
    values = vars(data).copy()
    values["billing_model"] = BillingModel(data.billing_model).value
    return values


def _input_values(engagement: Engagement) -> dict[str, Any]:
    values = {name: getattr(engagement, name) for name in EngagementInput.__dataclass_fields__}
    values["billing_model"] = BillingModel(engagement.billing_model)
    return values


def _change_row(change: StatusChange) -> StatusChangeRow:
    assert change.id is not None
    return StatusChangeRow(
        id=change.id,
        from_status=EngagementStatus(change.from_status),
        to_status=EngagementStatus(change.to_status),
        changed_at=_aware(change.changed_at),
        reason=change.reason,
        overridden=change.overridden,
    )
