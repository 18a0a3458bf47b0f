"""Clarification catalogue and answers on a real temporary database."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from tests.engagement_factories import answer, make_engagement
from workbook.domain.catalogue import CATALOGUE, SECTION_ORDER
from workbook.domain.changes import Entity
from workbook.domain.validation import Problem, ValidationError
from workbook.services.clarification.service import ClarificationService
from workbook.services.clarification.shapes import QuestionInput, QuestionRow
from workbook.services.engagements.service import EngagementService
from workbook.services.errors import Conflict, InUse, NotFound

DAY = date(2025, 3, 14)


@pytest.fixture
def engagement_id(engagements: EngagementService, client_id: int) -> int:
    return make_engagement(engagements, client_id)


def _required(clarification: ClarificationService) -> list[QuestionRow]:
    return [q for q in clarification.questions() if q.required]


def _section(clarification: ClarificationService, section: str) -> list[str]:
    return [q.key for q in clarification.questions(include_inactive=True) if q.section == section]


def test_seeding_is_idempotent_and_complete(clarification: ClarificationService) -> None:
    assert clarification.ensure_seeded().entities == frozenset()  # the fixture seeded already
    assert [q.key for q in clarification.questions()] == [seed.key for seed in CATALOGUE]


def test_questions_follow_the_section_order_then_the_users_sections(
    clarification: ClarificationService,
) -> None:
    clarification.add_question(QuestionInput("Eigenes", "Own question?", ""))
    clarification.add_question(QuestionInput("aftercare", "", "Wartungsfenster?"))
    sections = [q.section for q in clarification.questions()]
    ranks = [SECTION_ORDER.index(s) if s in SECTION_ORDER else len(SECTION_ORDER) for s in sections]
    assert ranks == sorted(ranks)
    assert sections[-1] == "Eigenes"
    assert _section(clarification, "aftercare")[-1].startswith("user.")


def test_answers_list_every_active_question_and_set_answer_round_trips(
    clarification: ClarificationService, engagement_id: int
) -> None:
    question = clarification.questions()[0]
    assert all(row.answer == "" for row in clarification.answers(engagement_id))
    written = clarification.set_answer(
        engagement_id, question.id, "  Das ERP  ", expected="", today=DAY
    )
    assert written.changes.touches(Entity.clarification, Entity.engagement)
    rows = clarification.answers(engagement_id)
    assert len(rows) == len(CATALOGUE)
    assert (rows[0].question, rows[0].answer, rows[0].answered_on) == (question, "Das ERP", DAY)
    later = date(2025, 4, 1)
    clarification.set_answer(engagement_id, question.id, "Das CRM", expected="Das ERP", today=later)
    assert clarification.answers(engagement_id)[0].answered_on == date(2025, 4, 1)
    # blank removes the answer
    clarification.set_answer(engagement_id, question.id, "   ", expected="Das CRM")
    removed = clarification.answers(engagement_id)[0]
    assert (removed.answer, removed.answered_on) == ("", None)


def test_an_answer_over_one_given_since_is_refused_and_undo_restores_the_day(
    clarification: ClarificationService, engagement_id: int
) -> None:
    question = clarification.questions()[0]
    first = clarification.set_answer(engagement_id, question.id, "A", expected="", today=DAY)
    clarification.set_answer(engagement_id, question.id, "B", expected="A")  # another window
    with pytest.raises(Conflict):
        clarification.set_answer(engagement_id, question.id, "C", expected="A")
    with pytest.raises(Conflict):
        first.undo()  # would throw "B" away
    assert clarification.answers(engagement_id)[0].answer == "B"
    mine = clarification.set_answer(engagement_id, question.id, "C", expected="B")
    mine.undo()
    row = clarification.answers(engagement_id)[0]
    assert row.answer == "B"


def test_completeness_counts_required_active_answers_only(
    clarification: ClarificationService, engagement_id: int
) -> None:
    required = _required(clarification)
    optional = next(q for q in clarification.questions() if not q.required)
    answer(clarification, engagement_id, optional.id, "Nebenbei")
    assert clarification.completeness(engagement_id).answered_required == 0
    answer(clarification, engagement_id, required[0].id, "Ja")
    answer(clarification, engagement_id, required[1].id, "Auch")
    completeness = clarification.completeness(engagement_id)
    assert (completeness.answered_required, completeness.required) == (2, len(required))
    clarification.set_active(required[1].id, False, version=1)  # answered, no longer counted
    clarification.set_active(required[2].id, False, version=1)  # unanswered, no longer counted
    completeness = clarification.completeness(engagement_id)
    assert (completeness.answered_required, completeness.required) == (1, len(required) - 2)
    assert not completeness.complete


def test_inactive_question_keeps_its_answer_visible(
    clarification: ClarificationService, engagement_id: int
) -> None:
    answered, unanswered = clarification.questions()[:2]
    answer(clarification, engagement_id, answered.id, "Schon gesagt")
    clarification.set_active(answered.id, False, version=1)
    clarification.set_active(unanswered.id, False, version=1)
    rows = {row.question.id: row for row in clarification.answers(engagement_id)}
    assert rows[answered.id].answer == "Schon gesagt"
    assert rows[answered.id].question.active is False
    assert unanswered.id not in rows
    assert answered.id not in {q.id for q in clarification.questions()}
    assert answered.id in {q.id for q in clarification.questions(include_inactive=True)}


def test_add_question_copies_the_missing_language_and_gets_a_user_key(
    clarification: ClarificationService,
) -> None:
    written = clarification.add_question(QuestionInput(" goal ", "", "Wer entscheidet?", True))
    question = clarification.question(written.created_id or 0)
    assert question.key == f"user.{question.id}"
    assert (question.section, question.text_en, question.text_de) == (
        "goal",
        "Wer entscheidet?",
        "Wer entscheidet?",
    )
    assert _section(clarification, "goal")[-1] == question.key  # at the end of its section
    assert question in _required(clarification)


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        (
            QuestionInput("goal", " ", ""),
            {"text_en": Problem.required, "text_de": Problem.required},
        ),
        (QuestionInput("  ", "Why?", ""), {"section": Problem.required}),
        (QuestionInput("s" * 41, "Why?", ""), {"section": Problem.too_long}),
    ],
)
def test_invalid_question_is_refused(
    clarification: ClarificationService, data: QuestionInput, errors: dict[str, Problem]
) -> None:
    with pytest.raises(ValidationError) as refused:
        clarification.add_question(data)
    assert refused.value.by_field() == errors
    assert len(clarification.questions()) == len(CATALOGUE)


def test_undo_of_an_added_question_and_redo_restores_id_and_key(
    clarification: ClarificationService, engagement_id: int
) -> None:
    data = QuestionInput("value", "Worth it?", "Lohnt es sich?")
    added = clarification.add_question(data)
    question_id = added.created_id or 0
    redo = added.undo()
    with pytest.raises(NotFound):
        clarification.question(question_id)
    again = redo.undo()
    assert clarification.question(question_id).key == f"user.{question_id}"
    answer(clarification, engagement_id, question_id, "Ja")
    with pytest.raises(InUse):
        again.undo()  # answered since: the question stays


def test_update_question_moves_it_to_the_end_of_a_new_section(
    clarification: ClarificationService,
) -> None:
    first = clarification.questions()[0]
    moved_to = QuestionInput("success", "Moved?", "", False)
    clarification.update_question(first.id, moved_to, version=first.version)
    moved = clarification.question(first.id)
    assert (moved.section, moved.text_de, moved.required) == ("success", "Moved?", False)
    assert _section(clarification, "success")[-1] == first.key


def test_move_question_within_its_section(clarification: ClarificationService) -> None:
    keys = _section(clarification, "goal")
    second = next(q for q in clarification.questions() if q.key == keys[1])
    moved = clarification.move_question(second.id, -1)
    assert moved.changes.touches(Entity.clarification)
    assert _section(clarification, "goal") == [keys[1], keys[0], *keys[2:]]
    # already first: nothing changed, nothing to undo
    assert clarification.move_question(second.id, -1).changes.entities == frozenset()
    moved.undo()
    assert _section(clarification, "goal") == keys
    clarification.move_question(second.id, -1)
    clarification.move_question(second.id, 99)  # clamped to the end of the section
    assert _section(clarification, "goal") == [keys[0], *keys[2:], keys[1]]
    assert _section(clarification, "subject")[0] == clarification.questions()[0].key


def test_unknown_rows_are_not_found(
    clarification: ClarificationService, engagement_id: int
) -> None:
    with pytest.raises(NotFound):
        clarification.answers(engagement_id + 1)
    with pytest.raises(NotFound):
        clarification.set_answer(engagement_id, 10_000, "x", expected="")
    with pytest.raises(NotFound):
        clarification.set_active(10_000, False, version=1)


def test_overview_texts_and_their_questions_are_one_text(database) -> None:  # type: ignore[no-untyped-def]
    from tests.engagement_factories import make_engagement
    from tests.factories import make_client
    from workbook.services.clarification.service import ClarificationService
    from workbook.services.clients.service import ClientService
    from workbook.services.engagements.service import EngagementService

    clients, engagements = ClientService(database), EngagementService(database)
    clarification = ClarificationService(database)
    clarification.ensure_seeded()
    engagement = make_engagement(engagements, make_client(clients), subject="Rechnungseingang")
    answers = {row.question.key: row for row in clarification.answers(engagement)}
    assert answers["subject.work"].answer == "Rechnungseingang"  # counted as answered too
    before = clarification.completeness(engagement).answered_required
    answer(clarification, engagement, answers["goal.statement"].question.id, "Skonto nutzen")
    assert engagements.get(engagement).goal_statement == "Skonto nutzen"
    assert clarification.completeness(engagement).answered_required == before + 1
    detail = engagements.get(engagement)
    engagements.update(
        engagement, dataclasses.replace(detail.as_input(), subject=""), version=detail.version
    )
    answers = {row.question.key: row for row in clarification.answers(engagement)}
    assert answers["subject.work"].answer == ""
