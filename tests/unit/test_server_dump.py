"""Backing up a server database with pg_dump: a file pg_restore reads, with the rows in it;
pg_dump refusing is one line and leaves no file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.factories import make_client
from tests.postgres import SECRET_PASSWORD, SECRET_USER, Server
from workbook.services.clients.service import ClientService
from workbook.store.database import open_database
from workbook.store.locations import server_address
from workbook.store.server.dump import DumpFailed, dump, pg_dump_program
from workbook.store.server.opening import Login, ServerUnavailable

pytestmark = pytest.mark.postgres


def test_a_dump_holds_the_database(pg_url: str, tmp_path: Path) -> None:
    address = server_address(pg_url)
    database = open_database(address)
    make_client(ClientService(database), "Bäckerei Größl")
    database.close()
    target = dump(address, tmp_path / "workbook.dump", overwrite=False)
    program = pg_dump_program()
    assert program is not None
    listed = subprocess.run(
        [str(program.with_name("pg_restore")), "--data-only", "--table=client", "--file=-",
         str(target)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "Bäckerei Größl" in listed.stdout
    assert [path.name for path in tmp_path.iterdir()] == ["workbook.dump"]


def test_a_refusal_is_one_line_and_leaves_no_file(tmp_path: Path) -> None:
    nowhere = server_address("postgresql://anna@127.0.0.1:1/workbook")
    with pytest.raises(DumpFailed) as refused:
        dump(nowhere, tmp_path / "workbook.dump", overwrite=False)
    assert "\n" not in str(refused.value)
    assert "127.0.0.1" in str(refused.value)
    assert list(tmp_path.iterdir()) == []


def test_a_password_typed_in_the_window_reaches_pg_dump(
    postgres_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File ▸ Connect to server…'s password, with none in PGPASSWORD or ~/.pgpass."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with postgres_server.database(owner=SECRET_USER) as name:
        address = server_address(postgres_server.url(name, user=SECRET_USER))
        with pytest.raises(ServerUnavailable) as unavailable:  # as the app's connection says
            dump(address, tmp_path / "refused.dump", overwrite=False)
        assert unavailable.value.login is Login.password_needed
        typed = address.with_password(SECRET_PASSWORD)
        open_database(typed).close()
        assert dump(typed, tmp_path / "workbook.dump", overwrite=False).stat().st_size > 0
