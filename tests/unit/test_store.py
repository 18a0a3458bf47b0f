"""The database file is ours or refused, and refused files stay byte-for-byte untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from workbook.services.clients.shapes import ClientInput
from workbook.services.sessions import reading, writing
from workbook.store.backups import backup
from workbook.store.bulk import filling, insert_rows
from workbook.store.check import check_integrity
from workbook.store.database import open_database
from workbook.store.header import APPLICATION_ID, DatabaseRefused, Refusal
from workbook.store.migrate import SCHEMA_VERSION, alembic_config, compared, migrating
from workbook.store.models import Client, Engagement

# About the SQLite file itself; a server database: test_server_store.py.
pytestmark = pytest.mark.sqlite


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragma(path: Path, name: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        connection.close()


def test_new_database_is_stamped_and_migrated(db_path: Path) -> None:
    open_database(db_path).close()
    assert _pragma(db_path, "application_id") == APPLICATION_ID
    assert _pragma(db_path, "user_version") == SCHEMA_VERSION


def test_connections_use_wal_foreign_keys_and_busy_timeout(database) -> None:  # type: ignore[no-untyped-def]
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_connections_keep_a_page_cache_the_lists_fit_in(database) -> None:  # type: ignore[no-untyped-def]
    """64 MiB (negative: KiB), not SQLite's 2 MiB: a list's sort reads pages again and again."""
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -64 * 1024


def test_a_read_passing_once_keeps_sqlites_small_cache_meanwhile(database) -> None:  # type: ignore[no-untyped-def]
    """An export's sheets and the page check read each page once: holding them would only
    grow the process by up to 64 MiB per connection."""

    def cache(session: object) -> int:
        return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar())  # type: ignore[attr-defined]

    with reading(database, once=True) as session:
        assert cache(session) == -2 * 1024
    with reading(database) as session:  # the same pooled connection, its own size again
        assert cache(session) == -64 * 1024


def test_an_interrupt_during_a_read_passing_once_stays_an_interrupt(database) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+C or SIGTERM while SQLite fetches: SQLAlchemy invalidates the connection, and
    putting the cache back on it raised PendingRollbackError instead — a traceback where the
    command line says "interrupted; nothing was changed"."""

    def interrupted_fetch() -> None:
        with reading(database, once=True) as session:
            session.connection().invalidate()  # what SQLAlchemy does to it on an interrupt
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted_fetch()


def test_writer_begins_immediate_and_takes_the_write_lock(database) -> None:  # type: ignore[no-untyped-def]
    with database.writer.connect() as connection, connection.begin():
        # Without touching a table the transaction already holds the RESERVED lock:
        other = sqlite3.connect(database.path, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
        connection.execute(text("SELECT 1"))


def _sqlite_of_another_app(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (x)")
    connection.commit()
    connection.close()


def _newer_schema(path: Path) -> None:
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("prepare", "reason"),
    [
        (lambda path: path.write_bytes(b""), Refusal.empty),
        (lambda path: path.write_text("name;email\nMüller;m@example.com\n"), Refusal.not_sqlite),
        (lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 10), Refusal.not_sqlite),
        (_sqlite_of_another_app, Refusal.foreign),
        (_newer_schema, Refusal.newer),
    ],
    ids=["empty", "text", "truncated", "foreign", "newer"],
)
def test_refused_files_are_left_untouched(db_path: Path, prepare, reason: Refusal) -> None:  # type: ignore[no-untyped-def]
    prepare(db_path)
    before = _digest(db_path)
    siblings = set(db_path.parent.iterdir())
    with pytest.raises(DatabaseRefused) as refused:
        open_database(db_path)
    assert refused.value.reason == reason
    assert _digest(db_path) == before
    assert set(db_path.parent.iterdir()) == siblings  # no -wal, -shm or backup appeared


def test_older_schema_is_backed_up_then_migrated(db_path: Path) -> None:
    from alembic import command

    database = open_database(db_path)
    with migrating(database.engine) as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        connection.exec_driver_sql("PRAGMA user_version=0")
    database.close()

    reopened = open_database(db_path)
    try:
        assert reopened.migration_backup is not None
        assert reopened.migration_backup.exists()
        assert _pragma(reopened.migration_backup, "user_version") == 0
        assert _pragma(db_path, "user_version") == SCHEMA_VERSION
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM client").scalar() == 0
    finally:
        reopened.close()


def test_migrations_match_the_models(database) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with database.engine.connect() as connection:
        opts = {"compare_type": True, "include_object": compared}
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, SQLModel.metadata) == []


def test_schema_version_counts_the_alembic_revisions() -> None:
    from alembic.script import ScriptDirectory

    revisions = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
    assert len(revisions) == SCHEMA_VERSION


def test_backup_is_a_consistent_copy(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import make_client
    from workbook.services.clients.service import ClientService

    make_client(ClientService(database), "Bäckerei Größl")
    target = backup(database.path, tmp_path / "copy.sqlite3")
    copy = open_database(target)
    try:
        assert ClientService(copy).get(1).name == "Bäckerei Größl"
        assert check_integrity(copy) == []
    finally:
        copy.close()


def test_damaged_file_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # keep our header, wreck every page
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseRefused) as refused:
        open_database(db_path)
    assert refused.value.reason == Refusal.corrupt


