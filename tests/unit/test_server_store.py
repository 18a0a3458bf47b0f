"""A database on a PostgreSQL server: made ours through the same migrations, refused untouched
when it is another application's or newer, reached with the password from the environment,
and written through the same services (rows locked with SELECT … FOR UPDATE)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import text

from tests.factories import make_client
from tests.postgres import ADMIN, SECRET_PASSWORD, SECRET_USER, Server
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput
from workbook.store.check import check_location
from workbook.store.database import open_database
from workbook.store.engine import Patience
from workbook.store.errors import WriteFailed, WriteProblem
from workbook.store.header import (
    APPLICATION_ID,
    COUNTER_TABLE,
    IDENTITY_TABLE,
    DatabaseRefused,
    Refusal,
)
from workbook.store.locations import BadAddress, ServerAddress, location
from workbook.store.migrate import SCHEMA_VERSION, alembic_config, migrating
from workbook.store.server.engine import make_server_engine
from workbook.store.server.identity import claim
from workbook.store.server.opening import ServerUnavailable

pytestmark = pytest.mark.postgres


def _address(url: str) -> ServerAddress:
    address = location(url)
    assert isinstance(address, ServerAddress)
    return address


def _tables(server: Server, url: str) -> list[str]:
    with server.admin(_address(url).database) as connection:
        rows = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "ORDER BY table_name"
        )
        return [str(name) for (name,) in rows]


def test_an_empty_database_becomes_ours_with_the_models_schema(
    postgres_server: Server, pg_url: str
) -> None:
    database = open_database(_address(pg_url))
    database.close()
    tables = _tables(postgres_server, pg_url)
    assert {"client", "engagement", "search_index", IDENTITY_TABLE, "alembic_version"} <= set(
        tables
    )
    with postgres_server.admin(_address(pg_url).database) as connection:
        identity = connection.execute(
            f"SELECT application_id, schema_version FROM {IDENTITY_TABLE}"
        ).fetchall()
    assert identity == [(APPLICATION_ID, SCHEMA_VERSION)]
    assert check_location(_address(pg_url)) == []  # the migrated schema equals the models
    open_database(_address(pg_url)).close()  # opened again: nothing to do
    assert _tables(postgres_server, pg_url) == tables


@pytest.mark.parametrize("read_only", [False, True])
def test_another_applications_database_is_refused_untouched(
    postgres_server: Server, pg_url: str, read_only: bool
) -> None:
    with postgres_server.admin(_address(pg_url).database) as connection:
        connection.execute("CREATE TABLE invoices (id int PRIMARY KEY)")
    with pytest.raises(DatabaseRefused) as refused:
        open_database(_address(pg_url), read_only=read_only)
    assert refused.value.reason is Refusal.foreign
    assert "holds tables of another application" in str(refused.value)
    assert _tables(postgres_server, pg_url) == ["invoices"]


def test_a_newer_schema_is_refused_untouched(postgres_server: Server, pg_url: str) -> None:
    open_database(_address(pg_url)).close()
    with postgres_server.admin(_address(pg_url).database) as connection:
        connection.execute(f"UPDATE {IDENTITY_TABLE} SET schema_version = schema_version + 1")
        connection.execute("CREATE TABLE invoices (id int PRIMARY KEY)")  # what it added
    before = _tables(postgres_server, pg_url)
    for read_only in (False, True):
        with pytest.raises(DatabaseRefused) as refused:
            open_database(_address(pg_url), read_only=read_only)
        assert refused.value.reason is Refusal.newer
    with pytest.raises(DatabaseRefused):
        check_location(_address(pg_url))
    assert _tables(postgres_server, pg_url) == before


def test_reading_an_empty_database_creates_nothing(postgres_server: Server, pg_url: str) -> None:
    with pytest.raises(DatabaseRefused) as refused:
        open_database(_address(pg_url), read_only=True)
    assert refused.value.reason is Refusal.empty
    assert _tables(postgres_server, pg_url) == []


def test_a_read_only_open_cannot_write(pg_url: str) -> None:
    open_database(_address(pg_url)).close()
    reader = open_database(_address(pg_url), read_only=True)
    try:
        with pytest.raises(WriteFailed) as failed:
            ClientService(reader).create(ClientInput(name="Neu GmbH"))
        assert failed.value.reason is WriteProblem.read_only
    finally:
        reader.close()


def test_the_password_comes_from_the_environment(
    postgres_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")  # not the developer's own ~/.pgpass
    with postgres_server.database(owner=SECRET_USER) as name:
        address = _address(postgres_server.url(name, user=SECRET_USER))
        with pytest.raises(ServerUnavailable) as unavailable:
            open_database(address)
        assert str(unavailable.value) == (
            f"{address}: cannot connect to the server: a password is needed: set PGPASSWORD "
            "or put it in ~/.pgpass"
        )
        monkeypatch.setenv("PGPASSWORD", SECRET_PASSWORD)
        database = open_database(address)
        try:
            assert make_client(ClientService(database), "Kühne AG") > 0
        finally:
            database.close()


def test_a_server_that_is_not_there_is_one_sentence(postgres_server: Server) -> None:
    with pytest.raises(ServerUnavailable) as unavailable:
        open_database(_address(f"postgresql://{ADMIN}@127.0.0.1:1/nowhere"))
    assert "cannot connect to the server" in str(unavailable.value)
    assert "\n" not in str(unavailable.value)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://bob:geheim@host/db", "must not contain the password"),
        ("postgresql://bob@host", "names no database"),
    ],
)
def test_urls_that_cannot_be_used(url: str, message: str) -> None:
    with pytest.raises(BadAddress, match=message):
        location(url)


def test_times_are_stored_in_utc_whatever_the_servers_zone(pg_url: str) -> None:
    database = open_database(_address(pg_url))
    try:
        clients = ClientService(database)
        before = datetime.now(UTC)
        client_id = make_client(clients, "Zeit GmbH")
        with database.engine.connect() as connection:
            stored = connection.execute(
                text("SELECT created_at FROM client WHERE id = :id"), {"id": client_id}
            ).scalar_one()
        assert abs(stored - before) < timedelta(minutes=1)  # the server runs on Berlin time
    finally:
        database.close()


def test_a_row_a_colleague_holds_is_waited_for_then_refused_as_busy(pg_url: str) -> None:
    """rows.lock takes the row with SELECT … FOR UPDATE: a second writer waits for the first,
    up to the lock timeout, instead of overwriting it."""
    patient = Patience(timeout_ms=300, on_wait=lambda: None)
    database = open_database(_address(pg_url), patience=patient)
    try:
        clients = ClientService(database)
        client_id = make_client(clients, "Gesperrt GmbH")
        version = clients.get(client_id).version
        held, release = threading.Event(), threading.Event()

        def colleague() -> None:
            with psycopg.connect(str(database.location)) as connection:
                connection.execute("SELECT * FROM client WHERE id = %s FOR UPDATE", (client_id,))
                held.set()
                release.wait(10)

        thread = threading.Thread(target=colleague)
        thread.start()
        try:
            assert held.wait(10)
            with pytest.raises(WriteFailed) as failed:
                clients.update(client_id, ClientInput(name="Umbenannt GmbH"), version=version)
            assert failed.value.reason is WriteProblem.busy
        finally:
            release.set()
            thread.join()
        clients.update(client_id, ClientInput(name="Umbenannt GmbH"), version=version)
        assert clients.get(client_id).name == "Umbenannt GmbH"
    finally:
        database.close()


def test_a_connection_handed_back_after_closing_is_closed(pg_url: str) -> None:
    """A list still loading in a worker as the window closes hands its connection back late:
    it is closed then, not left to the garbage collector (psycopg warns)."""
    database = open_database(location(pg_url))
    connection = database.engine.connect()
    raw = connection.connection.dbapi_connection
    assert raw is not None
    database.close()
    connection.close()
    assert raw.closed


def _at_schema_9(address: ServerAddress) -> None:
    """The database as the version before the change counter's migration left it."""
    from alembic import command

    engine = make_server_engine(address)
    try:
        with migrating(engine) as connection:
            claim(connection)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0009")
            connection.execute(text(f"UPDATE {IDENTITY_TABLE} SET schema_version = 9"))
    finally:
        engine.dispose()


