"""The workflow rules of change requests (workbook.domain.change_requests): pure functions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workbook.domain import change_requests as flow
from workbook.domain.enums import BillingModel
from workbook.domain.enums import ChangeStatus as S
from workbook.domain.validation import FieldError, Problem

TODAY = date(2026, 11, 25)
ASKED = date(2026, 11, 2)
D = Decimal


def _problems(
    status: S,
    previous: S | None = None,
    *,
    hours: str | None = "2",
    cost: str | None = None,
    asked: date | None = ASKED,
    **dates: date,
) -> list[FieldError]:
    steps = flow.completed(status, flow.StepDates(**dates), TODAY)
    state = flow.ChangeState(
        status, previous, asked, None if hours is None else D(hours),
        None if cost is None else D(cost), steps,
    )  # fmt: skip
    return flow.change_problems(state, TODAY)


@pytest.mark.parametrize("status", [S.estimated, S.client_informed, S.approved])
def test_no_approval_and_no_notice_without_an_estimate(status: S) -> None:
    assert _problems(status, S.open, hours=None) == [
        FieldError("effort_hours", Problem.estimate_first)
    ]


def test_open_and_rejected_requests_need_no_estimate() -> None:
    assert _problems(S.open, hours=None) == []
    assert _problems(S.rejected, S.open, hours=None) == []


@pytest.mark.parametrize("previous", [None, S.open, S.estimated, S.client_informed, S.rejected])
def test_done_only_after_approval(previous: S | None) -> None:
    assert FieldError("status", Problem.approve_first) in _problems(S.done, previous)


def test_done_after_approval_and_back_again() -> None:
    assert _problems(S.done, S.approved) == []
    assert _problems(S.done, S.done) == []
    assert _problems(S.approved, S.done) == []  # moved back: allowed


def test_negative_effort_and_cost_are_refused() -> None:
    assert _problems(S.open, hours="-1", cost="-0.01") == [
        FieldError("effort_hours", Problem.out_of_range),
        FieldError("cost", Problem.out_of_range),
    ]


def test_no_date_before_the_request() -> None:
    early = date(2026, 11, 1)
    assert _problems(S.approved, S.estimated, decided_on=early) == [
        FieldError("decided_on", Problem.before_request)
    ]
    assert _problems(S.approved, S.estimated, asked=ASKED, decided_on=ASKED) == []


def test_no_date_after_today_and_done_not_before_the_decision() -> None:
    assert _problems(S.open, asked=date(2026, 11, 26)) == [
        FieldError("requested_on", Problem.in_future)
    ]
    late = _problems(S.done, S.approved, decided_on=date(2026, 11, 20), done_on=date(2026, 11, 10))
    assert late == [FieldError("done_on", Problem.before_decision)]


def test_a_request_needs_the_day_it_came_in() -> None:
    assert _problems(S.open, asked=None) == [FieldError("requested_on", Problem.required)]


def test_dates_only_for_steps_the_status_has_reached() -> None:
    assert _problems(S.estimated, decided_on=TODAY, done_on=TODAY) == [
        FieldError("decided_on", Problem.step_not_reached),
        FieldError("done_on", Problem.step_not_reached),
    ]
    # the client may be told about an estimate at any time, and that stays a fact
    assert _problems(S.estimated, client_informed_on=TODAY) == []


def test_reaching_a_step_dates_it_going_back_undates_the_steps_left() -> None:
    told = date(2026, 11, 5)
    approved = flow.settled(S.approved, flow.StepDates(ASKED, told), TODAY)
    assert approved == flow.StepDates(ASKED, told, TODAY, None)
    done = flow.settled(S.done, approved, TODAY)
    assert done == flow.StepDates(ASKED, told, TODAY, TODAY)
    back = flow.settled(S.estimated, done, TODAY)
    assert back == flow.StepDates(ASKED, told, None, None)  # told stays: it happened
    assert flow.settled(S.open, back, TODAY) == flow.StepDates(None, told, None, None)
    assert flow.settled(S.rejected, flow.StepDates(), TODAY) == flow.StepDates(decided_on=TODAY)


def test_completing_keeps_every_date_given() -> None:
    given = flow.StepDates(ASKED, None, None, None)
    assert flow.completed(S.client_informed, given, TODAY) == flow.StepDates(ASKED, TODAY)


def test_the_rate_for_changes() -> None:
    rate = flow.rate_for_changes
    assert rate(BillingModel.hourly, D(120), D(150)) == D(120)
    assert rate(BillingModel.fixed, D(120), D(150)) == D(150)
    assert rate(BillingModel.fixed, D(120), None) == D(120)
    assert rate(BillingModel.fixed, None, None) is None
    assert flow.default_cost(D("2.5"), D("99.99")) == D("249.98")
    assert flow.default_cost(D(3), D(0)) == D(0)
    assert flow.default_cost(None, D(120)) is None
    assert flow.default_cost(D(3), None) is None


def test_what_the_notice_lists_and_what_telling_does() -> None:
    assert flow.awaits_notice(S.estimated, None)
    assert flow.awaits_notice(S.done, None)
    assert not flow.awaits_notice(S.open, None)
    assert not flow.awaits_notice(S.rejected, None)
    assert not flow.awaits_notice(S.approved, TODAY)
    assert flow.informed_status(S.estimated) is S.client_informed
    assert flow.informed_status(S.approved) is S.approved


def test_every_status_has_its_next_steps_and_a_place_in_the_order() -> None:
    assert set(flow.NEXT_STEPS) == set(S)
    assert set(flow.STATUS_ORDER) == set(S)
    assert flow.NEXT_STEPS[S.approved] == (S.done,)
