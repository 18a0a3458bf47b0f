"""Change requests on a real temporary database: logging, the workflow, undo, the lists, the
scope-creep meter, the cost notice's facts and costs that follow the rate."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from tests.engagement_factories import make_change, make_engagement
from tests.factories import make_client, make_contact
from workbook.domain.changes import Entity
from workbook.domain.enums import BillingModel, ChangeKind, ChangeStatus
from workbook.domain.scope_creep import Basis, Bearer
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services.agreements.service import AgreementService
from workbook.services.agreements.shapes import ScopeItemInput
from workbook.services.changes.service import ChangeRequestService
from workbook.services.changes.shapes import ChangeQuery, ChangeRequestInput, ChangeSort
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService
from workbook.services.engagements.shapes import EngagementQuery, EngagementRow
from workbook.services.errors import Conflict, NotFound

S = ChangeStatus
D = Decimal
ASKED = date(2026, 11, 2)
TODAY = date(2026, 11, 25)


@pytest.fixture
def hourly(engagements: EngagementService, client_id: int) -> int:
    """120 EUR an hour, 100 hours agreed."""
    return make_engagement(engagements, client_id, "Prozessanalyse", budget_hours=D(100))


@pytest.fixture
def fixed(engagements: EngagementService, client_id: int) -> int:
    """12,000 EUR fixed price, change work at 150 EUR an hour, nothing agreed in hours."""
    return make_engagement(
        engagements, client_id, "Festpreis-Einführung", billing_model=BillingModel.fixed,
        hourly_rate=None, fixed_price=D(12000), change_rate=D(150),
    )  # fmt: skip


def _change(
    changes: ChangeRequestService, engagement: int, title: str = "Feld", **kw: object
) -> int:
    values: dict[str, object] = {"requested_on": ASKED, **kw}
    return make_change(changes, engagement, title, today=TODAY, **values)


def _step(changes: ChangeRequestService, change_id: int, target: S) -> None:
    changes.step(change_id, target, version=changes.get(change_id).version, today=TODAY)


# -- logging -----------------------------------------------------------------------------------


def test_cost_follows_effort_times_the_rate_for_changes(
    changes: ChangeRequestService, hourly: int, fixed: int
) -> None:
    by_hour = changes.get(_change(changes, hourly, effort_hours=D("2.5")))
    by_price = changes.get(_change(changes, fixed, effort_hours=D("2.5")))
    assert (by_hour.cost, by_hour.cost_is_manual, by_hour.currency) == (D(300), False, "EUR")
    assert by_price.cost == D(375)  # the change rate, not the (missing) hourly rate
    assert changes.get(_change(changes, hourly)).cost is None  # no estimate, no cost


def test_a_typed_cost_is_kept_and_clearing_it_follows_the_rate_again(
    changes: ChangeRequestService, hourly: int
) -> None:
    change_id = _change(changes, hourly, effort_hours=D(2), cost=D(199), cost_is_manual=True)
    row = changes.get(change_id)
    assert (row.cost, row.cost_is_manual) == (D(199), True)
    data = dataclasses.replace(row.as_input(), effort_hours=D(3))
    changes.update(change_id, data, version=row.version, today=TODAY)
    assert changes.get(change_id).cost == D(199)
    row = changes.get(change_id)
    cleared = dataclasses.replace(row.as_input(), cost=None)  # the form's empty cost field
    changes.update(change_id, cleared, version=row.version, today=TODAY)
    assert (changes.get(change_id).cost, changes.get(change_id).cost_is_manual) == (D(360), False)


def test_the_row_says_who_asked_and_where_it_belongs(
    changes: ChangeRequestService, clients: ClientService, client_id: int, hourly: int
) -> None:
    weiss = make_contact(clients, client_id, "Jürgen Weiß", department="Einkauf")
    by_contact = changes.get(
        _change(changes, hourly, requested_by_id=weiss, requested_by_text="wird ersetzt")
    )
    by_phone = changes.get(_change(changes, hourly, requested_by_text="  Anruf   Zentrale "))
    assert (by_contact.requested_by, by_contact.requested_by_text) == ("Jürgen Weiß", "")
    assert by_phone.requested_by == "Anruf Zentrale"
    assert (by_contact.client_name, by_contact.engagement_title) == (
        "Müller & Söhne GmbH", "Prozessanalyse",
    )  # fmt: skip
    assert by_contact.engagement_reference.startswith(f"{date.today().year}-")


def test_reaching_a_status_dates_its_step(changes: ChangeRequestService, hourly: int) -> None:
    row = changes.get(_change(changes, hourly, effort_hours=D(1), status=S.approved))
    assert (row.estimated_on, row.decided_on, row.done_on) == (TODAY, TODAY, None)


def test_touching_an_explicit_exclusion_is_out_of_scope(
    changes: ChangeRequestService, agreements: AgreementService, hourly: int
) -> None:
    included = agreements.add_scope_item(hourly, ScopeItemInput("Konzept")).created_id
    excluded = agreements.add_scope_item(
        hourly, ScopeItemInput("Schulung Endanwender", in_scope=False)
    ).created_id
    inside = changes.get(_change(changes, hourly, scope_item_id=included))
    outside = changes.get(_change(changes, hourly, scope_item_id=excluded))
    assert (inside.out_of_scope, inside.scope_item_title) == (False, "Konzept")
    assert (outside.out_of_scope, outside.scope_item_title) == (True, "Schulung Endanwender")


def test_refusals_write_nothing(
    changes: ChangeRequestService,
    clients: ClientService,
    agreements: AgreementService,
    engagements: EngagementService,
    hourly: int,
) -> None:
    other_client = make_client(clients, "Andere GmbH")
    stranger = make_contact(clients, other_client, "Fremd")
    elsewhere = make_engagement(engagements, other_client, "Anderswo")
    foreign_item = agreements.add_scope_item(elsewhere, ScopeItemInput("Fremd")).created_id
    data = ChangeRequestInput(
        "", requested_on=ASKED, requested_by_id=stranger, scope_item_id=foreign_item,
        status=S.approved, cost=D(-5), cost_is_manual=True,
    )  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        changes.add(hourly, data, today=TODAY)
    assert set(refused.value.errors) == {
        FieldError("title", Problem.required),
        FieldError("cost", Problem.out_of_range),
        FieldError("effort_hours", Problem.estimate_first),
        FieldError("requested_by_id", Problem.out_of_range),
        FieldError("scope_item_id", Problem.out_of_range),
    }
    assert changes.count(ChangeQuery()) == 0
    with pytest.raises(NotFound):
        changes.add(9999, ChangeRequestInput("X", requested_on=ASKED), today=TODAY)


# -- workflow and undo -------------------------------------------------------------------------


def test_each_step_of_the_workflow_is_undoable(changes: ChangeRequestService, hourly: int) -> None:
    change_id = _change(changes, hourly, effort_hours=D(2))
    first = changes.get(change_id)
    assert (first.status, first.estimated_on) == (S.open, None)
    row = changes.get(change_id)
    estimated = changes.update(
        change_id, dataclasses.replace(row.as_input(), status=S.estimated),
        version=row.version, today=TODAY,
    )  # fmt: skip
    approve = changes.step(change_id, S.approved, version=estimated.version or 0, today=TODAY)
    done = changes.step(change_id, S.done, version=approve.version or 0, today=TODAY)
    assert changes.get(change_id).status is S.done
    redo = done.undo()
    assert (changes.get(change_id).status, changes.get(change_id).done_on) == (S.approved, None)
    redo.undo()
    assert changes.get(change_id).done_on == TODAY


def test_done_needs_approval_first(changes: ChangeRequestService, hourly: int) -> None:
    change_id = _change(changes, hourly, effort_hours=D(2), status=S.estimated)
    with pytest.raises(ValidationError) as refused:
        _step(changes, change_id, S.done)
    assert refused.value.errors == [FieldError("status", Problem.approve_first)]
    assert changes.get(change_id).status is S.estimated


def test_an_undo_refuses_to_overwrite_a_later_edit(
    changes: ChangeRequestService, hourly: int
) -> None:
    change_id = _change(changes, hourly, effort_hours=D(2), status=S.estimated)
    approved = changes.step(change_id, S.approved, version=1, today=TODAY)
    row = changes.get(change_id)
    changes.update(change_id, dataclasses.replace(row.as_input(), title="Anders"),
                   version=row.version, today=TODAY)  # fmt: skip
    with pytest.raises(Conflict):
        approved.undo()
    assert changes.get(change_id).title == "Anders"


def test_several_steps_on_one_request_undo_one_after_another(
    changes: ChangeRequestService, hourly: int
) -> None:
    """Undoing a later step counts the version on; the step before it is still undoable, as
    the request is exactly as that step left it."""
    added = changes.add(hourly, ChangeRequestInput("Feld", requested_on=ASKED), today=TODAY)
    change_id = added.created_id or 0
    row = changes.get(change_id)
    estimated = changes.update(
        change_id, dataclasses.replace(row.as_input(), effort_hours=D(2), status=S.estimated),
        version=row.version, today=TODAY,
    )  # fmt: skip
    told = changes.mark_told([(change_id, estimated.version or 0)], today=TODAY)
    approved = changes.step(change_id, S.approved, version=changes.get(change_id).version,
                            today=TODAY)  # fmt: skip
    for written, status in ((approved, S.client_informed), (told, S.estimated),
                            (estimated, S.open)):  # fmt: skip
        written.undo()
        assert changes.get(change_id).status is status
    added.undo()
    assert changes.count(ChangeQuery()) == 0


def test_removing_and_undo_puts_it_back(changes: ChangeRequestService, hourly: int) -> None:
    change_id = _change(changes, hourly, effort_hours=D(2))
    removed = changes.remove(change_id, version=1)
    assert removed.changes.entities == frozenset({Entity.change_request})
    with pytest.raises(NotFound):
        changes.get(change_id)
    removed.undo()
    assert changes.get(change_id).cost == D(240)


# -- lists -------------------------------------------------------------------------------------


def test_filters_combine_and_several_statuses_at_once(
    changes: ChangeRequestService,
    clients: ClientService,
    engagements: EngagementService,
    hourly: int,
    fixed: int,
) -> None:
    other = make_engagement(engagements, make_client(clients, "Zander AG"), "Logistik")
    a = _change(changes, hourly, "Logo austauschen", effort_hours=D(1), status=S.estimated)
    b = _change(changes, hourly, "Betriebsrat einbinden", kind=ChangeKind.new_stakeholder)
    c = _change(changes, fixed, "Preisliste veraltet", kind=ChangeKind.outdated_material,
                effort_hours=D(3), status=S.approved)  # fmt: skip
    d = _change(changes, other, "Vertrieb Süd", department="Vertrieb Süd", effort_hours=D(2),
                status=S.rejected)  # fmt: skip

    def ids(**kw: object) -> set[int]:
        query = ChangeQuery(**kw)  # type: ignore[arg-type]
        assert changes.count(query) == len(changes.list(query))
        return {row.id for row in changes.list(query)}

    assert ids() == {a, b, c, d}
    assert ids(statuses=frozenset({S.estimated, S.approved})) == {a, c}
    assert ids(engagement_id=hourly) == {a, b}
    assert ids(client_id=engagements.get(other).client_id) == {d}
    assert ids(kind=ChangeKind.new_stakeholder) == {b}
    assert ids(text="süd") == {d}
    assert ids(text="zander") == {d}  # the client's name, folded
    assert ids(text="festpreis") == {c}  # the engagement's title
    assert ids(statuses=frozenset({S.done})) == set()
    assert [row.id for row in changes.of_engagement(hourly)] == [a, b]
    choices = changes.engagement_choices()
    assert [engagement_id for engagement_id, _ in choices] == [hourly, fixed, other]
    assert changes.engagement_choices(engagements.get(other).client_id) == [
        (other, f"{engagements.get(other).reference} – Logistik")
    ]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(ChangeSort))
def test_every_sort_key_sorts_in_sql(
    changes: ChangeRequestService, hourly: int, fixed: int, sort: ChangeSort, descending: bool
) -> None:
    _change(changes, hourly, "b", effort_hours=D(3), status=S.approved)
    _change(changes, fixed, "A", kind=ChangeKind.other, requested_on=date(2026, 11, 3))
    _change(changes, hourly, "c", effort_hours=D(1), status=S.estimated)
    rows = changes.list(ChangeQuery(sort=sort, descending=descending))
    keys = {
        ChangeSort.title_text: lambda r: r.title.lower(),
        ChangeSort.effort_hours: lambda r: r.effort_hours,
        ChangeSort.requested_on: lambda r: r.requested_on,
        ChangeSort.reference: lambda r: r.engagement_reference,
    }
    key = keys.get(sort)
    if key is not None:
        values = [key(r) for r in rows if key(r) is not None]
        assert values == sorted(values, reverse=descending)
        assert all(key(r) is None for r in rows[len(values) :])  # nulls last
    assert len(rows) == 3


# -- the scope-creep meter ---------------------------------------------------------------------


def _creep_row(engagements: EngagementService, engagement_id: int) -> EngagementRow:
    return next(r for r in engagements.list(EngagementQuery()) if r.id == engagement_id)


def test_meter_of_an_hourly_engagement_counts_approved_and_done_only(
    changes: ChangeRequestService, engagements: EngagementService, hourly: int
) -> None:
    _change(changes, hourly, "Feld", effort_hours=D("2.5"), status=S.approved)  # 300
    done = _change(changes, hourly, "Logo", effort_hours=D(4), status=S.approved)  # 480
    _step(changes, done, S.done)
    _change(changes, hourly, "Offen", effort_hours=D(40))
    _change(changes, hourly, "Geschätzt", effort_hours=D(40), status=S.estimated)
    _change(changes, hourly, "Abgelehnt", effort_hours=D(40), status=S.rejected)
    meter = changes.meter(hourly)
    assert (meter.creep.hours, meter.creep.cost) == (D("6.5"), D(780))
    assert (meter.creep.basis, meter.creep.base, meter.creep.percent) == (
        Basis.budget_hours, D(100), 6,
    )  # fmt: skip
    assert (meter.bearer, meter.pending) == (Bearer.client, 1)
    assert meter.creep.uninformed == 2  # approved work with cost, the client never told
    assert meter.creep.flagged
    assert not meter.creep.over
    row = _creep_row(engagements, hourly)
    assert row.scope_creep == meter.creep


def test_meter_of_a_fixed_price_is_cost_against_the_price_and_absorbed(
    changes: ChangeRequestService, engagements: EngagementService, fixed: int
) -> None:
    _change(changes, fixed, "Schnittstelle", effort_hours=D(10), status=S.approved,
            client_informed_on=ASKED)  # 1,500  # fmt: skip
    meter = changes.meter(fixed)
    assert (meter.creep.cost, meter.creep.basis, meter.creep.share) == (
        D(1500), Basis.fixed_price, pytest.approx(0.125),
    )  # fmt: skip
    assert meter.bearer is Bearer.consultant
    assert meter.creep.over
    assert meter.creep.uninformed == 0
    assert not changes.meter(fixed, threshold=D("0.2")).creep.over
    row = _creep_row(engagements, fixed)
    assert row.creep_bearer is Bearer.consultant
    assert row.scope_creep == meter.creep


def test_meter_without_any_budget_has_no_share(
    changes: ChangeRequestService, engagements: EngagementService, client_id: int
) -> None:
    bare = make_engagement(engagements, client_id, "Ohne Budget")
    _change(changes, bare, effort_hours=D(3), status=S.approved)
    meter = changes.meter(bare)
    assert (meter.creep.hours, meter.creep.cost, meter.creep.share) == (D(3), D(360), None)
    assert not meter.creep.over
    assert changes.meter(make_engagement(engagements, client_id, "Leer")).creep.share is None


def test_a_zero_rate_adds_hours_without_cost(
    changes: ChangeRequestService, engagements: EngagementService, client_id: int
) -> None:
    free = make_engagement(engagements, client_id, "Pro bono", hourly_rate=D(0),
                           budget_hours=D(20))  # fmt: skip
    _change(changes, free, effort_hours=D(4), status=S.approved)
    meter = changes.meter(free)
    assert (meter.creep.hours, meter.creep.cost, meter.creep.percent) == (D(4), D(0), 20)
    assert meter.creep.uninformed == 0  # nothing to tell


def test_a_request_moved_back_from_approved_no_longer_counts(
    changes: ChangeRequestService, engagements: EngagementService, hourly: int
) -> None:
    change_id = _change(changes, hourly, effort_hours=D(12), status=S.approved)
    assert changes.meter(hourly).creep.over
    row = changes.get(change_id)
    back = dataclasses.replace(row.as_input(), status=S.estimated, decided_on=None)
    changes.update(change_id, back, version=row.version, today=TODAY)
    assert changes.meter(hourly).creep.hours == D(0)
    assert changes.meter(hourly).pending == 1
    assert _creep_row(engagements, hourly).scope_creep.hours == D(0)


def test_the_catalogue_stands_in_for_a_missing_budget(
    changes: ChangeRequestService, agreements: AgreementService, engagements: EngagementService,
    client_id: int,
) -> None:  # fmt: skip
    scoped = make_engagement(engagements, client_id, "Katalog")
    agreements.add_scope_item(scoped, ScopeItemInput("Konzept", estimated_hours=D(30)))
    agreements.add_scope_item(scoped, ScopeItemInput("Nicht", in_scope=False,
                                                     estimated_hours=D(70)))  # fmt: skip
    _change(changes, scoped, effort_hours=D(6), status=S.approved)
    assert (changes.meter(scoped).creep.basis, changes.meter(scoped).creep.percent) == (
        Basis.scope_hours, 20,
    )  # fmt: skip


# -- the cost notice's facts -------------------------------------------------------------------


def test_notice_lists_what_was_not_told_and_the_running_total(
    changes: ChangeRequestService, clients: ClientService, client_id: int, hourly: int
) -> None:
    make_contact(clients, client_id, "Nebenan", email="neben@example.com")
    make_contact(clients, client_id, "Jürgen Weiß", email="jw@example.com", is_primary=True)
    told = _change(changes, hourly, "Schon gesagt", effort_hours=D(1), status=S.client_informed,
                   client_informed_on=ASKED)  # 120  # fmt: skip
    tiny = _change(changes, hourly, "Kleine Änderung", effort_hours=D("1.5"), status=S.estimated)
    old = _change(changes, hourly, "Alte Unterlagen", effort_hours=D(6), status=S.approved,
                  requested_on=date(2026, 11, 1))  # 720, approved, never told  # fmt: skip
    _change(changes, hourly, "Noch offen")
    _change(changes, hourly, "Abgelehnt", effort_hours=D(9), status=S.rejected)
    facts = changes.notice(hourly)
    assert [line.id for line in facts.lines] == [old, tiny]  # in the order they came in
    assert (facts.these.hours, facts.these.cost) == (D("7.5"), D(900))
    assert (facts.running.hours, facts.running.cost) == (D("8.5"), D(1020))
    assert (facts.recipient_name, facts.recipient_email) == ("Jürgen Weiß", "jw@example.com")
    assert (facts.unestimated, facts.billing_model, facts.language) == (1, BillingModel.hourly, "")
    assert told not in [line.id for line in facts.lines]


def test_telling_the_client_is_one_undoable_step(
    changes: ChangeRequestService, hourly: int
) -> None:
    tiny = _change(changes, hourly, "Klein", effort_hours=D(1), status=S.estimated)
    old = _change(changes, hourly, "Alt", effort_hours=D(2), status=S.approved)
    lines = changes.notice(hourly).lines
    written = changes.mark_told([(line.id, line.version) for line in lines], today=TODAY)
    assert (changes.get(tiny).status, changes.get(tiny).client_informed_on) == (
        S.client_informed, TODAY,
    )  # fmt: skip
    assert (changes.get(old).status, changes.get(old).client_informed_on) == (S.approved, TODAY)
    assert changes.notice(hourly).lines == ()
    assert changes.meter(hourly).creep.uninformed == 0
    redo = written.undo()
    assert (changes.get(tiny).status, changes.get(tiny).client_informed_on) == (S.estimated, None)
    assert changes.get(old).client_informed_on is None
    redo.undo()
    assert changes.get(tiny).status is S.client_informed


def test_telling_refuses_when_a_request_changed_meanwhile(
    changes: ChangeRequestService, hourly: int
) -> None:
    tiny = _change(changes, hourly, "Klein", effort_hours=D(1), status=S.estimated)
    other = _change(changes, hourly, "Anders", effort_hours=D(1), status=S.estimated)
    lines = changes.notice(hourly).lines
    row = changes.get(other)
    changes.update(other, dataclasses.replace(row.as_input(), effort_hours=D(5)),
                   version=row.version, today=TODAY)  # fmt: skip
    with pytest.raises(Conflict):
        changes.mark_told([(line.id, line.version) for line in lines], today=TODAY)
    assert changes.get(tiny).client_informed_on is None  # all or nothing


# -- costs that follow the rate ----------------------------------------------------------------


def test_a_new_rate_reprices_what_was_neither_typed_nor_told(
    changes: ChangeRequestService, engagements: EngagementService, hourly: int
) -> None:
    follows = _change(changes, hourly, "Folgt", effort_hours=D(2))
    typed = _change(changes, hourly, "Getippt", effort_hours=D(2), cost=D(100),
                    cost_is_manual=True)  # fmt: skip
    told = _change(changes, hourly, "Gesagt", effort_hours=D(2), status=S.client_informed)
    detail = engagements.get(hourly)
    written = engagements.update(
        hourly, dataclasses.replace(detail.as_input(), hourly_rate=D(150)), version=detail.version
    )
    assert written.changes.touches(Entity.change_request)
    assert [changes.get(i).cost for i in (follows, typed, told)] == [D(300), D(100), D(240)]
    written.undo()
    assert changes.get(follows).cost == D(240)
