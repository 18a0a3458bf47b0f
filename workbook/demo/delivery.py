"""Demo work after acceptance: change requests (demo.change_requests), knowledge-transfer
milestones, support plans."""

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
from workbook.services.ordering import STEP

M = MilestoneStatus
# Milestone statuses that fit active work (3) and handover (4); later stages are finished.
_MILESTONES = {3: (M.planned, M.in_progress, M.at_risk, M.done), 4: (M.done, M.verified, M.at_risk)}
# Days from today an open milestone is planned for: overdue, this week, within the next 30 days,
# later, not planned yet (one of each in turn).
_DUE_IN = (-6, 0, 20, 60, None)
_HALF = Decimal("0.5")


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
        method=rows.turn("method", tuple(MilestoneMethod)).value,
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


def _add_support(rows: DemoRows, party: Party, plan: Plan) -> None:
    """Handover may bring a draft plan, support an active one, closing an ended one."""
    status = {5: SupportPlanStatus.active, 6: SupportPlanStatus.ended}.get(plan.stage)
    if plan.stage == 4 and rows.turn("draft", (True, False)):
        status = SupportPlanStatus.draft
    if status is None or plan.end is None:
        return
    starts = plan.end
    ends = plan.days[6] if plan.stage == 6 else starts + timedelta(days=365)
    period = rows.turn("period", tuple(SupportPeriod))
    hours = Decimal({"month": 4, "quarter": 12, "year": 40}[period.value])
    plan_id = rows.add(
        "support_plan",
        min(starts, rows.today),
        client_id=party.id,
        engagement_id=rows.turn("plan_link", (plan.id, plan.id, None)),
        name=rows.rng.choice(text.SUPPORT_NAMES),
        starts_on=starts,
        ends_on=ends,
        auto_renew=rows.rng.random() < 0.6,
        notice_days=rows.rng.choice((30, 60, 90)),
        period=period.value,
        included_hours=hours,
        response_time_hours=rows.rng.choice((4, 8, 24)),
        service_hours=rows.rng.choice(text.SERVICE_HOURS),
        channels=rows.rng.choice(text.SUPPORT_CHANNELS),
        updates_policy=rows.rng.choice(text.UPDATES_POLICIES),
        price_per_period=round_to(hours * plan.rate * Decimal("0.9"), 10),
        status=status.value,
    )
    if status is not SupportPlanStatus.draft:
        _add_support_entries(rows, plan_id, starts, min(ends, rows.today))


def _add_support_entries(rows: DemoRows, plan_id: Ref, first: date, last: date) -> None:
    for _ in range(rows.rng.randint(2, 6)):
        kind = rows.turn("support_kind", tuple(SupportEntryKind))
        day = rows.between(first, last)
        rows.add(
            "support_entry",
            day,
            plan_id=plan_id,
            occurred_on=day,
            hours=Decimal(rows.rng.randint(1, 12)) * _HALF,
            kind=kind.value,
            description=rows.rng.choice(text.SUPPORT_ENTRIES[kind.value]),
        )


def round_to(amount: Decimal, step: int) -> Decimal:
    return (amount / step).quantize(Decimal(1)) * step
