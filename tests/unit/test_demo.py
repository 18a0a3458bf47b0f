"""Demo data: every table filled, consistent with the domain rules, and reproducible."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import SQLModel

from workbook.demo.generator import TABLES, fill_demo
from workbook.demo.practice import PRACTICE_TABLES
from workbook.domain.catalogue import CATALOGUE, SECTION_ORDER
from workbook.domain.enums import (
    FEEDBACK_KINDS,
    BillingModel,
    ChangeKind,
    ChangeStatus,
    CompetenceLevel,
    EngagementStatus,
    GoalStatus,
    JournalKind,
    MilestoneMethod,
    MilestoneStatus,
    SupportPlanStatus,
    WishKind,
    WishStatus,
)
from workbook.domain.handover import DueWindow
from workbook.domain.names import fold
from workbook.domain.validation import FieldError, check_email, check_phone, check_url
from workbook.services.clarification.seed import ensure_catalogue
from workbook.services.engagements.shapes import EngagementQuery
from workbook.services.handover.service import HandoverService
from workbook.services.handover.shapes import ReviewQuery
from workbook.services.sessions import writing
from workbook.services.workspace import build_workspace
from workbook.store.check import check_integrity
from workbook.store.database import Database, open_database

TODAY = date(2026, 11, 25)


def _open(path: Path) -> Database:
    return open_database(path / "w.sqlite3")


def _rows(database: Database, sql: str) -> list[tuple[Any, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql).all()]


def _values(database: Database, sql: str) -> set[Any]:
    return {row[0] for row in _rows(database, sql)}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = _open(tmp_path_factory.mktemp("demo"))
    fill_demo(database, today=TODAY)
    yield database
    database.close()


# The audit records what a user really did with personal data; demo data invents none of it.
NOT_DEMO = frozenset({"audit_event"})


def test_every_table_gets_rows_and_the_file_is_sound(demo: Database) -> None:
    for table in set(SQLModel.metadata.tables) - NOT_DEMO:
        assert _rows(demo, f"SELECT count(*) FROM {table}")[0][0] > 0, table
    assert check_integrity(demo) == []


def test_counts_returned_match_the_tables(tmp_path: Path) -> None:
    database = _open(tmp_path)
    try:
        counts = fill_demo(database, clients=5, today=TODAY)
        for table, count in counts.items():
            assert _rows(database, f"SELECT count(*) FROM {table}")[0][0] == count, table
    finally:
        database.close()


def test_same_seed_and_day_give_identical_data(tmp_path: Path) -> None:
    first, second = _open(tmp_path / "a"), _open(tmp_path / "b")
    try:
        counts = [fill_demo(db, clients=30, seed=7, today=TODAY) for db in (first, second)]
        assert counts[0] == counts[1]
        # Seeded questions carry the real time they were seeded; demo rows only depend on TODAY.
        for table in set(SQLModel.metadata.tables) - {"clarification_question"}:
            sql = f"SELECT * FROM {table} ORDER BY id"
            assert _rows(first, sql) == _rows(second, sql), table
    finally:
        first.close()
        second.close()


def test_clients_without_contacts_exist(demo: Database) -> None:
    lonely = _rows(demo, "SELECT id FROM client WHERE id NOT IN (SELECT client_id FROM contact)")
    assert len(lonely) >= 2


def test_exactly_one_primary_contact_per_client_with_contacts(demo: Database) -> None:
    primaries = _rows(demo, "SELECT client_id, sum(is_primary) FROM contact GROUP BY client_id")
    assert primaries
    assert all(count == 1 for _, count in primaries)


def test_names_unique_and_some_archived(demo: Database) -> None:
    names = _rows(demo, "SELECT name, name_key, archived_at FROM client")
    assert len({key for _, key, _ in names}) == len(names)
    assert all(key == fold(name) for name, key, _ in names)
    assert 1 <= sum(archived is not None for _, _, archived in names) <= 2
    assert any(ch in name for name, _, _ in names for ch in "äöüß")


def test_contact_data_passes_validation(demo: Database) -> None:
    errors: list[FieldError] = []
    for email, phone in _rows(demo, "SELECT email, phone FROM contact"):
        check_email("email", email, errors)
        check_phone("phone", phone, errors)
    for (website,) in _rows(demo, "SELECT website FROM client"):
        check_url("website", website, errors)
    assert errors == []


def test_text_that_looks_like_a_formula_is_there(demo: Database) -> None:
    notes = _values(demo, "SELECT notes FROM client")
    summaries = _values(demo, "SELECT summary FROM journal_entry")
    assert any(note.startswith("=") for note in notes)
    assert any(summary.startswith("=") for summary in summaries)
    assert any(summary[:1] in ("+", "@") for summary in summaries)


def test_some_notes_are_very_long(demo: Database) -> None:
    texts = _values(demo, "SELECT notes FROM client UNION ALL SELECT details FROM journal_entry")
    long_texts = [text for text in texts if len(text) >= 2000]
    assert long_texts
    assert all("\n\n" in text for text in long_texts)


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT status FROM engagement", EngagementStatus),
        ("SELECT status FROM goal", GoalStatus),
        ("SELECT kind FROM wish", WishKind),
        ("SELECT status FROM wish", WishStatus),
        ("SELECT kind FROM change_request", ChangeKind),
        ("SELECT status FROM change_request", ChangeStatus),
        ("SELECT method FROM milestone", MilestoneMethod),
        ("SELECT status FROM milestone", MilestoneStatus),
        ("SELECT status FROM support_plan", SupportPlanStatus),
        ("SELECT kind FROM journal_entry", JournalKind),
        ("SELECT billing_model FROM engagement", ("hourly", "fixed")),
        ("SELECT satisfaction FROM journal_entry WHERE satisfaction IS NOT NULL", range(1, 6)),
        ("SELECT in_scope FROM scope_item", (0, 1)),
    ],
)
def test_every_value_occurs(demo: Database, sql: str, expected: Any) -> None:
    assert _values(demo, sql) == {getattr(value, "value", value) for value in expected}


def test_status_history_ends_in_the_current_status(demo: Database) -> None:
    for engagement_id, status in _rows(demo, "SELECT id, status FROM engagement"):
        history = _rows(
            demo,
            "SELECT from_status, to_status FROM status_change "
            f"WHERE engagement_id = {engagement_id} ORDER BY changed_at",
        )
        if status == "inquiry":
            assert history == []
            continue
        assert history[0][0] == "inquiry"
        assert history[-1][1] == status
        assert all(a[1] == b[0] for a, b in pairwise(history))


def test_accepted_work_has_its_required_answers_unless_overridden(demo: Database) -> None:
    required = len(_rows(demo, "SELECT id FROM clarification_question WHERE required"))
    answered = dict(
        _rows(
            demo,
            "SELECT a.engagement_id, count(*) FROM clarification_answer a "
            "JOIN clarification_question q ON q.id = a.question_id WHERE q.required "
            "GROUP BY a.engagement_id",
        )
    )
    overridden = _values(demo, "SELECT engagement_id FROM status_change WHERE overridden")
    accepted = _values(demo, "SELECT id FROM engagement WHERE decided_on IS NOT NULL")
    declined = _values(demo, "SELECT id FROM engagement WHERE status = 'declined'")
    assert overridden
    for engagement_id in accepted - declined:
        complete = answered.get(engagement_id, 0) == required
        assert complete != (engagement_id in overridden), engagement_id
    assert any(answered.get(e, 0) < required for e in _values(demo, "SELECT id FROM engagement"))


def test_achieved_goals_are_signed_off_by_a_contact_of_the_client(demo: Database) -> None:
    achieved = _rows(
        demo,
        "SELECT g.evidence, g.signed_off_on, e.client_id, c.client_id FROM goal g "
        "JOIN engagement e ON e.id = g.engagement_id "
        "LEFT JOIN contact c ON c.id = g.signed_off_by_id WHERE g.status = 'achieved'",
    )
    assert achieved
    for evidence, signed_on, client_id, contact_client_id in achieved:
        assert evidence
        assert signed_on is not None
        assert contact_client_id == client_id


def test_change_request_cost_is_hours_times_the_rate_for_changes_unless_typed(
    demo: Database,
) -> None:
    changes = _rows(
        demo,
        "SELECT r.effort_hours, r.cost, coalesce(e.change_rate, e.hourly_rate), r.cost_is_manual "
        "FROM change_request r JOIN engagement e ON e.id = r.engagement_id",
    )
    for hours, cost, rate, manual in changes:
        if hours is None:
            assert cost is None
        elif not manual:
            assert cost * 100 == hours * rate  # cents
    assert {manual for *_, manual in changes} == {0, 1}


def test_change_request_steps_are_dated_in_order(demo: Database) -> None:
    changes = _rows(
        demo,
        "SELECT status, requested_on, estimated_on, client_informed_on, decided_on, done_on "
        "FROM change_request",
    )
    for status, *days in changes:
        reached = {
            "estimated_on": status != "open",
            "decided_on": status in ("approved", "rejected", "done"),
            "done_on": status == "done",
        }
        dated = dict(zip(("estimated_on", "decided_on", "done_on"),
                         (days[1], days[3], days[4]), strict=True))  # fmt: skip
        assert {key: value is not None for key, value in dated.items()} == reached
        present = [date.fromisoformat(day) for day in days if day is not None]
        assert present == sorted(present)
        assert present[-1] <= TODAY


def test_scope_creep_shows_in_the_demo(demo: Database) -> None:
    """An hourly and a fixed-price engagement with creep, one above the warning, and changes
    whose cost the client has not been told."""
    workspace = build_workspace(demo)
    running = [
        row for row in workspace.engagements.list(EngagementQuery())
        if row.status in (EngagementStatus.active, EngagementStatus.handover,
                          EngagementStatus.support) and row.scope_creep.hours
    ]  # fmt: skip
    assert {row.billing_model for row in running} == {BillingModel.hourly, BillingModel.fixed}
    assert any(row.scope_creep.over for row in running)
    assert any(row.scope_creep.uninformed for row in running)
    assert any(workspace.changes.notice(row.id).lines for row in running)


def test_some_wishes_lead_to_goals(demo: Database) -> None:
    assert _rows(demo, "SELECT count(*) FROM wish WHERE goal_id IS NOT NULL")[0][0] > 0


def test_a_client_has_not_been_heard_from_for_too_long(demo: Database) -> None:
    kinds = ", ".join(f"'{kind}'" for kind in FEEDBACK_KINDS)
    last_heard = _rows(
        demo,
        "SELECT c.feedback_interval_days, max(j.occurred_on) FROM client c "
        "JOIN journal_entry j ON j.client_id = c.id "
        f"WHERE j.kind IN ({kinds}) OR j.satisfaction IS NOT NULL GROUP BY c.id",
    )
    assert any((TODAY - date.fromisoformat(last)).days > interval for interval, last in last_heard)


def test_many_clients_get_generated_unique_names(tmp_path: Path) -> None:
    database = _open(tmp_path)
    try:
        fill_demo(database, clients=120, today=TODAY)
        fill_demo(database, clients=3, today=TODAY)  # again: names must not clash
        names = _rows(database, "SELECT name_key FROM client")
        assert len(names) == 123
        assert len(set(names)) == 123
    finally:
        database.close()


def test_catalogue_seeding_is_idempotent(tmp_path: Path) -> None:
    database = _open(tmp_path)
    try:
        with writing(database) as session:
            inserted = ensure_catalogue(session)
            assert ensure_catalogue(session) == 0
        assert inserted == len(CATALOGUE) >= 15
        with writing(database) as session:
            assert ensure_catalogue(session) == 0
        questions = _rows(
            database, "SELECT key, text_en, text_de, position FROM clarification_question"
        )
        assert len(questions) == inserted
        assert all(en.strip() and de.strip() for _, en, de, _ in questions)
        assert sorted(position for *_, position in questions) == [i * 10 for i in range(inserted)]
    finally:
        database.close()


def test_catalogue_covers_every_section_in_order() -> None:
    sections = [seed.section for seed in CATALOGUE]
    assert set(sections) == set(SECTION_ORDER)
    assert sections == sorted(sections, key=SECTION_ORDER.index)
    assert len({seed.key for seed in CATALOGUE}) == len(CATALOGUE)
    assert 8 <= sum(seed.required for seed in CATALOGUE) <= 10
    assert any(ch in seed.text_de for seed in CATALOGUE for ch in "äöüß")


def test_the_handover_review_shows_every_window_and_a_handover_at_risk(demo: Database) -> None:
    handover = HandoverService(demo)
    counts = handover.review_counts(ReviewQuery(), today=TODAY)
    assert all(counts[window] > 0 for window in DueWindow), counts
    assert handover.at_risk(today=TODAY)
    # verified means shown: every verified milestone has its verification and its signer
    assert (
        _rows(
            demo,
            "SELECT id FROM milestone WHERE status = 'verified' AND "
            "(verification = '' OR signed_off_by_id IS NULL OR signed_off_on IS NULL)",
        )
        == []
    )


def test_window_sheet_and_notice_figures_agree_on_the_demo(demo: Database) -> None:
    """The Engagements list (and so its sheet) and each engagement's meter are one figure; the
    notice's running total is that figure plus what is estimated and not yet decided."""
    workspace = build_workspace(demo)
    for row in workspace.engagements.list(EngagementQuery()):
        meter = workspace.changes.meter(row.id)
        assert row.scope_creep == meter.creep
        facts = workspace.changes.notice(row.id)
        undecided = (ChangeStatus.estimated, ChangeStatus.client_informed)
        pending = [r for r in workspace.changes.of_engagement(row.id) if r.status in undecided]
        assert facts.running.cost == meter.creep.cost + sum(r.cost or 0 for r in pending)
        assert facts.running.hours == meter.creep.hours + sum(r.effort_hours or 0 for r in pending)


