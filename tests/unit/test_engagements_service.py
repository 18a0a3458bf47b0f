"""Engagement service on a real temporary database: validation, the list in SQL, the status
flow with its history, and undoing a transition."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from tests.engagement_factories import (
    make_acceptable,
    make_engagement,
    make_goal,
    move,
    step_back,
    walk,
)
from tests.factories import make_client
from workbook.domain.changes import Entity
from workbook.domain.enums import BillingModel, GoalStatus
from workbook.domain.enums import EngagementStatus as S
from workbook.domain.status_flow import Blocker, TransitionRefused
from workbook.domain.validation import Problem, ValidationError
from workbook.services.agreements.service import AgreementService
from workbook.services.clarification.service import ClarificationService
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService
from workbook.services.engagements.shapes import EngagementInput, EngagementQuery
from workbook.services.errors import Conflict, NotFound

DAY = date(2025, 3, 14)


def test_create_starts_as_inquiry_and_reads_back(
    engagements: EngagementService, client_id: int
) -> None:
    data = EngagementInput(
        client_id,
        "  Einkauf   digitalisieren ",
        billing_model=BillingModel.fixed,
        fixed_price=Decimal("12500.50"),
        budget_hours=Decimal("80"),
        currency="eur",
        starts_on=DAY,
        ends_on=DAY,
    )
    changes = engagements.create(data).changes
    assert changes.touches(Entity.engagement, Entity.client)
    detail = engagements.get(changes.created_id or 0)
    assert detail.title == "Einkauf digitalisieren"
    assert detail.currency == "EUR"
    assert detail.status is S.inquiry
    assert detail.billing_model is BillingModel.fixed
    assert detail.fixed_price == Decimal("12500.50")
    assert detail.client_name == "Müller & Söhne GmbH"
    assert detail.reference == f"{date.today().year}-001"  # the first of the year
    assert detail.as_input() == dataclasses.replace(
        data, title=detail.title, currency="EUR", reference=detail.reference
    )


@pytest.mark.parametrize(
    ("fields", "field", "problem"),
    [
        ({"title": "  "}, "title", Problem.required),
        ({"title": "x" * 201}, "title", Problem.too_long),
        ({"client_id": 999}, "client_id", Problem.required),
        ({"hourly_rate": Decimal("-1")}, "hourly_rate", Problem.out_of_range),
        ({"budget_hours": Decimal("-0.5")}, "budget_hours", Problem.out_of_range),
        ({"fixed_price": Decimal("NaN")}, "fixed_price", Problem.out_of_range),
        ({"currency": "EU"}, "currency", Problem.out_of_range),
        ({"currency": "€€€"}, "currency", Problem.out_of_range),
        ({"currency": " "}, "currency", Problem.required),
        ({"starts_on": DAY, "ends_on": date(2025, 3, 13)}, "ends_on", Problem.out_of_range),
    ],
)
def test_invalid_engagement_is_refused_and_nothing_saved(
    engagements: EngagementService,
    client_id: int,
    fields: dict[str, Any],
    field: str,
    problem: Problem,
) -> None:
    values: dict[str, Any] = {"client_id": client_id, "title": "Ok", "hourly_rate": Decimal(100)}
    with pytest.raises(ValidationError) as refused:
        engagements.create(EngagementInput(**(values | fields)))
    assert refused.value.by_field() == {field: problem}
    assert engagements.count(EngagementQuery()) == 0


def test_archived_client_takes_no_new_engagements_but_keeps_its_own(
    engagements: EngagementService, clients: ClientService, client_id: int
) -> None:
    engagement_id = make_engagement(engagements, client_id)
    clients.archive(client_id, version=1)
    with pytest.raises(ValidationError) as refused:
        make_engagement(engagements, client_id)
    assert refused.value.by_field() == {"client_id": Problem.required}
    detail = engagements.get(engagement_id)
    assert detail.client_archived
    data = dataclasses.replace(detail.as_input(), title="Neu")
    engagements.update(engagement_id, data, version=1)  # still editable after the archive
    assert engagements.get(engagement_id).title == "Neu"
    other = make_client(clients, "Schmidt KG")
    clients.archive(other, version=1)
    with pytest.raises(ValidationError):
        engagements.update(engagement_id, dataclasses.replace(data, client_id=other), version=2)


def test_undo_of_a_create_and_its_redo_under_the_old_id_and_reference(
    engagements: EngagementService, clarification: ClarificationService, client_id: int
) -> None:
    created = engagements.create(
        EngagementInput(client_id, "Neu", subject="ERP", hourly_rate=Decimal(90))
    )
    engagement_id = created.created_id or 0
    shown = engagements.get(engagement_id)
    redo = created.undo()  # its own overview answer goes with it
    assert redo.changes.touches(Entity.engagement)
    with pytest.raises(NotFound):
        engagements.get(engagement_id)
    redo.undo()
    back = engagements.get(engagement_id)
    assert (back.reference, back.title, back.subject) == (shown.reference, "Neu", "ERP")
    answers = {row.question.key: row.answer for row in clarification.answers(engagement_id)}
    assert answers["subject.work"] == "ERP"


def test_undo_of_a_create_refuses_once_a_goal_was_added(
    engagements: EngagementService, agreements: AgreementService, client_id: int
) -> None:
    created = engagements.create(EngagementInput(client_id, "Neu", hourly_rate=Decimal(90)))
    make_goal(agreements, created.created_id or 0)
    with pytest.raises(Conflict):
        created.undo()
    assert engagements.get(created.created_id or 0).title == "Neu"


def test_references_are_numbered_per_year_editable_and_unique(
    engagements: EngagementService, client_id: int
) -> None:
    first = engagements.create(
        EngagementInput(client_id, "A", hourly_rate=Decimal(1)), today=date(2026, 3, 1)
    )
    second = engagements.create(
        EngagementInput(client_id, "A", hourly_rate=Decimal(1)), today=date(2026, 5, 1)
    )
    following = engagements.create(
        EngagementInput(client_id, "B", hourly_rate=Decimal(1)), today=date(2027, 1, 2)
    )
    references = [engagements.get(w.created_id or 0).reference for w in (first, second, following)]
    assert references == ["2026-001", "2026-002", "2027-001"]
    detail = engagements.get(second.created_id or 0)
    with pytest.raises(ValidationError) as refused:
        engagements.update(
            detail.id, dataclasses.replace(detail.as_input(), reference="2026-001"),
            version=detail.version,
        )  # fmt: skip
    assert refused.value.by_field() == {"reference": Problem.reference_taken}
    renamed = dataclasses.replace(detail.as_input(), reference=" KB-7 ")
    engagements.update(detail.id, renamed, version=detail.version)
    assert engagements.get(detail.id).reference == "KB-7"
    rows = engagements.list(EngagementQuery(text="kb-7"))
    assert [row.id for row in rows] == [detail.id]  # the filter finds references too


# -- the status flow ---------------------------------------------------------------------------


def test_accept_is_refused_early_with_the_right_blockers(
    engagements: EngagementService,
    clarification: ClarificationService,
    agreements: AgreementService,
    client_id: int,
) -> None:
    engagement_id = make_engagement(engagements, client_id)
    assert engagements.blockers(engagement_id, S.accepted) == [Blocker.not_allowed]
    walk(engagements, engagement_id, S.clarifying)
    early = [Blocker.clarification_incomplete, Blocker.no_agreed_goal]
    assert engagements.blockers(engagement_id, S.accepted) == early
    with pytest.raises(TransitionRefused) as refused:
        move(engagements, engagement_id, S.accepted)
    assert refused.value.blockers == early
    make_goal(agreements, engagement_id, status=GoalStatus.proposed)  # proposed is not agreed
    assert engagements.blockers(engagement_id, S.accepted) == early
    make_acceptable(clarification, agreements, engagement_id)
    assert engagements.blockers(engagement_id, S.accepted) == []
    move(engagements, engagement_id, S.accepted, today=DAY)
    detail = engagements.get(engagement_id)
    assert (detail.status, detail.decided_on) == (S.accepted, DAY)
    assert engagements.history(engagement_id)[-1].overridden is False


def test_inactive_required_questions_do_not_block_acceptance(
    engagements: EngagementService,
    clarification: ClarificationService,
    agreements: AgreementService,
    client_id: int,
) -> None:
    engagement_id = make_engagement(engagements, client_id)
    walk(engagements, engagement_id, S.clarifying)
    make_goal(agreements, engagement_id, status=GoalStatus.achieved, evidence="Bericht")
    for question in clarification.questions():
        if question.required:
            clarification.set_active(question.id, False, version=question.version)
    assert engagements.blockers(engagement_id, S.accepted) == []


def test_accept_with_override_and_reason(engagements: EngagementService, client_id: int) -> None:
    engagement_id = make_engagement(engagements, client_id)
    walk(engagements, engagement_id, S.clarifying)
    with pytest.raises(TransitionRefused) as refused:
        move(engagements, engagement_id, S.accepted, override=True, reason="  ")
    assert refused.value.blockers == [Blocker.reason_required]
    move(
        engagements,
        engagement_id,
        S.accepted,
        override=True,
        reason=" Eilauftrag vom Vorstand ",
        today=DAY,
    )
    detail = engagements.get(engagement_id)
    assert detail.status is S.accepted
    assert (detail.decided_on, detail.decision_reason) == (DAY, "Eilauftrag vom Vorstand")
    newest = engagements.history(engagement_id)[-1]
    assert (newest.to_status, newest.overridden) == (S.accepted, True)


def test_decline_needs_a_reason_and_records_the_decision(
    engagements: EngagementService, client_id: int
) -> None:
    engagement_id = make_engagement(engagements, client_id)
    walk(engagements, engagement_id, S.clarifying)
    assert engagements.blockers(engagement_id, S.declined) == [Blocker.reason_required]
    with pytest.raises(TransitionRefused):
        move(engagements, engagement_id, S.declined)
    move(engagements, engagement_id, S.declined, reason="Kein Budget", today=DAY)
    detail = engagements.get(engagement_id)
    assert (detail.status, detail.decided_on, detail.decision_reason) == (
        S.declined,
        DAY,
        "Kein Budget",
    )
    assert engagements.blockers(engagement_id, S.clarifying) == [Blocker.not_allowed]


def test_history_keeps_every_step_with_its_reason_oldest_first(
    engagements: EngagementService, client_id: int
) -> None:
    engagement_id = make_engagement(engagements, client_id)
    move(engagements, engagement_id, S.clarifying, reason="Erstgespräch")
    move(engagements, engagement_id, S.accepted, reason="Dringend", override=True)
    move(engagements, engagement_id, S.active)
    history = engagements.history(engagement_id)
    assert [(c.from_status, c.to_status, c.reason) for c in history] == [
        (S.inquiry, S.clarifying, "Erstgespräch"),
        (S.clarifying, S.accepted, "Dringend"),
        (S.accepted, S.active, ""),
    ]
    assert [c.overridden for c in history] == [False, True, False]
    assert history[0].changed_at <= history[-1].changed_at
    assert history[0].changed_at.tzinfo is not None


def test_undo_transition_restores_status_and_decision(
    engagements: EngagementService, client_id: int
) -> None:
    engagement_id = make_engagement(engagements, client_id)
    walk(engagements, engagement_id, S.clarifying)
    move(engagements, engagement_id, S.accepted, reason="Dringend", override=True, today=DAY)
    move(engagements, engagement_id, S.active)
    assert step_back(engagements, engagement_id).changes.touches(Entity.engagement)
    detail = engagements.get(engagement_id)
    assert (detail.status, detail.decided_on, detail.decision_reason) == (
        S.accepted,
        DAY,
        "Dringend",
    )  # undoing a step after the decision keeps the decision
    step_back(engagements, engagement_id)
    detail = engagements.get(engagement_id)
    assert (detail.status, detail.decided_on, detail.decision_reason) == (S.clarifying, None, "")
    assert [c.to_status for c in engagements.history(engagement_id)] == [S.clarifying]
    step_back(engagements, engagement_id)
    assert engagements.get(engagement_id).status is S.inquiry
    with pytest.raises(TransitionRefused):
        step_back(engagements, engagement_id)  # nothing left to undo


def test_unknown_engagement_is_not_found(engagements: EngagementService) -> None:
    with pytest.raises(NotFound):
        engagements.get(42)
    with pytest.raises(NotFound):
        engagements.transition(42, S.clarifying, version=1)


def test_a_bare_inquiry_needs_no_rate_but_acceptance_does(
    engagements: EngagementService,
    clarification: ClarificationService,
    agreements: AgreementService,
    client_id: int,
) -> None:
    created = engagements.create(EngagementInput(client_id, "Erstgespräch"))
    engagement_id = created.created_id
    assert engagement_id is not None
    assert engagements.get(engagement_id).hourly_rate is None
    walk(engagements, engagement_id, S.clarifying)
    make_acceptable(clarification, agreements, engagement_id)
    assert engagements.blockers(engagement_id, S.accepted) == [Blocker.no_price]
    with pytest.raises(TransitionRefused):
        move(engagements, engagement_id, S.accepted, reason="Eilt", override=True)
    detail = engagements.get(engagement_id)
    priced = dataclasses.replace(detail.as_input(), hourly_rate=Decimal(95))
    engagements.update(engagement_id, priced, version=detail.version)
    move(engagements, engagement_id, S.accepted, today=DAY)
    accepted = engagements.get(engagement_id)
    unpriced = dataclasses.replace(accepted.as_input(), hourly_rate=None)
    with pytest.raises(ValidationError) as refused:
        engagements.update(engagement_id, unpriced, version=accepted.version)
    assert refused.value.by_field() == {"hourly_rate": Problem.required}
