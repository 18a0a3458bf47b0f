"""`today`: the day's list, as the Today tab shows it, for people or as JSON; `calendar`: its
dates as an .ics file for a calendar program. `--date` stands in for today (scripts, checks)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from workbook.cli.outcome import OK, fail
from workbook.cli.paths import database_location, open_for_reading
from workbook.presentation.today import (
    Translate,
    counted_title,
    empty_text,
    late_text,
    section_title,
    what_text,
)
from workbook.presentation.ts_reader import translator_from_ts
from workbook.services.today.shapes import TodayItem, TodaySection, TodayTerms
from workbook.services.workspace import build_workspace

LANGUAGES = ("en", "de")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    today = commands.add_parser("today", help="what is due today, across clients")
    today.add_argument("--db", type=database_location, required=True)
    _dated(today)
    today.add_argument("--json", action="store_true", help="a JSON list of the items")
    today.add_argument("--lang", choices=LANGUAGES, default="en")
    today.set_defaults(run=_today)
    calendar = commands.add_parser("calendar", help="the due dates as a calendar file (.ics)")
    calendar.add_argument("--db", type=database_location, required=True)
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    calendar.add_argument("--client", help="only this client's dates")
    calendar.add_argument("--lang", choices=LANGUAGES, default="en")
    calendar.add_argument("--force", action="store_true", help="replace another kind of file")
    _dated(calendar)
    calendar.set_defaults(run=_calendar)


def _dated(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date", type=_day, default=None, metavar="YYYY-MM-DD", help="the day (default: today)"
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _today(args: argparse.Namespace) -> int:
    day = args.date or date.today()
    database = open_for_reading(args.db)
    try:
        today, terms = build_workspace(database).today, TodayTerms(day)
        sections = today.counted(today.sections(terms), terms)
    finally:
        database.close()
    translate = translator_from_ts(language=args.lang)
    if args.json:
        items = [_item(item, section, translate) for section in sections for item in section.items]
        print(json.dumps(items, ensure_ascii=False, indent=1))
    else:
        print("\n".join(_lines(sections, day, translate)))
    return OK


def _lines(sections: list[TodaySection], day: date, translate: Translate) -> list[str]:
    lines = [day.isoformat()]
    for section in sections:
        lines.append("")
        lines.append(counted_title(section, translate))
        if not section.items:
            lines.append(f"  {empty_text(section.section, translate)}")
        for item in section.items:
            when = item.on.isoformat() if item.on else ""
            cells = (item.client_name, what_text(item, translate), when,
                     late_text(item, translate))  # fmt: skip
            lines.append("  " + " | ".join(cell for cell in cells if cell))
    return lines


def _item(item: TodayItem, section: TodaySection, translate: Translate) -> dict[str, object]:
    return {
        "section": item.section.value,
        "section_title": section_title(section.section, translate),
        "client": item.client_name,
        "client_id": item.client_id,
        "engagement": item.engagement_reference,
        "engagement_id": item.engagement_id,
        "title": item.title,
        "what": what_text(item, translate),
        "date": item.on.isoformat() if item.on else None,
        "days_late": item.days_late,
        "figure": None if item.figure is None else str(item.figure),
        "opens": item.opens.value,
        "id": item.row_id,
    }


def _calendar(args: argparse.Namespace) -> int:
    from workbook.documents.calendar_file import write_calendar  # icalendar: this command only

    database = open_for_reading(args.db)
    try:
        workspace = build_workspace(database)
        client_id = None
        if args.client is not None:
            client_id = workspace.reports.find_client(args.client)
            if client_id is None:
                return fail(f"no client named {args.client!r}")
        events = workspace.today.calendar(today=args.date or date.today(), client_id=client_id)
        practice = workspace.practice.profile()
    finally:
        database.close()
    written = write_calendar(
        events, args.out, translator_from_ts(language=args.lang),
        protected=(args.db,) if isinstance(args.db, Path) else (), overwrite=args.force,
        organizer=practice,
    )  # fmt: skip
    print(f"{args.out}: {written} events")
    return OK