def test_migration_refolds_client_names_and_keeps_active_keys_unique(db_path: Path) -> None:
    from alembic import command

    from workbook.services.clients.service import ClientService
    from workbook.services.clients.shapes import ClientQuery

    database = open_database(db_path)
    clients = ClientService(database)
    for name in ("Bäckerei Größl", "Zander KG"):
        clients.create(ClientInput(name=name))
    with migrating(database.engine) as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")  # keys as schema 1 wrote them: casefolded only
        connection.exec_driver_sql("PRAGMA user_version=1")
        keys = connection.exec_driver_sql("SELECT name_key FROM client ORDER BY id").scalars()
        assert list(keys) == ["bäckerei grössl", "zander kg"]  # casefold: ß → ss, ä stays
    database.close()

    reopened = open_database(db_path)
    try:
        assert reopened.migration_backup is not None
        names = [row.name for row in ClientService(reopened).list(ClientQuery(text="backerei"))]
        assert names == ["Bäckerei Größl"]
    finally:
        reopened.close()


def test_migration_numbers_existing_engagements_per_year_and_counts_versions(
    db_path: Path,
) -> None:
    from alembic import command

    from tests.engagement_factories import make_engagement, make_goal
    from tests.factories import make_client
    from workbook.services.agreements.service import AgreementService
    from workbook.services.clients.service import ClientService
    from workbook.services.engagements.service import EngagementService
    from workbook.store.migrate import migrating

    database = open_database(db_path)
    client = make_client(ClientService(database), "Bäckerei Größl")
    for _ in range(3):
        make_engagement(EngagementService(database), client)
    goal = make_goal(AgreementService(database), 2)
    with migrating(database.engine) as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        connection.exec_driver_sql("PRAGMA user_version=3")
        connection.exec_driver_sql(
            "UPDATE engagement SET created_at = '2025-06-01 10:00:00' WHERE id = 1"
        )
    database.close()

    reopened = open_database(db_path)
    try:
        assert reopened.migration_backup is not None
        assert ".schema3-" in reopened.migration_backup.name
        engagements = EngagementService(reopened)
        references = [engagements.get(i).reference for i in (1, 2, 3)]
        this_year = date.today().year
        assert references == ["2025-001", f"{this_year}-001", f"{this_year}-002"]
        assert {engagements.get(i).version for i in (1, 2, 3)} == {1}
        # rebuilding the engagement table must not cascade to what hangs on it
        assert AgreementService(reopened).goal(goal).engagement_id == 2
    finally:
        reopened.close()


def _committed_only_in_the_wal(path: Path, sql: str) -> Path:
    """A copy of `path` after `sql`, as a crash leaves it: the change is in NAME-wal only."""
    import shutil

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_autocheckpoint=0")
        connection.executescript(sql)
        copy = path.with_name("copy.sqlite3")
        shutil.copyfile(path, copy)
        shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
    finally:
        connection.close()
    return copy


def test_guard_sees_a_newer_version_committed_only_in_the_wal(db_path: Path) -> None:
    open_database(db_path).close()
    copy = _committed_only_in_the_wal(db_path, f"PRAGMA user_version={SCHEMA_VERSION + 1};")
    assert _header_version(copy) == SCHEMA_VERSION
    files = {p.name: _digest(p) for p in copy.parent.iterdir() if p.name.startswith("copy")}
    with pytest.raises(DatabaseRefused) as refused:
        open_database(copy)
    assert refused.value.reason == Refusal.newer
    assert {p.name: _digest(p) for p in copy.parent.iterdir() if p.name.startswith("copy")} == {
        **files,
        "copy.sqlite3-shm": _digest(copy.with_name("copy.sqlite3-shm")),  # SQLite's index only
    }


def test_migration_backup_is_named_with_the_version_sqlite_sees(db_path: Path) -> None:
    open_database(db_path).close()
    copy = _committed_only_in_the_wal(db_path, "PRAGMA user_version=2;")
    assert _header_version(copy) == SCHEMA_VERSION
    reopened = open_database(copy)
    try:
        assert reopened.migration_backup is not None
        assert reopened.migration_backup.name.startswith("copy.sqlite3.schema2-")
        assert _pragma(copy, "user_version") == SCHEMA_VERSION
    finally:
        reopened.close()


def _header_version(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[60:64], "big")


def test_bulk_insert_stores_what_the_orm_would_and_returns_the_ids_in_order(database) -> None:  # type: ignore[no-untyped-def]
    """The tuples go to the driver as the column types convert them: Decimal as cents, dates
    and timestamps as the ORM writes and reads them; left-out columns get their defaults."""
    with writing(database) as session:
        (client_id,) = insert_rows(session, Client.__table__, ["name", "name_key"], [("A", "a")])
        columns = ["client_id", "reference", "title", "hourly_rate", "starts_on"]
        rows = [
            (client_id, f"2026-{n:03d}", f"Job {n}", Decimal("95.50") + n, date(2026, 1, n))
            for n in range(1, 6)
        ]
        ids = insert_rows(session, Engagement.__table__, columns, rows)
    with Session(database.engine) as session:
        found = session.exec(select(Engagement).order_by(Engagement.id)).all()
        client = session.get(Client, client_id)
    assert ids == [engagement.id for engagement in found]
    assert [(e.reference, e.hourly_rate, e.starts_on) for e in found] == [
        (reference, rate, starts) for _, reference, _, rate, starts in rows
    ]
    assert {e.version for e in found} == {1}
    assert client is not None
    assert client.created_at is not None
    assert client.notes == ""


def test_filling_gives_a_large_page_cache_and_the_connections_own_back(database) -> None:  # type: ignore[no-untyped-def]
    def cache_size(session: Session) -> int:
        return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())

    with writing(database) as session:
        own = cache_size(session)
        with filling(session):
            assert cache_size(session) < own < 0  # negative: KiB
        assert cache_size(session) == own
