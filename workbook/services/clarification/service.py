"""Order clarification: the editable question catalogue and each engagement's answers."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlmodel import Session, col

from workbook.domain.catalogue import SECTION_ORDER
from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.completeness import Completeness
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services import rows
from workbook.services.clarification.seed import ensure_catalogue
from workbook.services.clarification.shapes import AnswerRow, QuestionInput, QuestionRow
from workbook.services.engagements.overview_answers import (
    answer_to_overview,
    current_answer,
    write_answer,
)
from workbook.services.engagements.service import completeness_of, engagement_or_raise
from workbook.services.errors import Conflict, InUse
from workbook.services.ordering import STEP, reorder
from workbook.services.sessions import reading, writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models import ClarificationAnswer, ClarificationQuestion

Q = ClarificationQuestion
SECTION_MAX = 40  # the column's length
# Answers count towards completeness and the engagements list, so both refresh.
_ANSWERED = ChangeSet.of(Entity.clarification, Entity.engagement)
# A question's wording or state changes what every engagement's completeness counts.
_CATALOGUE = (Entity.clarification, Entity.engagement)


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
        self,
        engagement_id: int,
        question_id: int,
        text: str,
        *,
        expected: str,
        today: date | None = None,
    ) -> Written:
        """Blank text removes the answer. `expected` is the answer the user saw: when it has
        changed since (another window, a colleague), nothing is written (Conflict)."""
        text = text.strip()
        with writing(self._db) as session:
            engagement = engagement_or_raise(session, engagement_id)
            question = _question(session, question_id)
            before, answered_on = current_answer(session, engagement_id, question_id)
            if before.strip() != expected.strip():
                raise Conflict(Entity.clarification, question_id)
            write_answer(session, engagement_id, question_id, text, today or date.today())
            answer_to_overview(session, engagement, question, text)
        return Written(
            _ANSWERED,
            lambda: self.set_answer(
                engagement_id, question_id, before, expected=text, today=answered_on
            ),
        )

    # -- the catalogue -----------------------------------------------------------------------

    def add_question(self, data: QuestionInput) -> Written:
        """Added at the end of its section, with the key "user.<id>" (stable across undo/redo,
        and never taken by a seed key)."""
        data = _clean_question(data)
        with writing(self._db) as session:
            question = Q(
                key=f"user.new.{uuid.uuid4().hex}",  # unique until the id is known
                position=_end_of_section(session, data.section),
                **vars(data),
            )
            session.add(question)
            session.flush()
            question.key = f"user.{question.id}"
            assert question.id is not None
            question_id = question.id
        return Written(
            ChangeSet.of(*_CATALOGUE, created_id=question_id, version=1),
            lambda: self.erase_question(question_id, version=1),
        )

    def update_question(self, question_id: int, data: QuestionInput, *, version: int) -> Written:
        data = _clean_question(data)
        with writing(self._db) as session:
            question = rows.lock(session, Q, question_id, Entity.clarification, version)
            before = _question_row(question).as_input()
            if data.section != question.section:
                question.position = _end_of_section(session, data.section)
            rows.assign(question, vars(data))
            after = question.version
        return Written(
            ChangeSet.of(*_CATALOGUE, version=after),
            lambda: self.update_question(question_id, before, version=after),
        )

    def move_question(self, question_id: int, delta: int) -> Written:
        """Moves within its section; an empty ChangeSet means it was already at that end
        (then there is nothing to undo)."""
        with writing(self._db) as session:
            question = _question(session, question_id)
            siblings = session.execute(
                select(Q).where(col(Q.section) == question.section).order_by(*_catalogue_order())
            ).scalars()
            moved = reorder(list(siblings), question_id, delta)
        return Written(
            ChangeSet.of(Entity.clarification) if moved else ChangeSet(),
            lambda: self.move_question(question_id, -delta),
        )

    def set_active(self, question_id: int, active: bool, *, version: int) -> Written:
        with writing(self._db) as session:
            question = rows.lock(session, Q, question_id, Entity.clarification, version)
            question.active = active
            rows.touch(question)
            after = question.version
        return Written(
            ChangeSet.of(*_CATALOGUE, version=after),
            lambda: self.set_active(question_id, not active, version=after),
        )

    def erase_question(self, question_id: int, *, version: int) -> Written:
        """Takes back add_question; raises InUse once it has answers (deactivate it then)."""
        with writing(self._db) as session:
            question = rows.lock(session, Q, question_id, Entity.clarification, version)
            if rows.has_dependents(session, "clarification_question", question_id):
                raise InUse(Entity.clarification, question_id)
            saved = rows.snapshot(question)
            session.delete(question)

        def put_back() -> Written:
            with writing(self._db) as session:
                restored = rows.restore(session, Q, saved, Entity.clarification)
            return Written(
                ChangeSet.of(*_CATALOGUE, version=restored),
                lambda: self.erase_question(question_id, version=restored),
            )

        return Written(ChangeSet.of(*_CATALOGUE), put_back)


def _catalogue_order() -> tuple[Any, ...]:
    """Seeded sections in the order of a clarification talk, the user's own after them."""
    rank = case(
        {section: index for index, section in enumerate(SECTION_ORDER)},
        value=Q.section,
        else_=len(SECTION_ORDER),
    )
    return rank, col(Q.section), col(Q.position), col(Q.id)


def _question(session: Session, question_id: int) -> ClarificationQuestion:
    return rows.load(session, Q, question_id, Entity.clarification)


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
        version=question.version,
    )
