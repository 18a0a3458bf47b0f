"""Each engagement's stored count of answered required questions (engagement.answered_required,
kept by the database's triggers) follows every write: answers given, blanked, removed, moved;
questions made optional or inactive; engagements and clients erased and put back; the demo's
bulk insert. check names a wrong count and check --repair recounts it."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.engagement_factories import answer, answer_required, make_engagement
from tests.factories import make_client
from workbook.cli.main import main
from workbook.demo.generator import fill_demo
from workbook.domain.catalogue import OVERVIEW_ANSWERS
from workbook.domain.changes import ChangeSet, Entity
from workbook.services.clarification.service import ClarificationService
from workbook.services.clarification.shapes import QuestionRow
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService
from workbook.services.privacy.service import PrivacyService
from workbook.services.repair import rebuild_search_and_recount
from workbook.store.answered import miscounted
from workbook.store.check import check_location, mendable
from workbook.store.database import Database, open_database
from workbook.store.header import IDENTITY_TABLE
from workbook.store.locations import ServerAddress, location
from workbook.store.migrate import alembic_config, migrating
from workbook.store.server.engine import make_server_engine


def _stored(database: Database, engagement_id: int) -> int:
    with database.engine.connect() as connection:
        statement = text("SELECT answered_required FROM engagement WHERE id = :id")
        return int(connection.execute(statement, {"id": engagement_id}).scalar_one())


def _miscounted(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return miscounted(connection)


def _sql(database: Database, statement: str, **values: object) -> None:
    """As another program would write: no service, only the triggers."""
    with database.writer.begin() as connection:
        connection.execute(text(statement), values)


def _required(clarification: ClarificationService) -> list[QuestionRow]:
    return [q for q in clarification.questions() if q.required]


@pytest.fixture
def engagement_id(engagements: EngagementService, client_id: int) -> int:
    return make_engagement(engagements, client_id)


def test_the_count_follows_answers_given_blanked_and_removed(
    database: Database, clarification: ClarificationService, engagement_id: int
) -> None:
    first, second, *_ = _required(clarification)
    optional = next(q for q in clarification.questions() if not q.required)
    answer(clarification, engagement_id, optional.id, "Nebenbei")
    assert _stored(database, engagement_id) == 0
    answer(clarification, engagement_id, first.id, "Ja")
    answer(clarification, engagement_id, second.id, "Auch")
    assert _stored(database, engagement_id) == 2
    answer(clarification, engagement_id, second.id, "   ")  # the service removes the answer
    assert _stored(database, engagement_id) == 1
    _sql(database, "UPDATE clarification_answer SET answer = '  ' WHERE question_id = :q",
         q=first.id)  # fmt: skip
    assert _stored(database, engagement_id) == 0
    _sql(database, "UPDATE clarification_answer SET answer = 'Doch' WHERE question_id = :q",
         q=first.id)  # fmt: skip
    assert _stored(database, engagement_id) == 1
    _sql(database, "DELETE FROM clarification_answer WHERE question_id = :q", q=first.id)
    assert _stored(database, engagement_id) == 0
    answer_required(clarification, engagement_id)  # overview answers write the row as well
    assert _stored(database, engagement_id) == len(_required(clarification))
    assert _miscounted(database) == []


def test_an_answer_moved_to_another_engagement_counts_there(
    database: Database,
    clarification: ClarificationService,
    engagements: EngagementService,
    client_id: int,
    engagement_id: int,
) -> None:
    other = make_engagement(engagements, client_id, "Zweiter Auftrag")
    answer(clarification, engagement_id, _required(clarification)[0].id, "Ja")
    _sql(database, "UPDATE clarification_answer SET engagement_id = :to", to=other)
    assert (_stored(database, engagement_id), _stored(database, other)) == (0, 1)


def test_the_count_follows_questions_made_optional_or_inactive(
    database: Database, clarification: ClarificationService, engagement_id: int
) -> None:
    first, second, *_ = _required(clarification)
    answer(clarification, engagement_id, first.id, "Ja")
    answer(clarification, engagement_id, second.id, "Auch")
    off = clarification.set_active(first.id, False, version=1)
    assert _stored(database, engagement_id) == 1
    off.undo()
    assert _stored(database, engagement_id) == 2
    optional = dataclasses.replace(second, required=False).as_input()
    clarification.update_question(second.id, optional, version=1)
    assert _stored(database, engagement_id) == 1
    assert _miscounted(database) == []


def test_an_engagement_erased_and_put_back_counts_its_overview_answers_again(
    database: Database,
    clarification: ClarificationService,
    engagements: EngagementService,
    client_id: int,
) -> None:
    erased = make_engagement(engagements, client_id, "Wird gelöscht", subject="ERP ablösen")
    counted = clarification.completeness(erased).answered_required
    assert counted > 0  # the subject is a required question's answer
    assert _stored(database, erased) == counted
    engagements.erase(erased, version=1).undo()
    assert _stored(database, erased) == counted
    assert _miscounted(database) == []


def test_a_client_erased_with_its_answered_engagements_leaves_the_others_counted(
    database: Database,
    clarification: ClarificationService,
    engagements: EngagementService,
    clients: ClientService,
    client_id: int,
) -> None:
    kept = make_engagement(engagements, client_id, "Bleibt")
    answer_required(clarification, kept)
    other_client = make_client(clients, "Größl KG")
    answer_required(clarification, make_engagement(engagements, other_client, "Geht mit"))
    PrivacyService(database).erase_client(other_client)
    assert _stored(database, kept) == len(_required(clarification))
    assert _miscounted(database) == []


def test_the_demos_bulk_insert_stores_every_count(database: Database) -> None:
    fill_demo(database, clients=12)
    with database.engine.connect() as connection:
        counted = connection.execute(text("SELECT sum(answered_required) FROM engagement"))
        assert counted.scalar_one() > 0
        assert miscounted(connection) == []
    _sql(database, "INSERT INTO clarification_answer (engagement_id, question_id, answer, "
         "created_at, updated_at, version) SELECT 1, id, 'x', created_at, updated_at, 1 "
         "FROM clarification_question WHERE required AND active AND id NOT IN "
         "(SELECT question_id FROM clarification_answer WHERE engagement_id = 1)")  # fmt: skip
    assert _miscounted(database) == []  # the triggers are back after the bulk insert


def test_check_names_a_wrong_count_and_repair_recounts_it(
    database: Database,
    clarification: ClarificationService,
    engagements: EngagementService,
    client_id: int,
    engagement_id: int,
    db_location: str,
) -> None:
    answer_required(clarification, engagement_id)
    reference = engagements.get(engagement_id).reference
    _sql(database, "UPDATE engagement SET answered_required = 0")
    problems = check_location(location(db_location))
    assert problems == [
        f"answered questions: 1 engagement(s) store another count than their answers give "
        f"({reference}): check --repair recounts them"
    ]
    assert mendable(problems)
    assert main(["check", "--db", db_location]) == 1
    assert main(["check", "--db", db_location, "--repair"]) == 0
    assert _stored(database, engagement_id) == len(_required(clarification))
    assert check_location(location(db_location)) == []


def test_rebuilding_recounts_in_one_step_and_says_what_the_tabs_refresh(
    database: Database,
    clarification: ClarificationService,
    engagements: EngagementService,
    client_id: int,
    engagement_id: int,
) -> None:
    answer_required(clarification, engagement_id)
    other = make_engagement(engagements, client_id, "Zweiter Auftrag")
    _sql(database, "UPDATE engagement SET answered_required = answered_required + 5")
    rebuilt = rebuild_search_and_recount(database)
    assert (rebuilt.recounted, rebuilt.indexed > 0) == (2, True)
    assert rebuilt.changes.touches(Entity.engagement)
    assert rebuilt.changes.touches(Entity.clarification)
    assert (_stored(database, engagement_id), _stored(database, other)) == (
        len(_required(clarification)),
        0,
    )
    again = rebuild_search_and_recount(database)
    assert (again.recounted, again.changes) == (0, ChangeSet())


@pytest.mark.sqlite
def test_repair_leaves_a_count_wrong_beside_a_problem_it_cannot_mend(
    database: Database, clarification: ClarificationService, engagement_id: int, db_path: Path
) -> None:
    answer_required(clarification, engagement_id)
    _sql(database, "UPDATE engagement SET answered_required = 0")
    other = sqlite3.connect(db_path)
    other.execute("PRAGMA foreign_keys=OFF")
    other.execute("UPDATE engagement SET client_id = 999")  # a client that does not exist
    other.commit()
    other.close()
    problems = check_location(db_path)
    assert len(problems) == 2
    assert not mendable(problems)
    assert main(["check", "--db", str(db_path), "--repair"]) == 1
    assert _stored(database, engagement_id) == 0  # a backup is restored instead


def _back_at_schema_11(database: Database) -> None:
    """The database as the version before the count's migration left it (its rows kept)."""
    from alembic import command

    server = isinstance(database.location, ServerAddress)
    engine = make_server_engine(database.location) if server else database.engine
    try:
        with migrating(engine) as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0011")  # the column and the triggers go
            if server:
                connection.execute(text(f"UPDATE {IDENTITY_TABLE} SET schema_version = 11"))
            else:
                connection.exec_driver_sql("PRAGMA user_version=11")
    finally:
        if server:
            engine.dispose()
    database.close()


