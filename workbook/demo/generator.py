"""Realistic demo data for every table (`main.py demo`), deterministic for a seed and a day.

Everything is written in one transaction with bulk inserts of tuples, a chunk of clients at a
time, so 10k clients take seconds and 200k stay within memory."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from workbook.demo import text
from workbook.demo.engagements import add_engagement
from workbook.demo.meanwhile import Meanwhile
from workbook.demo.practice import PRACTICE_TABLES, add_practice
from workbook.demo.rows import DemoRows, Party, Ref, stamp
from workbook.domain.enums import EngagementStatus, JournalKind
from workbook.domain.names import fold
from workbook.services.clarification.seed import ensure_catalogue
from workbook.services.sessions import writing
from workbook.store import answered
from workbook.store.bulk import filling, insert_columns
from workbook.store.database import Database
from workbook.store.models import ClarificationQuestion, Client, Engagement

# Parents before children, so foreign keys hold at every insert.
TABLES = (
    "client",
    "contact",
    "engagement",
    "status_change",
    "clarification_answer",
    "goal",
    "wish",
    "scope_item",
    "change_request",
    "milestone",
    "support_plan",
    "support_entry",
    "journal_entry",
)
_CHUNK = 1000  # clients per bulk insert (about 70,000 rows): bounds memory for large demos
_INTERVALS = (14, 21, 21, 28, 30, 42, 60)
_EARLY = (EngagementStatus.inquiry, EngagementStatus.clarifying, EngagementStatus.declined)
_FINISHED = (EngagementStatus.closed, EngagementStatus.declined)
_SATISFACTION = (5, 4, 3, 4, 5, 2, 4, 1)
# Each enum as a tuple once: made anew for every row, they cost more than the rest of a turn.
_STATUSES, _JOURNAL_KINDS = tuple(EngagementStatus), tuple(JournalKind)
_GERMAN_CITIES = tuple(city for city, (country, _, _) in text.CITIES.items() if country == "DE")
_ASCII = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i"}
)


def fill_demo(
    database: Database, *, clients: int = 12, seed: int = 20261125, today: date | None = None
) -> dict[str, int]:
    """Add `clients` demo clients with everything around them; return rows added per table."""
    counts = dict.fromkeys(("clarification_question", *TABLES, *PRACTICE_TABLES), 0)
    with writing(database) as session:
        counts["clarification_question"] = ensure_catalogue(session)
        rows = DemoRows(random.Random(seed), today or date.today(), _questions(session))
        rows.numbered.update(_references_per_year(session))
        taken = set(session.exec(select(Client.name_key)).all())
        with (
            filling(session),
            database.search.bulk(session.connection()) as index_so_far,
            answered.bulk(session.connection()),
            Meanwhile() as meanwhile,
        ):
            for start in range(0, clients, _CHUNK):
                for index in range(start, min(start + _CHUNK, clients)):
                    _add_client(rows, index, taken)
                meanwhile.wait()  # the connection is free again
                _insert(session, rows, counts)
                meanwhile.start(index_so_far)  # indexed while the next chunk is made
        counts.update(add_practice(session, rows.today))
    return counts


def _questions(session: Session) -> tuple[tuple[int, bool, str], ...]:
    statement = (
        select(ClarificationQuestion.id, ClarificationQuestion.required, ClarificationQuestion.key)
        .where(col(ClarificationQuestion.active))
        .order_by(col(ClarificationQuestion.position))
    )
    rows = session.exec(statement).all()
    return tuple((qid, required, key) for qid, required, key in rows if qid is not None)


def _references_per_year(session: Session) -> dict[int, int]:
    """The highest engagement number of each year so far, so a second demo run continues."""
    highest: dict[int, int] = {}
    for reference in session.exec(select(Engagement.reference)):
        year, _, number = reference.partition("-")
        if year.isdigit() and number.isdigit():
            highest[int(year)] = max(highest.get(int(year), 0), int(number))
    return highest


def _insert(session: Session, rows: DemoRows, counts: dict[str, int]) -> None:
    """Parents before children: each table's Refs get their ids before its children use them.
    Column by column: a comprehension per column is several times cheaper than a loop per row."""
    collected = rows.take()
    for name in TABLES:
        if not collected.get(name):
            continue
        table = SQLModel.metadata.tables[name]
        refs, *values = zip(*collected[name], strict=True)
        columns = {
            column: _linked(given) if table.c[column].foreign_keys else given
            for column, given in zip(rows.columns(name), values, strict=True)
        }
        ids = insert_columns(session, table, columns, len(refs))
        for ref, new_id in zip(refs, ids, strict=True):
            ref.id = new_id
        counts[name] += len(refs)


def _linked(values: Sequence[Any]) -> Sequence[Any]:
    """A foreign key's values, the Refs of parents (inserted before) replaced by their ids."""
    return [value.id if type(value) is Ref else value for value in values]


