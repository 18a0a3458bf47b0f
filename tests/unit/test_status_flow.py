"""The engagement status flow as pure rules: targets, blockers, overrides."""

from __future__ import annotations

from typing import Any

import pytest

from workbook.domain.enums import EngagementStatus as S
from workbook.domain.status_flow import (
    STATUS_ORDER,
    Blocker,
    TransitionRefused,
    allowed_targets,
    check_transition,
)

B = Blocker
Facts = dict[str, Any]
READY: Facts = {"completeness_complete": True, "agreed_goals": 1, "priced": True}
EARLY: Facts = {"completeness_complete": False, "agreed_goals": 0, "priced": True}


def _check(
    current: S, target: S, *, reason: str = "", override: bool = False, facts: Facts = READY
) -> list[Blocker]:
    return check_transition(current, target, reason=reason, override=override, **facts)


@pytest.mark.parametrize(
    ("status", "targets"),
    [
        (S.inquiry, (S.clarifying,)),
        (S.clarifying, (S.accepted, S.declined)),
        (S.accepted, (S.active,)),
        (S.active, (S.handover,)),
        (S.handover, (S.support,)),
        (S.support, (S.closed,)),
        (S.declined, ()),
        (S.closed, ()),
    ],
)
def test_only_the_forward_transitions_exist(status: S, targets: tuple[S, ...]) -> None:
    assert allowed_targets(status) == targets


def test_every_status_has_a_place_in_the_sort_order() -> None:
    assert sorted(STATUS_ORDER) == sorted(S)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.inquiry, S.accepted),  # skipping the clarification
        (S.inquiry, S.declined),
        (S.active, S.clarifying),  # going back
        (S.accepted, S.declined),
        (S.declined, S.accepted),
        (S.closed, S.active),
        (S.active, S.active),
    ],
)
def test_other_transitions_are_not_allowed_whatever_the_reason(current: S, target: S) -> None:
    assert _check(current, target, reason="weil", override=True) == [B.not_allowed]


def test_accept_early_names_every_gap() -> None:
    assert _check(S.clarifying, S.accepted, facts=EARLY) == [
        B.clarification_incomplete,
        B.no_agreed_goal,
    ]
    incomplete = {**READY, "completeness_complete": False, "agreed_goals": 2}
    assert _check(S.clarifying, S.accepted, facts=incomplete) == [B.clarification_incomplete]
    no_goal = {**READY, "agreed_goals": 0}
    assert _check(S.clarifying, S.accepted, facts=no_goal) == [B.no_agreed_goal]


def test_accept_when_ready_needs_no_reason() -> None:
    assert _check(S.clarifying, S.accepted) == []
    assert _check(S.clarifying, S.accepted, override=True) == []  # nothing to override


def test_override_needs_a_written_reason() -> None:
    assert _check(S.clarifying, S.accepted, override=True, facts=EARLY) == [B.reason_required]
    assert _check(S.clarifying, S.accepted, override=True, reason="  ", facts=EARLY) == [
        B.reason_required
    ]
    assert _check(S.clarifying, S.accepted, override=True, reason="Eilauftrag", facts=EARLY) == []


def test_a_reason_without_override_does_not_lift_the_gaps() -> None:
    assert _check(S.clarifying, S.accepted, reason="Eilauftrag", facts=EARLY) == [
        B.clarification_incomplete,
        B.no_agreed_goal,
    ]


def test_decline_always_needs_a_reason() -> None:
    assert _check(S.clarifying, S.declined, facts=EARLY) == [B.reason_required]
    assert _check(S.clarifying, S.declined) == [B.reason_required]
    assert _check(S.clarifying, S.declined, reason="Kein Budget") == []


@pytest.mark.parametrize(
    ("current", "target"),
    [(S.inquiry, S.clarifying), (S.accepted, S.active), (S.active, S.handover),
     (S.handover, S.support), (S.support, S.closed)],
)  # fmt: skip
def test_other_forward_steps_need_nothing(current: S, target: S) -> None:
    assert _check(current, target, facts=EARLY) == []


def test_transition_refused_carries_the_blockers() -> None:
    refused = TransitionRefused([B.clarification_incomplete, B.no_agreed_goal])
    assert refused.blockers == [B.clarification_incomplete, B.no_agreed_goal]
    assert "no_agreed_goal" in str(refused)


def test_no_acceptance_without_a_rate_or_price_not_even_overridden() -> None:
    unpriced = {**READY, "priced": False}
    assert _check(S.clarifying, S.accepted, facts=unpriced) == [B.no_price]
    early = {**EARLY, "priced": False}
    assert _check(S.clarifying, S.accepted, reason="Eilt", override=True, facts=early) == [
        B.no_price
    ]
    assert _check(S.inquiry, S.clarifying, facts=unpriced) == []
