"""Input and read shapes of journal entries: the Journal tab, the client's timeline, the Today
list and the Journal sheet all read JournalRow."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum

from workbook.domain.enums import JournalKind


@dataclass(frozen=True)
class JournalInput:
    occurred_on: date
    kind: JournalKind = JournalKind.note
    summary: str = ""
    details: str = ""
    satisfaction: int | None = None
    follow_up_on: date | None = None
    follow_up_done: bool = False
    engagement_id: int | None = None


@dataclass(frozen=True)
class JournalRow(JournalInput):
    id: int = 0
    client_id: int = 0
    version: int = 1
    client_name: str = ""
    engagement_reference: str = ""
    engagement_title: str = ""
    overdue: bool = False  # the follow-up date has passed and it is not done

    def as_input(self) -> JournalInput:
        return JournalInput(**{f.name: getattr(self, f.name) for f in fields(JournalInput)})


class JournalSort(StrEnum):
    occurred_on = "occurred_on"
    client = "client"
    kind = "kind"
    summary = "summary"
    satisfaction = "satisfaction"
    follow_up_on = "follow_up_on"


@dataclass(frozen=True)
class JournalQuery:
    client_id: int | None = None
    kinds: frozenset[JournalKind] = field(default_factory=frozenset)  # empty: every kind
    occurred_from: date | None = None  # both days included
    occurred_to: date | None = None
    text: str = ""  # words found in the summary, the details or the client's name
    open_follow_ups: bool = False  # only entries whose follow-up is still to be done
    sort: JournalSort = JournalSort.occurred_on
    descending: bool = True  # newest first
    # only these rows, whatever else the query says (a list re-reading the rows a change touched)
    ids: frozenset[int] | None = None
