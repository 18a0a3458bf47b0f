"""Demo work after acceptance: change requests (demo.change_requests), knowledge-transfer
milestones, support plans (over-used, notice due soon, notice passed after a renewal, plain
ones; drafts and ended)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from workbook.demo import work_text as text
from workbook.demo.change_requests import Terms, add_change_requests
from workbook.demo.rows import DemoRows, Party, Plan, Ref
from workbook.domain.enums import (
    MilestoneMethod,
    MilestoneStatus,
    SupportEntryKind,
    SupportPeriod,
    SupportPlanStatus,
)
from workbook.domain.support_terms import SupportPlanFacts, add_months, current_period
from workbook.services.ordering import STEP

M = MilestoneStatus
# Milestone statuses that fit active work (3) and handover (4); later stages are finished.
_MILESTONES = {3: (M.planned, M.in_progress, M.at_risk, M.done), 4: (M.done, M.verified, M.at_risk)}
# Days from today an open milestone is planned for: overdue, this week, within the next 30 days,
# later, not planned yet (one of each in turn).
_DUE_IN = (-6, 0, 20, 60, None)
_HALF = Decimal("0.5")
# Each enum as a tuple once: made anew for every row, they cost more than the rest of a turn.
_METHODS, _PERIODS = tuple(MilestoneMethod), tuple(SupportPeriod)
_ENTRY_KINDS = tuple(SupportEntryKind)


def add_delivery(rows: DemoRows, party: Party, plan: Plan, terms: Terms) -> None:
    """What happens once an engagement is accepted; earlier stages get nothing here."""
    add_change_requests(rows, party, plan, terms)
    _add_milestones(rows, party, plan)
    _add_support(rows, party, plan)


def _add_milestones(rows: DemoRows, party: Party, plan: Plan) -> None:
    """Work under way has a milestone in every due window of the handover review (one overdue,
    one this week, …); verified ones are shown and signed off, as the rules demand."""
    if plan.stage < 2 or plan.start is None or plan.end is None:
        return
    options = _MILESTONES.get(plan.stage, (M.verified, M.done, M.verified))
    topics = rows.rng.sample(text.MILESTONE_TOPICS, rows.rng.randint(2, 4))
    for place, topic in enumerate(topics):
        status = M.planned if plan.stage == 2 else rows.turn(f"milestone{plan.stage}", options)
        if status is M.verified and not party.contacts:
            status = M.done  # nobody on the client's side could sign it off
        planned: date | None
        if status in (M.done, M.verified):
            planned = rows.between(min(plan.start, rows.today), rows.today)
        elif plan.stage == 2:  # accepted: planned between start and end
            planned = rows.between(plan.start, plan.end)
        else:
            ahead = rows.turn("milestone_due", _DUE_IN)
            planned = None if ahead is None else rows.today + timedelta(days=ahead)
        _add_milestone(rows, party, plan, topic, status, planned, place * STEP)


def _add_milestone(
    rows: DemoRows, party: Party, plan: Plan, topic: str, status: M, planned: date | None,
    position: int,
) -> None:  # fmt: skip
    finished = status in (M.done, M.verified)
    verified = status is M.verified
    signed = min((planned or rows.today) + timedelta(days=rows.rng.randint(1, 10)), rows.today)
    rows.add(
        "milestone",
        plan.days[-1],
        engagement_id=plan.id,
        topic=topic,
        method=rows.turn("method", _METHODS).value,
        receiver_id=party.contact(rows.rng),
        planned_on=planned,
        done_on=planned if finished else None,
        status=status.value,
        verification=rows.rng.choice(text.VERIFICATIONS) if verified else "",
        signed_off_by_id=party.contact(rows.rng) if verified else None,
        signed_off_on=signed if verified else None,
        weight=rows.rng.randint(1, 3),
        position=position,
    )


# Active plans take these shapes in turn, so a small demo shows each (the Support tab's cases).
_OVER, _NOTICE_SOON, _NOTICE_PASSED, _PLAIN = "over", "notice_soon", "notice_passed", "plain"
_CASES = (_OVER, _NOTICE_SOON, _NOTICE_PASSED, _PLAIN)
_INCLUDED = {SupportPeriod.month: 4, SupportPeriod.quarter: 12, SupportPeriod.year: 40}
_DAY = timedelta(days=1)


def _terms_of(
    starts_on: date, ends_on: date | None, renews: bool, notice_days: int, period: SupportPeriod
) -> SupportPlanFacts:
    hours = Decimal(_INCLUDED[period])
    return SupportPlanFacts(starts_on, ends_on, renews, notice_days, period, hours)


def _add_support(rows: DemoRows, party: Party, plan: Plan) -> None:
    """Active work now and then has a plan drafted for afterwards; support starts with the
    handover; after the close a plan has ended or runs on."""
    status = {
        3: rows.turn("draft_plan", (SupportPlanStatus.draft, None)),
        4: SupportPlanStatus.active,
        5: SupportPlanStatus.active,
        6: rows.turn("closed_plan", (SupportPlanStatus.ended, SupportPlanStatus.active)),
    }.get(plan.stage)
    if status is None or plan.end is None:
        return
    case = rows.turn("support_case", _CASES) if status is SupportPlanStatus.active else _PLAIN
    terms = _terms(rows, plan, case, ended=status is SupportPlanStatus.ended)
    hours = terms.included_hours or Decimal(0)
    # A plan older than the engagement came from earlier work with the client.
    linked = terms.starts_on >= plan.days[0]
    plan_id = rows.add(
        "support_plan",
        min(terms.starts_on, rows.today),
        client_id=party.id,
        engagement_id=rows.turn("plan_link", (plan.id, plan.id, None)) if linked else None,
        name=rows.rng.choice(text.SUPPORT_NAMES),
        starts_on=terms.starts_on,
        ends_on=terms.ends_on,
        auto_renew=terms.auto_renew,
        notice_days=terms.notice_days,
        period=terms.period.value,
        included_hours=hours,
        response_time_hours=rows.rng.choice((4, 8, 24)),
        service_hours=rows.rng.choice(text.SERVICE_HOURS),
        channels=rows.rng.choice(text.SUPPORT_CHANNELS),
        updates_policy=rows.rng.choice(text.UPDATES_POLICIES),
        price_per_period=round_to(hours * plan.rate * Decimal("0.9"), 10),
        status=status.value,
    )
    if status is SupportPlanStatus.active:
        _add_active_entries(rows, plan_id, terms, hours, over=case == _OVER)
    elif status is SupportPlanStatus.ended and terms.ends_on is not None:
        _add_support_entries(rows, plan_id, terms.starts_on, min(terms.ends_on, rows.today))


def _terms(rows: DemoRows, plan: Plan, case: str, *, ended: bool) -> SupportPlanFacts:
    """Start, first end and renewal of a plan of this case, counted back from today where the
    case needs a term ending soon (its notice deadline near, or just passed)."""
    assert plan.end is not None
    today = rows.today
    # from the end of the work; during a handover (its end ahead) from the handover's start
    begin = plan.end if plan.end <= today else plan.days[-1]
    if case == _OVER:  # a year of monthly hours, ending by itself
        return _terms_of(begin, add_months(begin, 12) - _DAY, False, 30, SupportPeriod.month)
    if case == _NOTICE_SOON:  # the first year ends in 45 days: notice due in 15
        first_end = today + timedelta(days=45)
        return _terms_of(add_months(first_end + _DAY, -12), first_end, True, 30, SupportPeriod.year)
    if case == _NOTICE_PASSED:  # renewed once; this term ends in 20 days, notice was due
        term_end = today + timedelta(days=20)
        starts = add_months(term_end + _DAY, -24)
        return _terms_of(starts, add_months(starts, 12) - _DAY, True, 90, SupportPeriod.year)
    period = rows.turn("period", _PERIODS)
    first_end = plan.days[6] if ended else add_months(begin, 12) - _DAY
    renews, notice = rows.rng.random() < 0.6, rows.rng.choice((30, 60, 90))
    return _terms_of(begin, first_end, renews, notice, period)


def _add_active_entries(
    rows: DemoRows, plan_id: Ref, terms: SupportPlanFacts, included: Decimal, *, over: bool
) -> None:
    """Earlier periods' entries, and the current period's: within the included hours, or (the
    over-used case) 1.5 hours beyond them."""
    first, end = current_period(terms.starts_on, terms.period, rows.today)
    if first > terms.starts_on:
        _add_support_entries(
            rows, plan_id, max(terms.starts_on, first - timedelta(120)), first - _DAY
        )
    budget = included + Decimal("1.5") if over else included * Decimal("0.6")
    last = min(end - _DAY, rows.today)
    while budget > 0:
        hours = min(Decimal(rows.rng.randint(1, 6)) * _HALF, budget)
        _add_entry(rows, plan_id, rows.between(first, last), hours)
        budget -= hours


def _add_support_entries(rows: DemoRows, plan_id: Ref, first: date, last: date) -> None:
    for _ in range(rows.rng.randint(2, 6)):
        _add_entry(
            rows, plan_id, rows.between(first, last), Decimal(rows.rng.randint(1, 12)) * _HALF
        )


def _add_entry(rows: DemoRows, plan_id: Ref, day: date, hours: Decimal) -> None:
    kind = rows.turn("support_kind", _ENTRY_KINDS)
    rows.add(
        "support_entry",
        day,
        plan_id=plan_id,
        occurred_on=day,
        hours=hours,
        kind=kind.value,
        description=rows.rng.choice(text.SUPPORT_ENTRIES[kind.value]),
    )


def round_to(amount: Decimal, step: int) -> Decimal:
    return (amount / step).quantize(Decimal(1)) * step
