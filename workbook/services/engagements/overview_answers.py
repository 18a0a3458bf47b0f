"""Writing one clarification answer, and keeping the Overview's texts and the questions they
answer the same (domain.catalogue.OVERVIEW_ANSWERS): both services write through here."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from workbook.domain.catalogue import OVERVIEW_ANSWERS
from workbook.services.rows import touch
from workbook.store.models import ClarificationAnswer, ClarificationQuestion, Engagement
from workbook.store.models.base import utc_now


def current_answer(
    session: Session, engagement_id: int, question_id: int
) -> tuple[str, date | None]:
    """The answer as stored ("" when there is none) and the day it was given."""
    found = _answer(session, engagement_id, question_id)
    return (found.answer, found.answered_on) if found else ("", None)


def _answer(session: Session, engagement_id: int, question_id: int) -> ClarificationAnswer | None:
    return session.execute(
        select(ClarificationAnswer).where(
            col(ClarificationAnswer.engagement_id) == engagement_id,
            col(ClarificationAnswer.question_id) == question_id,
        )
    ).scalar_one_or_none()


def write_answer(
    session: Session, engagement_id: int, question_id: int, text: str, today: date
) -> None:
    """Blank text removes the answer."""
    found = _answer(session, engagement_id, question_id)
    if not text:
        if found is not None:
            session.delete(found)
        return
    if found is None:
        found = ClarificationAnswer(engagement_id=engagement_id, question_id=question_id)
        session.add(found)
    if found.answer != text:
        found.version += 1
    found.answer = text
    found.answered_on = today
    found.updated_at = utc_now()


def answer_to_overview(
    session: Session, engagement: Engagement, question: ClarificationQuestion, text: str
) -> bool:
    """An answer to a question the Overview also shows goes there too; True when it did."""
    field = OVERVIEW_ANSWERS.get(question.key)
    if field is None:
        return False
    if getattr(engagement, field) != text:
        setattr(engagement, field, text)
        touch(engagement)
    return True


def overview_to_answers(
    session: Session, engagement: Engagement, changed: set[str], today: date
) -> bool:
    """Overview texts that changed become the answers of their questions; True when any did."""
    keys = [key for key, field in OVERVIEW_ANSWERS.items() if field in changed]
    if not keys or engagement.id is None:
        return False
    questions = session.execute(
        select(ClarificationQuestion).where(col(ClarificationQuestion.key).in_(keys))
    ).scalars()
    for question in questions:
        assert question.id is not None
        text = getattr(engagement, OVERVIEW_ANSWERS[question.key]).strip()
        write_answer(session, engagement.id, question.id, text, today)
    return True
