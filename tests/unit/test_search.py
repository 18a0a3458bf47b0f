"""Search over everything: the index follows every write (in the same transaction), finds the
umlaut, prefix and ß cases, groups by type, and is rebuilt by check --repair — the same on a
file (FTS5) and on a PostgreSQL server (tsvector with unaccent)."""

from __future__ import annotations

import json
import sqlite3

import psycopg
import pytest

from tests.engagement_factories import make_engagement, make_goal
from tests.factories import make_client, make_contact
from workbook.cli.main import main
from workbook.domain.changes import Entity
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput, ClientQuery
from workbook.services.workspace import Workspace, build_workspace
from workbook.store.database import Database
from workbook.store.search.marks import MARK_END, MARK_START


@pytest.fixture
def workspace(database: Database) -> Workspace:
    return build_workspace(database)


def _found(workspace: Workspace, text: str) -> list[tuple[Entity, str]]:
    return [(r.entity, r.title) for g in workspace.search.search(text) for r in g.results]


@pytest.fixture
def filled(workspace: Workspace) -> Workspace:
    muller = make_client(workspace.clients, "Müller GmbH", address="Hauptweg 1, Straße 5")
    make_client(workspace.clients, "Kühne Zahntechnik")
    make_contact(workspace.clients, muller, "Jürgen Weiß", notes="mag kurze Mails")
    engagement = make_engagement(workspace.engagements, muller, "Prozessanalyse Einkauf")
    make_goal(workspace.agreements, engagement, "Durchlaufzeit halbieren")
    return workspace


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Müll", "Müller GmbH"),
        ("mull", "Müller GmbH"),
        ("MÜLLER", "Müller GmbH"),
        ("kuhne", "Kühne Zahntechnik"),
        ("strasse", "Müller GmbH"),  # "Straße" in the address
        ("weiss", "Jürgen Weiß"),  # ss for ß
        ("durchlauf halb", "Durchlaufzeit halbieren"),  # every word, each a prefix
    ],
)
def test_umlauts_prefixes_and_german_spellings(filled: Workspace, query: str, title: str) -> None:
    assert title in [found for _, found in _found(filled, query)]


def test_results_are_grouped_with_their_client_and_engagement(filled: Workspace) -> None:
    groups = filled.search.search("halbieren")
    (group,) = groups
    (goal,) = group.results
    assert group.entity is Entity.goal
    assert goal.client_name == "Müller GmbH"
    assert goal.engagement_reference.endswith("-001")
    assert f"{MARK_START}halbieren{MARK_END}" in goal.snippet
    assert [g.entity for g in filled.search.search("m")][:2] == [Entity.client, Entity.contact]


def test_the_index_follows_every_write_and_its_undo(filled: Workspace) -> None:
    (client,) = [r for g in filled.search.search("kuhne") for r in g.results]
    detail = filled.clients.get(client.row_id)
    renamed = filled.clients.update(
        client.row_id, ClientInput(name="Dental Labor Nord"), version=detail.version
    )
    assert _found(filled, "kuhne") == []
    assert _found(filled, "dental") == [(Entity.client, "Dental Labor Nord")]
    renamed.undo()
    assert _found(filled, "dental") == []
    assert _found(filled, "kuhne") == [(Entity.client, "Kühne Zahntechnik")]


def test_nothing_for_nothing_and_quotes_are_words(filled: Workspace) -> None:
    assert filled.search.search("   ") == []
    assert filled.search.search('"') == []
    assert _found(filled, 'Müller"') == _found(filled, "Müller")
    assert _found(filled, "zzz") == []


def _plain_sql(db_location: str, statement: str) -> None:
    """What another program does: plain SQL on its own connection, past the services."""
    if db_location.startswith("postgresql://"):
        with psycopg.connect(db_location) as server:
            server.execute(statement)
        return
    connection = sqlite3.connect(db_location)
    connection.execute(statement)
    connection.commit()
    connection.close()


def test_rows_written_by_another_program_are_found_too(filled: Workspace, db_location: str) -> None:
    """The triggers are plain SQL: any program writing the database keeps the index."""
    _plain_sql(db_location, "UPDATE client SET notes = 'Rückruf wegen Zertifikat' "
                            "WHERE name = 'Kühne Zahntechnik'")  # fmt: skip
    assert _found(filled, "zertif") == [(Entity.client, "Kühne Zahntechnik")]


def test_the_index_is_rebuilt_when_it_was_lost(filled: Workspace, db_location: str) -> None:
    _plain_sql(db_location, "DELETE FROM search_index")
    assert _found(filled, "mull") == []
    assert main(["check", "--db", db_location, "--repair"]) == 0
    assert (Entity.client, "Müller GmbH") in _found(filled, "mull")


def test_changed_triggers_are_replaced_at_open(filled: Workspace, database: Database) -> None:
    on = "" if database.engine.dialect.name == "sqlite" else " ON client"
    with database.writer.begin() as connection:
        assert database.search.ensure_current(connection) is False  # as the code wants it
        connection.exec_driver_sql(f"DROP TRIGGER search_client_update{on}")
        assert database.search.ensure_current(connection) is True
        assert database.search.ensure_current(connection) is False
    assert _found(filled, "kuhne") == [(Entity.client, "Kühne Zahntechnik")]


