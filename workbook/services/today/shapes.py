"""What the Today list reads: its sections in order, one row shape for every item (the tab, the
command line and the JSON read the same), and the user's settings its rules depend on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from workbook.domain.handover import DEFAULT_TERMS, HandoverTerms
from workbook.domain.scope_creep import SCOPE_CREEP_THRESHOLD
from workbook.domain.support_terms import NOTICE_WARNING_DAYS


class Section(StrEnum):
    """The sections of the day's list, in the order they are shown."""

    follow_ups = "follow_ups"  # journal follow-ups due today or late
    milestones = "milestones"  # knowledge transfer due within 7 days or late
    handover_risks = "handover_risks"
    notices = "notices"  # support notice deadlines coming up
    over_hours = "over_hours"  # support plans over their included hours this period
    scope_creep = "scope_creep"  # engagements over the threshold
    untold_costs = "untold_costs"  # change requests with a cost the client was not told
    silent_clients = "silent_clients"  # longer than their feedback interval
    clarification = "clarification"  # inquiries whose clarification is incomplete
    overdue_goals = "overdue_goals"  # past their target date and not achieved


class Opens(StrEnum):
    """Where an item is edited: what Enter opens."""

    journal_entry = "journal_entry"
    engagement = "engagement"
    support_plan = "support_plan"
    client = "client"


@dataclass(frozen=True)
class TodayItem:
    section: Section
    client_id: int
    client_name: str
    title: str  # the entry's summary, the milestone's topic, the plan's name, …
    on: date | None  # the day it is due (or was, or the day its wait began)
    days_late: int | None  # today minus `on`: 0 due today, below 0 still ahead
    opens: Opens
    row_id: int  # of the entry, engagement, plan or client that Enter opens
    engagement_id: int | None = None
    engagement_reference: str = ""
    # The section's figure: readiness or scope creep or clarification in %, hours over,
    # cost untold, days silent (workbook.presentation.today words it).
    figure: Decimal | None = None
    currency: str = ""  # of a figure that is money
    version: int = 0  # the journal entry's, for marking its follow-up done or snoozing it
    # The milestone, change request or goal on the engagement's page that Enter selects there.
    item_id: int | None = None

    @property
    def key(self) -> tuple[Section, int]:
        """Tells two items apart, across reloads (two milestones of one engagement too)."""
        return self.section, self.row_id if self.item_id is None else self.item_id


@dataclass(frozen=True)
class TodaySection:
    section: Section
    items: tuple[TodayItem, ...]
    more: bool = False  # there are more than the items read
    # How many there are in all when `more`: counted after the items are shown (None: not yet).
    total: int | None = None

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class TodayTerms:
    """The day the list is for, and the user's settings its rules use."""

    today: date
    scope_creep_threshold: Decimal = SCOPE_CREEP_THRESHOLD
    handover: HandoverTerms = DEFAULT_TERMS
    notice_warning_days: int = NOTICE_WARNING_DAYS


class EventKind(StrEnum):
    """What a calendar event stands for."""

    follow_up = "follow-up"
    milestone = "milestone"
    goal = "goal"
    self_sufficiency = "self-sufficiency"
    notice_deadline = "notice-deadline"


@dataclass(frozen=True)
class CalendarEvent:
    kind: EventKind
    row_id: int  # with the kind, the event's lasting identity (a re-import updates it)
    on: date
    client_name: str
    engagement_reference: str
    title: str
