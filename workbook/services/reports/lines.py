"""Result rows of workbook.services.reports.queries turned into frozen report lines: stored
strings become StrEnum members, per-row flags come from workbook.domain rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from workbook.domain import figures as fig
from workbook.domain.enums import (
    JournalKind,
    SupportEntryKind,
    SupportPeriod,
    SupportPlanStatus,
)
from workbook.services.reports.shapes import (
    ClarificationLine,
    JournalLine,
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


def support_plan_line(r: Any, entries: list[tuple[date, Decimal]], today: date) -> SupportPlanLine:
    facts = plan_facts_of(r)
    status = SupportPlanStatus(r.status)
    used = None
    if status is SupportPlanStatus.active:  # a draft or ended plan has no current period
        used = fig.hours_in_period(entries, fig.current_period(r.starts_on, facts.period, today))
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
        notice_deadline=fig.notice_deadline(facts),
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
        overdue=fig.follow_up_overdue(r.follow_up_on, r.follow_up_done, today),
    )