def test_search_on_the_command_line(
    filled: Workspace, db_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "--db", db_location, "mull"]) == 0
    out = capsys.readouterr().out
    assert "Clients (1)" in out
    assert "[Müller] GmbH" in out
    assert main(["search", "--db", db_location, "kuhne", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert (item["type"], item["title"], item["snippet"]) == (
        "client", "Kühne Zahntechnik", "Kühne Zahntechnik",
    )  # fmt: skip
    assert main(["search", "--db", db_location, "zzz"]) == 0
    assert capsys.readouterr().out.strip() == "nothing found"


def test_bulk_inserts_are_indexed_at_the_end_and_the_triggers_stay(
    filled: Workspace, database: Database
) -> None:
    """Demo data and imports fill the index set-wise; afterwards every write is indexed again."""
    from workbook.demo.generator import fill_demo

    fill_demo(database, clients=3)
    with database.writer.begin() as connection:
        assert database.search.ensure_current(connection) is False  # triggers are back
    demo_client = next(
        row for row in filled.clients.list(ClientQuery()) if row.name != "Müller GmbH"
    )
    assert (Entity.client, demo_client.name) in _found(filled, demo_client.name.split()[0])
    renamed = ClientInput(name="Zyklotron AG")
    filled.clients.update(
        demo_client.id, renamed, version=filled.clients.get(demo_client.id).version
    )
    assert _found(filled, "zyklo") == [(Entity.client, "Zyklotron AG")]


def test_rows_indexed_during_a_bulk_insert_are_there_at_once_and_once(database: Database) -> None:
    """The demo has the index take each chunk's rows while it makes the next: what bulk's
    callable indexed is in the index within the transaction, and the end adds only the rest."""
    from sqlmodel import SQLModel, text

    from workbook.services.sessions import writing
    from workbook.store.bulk import insert_many

    clients = SQLModel.metadata.tables["client"]
    with writing(database) as session:
        connection = session.connection()
        documents = "SELECT count(*), count(DISTINCT rowid) FROM search_index"
        with database.search.bulk(connection) as index_so_far:
            insert_many(session, clients, [{"name": "Quirin AG", "name_key": "quirin ag"}])
            assert connection.execute(text(documents)).one() == (0, 0)
            index_so_far()
            assert connection.execute(text(documents)).one() == (1, 1)
            insert_many(session, clients, [{"name": "Quendel KG", "name_key": "quendel kg"}])
            index_so_far()
            index_so_far()  # nothing new: nothing added
        assert connection.execute(text(documents)).one() == (2, 2)
    assert sorted(title for _, title in _found(build_workspace(database), "qu")) == [
        "Quendel KG", "Quirin AG",
    ]  # fmt: skip


def test_a_broad_query_looks_at_a_sample_title_matches_first(database: Database) -> None:
    """More matches than are ranked: the title matches come first and counts say "at least"."""
    from workbook.services.search.service import SearchService

    clients = ClientService(database)
    for number in range(4):
        make_client(clients, f"Kunde {number}", notes="Alpha-Projekt")  # matches in the body
    make_client(clients, "Alphatier AG")  # matches by its name
    search = SearchService(database, searched=3)
    (group,) = search.search("alpha")
    assert group.at_least
    assert group.counted(group.total) == "3+"
    assert group.results[0].title == "Alphatier AG"
    assert len(group.results) == 3
    (ranked,) = SearchService(database, searched=5).search("alpha")
    assert (ranked.at_least, ranked.total, ranked.results[0].title) == (False, 5, "Alphatier AG")


@pytest.mark.sqlite
def test_an_index_table_defined_otherwise_is_made_anew_at_open(
    filled: Workspace, database: Database
) -> None:
    from workbook.store.search.sqlite_fts import CREATE_TABLE

    older = CREATE_TABLE.replace(", prefix = '1 2'", "")
    with database.writer.begin() as connection:
        connection.exec_driver_sql("DROP TABLE search_index")
        connection.exec_driver_sql(older)
        assert database.search.ensure_current(connection) is True
        sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'"
        ).scalar_one()
    assert sql == CREATE_TABLE
    assert (Entity.client, "Müller GmbH") in _found(filled, "m")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Müller GmbH", ["mull"], f"{MARK_START}Müller{MARK_END} GmbH"),
        ("Hauptweg 1, Straße 5", ["strasse"], f"Hauptweg 1, {MARK_START}Straße{MARK_END} 5"),
        ("nichts davon", ["mull"], None),
        ("a_b", ["b"], f"a_{MARK_START}b{MARK_END}"),  # "_" splits words, as in the index
        (
            "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn Treffer "
            "fünfzehn",
            ["treff"],
            # twelve words, as many as fit before the end
            f"…vier fünf sechs sieben acht neun zehn elf zwölf dreizehn {MARK_START}Treffer"
            f"{MARK_END} fünfzehn",
        ),
        (
            "Treffer eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf treffer",
            ["treff"],
            f"{MARK_START}Treffer{MARK_END} eins zwei drei vier fünf sechs sieben acht neun "
            "zehn elf…",
        ),
    ],
)
def test_snippets_cut_around_the_first_match_and_mark_every_match(
    text: str, words: list[str], expected: str | None
) -> None:
    from workbook.store.search.snippets import snippet

    assert snippet(text, words) == expected


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_an_index_of_another_definition_is_made_anew_at_open(
    filled: Workspace, database: Database
) -> None:
    """The server's index says which definition it is (a tag on its table): another one, as an
    older version of the code left it, is replaced and filled again."""
    with database.writer.begin() as connection:
        connection.exec_driver_sql("COMMENT ON TABLE search_index IS 'older'")
        connection.exec_driver_sql("DELETE FROM search_index")
        assert database.search.ensure_current(connection) is True
        assert database.search.ensure_current(connection) is False
    assert (Entity.client, "Müller GmbH") in _found(filled, "m")
