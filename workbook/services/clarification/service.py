"""Order clarification: the editable question catalogue and each engagement's answers."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import and_, case, delete, func, or_, select
from sqlmodel import Session, col

from workbook.domain.catalogue import SECTION_ORDER
from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services.clarification.seed import ensure_catalogue
from workbook.services.clients.service import NotFound
from workbook.services.engagements.overview_answers import answer_to_overview, write_answer
from workbook.services.engagements.service import completeness_of, engagement_or_raise
from workbook.services.engagements.shapes import AnswerRow, Completeness, QuestionInput, QuestionRow
from workbook.services.ordering import STEP, reorder
from workbook.services.sessions import reading, writing
from workbook.store.database import Database
from workbook.store.models import ClarificationAnswer, ClarificationQuestion
from workbook.store.models.base import utc_now

Q = ClarificationQuestion
SECTION_MAX = 40  # the column's length
# Answers count towards completeness and the engagements list, so both refresh.
_ANSWERED = ChangeSet.of(Entity.clarification, Entity.engagement)


class QuestionInUse(Exception):
    """A question with answers cannot be erased; deactivate it instead."""


class ClarificationService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def ensure_seeded(self) -> ChangeSet:
        with writing(self._db) as session:
            inserted = ensure_catalogue(session)
            return ChangeSet.of(Entity.clarification) if inserted else ChangeSet()

    # -- reading -----------------------------------------------------------------------------

    def questions(self, *, include_inactive: bool = False) -> list[QuestionRow]:
        statement = select(Q).order_by(*_catalogue_order())
        if not include_inactive:
            statement = statement.where(col(Q.active))
        with reading(self._db) as session:
            return [_question_row(q) for q in session.execute(statement).scalars()]

    def question(self, question_id: int) -> QuestionRow:
        with reading(self._db) as session:
            return _question_row(_question(session, question_id))

    def answers(self, engagement_id: int) -> list[AnswerRow]:
        """Every active question, plus inactive ones this engagement answered: deactivating a
        question must not hide what the client already said."""
        answer = ClarificationAnswer
        statement = (
            select(Q, answer)
            .outerjoin(
                answer,
                and_(col(answer.question_id) == Q.id, col(answer.engagement_id) == engagement_id),
            )
            .where(or_(col(Q.active), col(answer.id).is_not(None)))
            .order_by(*_catalogue_order())
        )
        with reading(self._db) as session:
            engagement_or_raise(session, engagement_id)
            return [
                AnswerRow(
                    _question_row(question),
                    found.answer if found else "",
                    found.answered_on if found else None,
                )
                for question, found in session.execute(statement)
            ]

    def completeness(self, engagement_id: int) -> Completeness:
        with reading(self._db) as session:
            engagement_or_raise(session, engagement_id)
            return completeness_of(session, engagement_id)[0]

    # -- answers -----------------------------------------------------------------------------

    def set_answer(
        self, engagement_id: int, question_id: int, text: str, *, today: date | None = None
    ) -> ChangeSet:
        """Blank text removes the answer. Undo passes the old answered_on as today."""
        text = text.strip()
        with writing(self._db) as session:
            engagement = engagement_or_raise(session, engagement_id)
            question = _question(session, question_id)
            write_answer(session, engagement_id, question_id, text, today or date.today())
            answer_to_overview(session, engagement, question, text)
            return _ANSWERED

    # -- the catalogue -----------------------------------------------------------------------

    def add_question(self, data: QuestionInput, *, question_id: int | None = None) -> ChangeSet:
        """Added at the end of its section, with the key "user.<id>" (stable across undo/redo,
        and never taken by a seed key)."""
        data = _clean_question(data)
        with writing(self._db) as session:
            question = Q(
                id=question_id,
                key=f"user.new.{uuid.uuid4().hex}",  # unique until the id is known
                position=_end_of_section(session, data.section),
                **vars(data),
            )
            session.add(question)
            session.flush()
            question.key = f"user.{question.id}"
            return ChangeSet.of(Entity.clarification, Entity.engagement, created_id=question.id)

    def update_question(self, question_id: int, data: QuestionInput) -> ChangeSet:
        data = _clean_question(data)
        with writing(self._db) as session:
            question = _question(session, question_id)
            if data.section != question.section:
                question.position = _end_of_section(session, data.section)
            for key, value in vars(data).items():
                setattr(question, key, value)
            question.updated_at = utc_now()
            return ChangeSet.of(Entity.clarification, Entity.engagement)

    def move_question(self, question_id: int, delta: int) -> ChangeSet:
        """Moves within its section; an empty ChangeSet means it was already at that end
        (the undo command should then be dropped, or undo would move it the other way)."""
        with writing(self._db) as session:
            question = _question(session, question_id)
            siblings = session.execute(
                select(Q).where(col(Q.section) == question.section).order_by(*_catalogue_order())
            ).scalars()
            moved = reorder(list(siblings), question_id, delta)
            return ChangeSet.of(Entity.clarification) if moved else ChangeSet()

    def set_active(self, question_id: int, active: bool) -> ChangeSet:
        with writing(self._db) as session:
            question = _question(session, question_id)
            question.active = active
            question.updated_at = utc_now()
            return ChangeSet.of(Entity.clarification, Entity.engagement)

    def erase_question(self, question_id: int) -> ChangeSet:
        """Only to undo add_question; raises QuestionInUse once it has answers."""
        with writing(self._db) as session:
            answered = session.execute(
                select(func.count())
                .select_from(ClarificationAnswer)
                .where(col(ClarificationAnswer.question_id) == question_id)
            ).scalar_one()
            if answered:
                raise QuestionInUse(question_id)
            session.execute(delete(Q).where(col(Q.id) == question_id))
            return ChangeSet.of(Entity.clarification, Entity.engagement)


def _catalogue_order() -> tuple[Any, ...]:
    """Seeded sections in the order of a clarification talk, the user's own after them."""
    rank = case(
        {section: index for index, section in enumerate(SECTION_ORDER)},
        value=Q.section,
        else_=len(SECTION_ORDER),
    )
    return rank, col(Q.section), col(Q.position), col(Q.id)


def _question(session: Session, question_id: int) -> ClarificationQuestion:
    question = session.get(Q, question_id)
    if question is None:
        raise NotFound(question_id)
    return question


def _end_of_section(session: Session, section: str) -> int:
    last = session.execute(
        select(func.max(Q.position)).where(col(Q.section) == section)
    ).scalar_one()
    return 0 if last is None else int(last) + STEP


def _clean_question(data: QuestionInput) -> QuestionInput:
    """Either language may be left blank: it gets the other text until someone translates."""
    section = " ".join(data.section.split())
    text_en, text_de = data.text_en.strip(), data.text_de.strip()
    errors: list[FieldError] = []
    if not section:
        errors.append(FieldError("section", Problem.required))
    elif len(section) > SECTION_MAX:
        errors.append(FieldError("section", Problem.too_long))
    if not text_en and not text_de:
        errors += [FieldError("text_en", Problem.required), FieldError("text_de", Problem.required)]
    if errors:
        raise ValidationError(errors)
    return QuestionInput(section, text_en or text_de, text_de or text_en, data.required)


def _question_row(question: ClarificationQuestion) -> QuestionRow:
    assert question.id is not None
    return QuestionRow(
        section=question.section,
        text_en=question.text_en,
        text_de=question.text_de,
        required=question.required,
        id=question.id,
        key=question.key,
        position=question.position,
        active=question.active,
    )
