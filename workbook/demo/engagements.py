"""Demo engagements with their history, clarification, goals, wishes and scope.

Everything is consistent with the engagement's status: an inquiry has no scope yet, accepted work
has its required questions answered (unless accepted by override), achieved goals are signed off."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from workbook.demo import work_text as text
from workbook.demo.change_requests import Terms
from workbook.demo.delivery import add_delivery, round_to
from workbook.demo.rows import FLOW, DemoRows, Party, Plan, Ref, S, stamp
from workbook.domain.catalogue import OVERVIEW_ANSWERS
from workbook.domain.enums import BillingModel, EngagementStatus, GoalStatus, WishStatus
from workbook.domain.goals import OPEN_GOALS

_REASONS = {
    S.clarifying: "Erstgespräch geführt, Klärung beginnt.",
    S.active: "Kick-off durchgeführt.",
    S.handover: "Umsetzung abgeschlossen, Übergabe beginnt.",
    S.support: "Übergabe abgeschlossen, Supportvereinbarung gilt.",
    S.closed: "Auftrag abgeschlossen.",
}
G = GoalStatus
# Goal statuses that fit each stage of the flow (declined counts as clarifying).
_GOALS = (
    (G.proposed,),
    (G.proposed, G.agreed, G.dropped),
    (G.agreed, G.proposed),
    (G.agreed, G.dropped, G.agreed),
    (G.agreed, G.achieved, G.missed),
    (G.achieved, G.missed, G.achieved),
    (G.achieved, G.dropped, G.missed),
)


def add_engagement(rows: DemoRows, party: Party, status: EngagementStatus) -> Ref:
    plan = _plan(rows, status)
    title, subject, goal, benefit, approach = rows.rng.choice(text.TOPICS)
    hours = Decimal(rows.rng.randrange(40, 400, 8))
    fixed = rows.rng.random() < 0.4
    rows.add(
        "engagement",
        plan.days[0],
        plan.id,
        client_id=party.id,
        reference=rows.reference(min(plan.days[0], rows.today)),
        title=title,
        subject=subject,
        goal_statement=goal,
        sense_and_benefit=benefit,
        approach=approach,
        billing_model=(BillingModel.fixed if fixed else BillingModel.hourly).value,
        hourly_rate=plan.rate,
        fixed_price=round_to(hours * plan.rate, 500) if fixed else None,
        change_rate=_change_rate(plan) if fixed else None,
        budget_hours=hours,
        currency="EUR",
        status=status.value,
        decision_reason=_decision_reason(plan),
        decided_on=_decided_on(plan),
        starts_on=plan.start,
        ends_on=plan.end,
        self_sufficient_on=_self_sufficient(plan),
    )
    _add_history(rows, plan)
    goals = _add_goals(rows, party, plan)
    overview = {"subject": subject, "goal_statement": goal, "sense_and_benefit": benefit,
                "approach": approach}  # fmt: skip
    _add_answers(rows, plan, overview)
    _add_wishes(rows, plan, goals)
    _add_scope(rows, plan)
    add_delivery(rows, party, plan, Terms(_change_rate(plan) if fixed else plan.rate, hours))
    return plan.id


def _change_rate(plan: Plan) -> Decimal:
    """Under a fixed price, change work is charged a little above the usual rate."""
    return plan.rate + 15


def _plan(rows: DemoRows, status: EngagementStatus) -> Plan:
    path = (S.inquiry, S.clarifying, S.declined) if status is S.declined else FLOW
    steps = path.index(status) + 1
    day, days = rows.ago(2, 40), []
    for _ in range(steps):
        days.append(day)
        day -= timedelta(days=rows.rng.randint(10, 50))
    stage = 1 if status is S.declined else steps - 1
    rate = Decimal(rows.rng.randrange(90, 185, 5))
    override = status is S.accepted and rows.turn("override", (True, False, False))
    plan = Plan(
        rows.reserve("engagement"), status, stage, tuple(reversed(days)), rate, None, None, override
    )
    return _scheduled(rows, plan)


def _scheduled(rows: DemoRows, plan: Plan) -> Plan:
    """Start and end: planned ahead while accepted, in the future while still being worked on."""
    reach = 40 if plan.stage == 4 else 150  # a handover ends soon, active work runs on
    start, end, ahead = None, None, rows.today + timedelta(days=rows.rng.randint(5, reach))
    if plan.stage == 2:
        start = rows.today + timedelta(days=rows.rng.randint(7, 30))
        end = start + timedelta(days=rows.rng.randint(60, 180))
    elif plan.stage >= 3:
        start = plan.days[3]
        end = plan.days[5] if plan.stage >= 5 else ahead
    return Plan(plan.id, plan.status, plan.stage, plan.days, plan.rate, start, end, plan.override)


def _decision_reason(plan: Plan) -> str:
    if plan.status is S.declined:
        return text.DECLINE_REASONS[plan.id.serial % len(text.DECLINE_REASONS)]
    if plan.stage >= 2:
        return text.OVERRIDE_REASON if plan.override else text.ACCEPT_REASON
    return ""


def _decided_on(plan: Plan) -> date | None:
    return plan.days[2] if plan.status is S.declined or plan.stage >= 2 else None


def _self_sufficient(plan: Plan) -> date | None:
    if plan.end is None:
        return None
    return plan.days[5] if plan.stage >= 5 else plan.end


def _add_history(rows: DemoRows, plan: Plan) -> None:
    path = (S.inquiry, S.clarifying, S.declined) if plan.status is S.declined else FLOW
    for step in range(1, len(plan.days)):
        target = path[step]
        reason = _REASONS.get(target) or _decision_reason(plan)
        rows.add(
            "status_change",
            plan.days[step],
            engagement_id=plan.id,
            from_status=path[step - 1].value,
            to_status=target.value,
            changed_at=stamp(plan.days[step]),
            reason=reason,
            overridden=plan.override and target is S.accepted,
        )


def _add_answers(rows: DemoRows, plan: Plan, overview: dict[str, str]) -> None:
    """Complete on required questions from acceptance on, unless accepted by override. The
    questions the Overview answers carry its texts, as the services keep them."""
    complete = plan.stage >= 2 and not plan.override
    chance = 0.15 if plan.stage == 0 else 0.5
    answered_on = plan.days[min(1, len(plan.days) - 1)]
    skipped_one = False
    for question_id, required, key in rows.questions:
        linked = OVERVIEW_ANSWERS.get(key)
        answered = bool(linked) or (required and complete) or rows.rng.random() < chance
        if plan.override and required and not linked and not skipped_one:
            answered, skipped_one = False, True  # the gap the override papered over
        if answered:
            rows.add(
                "clarification_answer",
                answered_on,
                engagement_id=plan.id,
                question_id=question_id,
                answer=overview[linked] if linked else rows.rng.choice(text.ANSWERS),
                answered_on=answered_on,
            )


def _add_goals(rows: DemoRows, party: Party, plan: Plan) -> list[Ref]:
    count = rows.rng.randint(0, 1) if plan.stage == 0 else rows.rng.randint(1, 3)
    options = _GOALS[plan.stage]
    # the first fits the stage; the others take turns among the rest, so each one shows
    others = options[1:] or options
    statuses = [options[0]] + [rows.turn(f"goal{plan.stage}", others) for _ in range(count - 1)]
    return [_add_goal(rows, party, plan, status) for status in statuses[:count]]


def _add_goal(rows: DemoRows, party: Party, plan: Plan, status: GoalStatus) -> Ref:
    title, criterion, measure, target = rows.rng.choice(text.GOALS)
    agreed = plan.days[min(2, plan.stage)] if status is not G.proposed else None
    achieved = status is G.achieved and bool(party.contacts)
    signed_on = rows.between(plan.days[-1], rows.today) if achieved else None
    shown = signed_on or rows.today
    evidence = {
        G.achieved: f"Auswertung vom {shown:%d.%m.%Y}: Zielwert {target} erreicht.",
        G.missed: f"Zielwert {target} knapp verfehlt; Ursachen im Abschlussgespräch besprochen.",
    }.get(status, "")
    return rows.add(
        "goal",
        plan.days[0],
        engagement_id=plan.id,
        title=title,
        success_criterion=criterion,
        measure=measure,
        target_value=target,
        target_date=_target_date(rows, plan, status),
        status=status.value,
        agreed_on=agreed,
        signed_off_by_id=party.contact(rows.rng) if achieved else None,
        signed_off_on=signed_on,
        evidence=evidence,
    )


def _target_date(rows: DemoRows, plan: Plan, status: GoalStatus) -> date | None:
    """The engagement's end; every other open goal of work under way had an interim target
    halfway since the work began, now passed (the Today list shows goals past their date)."""
    under_way = plan.status in (S.active, S.handover) and status in OPEN_GOALS
    if under_way and rows.turn("late_goal", (True, False)):
        halfway = plan.days[-1] + (rows.today - plan.days[-1]) // 2
        if halfway < rows.today:
            return halfway
    return plan.end


def _add_wishes(rows: DemoRows, plan: Plan, goals: list[Ref]) -> None:
    for wish, kind, rationale in rows.rng.sample(text.WISHES, rows.rng.randint(1, 3)):
        status = WishStatus.open
        if plan.stage > 0:
            status = rows.turn("wish", (WishStatus.adopted, WishStatus.open, WishStatus.rejected))
        linked = status is WishStatus.adopted and goals
        rows.add(
            "wish",
            plan.days[0],
            engagement_id=plan.id,
            text=wish,
            kind=kind,
            rationale=rationale,
            status=status.value,
            goal_id=rows.rng.choice(goals) if linked else None,
        )


def _add_scope(rows: DemoRows, plan: Plan) -> None:
    if plan.stage == 0:
        return
    items = rows.rng.sample(text.SCOPE_ITEMS, rows.rng.randint(3, 5))
    for position, (title, description) in enumerate(items):
        hours = Decimal(rows.rng.randrange(4, 40))
        _scope_row(rows, plan, position, title, description, hours)
    title, description = rows.rng.choice(text.EXCLUSIONS)
    _scope_row(rows, plan, len(items), title, description, None)


def _scope_row(
    rows: DemoRows, plan: Plan, position: int, title: str, description: str, hours: Decimal | None
) -> None:
    rows.add(
        "scope_item",
        plan.days[1],
        engagement_id=plan.id,
        title=title,
        description=description,
        in_scope=hours is not None,
        estimated_hours=hours,
        price=None if hours is None else hours * plan.rate,
        position=position * 10,
    )
