"""Result rows of workbook.services.reports.queries turned into frozen report lines: stored
strings become StrEnum members, per-row flags come from workbook.domain rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from workbook.domain import feedback as fb
from workbook.domain import figures as fig
from workbook.domain import support_terms as st
from workbook.domain.enums import (
    ChangeKind,
    ChangeStatus,
    JournalKind,
    MilestoneMethod,
    MilestoneStatus,
    SupportEntryKind,
    SupportPeriod,
    SupportPlanStatus,
)
from workbook.services.reports.shapes import (
    ChangeLine,
    ClarificationLine,
    JournalLine,
    MilestoneLine,
    SupportEntryLine,
    SupportPlanLine,
)
from workbook.services.reports.support import plan_facts_of


def clarification_line(r: Any, language: str) -> ClarificationLine:
    german = language == "de" and r.text_de.strip()
    return ClarificationLine(
        client_name=r.client_name,
        engagement_reference=r.engagement_reference,
        engagement_title=r.engagement_title,
        question=r.text_de if german else r.text_en,
        required=r.required,
        answer=r.answer,
        answered_on=r.answered_on,
    )


def change_line(r: Any) -> ChangeLine:
    status = ChangeStatus(r.status)
    return ChangeLine(
        client_name=r.client_name,
        engagement_reference=r.engagement_reference,
        engagement_title=r.engagement_title,
        title=r.title,
        description=r.description,
        requested_by=r.requested_by,
        department=r.department,
        kind=ChangeKind(r.kind),
        requested_on=r.requested_on,
        effort_hours=r.effort_hours,
        cost=r.cost,
        billable=r.billable,
        status=status,
        client_informed_on=r.client_informed_on,
        decided_on=r.decided_on,
        decision_note=r.decision_note,
        currency=r.currency,
        uninformed=fig.untold_cost(
            fig.ChangeFacts(status, r.effort_hours, r.cost, r.client_informed_on)
        ),
    )


def milestone_line(r: Any, today: date) -> MilestoneLine:
    status = MilestoneStatus(r.status)
    return MilestoneLine(
        client_name=r.client_name,
        engagement_reference=r.engagement_reference,
        engagement_title=r.engagement_title,
        topic=r.topic,
        method=MilestoneMethod(r.method),
        receiver=r.receiver,
        planned_on=r.planned_on,
        done_on=r.done_on,
        status=status,
        verification=r.verification,
        signed_off_by=r.signed_off_by,
        signed_off_on=r.signed_off_on,
        weight=r.weight,
        overdue=fig.milestone_overdue(status, r.planned_on, today),
    )


def support_plan_line(r: Any, entries: list[tuple[date, Decimal]], today: date) -> SupportPlanLine:
    facts = plan_facts_of(r)
    status = SupportPlanStatus(r.status)
    used = None
    if status is SupportPlanStatus.active:  # a draft or ended plan has no current period
        used = st.hours_in_period(entries, st.current_period(r.starts_on, facts.period, today))
    return SupportPlanLine(
        client_name=r.client_name,
        engagement_reference=r.engagement_reference,
        engagement_title=r.engagement_title,
        name=r.name,
        status=status,
        starts_on=r.starts_on,
        ends_on=r.ends_on,
        auto_renew=r.auto_renew,
        notice_days=r.notice_days,
        notice_deadline=None if (n := st.notice(facts, today)) is None else n.next_deadline,
        period=SupportPeriod(r.period),
        included_hours=r.included_hours,
        used_hours=used,
        response_time_hours=r.response_time_hours,
        service_hours=r.service_hours,
        channels=r.channels,
        updates_policy=r.updates_policy,
        price_per_period=r.price_per_period,
        currency=r.currency,
    )


def support_entry_line(r: Any) -> SupportEntryLine:
    return SupportEntryLine(
        client_name=r.client_name,
        plan_name=r.plan_name,
        occurred_on=r.occurred_on,
        hours=r.hours,
        kind=SupportEntryKind(r.kind),
        description=r.description,
    )


def journal_line(r: Any, today: date) -> JournalLine:
    return JournalLine(
        client_name=r.client_name,
        engagement_reference=r.engagement_reference,
        engagement_title=r.engagement_title,
        occurred_on=r.occurred_on,
        kind=JournalKind(r.kind),
        summary=r.summary,
        details=r.details,
        satisfaction=r.satisfaction,
        follow_up_on=r.follow_up_on,
        follow_up_done=r.follow_up_done,
        overdue=fb.follow_up_overdue(r.follow_up_on, r.follow_up_done, today),
    )
