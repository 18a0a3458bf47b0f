"""`today` and `calendar` in-process: the sections of the day's list for people and as JSON,
with a fixed day; the .ics read back with icalendar, its UIDs the same on a second export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.factories import make_client
from workbook.cli.main import main
from workbook.demo.generator import fill_demo
from workbook.services.clients.service import ClientService
from workbook.services.journal.shapes import JournalInput
from workbook.services.today.shapes import Section, TodayTerms
from workbook.services.workspace import build_workspace
from workbook.store.database import open_database

TODAY = date(2026, 12, 2)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(db_path: Path) -> Path:
    database = open_database(db_path)
    try:
        fill_demo(database, today=TODAY)
    finally:
        database.close()
    return db_path


def _json(path: Path, capsys: pytest.CaptureFixture[str], *more: str) -> list[dict[str, object]]:
    assert main(["today", "--db", str(path), "--date", TODAY.isoformat(), "--json", *more]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_the_demo_has_something_in_every_section(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = _json(demo, capsys)
    assert {item["section"] for item in items} == {section.value for section in Section}
    for item in items:
        assert {"section", "client", "title", "date", "days_late"} <= item.keys()
        if item["date"] is not None and item["days_late"] is not None:
            late = (TODAY - date.fromisoformat(str(item["date"]))).days
            assert item["days_late"] == late


def test_json_lists_what_the_service_reads(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(demo, read_only=True)
    try:
        sections = build_workspace(database).today.sections(TodayTerms(TODAY))
    finally:
        database.close()
    expected = [(i.section.value, i.client_name, i.title) for s in sections for i in s.items]
    assert [(i["section"], i["client"], i["title"]) for i in _json(demo, capsys)] == expected


def test_text_names_each_section_with_its_count_and_says_when_one_is_empty(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(db_path)
    client_id = make_client(ClientService(database), "Bäckerei Weiß")
    entry = JournalInput(TODAY, summary="Angebot nachfassen", follow_up_on=date(2026, 12, 1))
    build_workspace(database).journal.add(client_id, entry, today=TODAY)
    database.close()
    assert main(["today", "--db", str(db_path), "--date", "2026-12-02", "--lang", "de"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2026-12-02"
    at = lines.index("Fälliges Nachfassen (1)")
    assert lines[at + 1] == "  Bäckerei Weiß | Angebot nachfassen | 2026-12-01 | 1 Tag überfällig"
    assert "  Keine Übergabe ist gefährdet." in lines


def test_a_date_that_is_none_exits_2_with_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    with pytest.raises(SystemExit) as exit_:
        main(["today", "--db", str(db_path), "--date", "2026-02-30"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not a date" in err


# -- the calendar --------------------------------------------------------------------------------


def _events(path: Path) -> dict[str, tuple[date, str]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(event["uid"]): (event.decoded("dtstart"), str(event["summary"]))
        for event in calendar.walk("VEVENT")
    }


def test_the_calendar_parses_back_with_every_date_and_keeps_its_uids(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "termine.ics"
    command = ["calendar", "--db", str(demo), "--out", str(out), "--date", "2026-12-02"]
    assert main(command) == 0
    first = _events(out)
    database = open_database(demo, read_only=True)
    try:
        expected = build_workspace(database).today.calendar(today=TODAY)
    finally:
        database.close()
    assert capsys.readouterr().out == f"{out}: {len(expected)} events\n"
    assert len(first) == len(expected)
    kinds = {uid.split("-")[0] for uid in first}
    assert kinds == {"follow", "milestone", "goal", "self", "notice"}
    follow_up = next(e for e in expected if e.kind.value == "follow-up")
    day, summary = first[f"follow-up-{follow_up.row_id}@client-workbook"]
    assert day == follow_up.on
    assert summary == f"Follow-up: {follow_up.title} ({follow_up.client_name}" + (
        f", {follow_up.engagement_reference})" if follow_up.engagement_reference else ")"
    )
    assert main(command) == 0  # an earlier calendar file is replaced without asking
    assert _events(out).keys() == first.keys()


def test_the_practice_organizes_every_event(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "termine.ics"
    assert main(["calendar", "--db", str(demo), "--out", str(out), "--date", "2026-12-02"]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events
    organizers = {(str(e["organizer"]), e["organizer"].params["CN"]) for e in events}
    assert organizers == {("mailto:anna@berger-prozessberatung.de", "Anna Berger")}


def test_without_an_e_mail_address_the_calendar_names_no_organizer() -> None:
    from workbook.documents.calendar_file import calendar_bytes
    from workbook.services.practice.shapes import Profile
    from workbook.services.today.shapes import CalendarEvent, EventKind

    event = CalendarEvent(EventKind.follow_up, 1, TODAY, "Kühne", "", "Anrufen")
    text = calendar_bytes([event], lambda _c, s: s, organizer=Profile(name="Anna Berger"))
    assert b"ORGANIZER" not in text  # RFC 5545: an organizer is an address


def test_the_calendar_of_one_client(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kunde.ics"
    name = "Özdemir Immobilien GmbH"
    assert main(["calendar", "--db", str(demo), "--out", str(out), "--client", name,
                 "--lang", "de"]) == 0  # fmt: skip
    summaries = [summary for _day, summary in _events(out).values()]
    assert summaries
    assert all(f"({name}" in summary for summary in summaries)
    assert main(["calendar", "--db", str(demo), "--out", str(out), "--client", "Niemand"]) == 2
    assert capsys.readouterr().err == "error: no client named 'Niemand'\n"


def test_the_calendar_never_replaces_the_database(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo.read_bytes()[:100]
    assert main(["calendar", "--db", str(demo), "--out", str(demo)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert demo.read_bytes()[:100] == before


@pytest.mark.parametrize("command", ["today", "calendar"])
def test_today_and_calendar_never_import_qt(demo: Path, tmp_path: Path, command: str) -> None:
    extra = ["--out", str(tmp_path / "c.ics")] if command == "calendar" else []
    argv = ["main.py", command, "--db", str(demo), *extra]
    code = "\n".join(
        [
            "import sys, runpy",
            f"sys.argv = {argv!r}",
            "try: runpy.run_path('main.py', run_name='__main__')",
            "except SystemExit as e: code = e.code",
            "assert code == 0, code",
            "assert not [m for m in sys.modules if m.startswith('PySide6')]",
        ]
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, env=env,
                   capture_output=True)  # fmt: skip
