"""An engagement's readiness and handover risk from a result row with its status,
self_sufficient_on and tally columns (queries.tally_columns): plain Python (the domain's
rules), so that rows read without SQLAlchemy (Today's first look) are judged by the same
functions."""

from __future__ import annotations

from datetime import date
from typing import Any

from workbook.domain import handover
from workbook.domain.enums import EngagementStatus
from workbook.domain.handover import HandoverTerms
from workbook.services.handover.shapes import Readiness, RiskRow


def tally_of(row: Any) -> handover.Tally:
    return handover.Tally(
        int(row.total_weight), int(row.verified_weight), int(row.overdue), int(row.flagged)
    )


def readiness_of(row: Any, today: date, terms: HandoverTerms) -> Readiness:
    """From an engagement's status, self_sufficient_on and its tally columns."""
    facts = tally_of(row)
    share = facts.share
    return Readiness(
        percent=None if share is None else round(100 * share),
        self_sufficient_on=row.self_sufficient_on,
        days_left=handover.days_left(row.self_sufficient_on, today),
        risk=handover.engagement_risk(
            EngagementStatus(row.status), facts, row.self_sufficient_on, today, terms
        ),
    )


def risk_row(row: Any, today: date, terms: HandoverTerms) -> RiskRow:
    """An engagement of queries.at_risk_select, with its readiness."""
    return RiskRow(
        row.id, row.client_name, row.reference, row.title, EngagementStatus(row.status),
        readiness_of(row, today, terms), row.client_id,
    )  # fmt: skip
