"""The engagement status flow (DESIGN.md §1): which transitions exist and what blocks them.

Pure rules: the service gathers the facts (completeness, agreed goals) and asks here."""

from __future__ import annotations

from enum import StrEnum

from workbook.domain.enums import EngagementStatus

S = EngagementStatus

# Forward only: a decision is not taken back by a transition, only by undo.
_TARGETS: dict[EngagementStatus, tuple[EngagementStatus, ...]] = {
    S.inquiry: (S.clarifying,),
    S.clarifying: (S.accepted, S.declined),
    S.accepted: (S.active,),
    S.active: (S.handover,),
    S.handover: (S.support,),
    S.support: (S.closed,),
    S.declined: (),
    S.closed: (),
}

# The order lists sort by: along the flow, the dead end (declined) last.
STATUS_ORDER: tuple[EngagementStatus, ...] = (
    S.inquiry,
    S.clarifying,
    S.accepted,
    S.active,
    S.handover,
    S.support,
    S.closed,
    S.declined,
)

# Still in play: every status but the two ends (the Engagements tab's "Everything open").
OPEN_STATUSES = frozenset(STATUS_ORDER) - {S.closed, S.declined}

# From the acceptance on the engagement is billed: its rate or price must be known by then
# (a bare inquiry need not name one).
PRICED = frozenset({S.accepted, S.active, S.handover, S.support, S.closed})

# Transitions that record a decision (decided_on, decision_reason) on the engagement.
DECISIONS = frozenset({S.accepted, S.declined})


class Blocker(StrEnum):
    not_allowed = "not_allowed"
    clarification_incomplete = "clarification_incomplete"
    no_agreed_goal = "no_agreed_goal"
    reason_required = "reason_required"
    no_price = "no_price"  # no override makes up for it: the work must be billed at something


class TransitionRefused(Exception):
    """Raised by the service when a transition is blocked; nothing has been written."""

    def __init__(self, blockers: list[Blocker]) -> None:
        super().__init__(", ".join(blockers))
        self.blockers = blockers


def allowed_targets(status: EngagementStatus) -> tuple[EngagementStatus, ...]:
    return _TARGETS[status]


def acceptance_gaps(*, completeness_complete: bool, agreed_goals: int) -> list[Blocker]:
    """What is missing for a regular (not overridden) acceptance."""
    gaps: list[Blocker] = []
    if not completeness_complete:
        gaps.append(Blocker.clarification_incomplete)
    if agreed_goals < 1:
        gaps.append(Blocker.no_agreed_goal)
    return gaps


def check_transition(
    current: EngagementStatus,
    target: EngagementStatus,
    *,
    completeness_complete: bool,
    agreed_goals: int,
    priced: bool,
    reason: str,
    override: bool,
) -> list[Blocker]:
    """Empty when the transition may happen.

    An override papers over the acceptance gaps only with a written reason; without gaps it
    is not needed and adds no demand."""
    if target not in allowed_targets(current):
        return [Blocker.not_allowed]
    has_reason = bool(reason.strip())
    if target == S.declined:
        return [] if has_reason else [Blocker.reason_required]
    if target != S.accepted:
        return []
    unpriced = [] if priced else [Blocker.no_price]
    gaps = acceptance_gaps(completeness_complete=completeness_complete, agreed_goals=agreed_goals)
    if not gaps:
        return unpriced
    if override:
        return unpriced + ([] if has_reason else [Blocker.reason_required])
    return gaps + unpriced