def _add_client(rows: DemoRows, index: int, taken: set[str]) -> None:
    name, industry, city, domain = _identity(rows.rng, index)
    name, name_key = _unique(name, taken)
    archived = index % 9 == 7
    interval = rows.rng.choice(_INTERVALS)
    client_id = rows.add(
        "client",
        rows.ago(420, 1200),
        name=name,
        name_key=name_key,
        industry=industry,
        address=_address(rows.rng, city),
        website=f"https://www.{domain}",
        notes=_client_note(rows, index),
        tags=rows.rng.choice(text.TAGS),
        feedback_interval_days=interval,
        archived_at=stamp(rows.ago(10, 200)) if archived else None,
    )
    contacts: list[tuple[Ref, str]] = []
    if index % 6 != 5:  # every sixth client is a fresh lead nobody has been named for yet
        contacts = _add_contacts(rows, client_id, city, domain)
    party = Party(client_id, tuple(c for c, _ in contacts), tuple(d for _, d in contacts))
    engagements = [add_engagement(rows, party, s) for s in _statuses(rows, archived, party)]
    _add_journal(rows, client_id, index, engagements, interval)


def _identity(rng: random.Random, index: int) -> tuple[str, str, str, str]:
    """A listed company, or beyond the list one built from parts plus a running number."""
    if index < len(text.COMPANIES):
        return text.COMPANIES[index]
    surname = rng.choice(text.SURNAMES)
    trade, industry = rng.choice(text.TRADES)
    city = rng.choice(_GERMAN_CITIES)
    name = f"{surname} {trade} {rng.choice(text.LEGAL_FORMS)} ({index + 1})"
    return name, industry, city, f"{_ascii(surname, '-')}-{_ascii(trade, '-')}-{index + 1}.de"


def _unique(name: str, taken: set[str]) -> tuple[str, str]:
    """Names already in the workbook (an earlier demo run) get a suffix instead of a clash;
    returns the name and its folded key."""
    candidate, number = name, 2
    key = fold(candidate)
    while key in taken:
        candidate, number = f"{name} ({number})", number + 1
        key = fold(candidate)
    taken.add(key)
    return candidate, key


def _ascii(value: str, separator: str = "") -> str:
    plain = unicodedata.normalize("NFKD", value.translate(_ASCII))
    plain = plain.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", separator, plain).strip("-")


def _address(rng: random.Random, city: str) -> str:
    country, _, postcode = text.CITIES[city]
    if country == "GB":
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEHJLNPRSTUW')}{rng.choice('ABDEHJLNPRSTUW')}"
        return f"{rng.randint(1, 220)} {rng.choice(text.STREETS_EN)}, {city} {postcode} {inward}"
    street = rng.choice(text.STREETS_DE)
    return f"{street} {rng.randint(1, 180)}, {postcode}{rng.randint(0, 999):03d} {city}"


def _client_note(rows: DemoRows, index: int) -> str:
    if index == 0:
        return text.FORMULA_NOTE
    if index == 1:
        return text.AT_NOTE
    if index % 25 == 3:
        return _long_note(rows.rng)
    return rows.rng.choice(text.CLIENT_NOTES)


def _long_note(rng: random.Random) -> str:
    """Multi-paragraph text over 2,000 characters: the first paragraph stays the opening."""
    first, *rest = text.LONG_PARAGRAPHS
    return "\n\n".join([first, *rng.sample(rest, len(rest))])