def test_the_migration_counts_the_answers_of_existing_engagements(
    database: Database,
    clarification: ClarificationService,
    engagements: EngagementService,
    client_id: int,
    db_location: str,
) -> None:
    answered = make_engagement(engagements, client_id)
    answer_required(clarification, answered)
    untouched = make_engagement(engagements, client_id, "Noch offen")
    _back_at_schema_11(database)

    reopened = open_database(location(db_location))
    try:
        counts = (_stored(reopened, answered), _stored(reopened, untouched))
        assert counts == (len(_required(ClarificationService(reopened))), 0)
        assert _miscounted(reopened) == []
        answer(ClarificationService(reopened), untouched, _required(clarification)[0].id, "Ja")
        assert _stored(reopened, untouched) == 1  # and the triggers keep it from now on
    finally:
        reopened.close()


def test_after_the_migration_the_same_upgrade_may_still_change_the_engagement_table(
    database: Database,
    clarification: ClarificationService,
    engagements: EngagementService,
    client_id: int,
) -> None:
    """A later revision in the same upgrade run: on PostgreSQL the recount's update left the
    change counter's deferred events pending, and ALTER TABLE was then refused."""
    from alembic import command

    answer_required(clarification, make_engagement(engagements, client_id))
    server = isinstance(database.location, ServerAddress)
    _back_at_schema_11(database)
    engine = make_server_engine(database.location) if server else database.engine
    try:
        with migrating(engine) as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0012")
            connection.execute(text("ALTER TABLE engagement ADD COLUMN later_revision integer"))
    finally:
        engine.dispose()


def test_edits_of_the_engagement_keep_the_count_and_their_undo_is_no_conflict(
    database: Database,
    clarification: ClarificationService,
    engagements: EngagementService,
    engagement_id: int,
) -> None:
    """The row's own writes name only what they change; and the count is no content of the
    row to undo: answers given between two edits leave both edits undoable."""
    detail = engagements.get(engagement_id)
    first = engagements.update(
        engagement_id, dataclasses.replace(detail.as_input(), title="Erst"), version=detail.version
    )
    detail = engagements.get(engagement_id)
    second = engagements.update(
        engagement_id, dataclasses.replace(detail.as_input(), title="Dann"), version=detail.version
    )
    beside = [q for q in _required(clarification) if q.key not in OVERVIEW_ANSWERS]
    for question in beside:  # not the overview's: those write the engagement too
        answer(clarification, engagement_id, question.id, "Ja")
    second.undo()
    first.undo()
    assert engagements.get(engagement_id).title == "Prozessanalyse Einkauf"
    assert _stored(database, engagement_id) == len(beside)
