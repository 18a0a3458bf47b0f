"""Commands that only read (check, export, import --dry-run) never migrate or back up a file
of an older schema: they read it as it is or say that it needs an upgrade (issue 9, point 6)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.factories import make_client
from workbook.cli.main import main
from workbook.services.clients.service import ClientService
from workbook.store.database import open_database
from workbook.store.migrate import SCHEMA_VERSION, alembic_config


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    from alembic import command

    path = tmp_path / "old.sqlite3"
    database = open_database(path)
    make_client(ClientService(database), "Bäckerei Größl")
    with database.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
        connection.exec_driver_sql("PRAGMA user_version=2")
    database.close()
    (tmp_path / "clients.csv").write_text("Name\nZander KG\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["import", "--dry-run", "{folder}/clients.csv"],
        ["export", "--out", "{folder}/status.xlsx"],
    ],
    ids=["dry-run", "export"],
)
def test_reading_commands_say_an_old_file_needs_an_upgrade(
    old_file: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(old_file.parent)
    args = [part.format(folder=old_file.parent) for part in command]
    assert main([args[0], "--db", str(old_file), *args[1:]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "needs an upgrade" in err
    assert "opening it in the app" in err
    assert _snapshot(old_file.parent) == before  # no migration, no .bak, no -wal


def test_check_reads_an_old_file_as_it_is(
    old_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(old_file.parent)
    assert main(["check", "--db", str(old_file)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"schema 2 is older than this version's {SCHEMA_VERSION}: opening the file in the app "
        "upgrades it (after a backup)"
    ]
    assert _snapshot(old_file.parent) == before
