"""The calendar file (.ics): every date the Today list knows as an all-day event, for the
consultant's calendar program (icalendar library, RFC 5545).

Each event's UID is made of what it stands for and that row's id, so importing a later export
updates the events instead of doubling them. The practice organizes every event (its name
and e-mail address; without an address none, as RFC 5545 wants an address there). Written
atomically (workbook.files): a failure leaves an earlier file as it was; a database is never
replaced."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress

from workbook import APP_NAME, __version__
from workbook.files.atomic import atomic_write
from workbook.files.targets import guard_target
from workbook.presentation.today import Translate, event_summary
from workbook.services.practice.shapes import Profile
from workbook.services.today.shapes import CalendarEvent

CALENDAR_MAGIC = b"BEGIN:VCALENDAR"  # an earlier export may be replaced without asking
UID_DOMAIN = "client-workbook"


def event_uid(event: CalendarEvent) -> str:
    return f"{event.kind.value}-{event.row_id}@{UID_DOMAIN}"


def _organizer(practice: Profile | None) -> vCalAddress | None:
    if practice is None or not practice.email:
        return None
    address = vCalAddress(f"mailto:{practice.email}")
    if practice.author:
        address.params["CN"] = practice.author
    return address


def calendar_bytes(
    events: Iterable[CalendarEvent],
    translate: Translate,
    stamp: datetime | None = None,
    *,
    organizer: Profile | None = None,
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", APP_NAME)
    stamped = stamp or datetime.now(UTC)
    organized_by = _organizer(organizer)
    for item in events:
        event = Event()
        event.add("uid", event_uid(item))
        event.add("dtstamp", stamped)
        event.add("dtstart", item.on)  # a date: an all-day event
        event.add("dtend", item.on + timedelta(days=1))
        event.add("summary", event_summary(item, translate))
        event.add("transp", "TRANSPARENT")  # a reminder, not time taken
        if organized_by is not None:
            event.add("organizer", organized_by)
        calendar.add_component(event)
    return calendar.to_ical()


def write_calendar(
    events: Sequence[CalendarEvent],
    target: Path,
    translate: Translate,
    *,
    protected: Iterable[Path] = (),
    overwrite: bool = False,
    organizer: Profile | None = None,
) -> int:
    """Writes the events to `target`; returns how many. Raises ExportError when the target
    may not or cannot be written (a database, the open one, another kind of file).
    `organizer`: the practice the events come from."""
    guard_target(
        target, protected=protected, overwrite=overwrite, replaceable=(".ics", CALENDAR_MAGIC)
    )
    content = calendar_bytes(events, translate, organizer=organizer)

    def write(partial: Path) -> None:
        partial.write_bytes(content)

    atomic_write(target, write)
    return len(events)