# -- support and the journal: every case the tabs and Today show ---------------------------------


def _support_rows(demo: Database) -> list[Any]:
    from workbook.services.support.service import SupportService
    from workbook.services.support.shapes import SupportQuery

    return SupportService(demo).list(SupportQuery(), today=TODAY)


def test_support_shows_over_use_and_notice_soon_and_passed(demo: Database) -> None:
    from workbook.services.support.service import SupportService

    rows = _support_rows(demo)
    active = [r for r in rows if r.status is SupportPlanStatus.active]
    assert any(r.hours_beyond is not None for r in active)  # over the included hours
    support = SupportService(demo)
    assert support.notices_due(today=TODAY)  # give notice within 30 days
    passed = [r for r in active if r.notice_deadline and r.notice_deadline < TODAY]
    assert passed
    assert all(r.next_notice_deadline > TODAY for r in passed)  # type: ignore[operator]
    assert {r.status for r in rows} == set(SupportPlanStatus)


def test_support_entries_lie_within_their_plans_and_not_ahead(demo: Database) -> None:
    rows = _rows(
        demo,
        "SELECT e.occurred_on, p.starts_on, p.ends_on, p.auto_renew FROM support_entry e "
        "JOIN support_plan p ON p.id = e.plan_id",
    )
    assert rows
    for day, starts, ends, renews in rows:
        assert starts <= day <= TODAY.isoformat()
        assert ends is None or renews or day <= ends  # a renewing plan runs on past its end