def _counted(server: Server, url: str) -> object:
    with server.admin(_address(url).database) as connection:
        return connection.execute(f"SELECT counted FROM {COUNTER_TABLE}").fetchone()


def test_a_database_at_schema_9_gets_the_change_counter_by_the_migration(
    postgres_server: Server, pg_url: str
) -> None:
    address = _address(pg_url)
    _at_schema_9(address)
    assert COUNTER_TABLE not in _tables(postgres_server, pg_url)
    with postgres_server.admin(address.database) as connection:  # as earlier versions' open
        connection.execute(f"CREATE TABLE {COUNTER_TABLE} (one boolean PRIMARY KEY DEFAULT true "
                           "CHECK (one), counted bigint NOT NULL)")  # fmt: skip
        connection.execute(f"INSERT INTO {COUNTER_TABLE} (counted) VALUES (7)")
    database = open_database(address)
    try:
        assert check_location(address) == []  # every model table's writes counted
        make_client(ClientService(database), "Gezählt GmbH")
    finally:
        database.close()
    assert _counted(postgres_server, pg_url) == (8,)  # the count went on where it stood


def test_opening_makes_no_counting_of_its_own_and_check_says_what_is_missing(
    postgres_server: Server, pg_url: str
) -> None:
    address = _address(pg_url)
    open_database(address).close()
    with postgres_server.admin(address.database) as connection:
        connection.execute("DROP TRIGGER workbook_changes_client ON client")
    open_database(address).close()  # the migrations make it, not the open
    assert check_location(address) == [
        "change counting: table client has no trigger: other windows would not see its changes"
    ]


def test_check_names_a_hand_made_revision_and_an_unchecked_reference(
    postgres_server: Server, pg_url: str
) -> None:
    address = _address(pg_url)
    open_database(address).close()
    with postgres_server.admin(address.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0009'")
        connection.execute("ALTER TABLE contact DROP CONSTRAINT contact_client_id_fkey")
        connection.execute(
            "ALTER TABLE contact ADD CONSTRAINT contact_client_id_fkey FOREIGN KEY (client_id) "
            "REFERENCES client (id) ON DELETE CASCADE NOT VALID"
        )
    assert check_location(address) == [
        f"schema: alembic revision 0009, this version's is {SCHEMA_VERSION:04d}",
        "foreign key: contact_client_id_fkey of contact is not validated: older rows may refer "
        "to missing rows",
    ]
