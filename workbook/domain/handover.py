"""Rules of the knowledge transfer: readiness, when a handover is at risk, when a milestone is
overdue and in which due window it stands, and what "verified" demands.

Pure functions over small frozen facts; `today` is always passed in, so a report, a test and
the UI on the same day agree. The thresholds are the user's settings (HandoverTerms), with the
defaults the command line and the reports use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from workbook.domain.enums import EngagementStatus, MilestoneStatus
from workbook.domain.validation import FieldError, Problem

# Handover is at risk when the self-sufficiency date is this close and readiness below this.
READINESS_HORIZON_DAYS = 30
READINESS_MINIMUM_PERCENT = 80
# The next due window after "this week" reaches this far.
NEAR_DAYS = 30
# The day's list (Today) shows milestones due this many days ahead, and every overdue one.
DUE_SOON_DAYS = 7
WEIGHT_RANGE = (0, 100)

# Handed over: no longer due.
SETTLED_MILESTONES = frozenset({MilestoneStatus.done, MilestoneStatus.verified})
# Engagements heading for the client's self-sufficiency: readiness and risk matter here.
HANDING_OVER = frozenset(
    {EngagementStatus.accepted, EngagementStatus.active, EngagementStatus.handover}
)


@dataclass(frozen=True)
class HandoverTerms:
    """When a handover counts as at risk: the date within `horizon_days` and readiness below
    `minimum_percent`."""

    horizon_days: int = READINESS_HORIZON_DAYS
    minimum_percent: int = READINESS_MINIMUM_PERCENT


DEFAULT_TERMS = HandoverTerms()


# -- readiness -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MilestoneFacts:
    status: MilestoneStatus
    weight: int
    planned_on: date | None = None


def readiness(milestones: Iterable[MilestoneFacts]) -> float | None:
    """Weighted share of verified milestones, 0–1; None without any (weighted) milestone."""
    total = verified = 0
    for milestone in milestones:
        weight = max(milestone.weight, 0)
        total += weight
        if milestone.status is MilestoneStatus.verified:
            verified += weight
    return share(verified, total)


def share(verified_weight: int, total_weight: int) -> float | None:
    return verified_weight / total_weight if total_weight > 0 else None


def milestone_overdue(status: MilestoneStatus, planned_on: date | None, today: date) -> bool:
    return planned_on is not None and planned_on < today and status not in SETTLED_MILESTONES


def milestone_due_soon(
    status: MilestoneStatus, planned_on: date | None, today: date, days: int = DUE_SOON_DAYS
) -> bool:
    """Not handed over yet and planned at most `days` ahead: the last of those days counts,
    and so does every overdue one."""
    return (
        planned_on is not None
        and status not in SETTLED_MILESTONES
        and planned_on <= today + timedelta(days=days)
    )


# -- risk ----------------------------------------------------------------------------------------


class RiskReason(StrEnum):
    low_readiness = "low_readiness"  # the date is near and too little is handed over
    overdue = "overdue"  # a milestone's planned day has passed and it is not done
    flagged = "flagged"  # a milestone is marked "at risk"


@dataclass(frozen=True)
class Tally:
    """What readiness and risk need of one engagement's milestones (SQL can sum it too)."""

    total_weight: int = 0
    verified_weight: int = 0
    overdue: int = 0
    flagged: int = 0

    @property
    def share(self) -> float | None:
        return share(self.verified_weight, self.total_weight)


def tally(milestones: Iterable[MilestoneFacts], today: date) -> Tally:
    listed = list(milestones)
    weights = [max(m.weight, 0) for m in listed]
    return Tally(
        total_weight=sum(weights),
        verified_weight=sum(
            w for m, w in zip(listed, weights, strict=True) if m.status is MilestoneStatus.verified
        ),
        overdue=sum(milestone_overdue(m.status, m.planned_on, today) for m in listed),
        flagged=sum(m.status is MilestoneStatus.at_risk for m in listed),
    )


def low_readiness(
    facts: Tally,
    self_sufficient_on: date | None,
    today: date,
    terms: HandoverTerms = DEFAULT_TERMS,
) -> bool:
    """Near (or past) the date the client should carry on alone, with too little handed over.
    No (weighted) milestones at all counts as nothing handed over. Whole numbers, so the
    database's sort by risk agrees to the last milestone."""
    if self_sufficient_on is None or (self_sufficient_on - today).days > terms.horizon_days:
        return False
    total = facts.total_weight
    return total == 0 or facts.verified_weight * 100 < terms.minimum_percent * total


