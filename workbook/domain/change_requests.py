"""The life of a change request (DESIGN.md §1): open → estimated → client informed →
approved | rejected → done, each step with its date.

- No approval, and no "client informed", without an estimate of the effort.
- "Done" only for work that was approved.
- No date before the day of the request or after today; "done" not before the decision.
- A step's date only once the status has reached it. Reaching a step dates it today unless it
  has a date already; going back drops the dates of the steps left — except the day the client
  was told, which happened whatever the status says now.

The cost follows effort × rate until the user types one; a typed cost is kept."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from workbook.domain.enums import BillingModel, ChangeStatus
from workbook.domain.validation import FieldError, Problem, check_amount

S = ChangeStatus

# The steps offered from each status (buttons); the form may also go back, and undo always can.
NEXT_STEPS: dict[ChangeStatus, tuple[ChangeStatus, ...]] = {
    S.open: (S.estimated, S.rejected),
    S.estimated: (S.client_informed, S.approved, S.rejected),
    S.client_informed: (S.approved, S.rejected),
    S.approved: (S.done,),
    S.rejected: (),
    S.done: (),
}
# Along the flow, the dead end last: the order lists sort statuses by.
STATUS_ORDER: tuple[ChangeStatus, ...] = (
    S.open, S.estimated, S.client_informed, S.approved, S.done, S.rejected,
)  # fmt: skip
# Statuses that need an estimate of the effort.
ESTIMATED = frozenset({S.estimated, S.client_informed, S.approved, S.done})
DECIDED = frozenset({S.approved, S.rejected, S.done})
# Estimated but not decided yet: the client may still say no.
PENDING = frozenset({S.estimated, S.client_informed})


class Flag(StrEnum):
    """What needs the consultant's attention on a request."""

    untold = "untold"  # approved or done work with cost the client was never told
    out_of_scope = "out_of_scope"  # touches an explicit exclusion of the service catalogue


@dataclass(frozen=True)
class StepDates:
    estimated_on: date | None = None
    client_informed_on: date | None = None
    decided_on: date | None = None
    done_on: date | None = None


DATE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(StepDates))


def _reached(status: ChangeStatus) -> dict[str, bool]:
    """Which steps' dates the status allows (a rejected request may have been estimated)."""
    return {
        "estimated_on": status is not S.open,
        "client_informed_on": True,
        "decided_on": status in DECIDED,
        "done_on": status is S.done,
    }


def _required(status: ChangeStatus) -> frozenset[str]:
    required = {
        "estimated_on": status in ESTIMATED,
        "client_informed_on": status is S.client_informed,
        "decided_on": status in DECIDED,
        "done_on": status is S.done,
    }
    return frozenset(name for name, needed in required.items() if needed)


def allowed_dates(status: ChangeStatus) -> frozenset[str]:
    """The date fields a form should offer for this status."""
    return frozenset(name for name, allowed in _reached(status).items() if allowed)


def completed(status: ChangeStatus, dates: StepDates, today: date) -> StepDates:
    """The steps the status has reached get today's date where they have none."""
    missing = {name: today for name in _required(status) if getattr(dates, name) is None}
    return replace(dates, **missing)


def settled(status: ChangeStatus, dates: StepDates, today: date) -> StepDates:
    """The dates after moving to `status`: reached steps dated, steps left behind undated."""
    reached = _reached(status)
    dropped = {name: None for name in DATE_FIELDS if not reached[name]}
    return completed(status, replace(dates, **dropped), today)


@dataclass(frozen=True)
class ChangeState:
    """What the rules look at; `previous` is the stored status (None for a new request)."""

    status: ChangeStatus
    previous: ChangeStatus | None
    requested_on: date | None
    effort_hours: Decimal | None
    cost: Decimal | None
    dates: StepDates


def change_problems(state: ChangeState, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    check_amount("effort_hours", state.effort_hours, errors)
    check_amount("cost", state.cost, errors)
    if state.status in ESTIMATED and state.effort_hours is None:
        errors.append(FieldError("effort_hours", Problem.estimate_first))
    if state.status is S.done and state.previous not in (S.approved, S.done):
        errors.append(FieldError("status", Problem.approve_first))
    if state.requested_on is None:
        errors.append(FieldError("requested_on", Problem.required))
    errors += _date_problems(state, today)
    return errors


def _date_problems(state: ChangeState, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    allowed = allowed_dates(state.status)
    first = state.requested_on
    for name in ("requested_on", *DATE_FIELDS):
        day = first if name == "requested_on" else getattr(state.dates, name)
        if day is None:
            continue
        if name not in allowed and name != "requested_on":
            errors.append(FieldError(name, Problem.step_not_reached))
        elif day > today:
            errors.append(FieldError(name, Problem.in_future))
        elif first is not None and day < first:
            errors.append(FieldError(name, Problem.before_request))
    decided, done = state.dates.decided_on, state.dates.done_on
    if decided is not None and done is not None and done < decided:
        errors.append(FieldError("done_on", Problem.before_decision))
    return errors


# -- cost ---------------------------------------------------------------------------------------


def rate_for_changes(
    billing: BillingModel, hourly_rate: Decimal | None, change_rate: Decimal | None
) -> Decimal | None:
    """What an hour of change work costs: under a fixed price the change rate set for it (else
    the hourly rate), by the hour the hourly rate."""
    if billing is BillingModel.fixed and change_rate is not None:
        return change_rate
    return hourly_rate


def default_cost(hours: Decimal | None, rate: Decimal | None) -> Decimal | None:
    if hours is None or rate is None:
        return None
    return (hours * rate).quantize(Decimal("0.01"))


# -- telling the client --------------------------------------------------------------------------


def awaits_notice(status: ChangeStatus, client_informed_on: date | None) -> bool:
    """Estimated (or further, not rejected) and the client has not been told yet."""
    return status in ESTIMATED and client_informed_on is None


def informed_status(status: ChangeStatus) -> ChangeStatus:
    """The status once the client has been told: an estimate becomes "client informed"; a
    request already decided keeps its status."""
    return S.client_informed if status is S.estimated else status
