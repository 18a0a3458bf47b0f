"""Shared fixtures: every test gets its own database file in a temporary directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.postgres import Server, running_server
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


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


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
        yield server


@pytest.fixture
def pg_url(postgres_server: Server) -> Iterator[str]:
    """The --db URL of a new, empty database on the test server, dropped after the test."""
    with postgres_server.database() as name:
        yield postgres_server.url(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_location(request: pytest.FixtureRequest, db_path: Path) -> str:
    """What --db names, for a test run on both backends: a file, or a server database."""
    if request.param == "sqlite":
        return str(db_path)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_database(db_location: str) -> Iterator[Database]:
    """`database` on both backends: a module's tests run on each with
    `def database(any_database): return any_database`."""
    database = open_database(location(db_location))
    yield database
    database.close()
