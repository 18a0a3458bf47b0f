"""Today's first look (services.today.first_look): the sections sqlite3 reads through the
statements compiled ahead are what TodayService.sections reads — day by day, with the user's
terms — on a demo workbook; the compiled statements are what Today's statements compile to
now; and any file it cannot read this way gives None and is left as it was."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from workbook.demo.generator import fill_demo
from workbook.domain.handover import HandoverTerms
from workbook.services.today import prepare
from workbook.services.today.first_look import PREPARED, first_look
from workbook.services.today.shapes import Section, TodayTerms
from workbook.services.workspace import build_workspace
from workbook.store.database import open_database
from workbook.store.prepared import set_path

DEMO_DAY = date(2026, 11, 25)
DAYS = (
    DEMO_DAY,
    date(2026, 12, 31),  # a year's end
    date(2027, 2, 28),  # the end of a short month
    date(2028, 2, 29),  # a leap day
    date(2026, 8, 31),  # before most of the demo's dates
)
TERMS: tuple[dict[str, object], ...] = (
    {},
    {"scope_creep_threshold": Decimal("0.05")},
    {"handover": HandoverTerms(horizon_days=90, minimum_percent=95), "notice_warning_days": 75},
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("first_look") / "demo.sqlite3"
    database = open_database(path)
    try:
        fill_demo(database, clients=40, today=DEMO_DAY)
    finally:
        database.close()
    return path


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("terms", TERMS, ids=["defaults", "threshold", "handover-notices"])
def test_the_first_look_reads_what_the_service_reads(
    demo: Path, day: date, terms: dict[str, object]
) -> None:
    wanted = TodayTerms(day, **terms)  # type: ignore[arg-type]
    looked = first_look(demo, wanted)  # the file closed, as at start-up
    database = open_database(demo, read_only=True)
    try:
        read = build_workspace(database).today.sections(wanted)
        assert first_look(demo, wanted) == read  # and while the window has it open
    finally:
        database.close()
    assert looked == read


def test_the_demo_fills_most_sections_on_its_day(demo: Path) -> None:
    """So that the comparison above compares items, not empty sections."""
    sections = first_look(demo, TodayTerms(DEMO_DAY))
    assert sections is not None
    filled = [section.section for section in sections if section.items]
    assert len(filled) >= len(Section) - 1, filled


def test_the_compiled_statements_are_what_todays_statements_compile_to_now() -> None:
    assert set_path(PREPARED).read_text(encoding="utf-8") == prepared_text(), (
        "Today's statements changed: run python -m workbook.services.today.prepare"
    )


def prepared_text() -> str:
    return prepare.prepared().as_json() + "\n"


def _schema(path: Path, version: int) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {version}")
    connection.close()


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda path: _schema(path, 13), id="newer-schema"),
        pytest.param(lambda path: _schema(path, 11), id="older-schema"),
        pytest.param(lambda path: path.write_bytes(path.read_bytes()[:8192]), id="cut-short"),
        pytest.param(lambda path: path.write_bytes(b""), id="empty"),
        pytest.param(lambda path: path.unlink(), id="missing"),
    ],
)
def test_a_file_it_cannot_read_this_way_gives_none_and_stays_as_it_was(
    demo: Path, tmp_path: Path, spoil: object
) -> None:
    path = tmp_path / "spoilt.sqlite3"
    shutil.copyfile(demo, path)
    spoil(path)  # type: ignore[operator]
    before = path.read_bytes() if path.exists() else None
    assert first_look(path, TodayTerms(DEMO_DAY)) is None
    assert (path.read_bytes() if path.exists() else None) == before


def test_another_programs_sqlite_file_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text)")
    connection.close()
    before = path.read_bytes()
    assert first_look(path, TodayTerms(DEMO_DAY)) is None
    assert path.read_bytes() == before
