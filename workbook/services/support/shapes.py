"""Input and read shapes of support plans and their entries: the Support tab, a plan's detail,
the Today list and the export sheets all read these rows."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum

from workbook.domain.enums import SupportEntryKind, SupportPeriod, SupportPlanStatus


@dataclass(frozen=True)
class SupportPlanInput:
    client_id: int
    name: str
    starts_on: date
    engagement_id: int | None = None
    ends_on: date | None = None  # the end of the first term; a renewing plan runs on after it
    auto_renew: bool = False
    notice_days: int = 30
    period: SupportPeriod = SupportPeriod.month
    included_hours: Decimal | None = None  # per period
    response_time_hours: int | None = None
    service_hours: str = ""
    channels: str = ""
    updates_policy: str = ""
    price_per_period: Decimal | None = None
    status: SupportPlanStatus = SupportPlanStatus.draft


@dataclass(frozen=True)
class SupportPlanRow(SupportPlanInput):
    """One plan with where it belongs and its figures on the day it was read."""

    id: int = 0
    version: int = 1
    client_name: str = ""
    engagement_reference: str = ""
    engagement_title: str = ""
    currency: str = "EUR"
    term_starts_on: date | None = None  # the current term; None once the plan has ended
    term_ends_on: date | None = None
    notice_deadline: date | None = None  # the current term's; it may have passed
    next_notice_deadline: date | None = None  # the first one still ahead (renewing plans)
    period_starts_on: date | None = None  # the current period of an active plan
    period_ends_on: date | None = None  # its last day
    used_hours: Decimal | None = None  # in the current period of an active plan
    hours_beyond: Decimal | None = None  # used beyond the included hours

    def as_input(self) -> SupportPlanInput:
        return SupportPlanInput(**{f.name: getattr(self, f.name) for f in fields(SupportPlanInput)})


@dataclass(frozen=True)
class SupportEntryInput:
    occurred_on: date
    hours: Decimal
    kind: SupportEntryKind = SupportEntryKind.question
    description: str = ""


@dataclass(frozen=True)
class SupportEntryRow(SupportEntryInput):
    id: int = 0
    plan_id: int = 0
    version: int = 1
    plan_name: str = ""
    client_name: str = ""

    def as_input(self) -> SupportEntryInput:
        names = (f.name for f in fields(SupportEntryInput))
        return SupportEntryInput(**{name: getattr(self, name) for name in names})


class SupportSort(StrEnum):
    client = "client"
    name = "name"
    status = "status"
    period = "period"
    included_hours = "included_hours"
    starts_on = "starts_on"
    ends_on = "ends_on"
    price_per_period = "price_per_period"


@dataclass(frozen=True)
class SupportQuery:
    client_id: int | None = None
    status: SupportPlanStatus | None = None
    text: str = ""  # words found in the plan's or the client's name
    sort: SupportSort = SupportSort.client
    descending: bool = False
    # only these rows, whatever else the query says (a list re-reading the rows a change touched)
    ids: frozenset[int] | None = None
