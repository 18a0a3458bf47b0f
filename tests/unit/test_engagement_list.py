"""The engagements list: derived figures, every sort key and the filters, all in SQL."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from tests.engagement_factories import (
    answer,
    answer_required,
    make_change,
    make_engagement,
    make_goal,
    move,
    walk,
)
from tests.factories import make_client, make_contact
from workbook.domain.enums import BillingModel, ChangeStatus, GoalStatus, MilestoneStatus
from workbook.domain.enums import EngagementStatus as S
from workbook.domain.status_flow import STATUS_ORDER
from workbook.services.agreements.service import AgreementService
from workbook.services.agreements.shapes import ScopeItemInput
from workbook.services.changes.service import ChangeRequestService
from workbook.services.clarification.service import ClarificationService
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService
from workbook.services.engagements.shapes import EngagementQuery, EngagementRow, EngagementSort
from workbook.services.handover.service import HandoverService
from workbook.services.handover.shapes import MilestoneInput

Ids = dict[str, int]

SORT_KEYS: dict[EngagementSort, Callable[[EngagementRow], Any]] = {
    EngagementSort.client: lambda row: row.client_name.casefold(),
    EngagementSort.reference: lambda row: row.reference,
    EngagementSort.title_text: lambda row: row.title.lower(),
    EngagementSort.status: lambda row: STATUS_ORDER.index(row.status),
    EngagementSort.billing_model: lambda row: row.billing_model.value,
    EngagementSort.completeness: lambda row: row.completeness,
    EngagementSort.agreed_goals: lambda row: row.agreed_goals,
    EngagementSort.starts_on: lambda row: row.starts_on,
    EngagementSort.self_sufficient_on: lambda row: row.self_sufficient_on,
    EngagementSort.readiness: lambda row: row.readiness,
    EngagementSort.handover_at_risk: lambda row: row.handover_at_risk,
    EngagementSort.added_hours: lambda row: row.scope_creep.hours,
    EngagementSort.added_cost: lambda row: row.scope_creep.cost,
    EngagementSort.creep_share: lambda row: row.scope_creep.share,
}


@pytest.fixture
def ids(
    clients: ClientService,
    client_id: int,
    engagements: EngagementService,
    clarification: ClarificationService,
    agreements: AgreementService,
    handover: HandoverService,
    changes: ChangeRequestService,
) -> Ids:
    """Four engagements with ties on most keys, so the id tie-break shows too."""
    acme, zander = make_client(clients, "acme Ltd"), make_client(clients, "Zander AG")
    feb, may = date(2025, 2, 1), date(2025, 5, 1)
    beta = make_engagement(engagements, client_id, "Beta Rollout", starts_on=feb)
    alpha = make_engagement(
        engagements,
        zander,
        "alpha Analyse",
        billing_model=BillingModel.fixed,
        fixed_price=Decimal(9000),
        self_sufficient_on=date(2025, 6, 1),
    )
    gamma = make_engagement(
        engagements, acme, "Gamma", starts_on=date(2025, 1, 1), self_sufficient_on=may
    )
    delta = make_engagement(engagements, client_id, "Delta", starts_on=feb, self_sufficient_on=may)
    walk(engagements, alpha, S.clarifying)
    answer_required(clarification, alpha)
    first_required = next(q for q in clarification.questions() if q.required)
    answer(clarification, gamma, first_required.id, "Teilweise geklärt")
    for status in (GoalStatus.agreed, GoalStatus.proposed, GoalStatus.dropped):
        make_goal(agreements, gamma, status=status)
    make_goal(agreements, gamma, status=GoalStatus.achieved, evidence="Abnahmeprotokoll")
    make_goal(agreements, delta, status=GoalStatus.agreed)
    walk(engagements, gamma, S.clarifying)
    move(engagements, gamma, S.accepted, override=True, reason="Dringend")
    walk(engagements, delta, S.clarifying)
    # readiness: gamma 25 % (and accepted, its date passed: at risk), delta 100 %, beta none
    milestones = {gamma: (acme, 1, 3), delta: (client_id, 2, 0), beta: (client_id, 0, 0)}
    _add_milestones(handover, clients, milestones)
    move(engagements, delta, S.declined, reason="Kein Budget")
    _add_scope_creep(changes, agreements, alpha, beta, gamma)
    return {"alpha": alpha, "beta": beta, "gamma": gamma, "delta": delta}


def _add_milestones(
    handover: HandoverService,
    clients: ClientService,
    weights: dict[int, tuple[int, int, int]],
) -> None:
    """Per engagement (of client): the weight of one verified and of one planned milestone."""
    for engagement_id, (owner, verified, planned) in weights.items():
        signer = make_contact(clients, owner, f"Prüferin {engagement_id}")
        shown = MilestoneInput(
            "Allein geschafft", status=MilestoneStatus.verified, weight=verified,
            verification="Vorgeführt", signed_off_by_id=signer,
        )  # fmt: skip
        handover.add_milestone(engagement_id, shown)
        handover.add_milestone(engagement_id, MilestoneInput("Noch offen", weight=planned))


def _add_scope_creep(
    changes: ChangeRequestService, agreements: AgreementService, alpha: int, beta: int, gamma: int
) -> None:
    """alpha: against its fixed price; beta: against its catalogue; gamma: no budget."""
    approved = {"status": ChangeStatus.approved, "today": date(2025, 3, 1)}
    agreements.add_scope_item(beta, ScopeItemInput("Konzept", estimated_hours=Decimal(20)))
    make_change(changes, alpha, effort_hours=Decimal(4), cost=Decimal(900), cost_is_manual=True,
                **approved)  # fmt: skip
    make_change(changes, beta, effort_hours=Decimal(4), **approved)
    make_change(changes, gamma, effort_hours=Decimal(1), **approved)


def _expected(rows: list[EngagementRow], sort: EngagementSort, descending: bool) -> list[int]:
    """Nulls last either way; Python's sort is stable (also reversed), so ties stay by id."""
    key = SORT_KEYS[sort]
    by_id = sorted(rows, key=lambda row: row.id)
    present = [row for row in by_id if key(row) is not None]
    missing = [row for row in by_id if key(row) is None]
    return [row.id for row in sorted(present, key=key, reverse=descending) + missing]


