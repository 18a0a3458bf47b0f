"""Builders for engagements and what hangs on them, through the services (never raw SQL)."""

from __future__ import annotations

from decimal import Decimal

from workbook.domain.enums import EngagementStatus, GoalStatus
from workbook.services.agreements.service import AgreementService
from workbook.services.clarification.service import ClarificationService
from workbook.services.engagements.service import EngagementService
from workbook.services.engagements.shapes import EngagementInput, GoalInput


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


def answer_required(clarification: ClarificationService, engagement_id: int) -> None:
    for question in clarification.questions():
        if question.required:
            clarification.set_answer(engagement_id, question.id, f"Antwort zu {question.key}")


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
        engagements.transition(engagement_id, target, **kw)  # type: ignore[arg-type]