def test_some_follow_ups_are_overdue(demo: Database) -> None:
    from workbook.services.journal.service import JournalService

    due = JournalService(demo).follow_ups_due(today=TODAY)
    assert any(row.overdue for row in due)


def test_the_demo_practice_has_gaps_and_one_engagement_overloads_a_month(demo: Database) -> None:
    practice = build_workspace(demo).practice
    profile = practice.profile()
    assert profile.sender == "Anna Berger · Berger Prozessberatung"
    assert {row.level for row in practice.competences()} == set(CompetenceLevel)
    assert practice.days_off()
    planned = _rows(
        demo, "SELECT id FROM engagement WHERE status = 'clarifying' AND starts_on IS NOT NULL "
        "ORDER BY id",
    )  # fmt: skip
    fits, overloads = (practice.accept_check(row[0], today=TODAY) for row in planned)
    assert not fits.gaps
    assert not fits.load.overloaded
    assert {(gap.name, gap.held) for gap in overloads.gaps} == {
        ("SAP MM", CompetenceLevel.basic), ("Webentwicklung", None),
    }  # fmt: skip
    (month,) = overloads.load.months
    assert month.over
    assert month.share is not None
    assert 1 < month.share < 2


# The content of `fill_demo(clients=150, today=TODAY)` (every demo table and the search index,
# as stored), recorded with the inserts of dicts through SQLAlchemy that tuples through the
# driver replaced (main at f4d8623). A change to what the demo generates on purpose records
# the new one. Since schema 12 each engagement row also holds its answered count: without that
# last column the rows give the digest recorded before (380c8a1d…).
DEMO_150_DIGEST = "0a3f92fa8a03c55aabb90801911ba7c1cd7b052ef3f85b4abb2ebf1d83092e85"


def test_the_demo_content_is_the_recorded_one(tmp_path: Path) -> None:
    database = _open(tmp_path)
    try:
        fill_demo(database, clients=150, today=TODAY)
        digest = hashlib.sha256()
        for table in (*TABLES, *PRACTICE_TABLES, "search_index"):
            order = "rowid" if table == "search_index" else "id"
            for row in _rows(database, f"SELECT * FROM {table} ORDER BY {order}"):
                digest.update(repr(row).encode())
    finally:
        database.close()
    assert digest.hexdigest() == DEMO_150_DIGEST