def test_rows_carry_completeness_and_agreed_goals(
    engagements: EngagementService, clarification: ClarificationService, ids: Ids
) -> None:
    rows = {row.id: row for row in engagements.list(EngagementQuery())}
    partial = clarification.completeness(ids["gamma"])
    assert (partial.answered_required, partial.percent) == (1, round(100 / partial.required))
    assert {name: rows[i].completeness for name, i in ids.items()} == {
        "alpha": 100,
        "beta": 0,
        "gamma": partial.percent,
        "delta": 0,
    }
    assert {name: rows[i].agreed_goals for name, i in ids.items()} == {
        "alpha": 0,
        "beta": 0,
        "gamma": 2,
        "delta": 1,
    }
    assert rows[ids["gamma"]].status is S.accepted
    assert {name: rows[i].readiness for name, i in ids.items()} == {
        "alpha": None,
        "beta": None,  # only weightless milestones
        "gamma": 25,
        "delta": 100,
    }
    assert {name for name, i in ids.items() if rows[i].handover_at_risk} == {"gamma"}
    assert rows[ids["delta"]].client_name == "Müller & Söhne GmbH"


def test_completeness_is_100_when_nothing_is_required(
    engagements: EngagementService, clarification: ClarificationService, ids: Ids
) -> None:
    for question in clarification.questions():
        if question.required:
            data = dataclasses.replace(question.as_input(), required=False)
            clarification.update_question(question.id, data, version=question.version)
    assert {row.completeness for row in engagements.list(EngagementQuery())} == {100}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(EngagementSort))
def test_every_sort_key_sorts_in_sql_with_ties_by_id(
    engagements: EngagementService, ids: Ids, sort: EngagementSort, descending: bool
) -> None:
    rows = engagements.list(EngagementQuery(sort=sort, descending=descending))
    assert len(rows) == len(ids)
    assert [row.id for row in rows] == _expected(rows, sort, descending)


def test_sort_orders_are_what_the_user_expects(engagements: EngagementService, ids: Ids) -> None:
    def order(sort: EngagementSort, descending: bool = False) -> list[int]:
        query = EngagementQuery(sort=sort, descending=descending)
        return [row.id for row in engagements.list(query)]

    a, b, g, d = ids["alpha"], ids["beta"], ids["gamma"], ids["delta"]
    assert order(EngagementSort.client) == [g, b, d, a]  # acme, Müller ×2 by id, Zander
    assert order(EngagementSort.title_text) == [a, b, d, g]  # case does not matter
    assert order(EngagementSort.status) == [b, a, g, d]  # along the flow, declined last
    assert order(EngagementSort.starts_on, descending=True) == [b, d, g, a]  # undated last
    assert order(EngagementSort.agreed_goals, descending=True) == [g, d, b, a]  # ties by id


def test_filters_by_client_status_and_text(
    engagements: EngagementService, client_id: int, ids: Ids
) -> None:
    def names(**fields: Any) -> set[str]:
        found = {row.id for row in engagements.list(EngagementQuery(**fields))}
        assert engagements.count(EngagementQuery(**fields)) == len(found)
        return {name for name, i in ids.items() if i in found}

    assert names(client_id=client_id) == {"beta", "delta"}
    assert names(statuses=frozenset({S.clarifying})) == {"alpha"}
    assert names(statuses=frozenset({S.active})) == set()
    inquiries = names(statuses=frozenset({S.inquiry}))
    assert inquiries
    assert names(statuses=frozenset({S.clarifying, S.inquiry})) == {"alpha"} | inquiries
    assert names(statuses=frozenset()) == names()
    assert names(text="MÜLLER") == {"beta", "delta"}  # client name, non-ASCII case folded
    assert names(text="ALPHA") == {"alpha"}  # title, any case
    assert names(text="gamma acme") == {"gamma"}  # every word must match somewhere
    assert names(text="50%") == set()  # LIKE wildcards are taken literally
    assert names(client_id=client_id, text="delta") == {"delta"}


def test_paging_keeps_the_order(engagements: EngagementService, ids: Ids) -> None:
    everything = [row.id for row in engagements.list(EngagementQuery())]
    pages = [engagements.list(EngagementQuery(), offset=i, limit=2) for i in (0, 2)]
    assert [row.id for page in pages for row in page] == everything
    assert engagements.count(EngagementQuery()) == len(ids)
