"""The journal on a real temporary database: timeline, filters sorted in SQL, validation,
follow-ups, undo, and the days since feedback the clients list reads."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from tests.engagement_factories import make_engagement
from tests.factories import make_client
from workbook.domain.enums import JournalKind
from workbook.domain.validation import Problem, ValidationError
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery
from workbook.services.engagements.service import EngagementService
from workbook.services.errors import Conflict
from workbook.services.journal.service import JournalService
from workbook.services.journal.shapes import JournalInput, JournalQuery, JournalSort
from workbook.store.database import Database

TODAY = date(2026, 12, 1)
K = JournalKind


@pytest.fixture
def journal(database: Database) -> JournalService:
    return JournalService(database)


def _add(
    journal: JournalService, client_id: int, day: date, kind: K = K.call, **fields: object
) -> int:
    values: dict[str, object] = {"summary": f"{kind.value} am {day}", **fields}
    data = JournalInput(day, kind, **values)  # type: ignore[arg-type]
    written = journal.add(client_id, data, today=TODAY)
    assert written.created_id is not None
    return written.created_id


def _summaries(journal: JournalService, query: JournalQuery) -> list[str]:
    return [row.summary for row in journal.list(query, today=TODAY)]


def test_timeline_is_newest_first_with_where_it_belongs(
    journal: JournalService, client_id: int, engagements: EngagementService
) -> None:
    engagement = make_engagement(engagements, client_id, reference="2026-007")
    _add(journal, client_id, date(2026, 11, 2), summary="Erstes")
    _add(journal, client_id, date(2026, 11, 20), summary="Zweites", engagement_id=engagement)
    _add(journal, client_id, date(2026, 11, 20), summary="Drittes")
    rows = journal.timeline(client_id, today=TODAY)
    assert [r.summary for r in rows] == ["Drittes", "Zweites", "Erstes"]
    assert rows[1].engagement_reference == "2026-007"
    assert rows[0].client_name == "Müller & Söhne GmbH"


def test_filters_by_client_several_kinds_and_a_date_range(
    journal: JournalService, client_id: int, clients: ClientService
) -> None:
    other = make_client(clients, "Zeta AG")
    _add(journal, client_id, date(2026, 10, 1), K.meeting, summary="m1")
    _add(journal, client_id, date(2026, 11, 1), K.email, summary="e1")
    _add(journal, client_id, date(2026, 11, 15), K.feedback, summary="f1", details="Lob vom Chef")
    _add(journal, other, date(2026, 11, 16), K.meeting, summary="m2")
    assert _summaries(journal, JournalQuery()) == ["m2", "f1", "e1", "m1"]
    assert _summaries(journal, JournalQuery(client_id=client_id)) == ["f1", "e1", "m1"]
    kinds = frozenset({K.meeting, K.feedback})
    assert _summaries(journal, JournalQuery(kinds=kinds)) == ["m2", "f1", "m1"]
    days = JournalQuery(occurred_from=date(2026, 11, 1), occurred_to=date(2026, 11, 15))
    assert _summaries(journal, days) == ["f1", "e1"]
    assert _summaries(journal, JournalQuery(text="chef")) == ["f1"]
    assert _summaries(journal, JournalQuery(text="zeta")) == ["m2"]
    oldest = JournalQuery(descending=False)
    assert _summaries(journal, oldest) == ["m1", "e1", "f1", "m2"]
    by_client = JournalQuery(sort=JournalSort.client, descending=False)
    assert _summaries(journal, by_client) == ["f1", "e1", "m1", "m2"]
    assert journal.count(JournalQuery(kinds=kinds, client_id=client_id)) == 2


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"occurred_on": date(2026, 12, 2)}, "occurred_on", Problem.in_future),
        ({"satisfaction": 6}, "satisfaction", Problem.out_of_range),
        ({"satisfaction": 0}, "satisfaction", Problem.out_of_range),
        ({"summary": "   "}, "summary", Problem.required),
    ],
)
def test_invalid_entries_are_refused(
    journal: JournalService, client_id: int, change: dict[str, object], field: str, problem: Problem
) -> None:
    data = dataclasses.replace(JournalInput(TODAY, K.call, "Anruf"), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        journal.add(client_id, data, today=TODAY)
    assert refused.value.by_field() == {field: problem}
    assert journal.count(JournalQuery()) == 0


def test_an_engagement_of_another_client_is_refused(
    journal: JournalService, client_id: int, clients: ClientService, engagements: EngagementService
) -> None:
    other = make_engagement(engagements, make_client(clients, "Zeta AG"))
    data = JournalInput(TODAY, K.call, "Anruf", engagement_id=other)
    with pytest.raises(ValidationError) as refused:
        journal.add(client_id, data, today=TODAY)
    assert refused.value.by_field() == {"engagement_id": Problem.out_of_range}


def test_edit_and_remove_are_undone(journal: JournalService, client_id: int) -> None:
    entry_id = _add(journal, client_id, date(2026, 11, 2), summary="Alt", satisfaction=3)
    row = journal.entry(entry_id, today=TODAY)
    edited = journal.update(
        entry_id, dataclasses.replace(row.as_input(), summary="Neu"), version=row.version,
        today=TODAY,
    )  # fmt: skip
    assert journal.entry(entry_id, today=TODAY).summary == "Neu"
    edited.undo()
    row = journal.entry(entry_id, today=TODAY)
    assert (row.summary, row.satisfaction) == ("Alt", 3)
    removed = journal.remove(entry_id, version=row.version)
    assert journal.count(JournalQuery()) == 0
    removed.undo()
    assert journal.entry(entry_id, today=TODAY).summary == "Alt"


def test_follow_ups_done_snoozed_and_due(journal: JournalService, client_id: int) -> None:
    late = _add(journal, client_id, date(2026, 11, 2), follow_up_on=date(2026, 11, 20))
    later = _add(journal, client_id, date(2026, 11, 3), follow_up_on=date(2026, 12, 5))
    assert journal.entry(late, today=TODAY).overdue
    assert [r.id for r in journal.follow_ups_due(today=TODAY)] == [late]
    assert [r.id for r in journal.follow_ups_due(today=TODAY, within_days=7)] == [late, later]
    assert [r.id for r in journal.follow_ups_due(today=TODAY, within_days=7, limit=1)] == [late]
    done = journal.mark_follow_up_done(late, version=1)
    row = journal.entry(late, today=TODAY)
    assert (row.follow_up_done, row.overdue) == (True, False)
    assert journal.follow_ups_due(today=TODAY) == []
    done.undo()
    assert journal.entry(late, today=TODAY).overdue
    version = journal.entry(late, today=TODAY).version
    snoozed = journal.snooze_follow_up(late, 7, version=version, today=TODAY)
    assert journal.entry(late, today=TODAY).follow_up_on == date(2026, 12, 8)  # a week from today
    snoozed.undo()
    assert journal.entry(late, today=TODAY).follow_up_on == date(2026, 11, 20)
    with pytest.raises(Conflict):  # the snoozed state is gone: a form read from it is stale
        journal.mark_follow_up_done(late, version=snoozed.version or 0)
    # The undo counted a write, but the entry holds again what was read before the snooze.
    journal.mark_follow_up_done(late, version=version)
    assert journal.entry(late, today=TODAY).follow_up_done


def test_open_follow_ups_filter(journal: JournalService, client_id: int) -> None:
    _add(journal, client_id, date(2026, 11, 2), summary="offen", follow_up_on=date(2026, 12, 5))
    _add(journal, client_id, date(2026, 11, 3), summary="ohne")
    _add(journal, client_id, date(2026, 11, 4), summary="erledigt",
         follow_up_on=date(2026, 11, 9), follow_up_done=True)  # fmt: skip
    assert _summaries(journal, JournalQuery(open_follow_ups=True)) == ["offen"]


def test_days_since_feedback_follow_the_journal(
    journal: JournalService, client_id: int, clients: ClientService
) -> None:
    def days() -> int | None:
        (row,) = clients.list(ClientQuery(), today=TODAY)
        return row.days_since_feedback

    assert days() is None
    _add(journal, client_id, date(2026, 11, 1), K.email)  # an e-mail is not feedback
    assert days() is None
    _add(journal, client_id, date(2026, 11, 1), K.meeting)
    assert days() == 30
    entry = _add(journal, client_id, date(2026, 11, 21), K.note, satisfaction=4)  # rated: feedback
    assert days() == 10
    journal.remove(entry, version=1)
    assert days() == 30


def test_pages_follow_on_in_every_sort(journal: JournalService, client_id: int) -> None:
    """Each page's ids are found first, then its rows: pages neither overlap nor skip, also
    where sort keys tie (the same day, no rating)."""
    for number in range(7):
        _add(journal, client_id, date(2026, 11, 1 + number % 3), satisfaction=None)
    for sort in JournalSort:
        for descending in (False, True):
            query = JournalQuery(sort=sort, descending=descending)
            whole = [row.id for row in journal.list(query, today=TODAY)]
            paged = [
                row.id
                for offset in range(0, 7, 3)
                for row in journal.list(query, today=TODAY, offset=offset, limit=3)
            ]
            assert paged == whole, (sort, descending)
            assert sorted(whole) == sorted(set(whole))


def test_a_typed_filter_keeps_every_sort_in_its_order(
    journal: JournalService, client_id: int
) -> None:
    """Under a typed word the sort key is ordered after a scan (store.ordering.scanned_order),
    not along its index: the same order, ties and empty values last included."""
    days = [date(2026, 11, 3), date(2026, 11, 1), date(2026, 11, 3), date(2026, 11, 2)]
    for number, day in enumerate(days * 2):
        summary = f"{'Telefonat' if number % 2 else 'Besuch'} {'Abc'[number % 3]}"
        follow_up = date(2026, 12, 1 + number % 3) if number % 4 else None
        _add(journal, client_id, day, summary=summary, satisfaction=(number % 3 or None),
             follow_up_on=follow_up)  # fmt: skip
    for sort in JournalSort:
        for descending in (False, True):
            query = JournalQuery(sort=sort, descending=descending)
            matching = [
                row.id for row in journal.list(query, today=TODAY) if "Telefonat" in row.summary
            ]
            typed = dataclasses.replace(query, text="telef")
            assert [row.id for row in journal.list(typed, today=TODAY)] == matching
            assert [
                row.id
                for offset in range(0, 4, 2)
                for row in journal.list(typed, today=TODAY, offset=offset, limit=2)
            ] == matching, (sort, descending)