@dataclass(frozen=True)
class HandoverRisk:
    reasons: tuple[RiskReason, ...] = ()
    overdue: int = 0  # milestones overdue
    flagged: int = 0  # milestones marked at risk

    @property
    def at_risk(self) -> bool:
        return bool(self.reasons)


def handover_risk(
    facts: Tally,
    self_sufficient_on: date | None,
    today: date,
    terms: HandoverTerms = DEFAULT_TERMS,
) -> HandoverRisk:
    """Why an engagement's handover is at risk, if it is: the date is near and readiness below
    the minimum, a milestone is overdue, or one is marked at risk."""
    reasons: list[RiskReason] = []
    if low_readiness(facts, self_sufficient_on, today, terms):
        reasons.append(RiskReason.low_readiness)
    if facts.overdue:
        reasons.append(RiskReason.overdue)
    if facts.flagged:
        reasons.append(RiskReason.flagged)
    return HandoverRisk(tuple(reasons), facts.overdue, facts.flagged)


def engagement_risk(
    status: EngagementStatus,
    facts: Tally,
    self_sufficient_on: date | None,
    today: date,
    terms: HandoverTerms = DEFAULT_TERMS,
) -> HandoverRisk:
    """Only an engagement still heading for the client's self-sufficiency can be at risk: a
    closed or supported one is handed over, an inquiry has nothing to hand over yet."""
    if status not in HANDING_OVER:
        return HandoverRisk()
    return handover_risk(facts, self_sufficient_on, today, terms)


def days_left(self_sufficient_on: date | None, today: date) -> int | None:
    """Days until the client runs the processes alone; negative once the date has passed."""
    return None if self_sufficient_on is None else (self_sufficient_on - today).days


# -- due windows ---------------------------------------------------------------------------------


class DueWindow(StrEnum):
    """The groups of the handover review, in the order they are shown."""

    overdue = "overdue"
    this_week = "this_week"
    next_30_days = "next_30_days"
    later = "later"  # or not planned yet
    done = "done"


WINDOW_ORDER = tuple(DueWindow)


@dataclass(frozen=True)
class WindowBounds:
    """Last day of this week (Sunday) and of the next 30 days, seen from `today`."""

    today: date
    week_end: date
    near_end: date


def window_bounds(today: date) -> WindowBounds:
    week_end = today + timedelta(days=6 - today.weekday())
    return WindowBounds(today, week_end, max(today + timedelta(days=NEAR_DAYS), week_end))


def due_window(status: MilestoneStatus, planned_on: date | None, today: date) -> DueWindow:
    if status in SETTLED_MILESTONES:
        return DueWindow.done
    if planned_on is None:
        return DueWindow.later
    bounds = window_bounds(today)
    if planned_on < today:
        return DueWindow.overdue
    if planned_on <= bounds.week_end:
        return DueWindow.this_week
    if planned_on <= bounds.near_end:
        return DueWindow.next_30_days
    return DueWindow.later


# -- what a milestone's status demands -----------------------------------------------------------


@dataclass(frozen=True)
class SignOff:
    status: MilestoneStatus
    done_on: date | None
    verification: str
    signed_off_by_id: int | None
    signed_off_on: date | None


def completed_sign_off(facts: SignOff, today: date) -> SignOff:
    """What the user leaves blank is filled where the status says it happened: a finished
    milestone was done today, a sign-off without a day was given today."""
    done_on = facts.done_on
    if done_on is None and facts.status in SETTLED_MILESTONES:
        done_on = today
    signed_off_on = facts.signed_off_on
    if signed_off_on is None and facts.signed_off_by_id is not None:
        signed_off_on = today
    return SignOff(facts.status, done_on, facts.verification, facts.signed_off_by_id, signed_off_on)


def sign_off_problems(facts: SignOff, today: date) -> list[FieldError]:
    """Verified means shown: how the client showed it can do it alone, and who signed it off.
    Nothing is done or signed off on a day still to come."""
    errors: list[FieldError] = []
    verified = facts.status is MilestoneStatus.verified
    if verified and not facts.verification.strip():
        errors.append(FieldError("verification", Problem.required))
    if facts.signed_off_by_id is None and (verified or facts.signed_off_on is not None):
        errors.append(FieldError("signed_off_by_id", Problem.required))
    for key, day in (("done_on", facts.done_on), ("signed_off_on", facts.signed_off_on)):
        if day is not None and day > today:
            errors.append(FieldError(key, Problem.in_future))
    return errors
