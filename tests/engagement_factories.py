"""Builders for engagements and what hangs on them, through the services (never raw SQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from workbook.domain.enums import EngagementStatus, GoalStatus
from workbook.services.agreements.service import AgreementService
from workbook.services.agreements.shapes import GoalInput
from workbook.services.changes.service import ChangeRequestService
from workbook.services.changes.shapes import ChangeRequestInput
from workbook.services.clarification.service import ClarificationService
from workbook.services.engagements.service import EngagementService
from workbook.services.engagements.shapes import EngagementInput
from workbook.services.written import Written


def make_engagement(
    engagements: EngagementService,
    client_id: int,
    title: str = "Prozessanalyse Einkauf",
    **fields: object,
) -> int:
    values: dict[str, object] = {"hourly_rate": Decimal("120.00"), **fields}
    changes = engagements.create(EngagementInput(client_id, title, **values))  # type: ignore[arg-type]
    assert changes.created_id is not None
    return changes.created_id


def make_goal(
    agreements: AgreementService,
    engagement_id: int,
    title: str = "Durchlaufzeit halbieren",
    **fields: object,
) -> int:
    changes = agreements.add_goal(engagement_id, GoalInput(title, **fields))  # type: ignore[arg-type]
    assert changes.created_id is not None
    return changes.created_id


def answer(
    clarification: ClarificationService, engagement_id: int, question_id: int, text: str
) -> None:
    """Answer one question, over whatever it says now (as the page does with what it shows)."""
    shown = next(
        row.answer for row in clarification.answers(engagement_id) if row.question.id == question_id
    )
    clarification.set_answer(engagement_id, question_id, text, expected=shown)


def answer_required(clarification: ClarificationService, engagement_id: int) -> None:
    for question in clarification.questions():
        if question.required:
            answer(clarification, engagement_id, question.id, f"Antwort zu {question.key}")


def make_acceptable(
    clarification: ClarificationService, agreements: AgreementService, engagement_id: int
) -> None:
    """Everything a regular acceptance needs: required answers and one agreed goal."""
    answer_required(clarification, engagement_id)
    make_goal(agreements, engagement_id, status=GoalStatus.agreed)


def walk(
    engagements: EngagementService, engagement_id: int, *targets: EngagementStatus, **kw: object
) -> None:
    for target in targets:
        move(engagements, engagement_id, target, **kw)


def move(
    engagements: EngagementService, engagement_id: int, target: EngagementStatus, **kw: object
) -> Written:
    """One transition from the engagement as it is now (the version the window would show)."""
    version = engagements.get(engagement_id).version
    return engagements.transition(engagement_id, target, version=version, **kw)  # type: ignore[arg-type]


def step_back(engagements: EngagementService, engagement_id: int) -> Written:
    version = engagements.get(engagement_id).version
    return engagements.undo_transition(engagement_id, version=version)


def make_change(
    changes: ChangeRequestService,
    engagement_id: int,
    title: str = "Zusätzliches Feld im Formular",
    *,
    today: date | None = None,
    **fields: object,
) -> int:
    """A change request, asked for on `requested_on` (default: today)."""
    day = today or date.today()
    values: dict[str, object] = {"requested_on": day, **fields}
    data = ChangeRequestInput(title, **values)  # type: ignore[arg-type]
    written = changes.add(engagement_id, data, today=day)
    assert written.created_id is not None
    return written.created_id
