"""Milestones, readiness and the handover review on a real temporary database."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from tests.engagement_factories import make_acceptable, make_engagement, walk
from tests.factories import make_client, make_contact
from workbook.domain.changes import Entity
from workbook.domain.enums import EngagementStatus, MilestoneMethod, MilestoneStatus
from workbook.domain.handover import DEFAULT_TERMS, DueWindow, HandoverTerms, RiskReason
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services.agreements.service import AgreementService
from workbook.services.clarification.service import ClarificationService
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService
from workbook.services.errors import Conflict
from workbook.services.handover.service import HandoverService
from workbook.services.handover.shapes import MilestoneInput, ReviewQuery, ReviewSort, SignOffInput

TODAY = date(2026, 11, 25)  # a Wednesday
M = MilestoneStatus
_TO_ACTIVE = (EngagementStatus.clarifying, EngagementStatus.accepted, EngagementStatus.active)


def _days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def engagement_id(engagements: EngagementService, client_id: int) -> int:
    return make_engagement(engagements, client_id, "Einführung DMS", self_sufficient_on=_days(20))


@pytest.fixture
def contact_id(clients: ClientService, client_id: int) -> int:
    return make_contact(clients, client_id, "Petra Schäfer")


def _active(
    engagements: EngagementService,
    clarification: ClarificationService,
    agreements: AgreementService,
    engagement_id: int,
) -> None:
    make_acceptable(clarification, agreements, engagement_id)
    walk(engagements, engagement_id, *_TO_ACTIVE)


def _add(handover: HandoverService, engagement_id: int, topic: str, **fields: object) -> int:
    written = handover.add_milestone(engagement_id, MilestoneInput(topic, **fields), today=TODAY)  # type: ignore[arg-type]
    assert written.created_id is not None
    return written.created_id


# -- writing -------------------------------------------------------------------------------------


def test_add_edit_remove_each_undone(handover: HandoverService, engagement_id: int) -> None:
    added = handover.add_milestone(engagement_id, MilestoneInput("  Monatsabschluss   allein "))
    assert added.changes.entities == {Entity.milestone, Entity.engagement}
    milestone = handover.milestones(engagement_id)[0]
    assert milestone.topic == "Monatsabschluss allein"
    edited = handover.update_milestone(
        milestone.id,
        dataclasses.replace(milestone.as_input(), method=MilestoneMethod.shadowing, weight=3),
        version=milestone.version,
    )
    assert handover.milestone(milestone.id).weight == 3
    edited.undo()
    assert handover.milestone(milestone.id).method is MilestoneMethod.workshop
    current = handover.milestone(milestone.id)
    removal = handover.remove_milestone(milestone.id, version=current.version)
    assert handover.milestones(engagement_id) == []
    redo = removal.undo()
    assert handover.milestone(milestone.id).topic == "Monatsabschluss allein"
    redo.undo()
    assert handover.milestones(engagement_id) == []


def test_a_stale_version_is_refused(handover: HandoverService, engagement_id: int) -> None:
    milestone_id = _add(handover, engagement_id, "Berichte anpassen")
    data = MilestoneInput("Berichte selbst anpassen")
    handover.update_milestone(milestone_id, data, version=1)
    with pytest.raises(Conflict):
        handover.update_milestone(milestone_id, MilestoneInput("Anders"), version=1)


def test_verified_needs_verification_and_a_sign_off(
    handover: HandoverService, engagement_id: int, contact_id: int
) -> None:
    with pytest.raises(ValidationError) as refused:
        _add(handover, engagement_id, "Stammdaten", status=M.verified)
    assert refused.value.by_field() == {
        "verification": Problem.required,
        "signed_off_by_id": Problem.required,
    }
    milestone_id = _add(
        handover, engagement_id, "Stammdaten", status=M.verified,
        verification="Legt neue Artikel allein an.", signed_off_by_id=contact_id,
    )  # fmt: skip
    shown = handover.milestone(milestone_id)
    assert (shown.signed_off_on, shown.done_on, shown.signed_off_by) == (
        TODAY, TODAY, "Petra Schäfer",
    )  # fmt: skip


def test_done_on_cannot_be_in_the_future(handover: HandoverService, engagement_id: int) -> None:
    with pytest.raises(ValidationError) as refused:
        _add(handover, engagement_id, "Schnittstellen", status=M.done, done_on=_days(1))
    assert refused.value.errors == [FieldError("done_on", Problem.in_future)]


def test_people_belong_to_the_client_and_weights_stay_in_range(
    handover: HandoverService, engagement_id: int, clients: ClientService
) -> None:
    stranger = make_contact(clients, make_client(clients, "Andere GmbH"), "Fremde Person")
    with pytest.raises(ValidationError) as refused:
        _add(handover, engagement_id, "Rechte", receiver_id=stranger, weight=-1)
    assert refused.value.by_field() == {
        "receiver_id": Problem.out_of_range,
        "weight": Problem.out_of_range,
    }


def test_reorder_and_undo(handover: HandoverService, engagement_id: int) -> None:
    first, second, third = (_add(handover, engagement_id, t) for t in ("A", "B", "C"))
    moved = handover.move_milestone(third, -2)
    assert [m.topic for m in handover.milestones(engagement_id)] == ["C", "A", "B"]
    moved.undo()
    assert [m.id for m in handover.milestones(engagement_id)] == [first, second, third]
    assert handover.move_milestone(first, -1).changes.entities == frozenset()


def test_mark_done_and_verify(
    handover: HandoverService, engagement_id: int, contact_id: int
) -> None:
    milestone_id = _add(handover, engagement_id, "Monatsabschluss", planned_on=_days(-3))
    done = handover.mark_done(milestone_id, version=1, today=TODAY)
    shown = handover.milestone(milestone_id, today=TODAY)
    assert (shown.status, shown.done_on, shown.overdue) == (M.done, TODAY, False)
    with pytest.raises(ValidationError):
        handover.verify(milestone_id, SignOffInput("  ", None), version=shown.version, today=TODAY)
    sign_off = SignOffInput("Abschluss November allein gemacht.", contact_id, _days(-1))
    handover.verify(milestone_id, sign_off, version=shown.version, today=TODAY)
    verified = handover.milestone(milestone_id)
    assert (verified.status, verified.signed_off_on) == (M.verified, _days(-1))
    assert handover.mark_done(milestone_id, version=verified.version).changes.entities == set()
    with pytest.raises(Conflict):  # the undo of "mark done" names the version it wrote
        done.undo()


# -- readiness -----------------------------------------------------------------------------------


def test_readiness_with_weights_and_risk(
    handover: HandoverService,
    engagements: EngagementService,
    clarification: ClarificationService,
    agreements: AgreementService,
    engagement_id: int,
    contact_id: int,
) -> None:
    _active(engagements, clarification, agreements, engagement_id)
    shown = {"verification": "Allein gemacht.", "signed_off_by_id": contact_id}
    _add(handover, engagement_id, "A", status=M.verified, weight=3, **shown)
    _add(handover, engagement_id, "B", status=M.planned, weight=1, planned_on=_days(10))
    _add(handover, engagement_id, "C", status=M.planned, weight=0)
    readiness = handover.readiness(engagement_id, today=TODAY)
    assert (readiness.percent, readiness.days_left) == (75, 20)
    assert readiness.risk.reasons == (RiskReason.low_readiness,)
    relaxed = HandoverTerms(horizon_days=30, minimum_percent=75)
    assert not handover.readiness(engagement_id, today=TODAY, terms=relaxed).risk.at_risk
    later = handover.readiness(engagement_id, today=_days(11), terms=relaxed)
    assert later.risk.reasons == (RiskReason.overdue,)


def test_an_engagement_not_yet_accepted_is_never_at_risk(
    handover: HandoverService, engagement_id: int
) -> None:
    readiness = handover.readiness(engagement_id, today=TODAY)
    assert readiness.percent is None
    assert not readiness.risk.at_risk


# -- the review ----------------------------------------------------------------------------------


@pytest.fixture
def reviewed(
    handover: HandoverService,
    engagements: EngagementService,
    clarification: ClarificationService,
    agreements: AgreementService,
    clients: ClientService,
    engagement_id: int,
    client_id: int,
) -> dict[str, int]:
    """One active engagement with a milestone in every window, one inquiry with one too."""
    _active(engagements, clarification, agreements, engagement_id)
    ids = {
        "overdue": _add(handover, engagement_id, "Überfällig", planned_on=_days(-2)),
        "week": _add(handover, engagement_id, "Diese Woche", planned_on=_days(3)),
        "soon": _add(handover, engagement_id, "Bald", planned_on=_days(12), status=M.at_risk),
        "later": _add(handover, engagement_id, "Später", planned_on=_days(90)),
        "open": _add(handover, engagement_id, "Ungeplant"),
        "done": _add(handover, engagement_id, "Erledigt", status=M.done, done_on=_days(-1)),
    }
    inquiry = make_engagement(engagements, client_id, "Noch eine Anfrage")
    _add(handover, inquiry, "Nicht im Review", planned_on=_days(-5))
    return ids


def test_review_groups_by_due_window(handover: HandoverService, reviewed: dict[str, int]) -> None:
    query = ReviewQuery()
    assert handover.review_counts(query, today=TODAY) == {
        DueWindow.overdue: 1,
        DueWindow.this_week: 1,
        DueWindow.next_30_days: 1,
        DueWindow.later: 2,
        DueWindow.done: 1,
    }
    later = handover.review(query, DueWindow.later, today=TODAY)
    assert [m.topic for m in later] == ["Später", "Ungeplant"]  # undated last
    overdue = handover.review(query, DueWindow.overdue, today=TODAY)[0]
    assert (overdue.id, overdue.window, overdue.overdue) == (reviewed["overdue"], "overdue", True)
    assert overdue.engagement_title == "Einführung DMS"
    assert overdue.client_name == "Müller & Söhne GmbH"


def test_review_filters_and_sorts_in_sql(
    handover: HandoverService, reviewed: dict[str, int], client_id: int, clients: ClientService
) -> None:
    flagged = ReviewQuery(status=M.at_risk)
    assert sum(handover.review_counts(flagged, today=TODAY).values()) == 1
    other = make_client(clients, "Niemand GmbH")
    assert sum(handover.review_counts(ReviewQuery(client_id=other), today=TODAY).values()) == 0
    mine = ReviewQuery(client_id=client_id, sort=ReviewSort.topic, descending=True)
    assert [m.topic for m in handover.review(mine, DueWindow.later, today=TODAY)] == [
        "Ungeplant", "Später",
    ]  # fmt: skip


def test_a_reviews_answer_reads_what_its_parts_read_and_keeps_what_it_is_given(
    handover: HandoverService, reviewed: dict[str, int]
) -> None:
    query, terms = ReviewQuery(), DEFAULT_TERMS
    closed = frozenset({DueWindow.done})
    risks = handover.at_risk_counted(today=TODAY, terms=terms, limit=3)
    counts = handover.review_counts(query, today=TODAY)
    shown = [window for window, count in counts.items() if count and window not in closed]
    assert shown  # the answer has pages to compare
    pages = handover.review_first_pages(query, shown, limit=2, today=TODAY)
    ask = {"today": TODAY, "terms": terms, "risks_limit": 3, "page_limit": 2, "closed": closed}
    assert handover.review_answer(query, **ask) == (risks, counts, pages)  # type: ignore[arg-type]
    kept_risks, kept_counts = ([], 0), dict.fromkeys(DueWindow, 0)
    assert handover.review_answer(
        query,
        **ask,
        risks=kept_risks,
        counts=kept_counts,  # type: ignore[arg-type]
    ) == (kept_risks, kept_counts, {})


@pytest.mark.parametrize("descending", [False, True])
def test_the_first_pages_of_every_window_in_one_query_page_like_review(
    handover: HandoverService, reviewed: dict[str, int], descending: bool
) -> None:
    windows = list(DueWindow)
    for sort in ReviewSort:
        query = ReviewQuery(sort=sort, descending=descending)
        for limit in (1, 2):
            pages = handover.review_first_pages(query, windows, limit=limit, today=TODAY)
            assert pages == {
                window: handover.review(query, window, limit=limit, today=TODAY)
                for window in windows
            }, (sort, limit)
    flagged = ReviewQuery(status=M.at_risk)
    assert handover.review_first_pages(flagged, [DueWindow.later], limit=5, today=TODAY) == {
        DueWindow.later: []
    }


@pytest.fixture
def spread(
    reviewed: dict[str, int],
    handover: HandoverService,
    engagements: EngagementService,
    clarification: ClarificationService,
    agreements: AgreementService,
    clients: ClientService,
) -> None:
    """Next to `reviewed`, a second client's active engagement whose milestones differ in
    every column the review sorts by (ties included, so the later keys decide)."""
    other = make_client(clients, "Alpha AG")
    engagement = make_engagement(engagements, other, "Schulung CRM")
    _active(engagements, clarification, agreements, engagement)
    anna, bert = (
        make_contact(clients, other, "anna Berg"),
        make_contact(clients, other, "Bert Adler"),
    )
    method = MilestoneMethod
    _add(handover, engagement, "Zoll", planned_on=_days(-1), receiver_id=bert, weight=3)
    _add(handover, engagement, "abrechnung", planned_on=_days(-4), method=method.training)
    _add(handover, engagement, "Berichte", planned_on=_days(2), receiver_id=anna, weight=2,
         method=method.review, status=M.in_progress)  # fmt: skip
    _add(handover, engagement, "Archiv", planned_on=_days(20), receiver_id=bert)
    _add(handover, engagement, "Export", planned_on=_days(200), method=method.shadowing, weight=5)
    _add(handover, engagement, "Import", receiver_id=anna, method=method.documentation)
    _add(handover, engagement, "Freigabe", status=M.done, done_on=_days(-3), weight=4)


# Each due window's first two milestones (topics) per sort, as the review showed them before
# its queries were rewritten for speed (#15): a rewrite must keep every one.
_PINNED_ORDERS = {
    (ReviewSort.planned_on, False): {
        "overdue": ["abrechnung", "Überfällig"],
        "this_week": ["Berichte", "Diese Woche"],
        "next_30_days": ["Bald", "Archiv"],
        "later": ["Später", "Export"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.planned_on, True): {
        "overdue": ["Zoll", "Überfällig"],
        "this_week": ["Diese Woche", "Berichte"],
        "next_30_days": ["Archiv", "Bald"],
        "later": ["Export", "Später"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.client, False): {
        "overdue": ["abrechnung", "Zoll"],
        "this_week": ["Berichte", "Diese Woche"],
        "next_30_days": ["Archiv", "Bald"],
        "later": ["Export", "Import"],
        "done": ["Freigabe", "Erledigt"],
    },
    (ReviewSort.client, True): {
        "overdue": ["Überfällig", "abrechnung"],
        "this_week": ["Diese Woche", "Berichte"],
        "next_30_days": ["Bald", "Archiv"],
        "later": ["Später", "Ungeplant"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.reference, False): {
        "overdue": ["Überfällig", "abrechnung"],
        "this_week": ["Diese Woche", "Berichte"],
        "next_30_days": ["Bald", "Archiv"],
        "later": ["Später", "Ungeplant"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.reference, True): {
        "overdue": ["abrechnung", "Zoll"],
        "this_week": ["Berichte", "Diese Woche"],
        "next_30_days": ["Archiv", "Bald"],
        "later": ["Export", "Import"],
        "done": ["Freigabe", "Erledigt"],
    },
    (ReviewSort.topic, False): {
        "overdue": ["abrechnung", "Zoll"],
        "this_week": ["Berichte", "Diese Woche"],
        "next_30_days": ["Archiv", "Bald"],
        "later": ["Export", "Import"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.topic, True): {
        "overdue": ["Überfällig", "Zoll"],
        "this_week": ["Diese Woche", "Berichte"],
        "next_30_days": ["Bald", "Archiv"],
        "later": ["Ungeplant", "Später"],
        "done": ["Freigabe", "Erledigt"],
    },
    (ReviewSort.method, False): {
        "overdue": ["abrechnung", "Überfällig"],
        "this_week": ["Berichte", "Diese Woche"],
        "next_30_days": ["Bald", "Archiv"],
        "later": ["Import", "Export"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.method, True): {
        "overdue": ["Überfällig", "Zoll"],
        "this_week": ["Diese Woche", "Berichte"],
        "next_30_days": ["Bald", "Archiv"],
        "later": ["Später", "Ungeplant"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.receiver, False): {
        "overdue": ["Zoll", "abrechnung"],
        "this_week": ["Berichte", "Diese Woche"],
        "next_30_days": ["Archiv", "Bald"],
        "later": ["Import", "Später"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.receiver, True): {
        "overdue": ["Zoll", "abrechnung"],
        "this_week": ["Berichte", "Diese Woche"],
        "next_30_days": ["Archiv", "Bald"],
        "later": ["Import", "Später"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.status, False): {
        "overdue": ["abrechnung", "Überfällig"],
        "this_week": ["Berichte", "Diese Woche"],
        "next_30_days": ["Bald", "Archiv"],
        "later": ["Später", "Export"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.status, True): {
        "overdue": ["abrechnung", "Überfällig"],
        "this_week": ["Diese Woche", "Berichte"],
        "next_30_days": ["Archiv", "Bald"],
        "later": ["Später", "Export"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.weight, False): {
        "overdue": ["abrechnung", "Überfällig"],
        "this_week": ["Diese Woche", "Berichte"],
        "next_30_days": ["Bald", "Archiv"],
        "later": ["Später", "Ungeplant"],
        "done": ["Erledigt", "Freigabe"],
    },
    (ReviewSort.weight, True): {
        "overdue": ["Zoll", "abrechnung"],
        "this_week": ["Berichte", "Diese Woche"],
        "next_30_days": ["Bald", "Archiv"],
        "later": ["Export", "Später"],
        "done": ["Freigabe", "Erledigt"],
    },
}


@pytest.mark.parametrize(("sort", "descending"), list(_PINNED_ORDERS))
def test_the_review_keeps_its_rows_and_order_in_every_sort(
    handover: HandoverService, spread: None, sort: ReviewSort, descending: bool
) -> None:
    query = ReviewQuery(sort=sort, descending=descending)
    pages = handover.review_first_pages(query, list(DueWindow), limit=2, today=TODAY)
    shown = {window.value: [m.topic for m in rows] for window, rows in pages.items()}
    assert shown == _PINNED_ORDERS[sort, descending]


def test_at_risk_engagements_with_their_reasons(
    handover: HandoverService, reviewed: dict[str, int], engagement_id: int
) -> None:
    risky = handover.at_risk(today=TODAY)
    assert [r.engagement_id for r in risky] == [engagement_id]
    assert risky[0].readiness.risk.reasons == (
        RiskReason.low_readiness, RiskReason.overdue, RiskReason.flagged,
    )  # fmt: skip
    assert risky[0].readiness.risk.overdue == 1
    # the review lists the nearest ones and counts them all
    assert handover.at_risk(today=TODAY, limit=0) == []
    assert handover.at_risk_counted(today=TODAY, limit=1) == (risky, 1)
    assert handover.at_risk_counted(today=TODAY, client_id=engagement_id + 1000) == ([], 0)
