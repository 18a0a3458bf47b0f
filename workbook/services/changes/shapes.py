"""Input and read shapes of change requests, the scope-creep meter and the cost notice."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from workbook.domain.change_requests import Flag, StepDates
from workbook.domain.enums import BillingModel, ChangeKind, ChangeStatus
from workbook.domain.scope_creep import Bearer, ScopeCreep


@dataclass(frozen=True)
class ChangeRequestInput:
    """The form. `cost` is kept as typed when `cost_is_manual`; otherwise it follows effort ×
    the engagement's rate for changes (and may be left None)."""

    title: str
    requested_on: date | None = None
    description: str = ""
    requested_by_id: int | None = None  # a contact of the client …
    requested_by_text: str = ""  # … or whoever else asked
    department: str = ""
    kind: ChangeKind = ChangeKind.small_change
    effort_hours: Decimal | None = None
    cost: Decimal | None = None
    cost_is_manual: bool = False
    billable: bool = True
    status: ChangeStatus = ChangeStatus.open
    estimated_on: date | None = None
    client_informed_on: date | None = None
    decided_on: date | None = None
    done_on: date | None = None
    decision_note: str = ""
    scope_item_id: int | None = None

    @property
    def dates(self) -> StepDates:
        return StepDates(self.estimated_on, self.client_informed_on, self.decided_on, self.done_on)

    def with_dates(self, dates: StepDates) -> ChangeRequestInput:
        return replace(self, **{f.name: getattr(dates, f.name) for f in fields(dates)})


@dataclass(frozen=True)
class ChangeRequestRow(ChangeRequestInput):
    """One change request: the editor's Changes page, the Changes tab across engagements and
    the Change requests sheet all show this row."""

    id: int = 0
    engagement_id: int = 0
    version: int = 1
    requested_by: str = ""  # the contact's name, or the free text
    scope_item_title: str = ""
    out_of_scope: bool = False  # touches an explicit exclusion of the service catalogue
    uninformed: bool = False  # counted as scope creep, has cost, client never told
    currency: str = "EUR"
    billing_model: BillingModel = BillingModel.hourly
    client_id: int = 0
    client_name: str = ""
    engagement_reference: str = ""
    engagement_title: str = ""

    @property
    def flags(self) -> tuple[Flag, ...]:
        marked = ((Flag.untold, self.uninformed), (Flag.out_of_scope, self.out_of_scope))
        return tuple(flag for flag, on in marked if on)

    def as_input(self) -> ChangeRequestInput:
        names = ChangeRequestInput.__dataclass_fields__
        return ChangeRequestInput(**{k: getattr(self, k) for k in names})


class ChangeSort(StrEnum):
    client = "client"
    reference = "reference"
    title_text = "title"  # not "title": that would shadow str.title
    kind = "kind"
    requested_on = "requested_on"
    status = "status"
    effort_hours = "effort_hours"
    cost = "cost"
    client_informed_on = "client_informed_on"


@dataclass(frozen=True)
class ChangeQuery:
    client_id: int | None = None
    engagement_id: int | None = None
    statuses: frozenset[ChangeStatus] = frozenset()  # empty: every status
    kind: ChangeKind | None = None
    text: str = ""
    sort: ChangeSort = ChangeSort.requested_on
    descending: bool = True  # the newest request first
    # only these rows, whatever else the query says (a list re-reading the rows a change touched)
    ids: frozenset[int] | None = None


@dataclass(frozen=True)
class Meter:
    """The scope-creep meter of one engagement."""

    engagement_id: int
    creep: ScopeCreep
    bearer: Bearer
    currency: str
    pending: int  # estimated, not yet decided: may still add to the creep


@dataclass(frozen=True)
class NoticeLine:
    id: int
    version: int
    title: str
    requested_on: date
    effort_hours: Decimal | None
    cost: Decimal | None
    status: ChangeStatus
    billable: bool = True  # False: the consultant takes the cost on himself


@dataclass(frozen=True)
class Totals:
    hours: Decimal = Decimal(0)
    cost: Decimal = Decimal(0)
    charged: Decimal = Decimal(0)  # the cost of the billable ones


@dataclass(frozen=True)
class NoticeFacts:
    """What the cost notice says: the changes not yet told, their total, and all changes of
    the engagement so far (estimated or further, not rejected), these included."""

    engagement_id: int
    engagement_title: str
    engagement_reference: str
    billing_model: BillingModel
    currency: str
    client_name: str
    language: str  # the client's ("de", "en"), "" = follow the app
    recipient_name: str  # the primary contact, "" without one
    recipient_email: str
    lines: tuple[NoticeLine, ...] = field(default_factory=tuple)
    these: Totals = field(default_factory=Totals)  # the sum of the lines
    running: Totals = field(default_factory=Totals)  # every change so far, these included
    unestimated: int = 0  # open requests, left out until estimated
