"""Shared fixtures: every test gets its own database in a temporary directory — and the service
and command-line tier (tests/unit) runs once on a file and once on a throw-away PostgreSQL
server the suite starts itself (tests/postgres.py), except where a test is about the file
itself (marked sqlite, or reaching for db_path)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import NoReturn

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tests.keyrings import MemoryKeyring, using_keyring
from tests.postgres import SECRET_USER, Server, running_server
from tests.users import folder_for_everyone
from workbook.services.clients.service import ClientService
from workbook.store.database import Database, open_database
from workbook.store.locations import location

# The GUI tests run without a display unless told otherwise (`make test` on a server, in a
# container, or on a desktop without windows popping up); QT_QPA_PLATFORM=xcb shows them.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbook.sqlite3"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """What --db names: the file (db_path), or a new database on the test server."""
    if backend == "sqlite":
        return str(tmp_path / "workbook.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def database(db_location: str) -> Iterator[Database]:
    database = open_database(location(db_location))
    yield database
    database.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL variant of a test only in tests/unit, and only where it means something:
    not for tests about the file itself (marked sqlite, or reaching for db_path)."""
    unit = Path(__file__).parent / "unit"
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = callspec is not None and callspec.params.get("backend") == "postgresql"
        about_the_file = (
            item.get_closest_marker("sqlite") is not None
            or "db_path" in getattr(item, "fixturenames", ())
            or unit not in item.path.parents
        )
        (dropped if on_server and about_the_file else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture
def clients(database: Database) -> ClientService:
    return ClientService(database)


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """For tests that run commands as another user: a folder that user can use."""
    with folder_for_everyone() as folder:
        yield folder


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """One throw-away PostgreSQL server for the whole run (tests.postgres); a test that needs
    it fails, with what to install, where the server binaries are missing."""
    with ExitStack() as stack:
        try:
            server = stack.enter_context(running_server())
        except LookupError as missing:
            pytest.fail(str(missing), pytrace=False)
        # A run that is terminated (a CI timeout, kill) unwinds like Ctrl+C, so this teardown
        # still stops the server instead of leaving it running as nobody.
        previous = signal.signal(signal.SIGTERM, _interrupt)
        stack.callback(signal.signal, signal.SIGTERM, previous)
        yield server


def _interrupt(_signal: int, _frame: object) -> NoReturn:
    raise KeyboardInterrupt


@pytest.fixture
def pg_url(postgres_server: Server) -> Iterator[str]:
    """The --db URL of a new, empty database on the test server, dropped after the test."""
    with postgres_server.database() as name:
        yield postgres_server.url(name)


@pytest.fixture
def guarded_database(postgres_server: Server, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A database of the one role that needs a password; none in PGPASSWORD or ~/.pgpass."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")  # not the developer's own ~/.pgpass
    with postgres_server.database(owner=SECRET_USER) as name:
        yield name


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    """As on this machine and any without GNOME Keyring or KWallet, wherever the test runs."""
    yield from using_keyring(fail.Keyring())


@pytest.fixture
def memory_keyring() -> Iterator[KeyringBackend]:
    yield from using_keyring(MemoryKeyring())
