"""Result rows of workbook.services.reports.queries turned into frozen report lines: stored
strings become StrEnum members, per-row flags come from workbook.domain rules."""

from __future__ import annotations

from datetime import date
from typing import Any

from workbook.domain import figures as fig
from workbook.domain.enums import ChangeKind, ChangeStatus, MilestoneMethod, MilestoneStatus
from workbook.services.reports.shapes import ChangeLine, ClarificationLine, MilestoneLine


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
