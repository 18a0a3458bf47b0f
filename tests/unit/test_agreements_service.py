"""Wishes, goals and the service catalogue of an engagement, on a real temporary database."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from tests.engagement_factories import make_engagement, make_goal
from tests.factories import make_client, make_contact
from workbook.domain.changes import Entity
from workbook.domain.enums import BillingModel, GoalStatus, WishKind, WishStatus
from workbook.domain.goals import goal_problems, is_overdue
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services.agreements.service import AgreementService
from workbook.services.agreements.shapes import GoalInput, ScopeItemInput, WishInput
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService
from workbook.services.errors import Conflict, NotFound

DAY = date(2025, 3, 14)
G = GoalStatus


@pytest.fixture
def engagement_id(engagements: EngagementService, client_id: int) -> int:
    return make_engagement(engagements, client_id, budget_hours=Decimal(40))


# -- the rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "evidence", "by", "on", "errors"),
    [
        (G.achieved, "", None, None, [FieldError("evidence", Problem.required)]),
        (G.achieved, "Protokoll", None, None, []),
        (G.achieved, "", 7, DAY, []),
        (G.achieved, "", 7, None, [FieldError("signed_off_on", Problem.required),
                                   FieldError("evidence", Problem.required)]),
        (G.agreed, "", None, DAY, [FieldError("signed_off_by_id", Problem.required)]),
        (G.proposed, "", None, None, []),
        (G.missed, "", None, None, []),
    ],
)  # fmt: skip
def test_achieved_needs_evidence_or_a_complete_sign_off(
    status: GoalStatus, evidence: str, by: int | None, on: date | None, errors: list[FieldError]
) -> None:
    assert goal_problems(status, evidence, by, on) == errors


@pytest.mark.parametrize(
    ("status", "target", "overdue"),
    [
        (G.proposed, date(2025, 3, 13), True),
        (G.agreed, date(2025, 3, 13), True),
        (G.agreed, DAY, False),  # due today is not late yet
        (G.agreed, None, False),
        (G.achieved, date(2025, 1, 1), False),
        (G.missed, date(2025, 1, 1), False),
        (G.dropped, date(2025, 1, 1), False),
    ],
)
def test_only_open_goals_past_their_date_are_overdue(
    status: GoalStatus, target: date | None, overdue: bool
) -> None:
    assert is_overdue(status, target, DAY) is overdue


# -- wishes ------------------------------------------------------------------------------------


def test_wishes_needs_first_then_both_then_wants(
    agreements: AgreementService, engagement_id: int
) -> None:
    for text, kind in [
        ("A", WishKind.want),
        ("B", WishKind.need),
        ("C", WishKind.both),
        ("D", WishKind.need),
        ("E", WishKind.want),
    ]:
        agreements.add_wish(engagement_id, WishInput(text, kind))
    assert [w.text for w in agreements.wishes(engagement_id)] == ["B", "D", "C", "A", "E"]


def test_wish_crud_and_undo_of_the_removal_under_the_old_id(
    agreements: AgreementService, engagement_id: int
) -> None:
    goal_id = make_goal(agreements, engagement_id, "Schneller liefern")
    written = agreements.add_wish(
        engagement_id, WishInput(" Dashboard ", WishKind.want, "Chef will Zahlen", goal_id=goal_id)
    )
    assert written.changes.touches(Entity.wish)
    wish_id = written.created_id or 0
    wish = agreements.wish(wish_id)
    assert (wish.text, wish.goal_title, wish.engagement_id) == (
        "Dashboard",
        "Schneller liefern",
        engagement_id,
    )
    adopted = dataclasses.replace(wish.as_input(), status=WishStatus.adopted)
    agreements.update_wish(wish_id, adopted, version=wish.version)
    assert agreements.wish(wish_id).status is WishStatus.adopted
    saved = agreements.wish(wish_id)
    removed = agreements.remove_wish(wish_id, version=saved.version)
    with pytest.raises(NotFound):
        agreements.wish(wish_id)
    removed.undo()
    (back,) = agreements.wishes(engagement_id)
    assert back == dataclasses.replace(saved, version=saved.version + 1)


def test_wish_needs_text_and_a_goal_of_its_own_engagement(
    agreements: AgreementService,
    engagements: EngagementService,
    client_id: int,
    engagement_id: int,
) -> None:
    other = make_goal(agreements, make_engagement(engagements, client_id, "Anderer Auftrag"))
    with pytest.raises(ValidationError) as refused:
        agreements.add_wish(engagement_id, WishInput("  ", goal_id=other))
    assert refused.value.by_field() == {"text": Problem.required, "goal_id": Problem.out_of_range}
    assert agreements.wishes(engagement_id) == []


# -- goals -------------------------------------------------------------------------------------


def test_goal_rows_carry_signer_and_overdue_flag(
    agreements: AgreementService, clients: ClientService, client_id: int, engagement_id: int
) -> None:
    signer = make_contact(clients, client_id, "Jürgen Weiß")
    done = make_goal(
        agreements,
        engagement_id,
        "Erreicht",
        status=G.achieved,
        target_date=date(2025, 1, 1),
        signed_off_by_id=signer,
        signed_off_on=DAY,
    )
    late = make_goal(agreements, engagement_id, "Spät", target_date=date(2025, 2, 1))
    open_ = make_goal(agreements, engagement_id, "Offen")
    rows = agreements.goals(engagement_id, today=DAY)
    assert [row.id for row in rows] == [done, late, open_]  # by target date, undated last
    assert [(row.signed_off_by, row.overdue) for row in rows] == [
        ("Jürgen Weiß", False),
        ("", True),
        ("", False),
    ]
    assert agreements.goal(late, today=date(2025, 1, 31)).overdue is False


def test_achieved_goal_without_evidence_or_sign_off_is_refused(
    agreements: AgreementService, engagement_id: int
) -> None:
    goal_id = make_goal(agreements, engagement_id, status=G.agreed)
    achieved = dataclasses.replace(agreements.goal(goal_id).as_input(), status=G.achieved)
    with pytest.raises(ValidationError) as refused:
        agreements.update_goal(goal_id, achieved, version=1)
    assert refused.value.by_field() == {"evidence": Problem.required}
    with_evidence = dataclasses.replace(achieved, evidence="Messung 03/2025")
    agreements.update_goal(goal_id, with_evidence, version=1)
    assert agreements.goal(goal_id).status is G.achieved


def test_only_a_contact_of_the_client_can_sign_off(
    agreements: AgreementService, clients: ClientService, engagement_id: int
) -> None:
    stranger = make_contact(clients, make_client(clients, "Fremd GmbH"), "Eva Fremd")
    data = GoalInput("Ziel", status=G.achieved, signed_off_by_id=stranger, signed_off_on=DAY)
    with pytest.raises(ValidationError) as refused:
        agreements.add_goal(engagement_id, data)
    assert refused.value.by_field() == {"signed_off_by_id": Problem.out_of_range}
    with pytest.raises(ValidationError) as refused:
        agreements.add_goal(engagement_id, GoalInput(" "))
    assert refused.value.by_field() == {"title": Problem.required}
    assert agreements.goals(engagement_id) == []


def test_undo_of_a_goal_removal_brings_it_back_and_relinks_its_wishes(
    agreements: AgreementService, engagement_id: int
) -> None:
    goal_id = make_goal(agreements, engagement_id, "Ziel", measure="Tage", target_value="5")
    wish_id = agreements.add_wish(engagement_id, WishInput("W", goal_id=goal_id)).created_id or 0
    saved = agreements.goal(goal_id, today=DAY)
    removed = agreements.remove_goal(goal_id, version=saved.version)
    assert removed.changes.touches(Entity.goal, Entity.wish, Entity.engagement)
    assert agreements.wish(wish_id).goal_id is None  # the link is cleared, the wish stays
    redo = removed.undo()  # one transaction: the goal and its link
    assert agreements.goal(goal_id, today=DAY).as_input() == saved.as_input()
    assert agreements.wish(wish_id).goal_id == goal_id
    redo.undo()
    assert agreements.wish(wish_id).goal_id is None


def test_undo_of_a_removal_refuses_when_the_row_came_back_differently(
    agreements: AgreementService, engagement_id: int
) -> None:
    """Redo removes only the row as the undo restored it, not one a colleague edited since."""
    goal_id = make_goal(agreements, engagement_id, "Ziel")
    redo = agreements.remove_goal(goal_id, version=1).undo()
    restored = agreements.goal(goal_id)
    edited = dataclasses.replace(restored.as_input(), title="Ziel, präzisiert")
    agreements.update_goal(goal_id, edited, version=restored.version)
    with pytest.raises(Conflict):
        redo.undo()
    assert agreements.goal(goal_id).title == "Ziel, präzisiert"


# -- the service catalogue ---------------------------------------------------------------------


def _titles(agreements: AgreementService, engagement_id: int) -> list[str]:
    return [item.title for item in agreements.scope_items(engagement_id)]


def _add_items(agreements: AgreementService, engagement_id: int) -> dict[str, int]:
    items = [
        ScopeItemInput("Ist-Analyse", estimated_hours=Decimal("8.5"), price=Decimal("1020")),
        ScopeItemInput("Kein Hosting", in_scope=False, estimated_hours=Decimal(99)),
        ScopeItemInput("Workshop", estimated_hours=Decimal(6), price=Decimal("720.50")),
        ScopeItemInput("Kein Support", in_scope=False),
        ScopeItemInput("Konzept", estimated_hours=None, price=None),
    ]
    return {
        item.title: agreements.add_scope_item(engagement_id, item).created_id or 0 for item in items
    }


def test_scope_items_in_scope_first_then_exclusions(
    agreements: AgreementService, engagement_id: int
) -> None:
    _add_items(agreements, engagement_id)
    assert _titles(agreements, engagement_id) == [
        "Ist-Analyse",
        "Workshop",
        "Konzept",
        "Kein Hosting",
        "Kein Support",
    ]


def test_scope_item_update_and_undo_of_its_removal_in_place(
    agreements: AgreementService, engagement_id: int
) -> None:
    ids = _add_items(agreements, engagement_id)
    before = _titles(agreements, engagement_id)
    saved = agreements.scope_item(ids["Workshop"])
    removed = agreements.remove_scope_item(saved.id, version=saved.version)
    assert "Workshop" not in _titles(agreements, engagement_id)
    removed.undo()
    back = agreements.scope_item(saved.id)
    assert back == dataclasses.replace(saved, version=saved.version + 1)
    assert _titles(agreements, engagement_id) == before  # in its old place
    excluded = dataclasses.replace(saved.as_input(), in_scope=False, title="Kein Workshop")
    agreements.update_scope_item(saved.id, excluded, version=back.version)
    assert _titles(agreements, engagement_id)[-1] == "Kein Workshop"  # end of its new group


def test_scope_item_validation(agreements: AgreementService, engagement_id: int) -> None:
    with pytest.raises(ValidationError) as refused:
        agreements.add_scope_item(
            engagement_id, ScopeItemInput(" ", estimated_hours=Decimal(-1), price=Decimal(-2))
        )
    assert refused.value.by_field() == {
        "title": Problem.required,
        "estimated_hours": Problem.out_of_range,
        "price": Problem.out_of_range,
    }
    assert agreements.scope_items(engagement_id) == []


def test_scope_totals_sum_in_scope_items_against_the_agreement(
    agreements: AgreementService,
    engagements: EngagementService,
    client_id: int,
    engagement_id: int,
) -> None:
    empty = agreements.scope_totals(engagement_id)
    assert (empty.hours, empty.price, empty.budget_hours) == (0, 0, Decimal(40))
    _add_items(agreements, engagement_id)
    totals = agreements.scope_totals(engagement_id)
    assert (totals.hours, totals.price) == (Decimal("14.5"), Decimal("1740.50"))
    assert totals.fixed_price is None
    fixed = make_engagement(
        engagements,
        client_id,
        "Festpreis",
        billing_model=BillingModel.fixed,
        fixed_price=Decimal(5000),
    )
    assert agreements.scope_totals(fixed).fixed_price == Decimal(5000)