def _add_contacts(rows: DemoRows, client_id: Ref, city: str, domain: str) -> list[tuple[Ref, str]]:
    """1–4 contacts, the first one primary; returns (id, department) pairs."""
    english = text.CITIES[city][0] == "GB"
    count = rows.rng.randint(1, 4)
    firsts = (
        [(n, False) for n in text.FIRST_EN]
        if english
        else [(n, False) for n in text.FIRST_M] + [(n, True) for n in text.FIRST_F]
    )
    contacts = []
    for number, (first, female) in enumerate(rows.rng.sample(firsts, count)):
        last = rows.rng.choice(text.SURNAMES_EN if english else text.SURNAMES)
        role, department = _role(rows.rng, english, female)
        contact_id = rows.add(
            "contact",
            rows.ago(300, 420),
            client_id=client_id,
            name=f"{first} {last}",
            role=role,
            department=department,
            email=f"{_ascii(first)}.{_ascii(last)}@{domain}",
            phone=_phone(rows.rng, city),
            is_primary=number == 0,
            notes=rows.rng.choice(text.CONTACT_NOTES),
        )
        contacts.append((contact_id, department))
    return contacts


def _role(rng: random.Random, english: bool, female: bool) -> tuple[str, str]:
    if english:
        return rng.choice(text.ROLES_EN)
    male_role, female_role, department = rng.choice(text.ROLES_DE)
    return (female_role if female else male_role), department


def _phone(rng: random.Random, city: str) -> str:
    country, prefix, _ = text.CITIES[city]
    if country == "GB":
        return f"{prefix} {rng.randint(7000, 7999)} {rng.randint(1000, 9999)}"
    return f"{prefix} {rng.randint(1000, 9999)}-{rng.randint(100, 999)}"


def _statuses(rows: DemoRows, archived: bool, party: Party) -> list[EngagementStatus]:
    """Archived clients are done with us; clients without contacts are still early leads."""
    if archived:
        return [rows.turn("archived", _FINISHED)]
    if not party.contacts:
        return [rows.turn("lead", _EARLY)]
    count = rows.rng.randint(1, 3)
    return [rows.turn("status", _STATUSES) for _ in range(count)]


def _add_journal(
    rows: DemoRows, client_id: Ref, index: int, engagements: list[Ref], interval: int
) -> None:
    """Contacts over the last ~120 days; every ninth client has gone quiet for too long."""
    quiet = index % 9 == 2
    low = interval + 10 if quiet else 0
    days = sorted(rows.ago(low, max(low + 30, 120)) for _ in range(rows.rng.randint(3, 7)))
    for day in days:
        kind = rows.turn("journal", _JOURNAL_KINDS)
        summary = rows.rng.choice(text.JOURNAL[kind.value])
        _journal_row(rows, client_id, day, kind, summary, engagements)
    specials = {0: [text.FORMULA_SUMMARY], 1: [text.PLUS_SUMMARY, text.AT_SUMMARY]}
    for summary in specials.get(index, []):
        _journal_row(rows, client_id, rows.ago(1, 6), JournalKind.note, summary, engagements)


def _journal_row(
    rows: DemoRows,
    client_id: Ref,
    day: date,
    kind: JournalKind,
    summary: str,
    engagements: list[Ref],
) -> None:
    rng = rows.rng
    scored = kind is not JournalKind.note and kind is not JournalKind.email and rng.random() < 0.6
    follow_up = day + timedelta(days=rng.randint(2, 21)) if rng.random() < 0.35 else None
    long_text = rows.turn("long_journal", range(25)) == 7
    rows.add(
        "journal_entry",
        day,
        client_id=client_id,
        engagement_id=rng.choice(engagements) if engagements and rng.random() < 0.6 else None,
        occurred_on=day,
        kind=kind.value,
        summary=summary,
        details=_long_note(rng) if long_text else rng.choice(text.JOURNAL_DETAILS),
        satisfaction=rows.turn("satisfaction", _SATISFACTION) if scored else None,
        follow_up_on=follow_up,
        follow_up_done=follow_up is not None and follow_up < rows.today and rng.random() < 0.6,
    )
