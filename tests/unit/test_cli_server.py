"""The command line on a database on a PostgreSQL server: demo, check, export, import, search,
today, calendar and backup take --db postgresql://user@host/dbname and behave as on a file; what
cannot be used is one line on stderr."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from keyring.backend import KeyringBackend

from tests.keyrings import MemoryKeyring
from tests.one_line import refused
from tests.postgres import SECRET_PASSWORD, SECRET_USER, Server
from workbook.cli.main import main
from workbook.demo.generator import fill_demo
from workbook.services.today.shapes import Section
from workbook.store.database import open_database
from workbook.store.header import IDENTITY_TABLE
from workbook.store.locations import location, server_address
from workbook.store.server import dump
from workbook.store.server.dump import dump_name
from workbook.store.server.passwords import remember


def _cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook}
    finally:
        workbook.close()


@pytest.mark.postgres
def test_demo_then_export_gives_the_same_cells_as_on_a_file(
    db_path: Path, pg_url: str, tmp_path: Path
) -> None:
    exported: dict[str, dict[str, list[tuple[object, ...]]]] = {}
    for where in (str(db_path), pg_url):
        out = tmp_path / f"status-{len(exported)}.xlsx"
        assert main(["demo", "--db", where, "--clients", "6"]) == 0
        assert main(["export", "--db", where, "--out", str(out), "--lang", "de"]) == 0
        exported[where] = _cells(out)
    on_file, on_server = exported.values()
    assert on_file.keys() == on_server.keys()
    for sheet, rows in on_file.items():
        assert on_server[sheet] == rows, sheet
    dossier = tmp_path / "dossier.xlsx"
    assert (
        main(["export", "--db", pg_url, "--out", str(dossier), "--client", "bäckerei größl"]) == 0
    )
    assert _cells(dossier)["Cover"][0][0] == "Bäckerei Größl"


def test_check_demo_import_and_search(
    db_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--db", db_location, "--clients", "2"]) == 0
    capsys.readouterr()
    assert main(["check", "--db", db_location]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")
    book = tmp_path / "clients.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Firma", "Branche"])
    workbook.active.append(["Straßenbau Kühne KG", "Bau"])
    workbook.save(book)
    assert main(["import", "--db", db_location, str(book), "--dry-run"]) == 0
    assert main(["search", "--db", db_location, "kuhne", "--json"]) == 0
    assert "Kühne" not in capsys.readouterr().out  # the dry run wrote nothing
    assert main(["import", "--db", db_location, str(book)]) == 0
    capsys.readouterr()
    assert main(["search", "--db", db_location, "strasse", "--json"]) == 0
    found = [(item["type"], item["title"]) for item in json.loads(capsys.readouterr().out)]
    assert found == [("client", "Straßenbau Kühne KG")]
    assert main(["check", "--db", db_location, "--repair"]) == 0
    assert "search index rebuilt" in capsys.readouterr().out


@pytest.mark.postgres
def test_a_foreign_or_newer_server_database_is_one_line(
    postgres_server: Server, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = pg_url.rsplit("/", 1)[1]
    out = str(tmp_path / "status.xlsx")
    assert "is empty" in refused(["export", "--db", pg_url, "--out", out], capsys)
    dump = str(tmp_path / "dump.pgdump")
    assert "is empty" in refused(["backup", "--db", pg_url, "--out", dump], capsys)
    assert main(["demo", "--db", pg_url, "--clients", "1"]) == 0
    with postgres_server.admin(name) as connection:
        connection.execute(f"UPDATE {IDENTITY_TABLE} SET schema_version = schema_version + 1")
    for args in (["check"], ["search", "x"], ["demo"], ["export", "--out", out]):
        err = refused([args[0], "--db", pg_url, *args[1:]], capsys)
        assert "newer version of Client Workbook" in err
    with postgres_server.admin(name) as connection:
        connection.execute(f"DROP TABLE {IDENTITY_TABLE}")
    assert "tables of another application" in refused(["check", "--db", pg_url], capsys)
    assert "tables of another application" in refused(
        ["backup", "--db", pg_url, "--out", dump], capsys
    )
    assert not Path(dump).exists()


@pytest.mark.postgres
def test_a_server_that_cannot_be_reached_is_one_line(
    postgres_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres_server.url("no_such_database")
    err = refused(["search", "--db", url, "x"], capsys)
    assert "cannot connect to the server" in err
    assert "no_such_database" in err


def test_a_password_in_the_url_is_refused_as_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["search", "--db", "postgresql://bob:geheim@localhost/firma", "x"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "must not contain the password: put it in PGPASSWORD or ~/.pgpass" in err
    assert "geheim" not in err


def test_notice_and_erase(db_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", db_location, "--clients", "6"]) == 0
    capsys.readouterr()
    assert main(["notice", "--db", db_location, "--engagement", "2026-005"]) == 0
    assert "Subject: Changes in “Ticketsystem für den Kundenservice” (2026-005)" in (
        capsys.readouterr().out
    )
    args = ["erase", "--db", db_location, "--client", "BÄCKEREI GRÖSSL", "--yes"]
    assert main(args) == 0
    assert "erased client" in capsys.readouterr().out
    assert main(["search", "--db", db_location, "größl"]) == 0
    assert capsys.readouterr().out.strip() == "nothing found"


def test_today_and_calendar(
    db_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(location(db_location))
    try:
        fill_demo(database, today=date(2026, 12, 2))
    finally:
        database.close()
    capsys.readouterr()
    assert main(["today", "--db", db_location, "--date", "2026-12-02", "--json"]) == 0
    sections = {item["section"] for item in json.loads(capsys.readouterr().out)}
    assert sections == {section.value for section in Section}
    out = tmp_path / "termine.ics"
    assert main(["calendar", "--db", db_location, "--out", str(out), "--date", "2026-12-02"]) == 0
    assert out.read_text().count("BEGIN:VEVENT") > 10


@pytest.mark.postgres
def test_backup_of_a_server_database_is_pg_dumps_file(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["demo", "--db", pg_url, "--clients", "1"]) == 0
    monkeypatch.chdir(tmp_path)
    for _twice in range(2):  # today's, replaced by a later one of the same day
        capsys.readouterr()
        assert main(["backup", "--db", pg_url]) == 0
        written = Path(capsys.readouterr().out.strip())
        assert written == tmp_path / dump_name(server_address(pg_url), date.today())
        assert written.read_bytes().startswith(b"PGDMP")  # the custom format, as the window's
    chosen = tmp_path / "sicherung.dump"
    chosen.write_text("mine")
    err = refused(["backup", "--db", pg_url, "--out", str(chosen)], capsys)
    assert "the file already exists (--force replaces it)" in err
    assert main(["backup", "--db", pg_url, "--out", str(chosen), "--force"]) == 0
    assert chosen.read_bytes().startswith(b"PGDMP")


@pytest.mark.postgres
def test_without_pg_dump_backup_of_a_server_database_says_so(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dump, "pg_dump_program", lambda: None)
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["backup", "--db", pg_url]) == 1
    assert capsys.readouterr().err == (
        "error: backing up a server database needs PostgreSQL's pg_dump, which is not "
        "installed on this computer (Debian: postgresql-client)\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.postgres
def test_the_password_the_window_remembered_is_taken_when_libpq_has_none(
    postgres_server: Server,
    guarded_database: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = postgres_server.url(guarded_database, user=SECRET_USER)
    assert "a password is needed" in refused(["demo", "--db", url, "--clients", "1"], capsys)
    remember(server_address(url), SECRET_PASSWORD)  # as the window's "Remember the password"
    assert main(["demo", "--db", url, "--clients", "1"]) == 0
    assert main(["check", "--db", url]) == 0
    monkeypatch.chdir(tmp_path)
    assert main(["backup", "--db", url]) == 0
    assert next(tmp_path.iterdir()).read_bytes().startswith(b"PGDMP")


@pytest.mark.postgres
def test_without_a_keyring_a_missing_password_is_one_line(
    postgres_server: Server,
    guarded_database: str,
    no_keyring: KeyringBackend,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = postgres_server.url(guarded_database, user=SECRET_USER)
    needed = (
        f"error: {url}: cannot connect to the server: a password is needed: set PGPASSWORD or "
        "put it in ~/.pgpass\n"
    )
    for args in (["check"], ["backup", "--out", str(tmp_path / "x.dump")]):
        assert refused([args[0], "--db", url, *args[1:]], capsys) == needed
    assert list(tmp_path.iterdir()) == []
