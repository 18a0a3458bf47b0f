"""Column specs of the report sheets beyond the shared Clients, Contacts and Engagements lists.

Same Column type, same "Columns" translation context: a future list view of, say, change
requests can take these specs unchanged. Flag columns ("Overdue", …) are what the sheets'
conditional formatting and the reader's filters key on."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation import agreement_columns as views
from workbook.presentation import change_columns, handover_columns
from workbook.presentation import journal_columns as journal
from workbook.presentation import support_columns as support
from workbook.presentation.columns import CLIENT, LOCATED, Column, Kind
from workbook.services.reports.shapes import (
    ClarificationLine,
    OverviewLine,
)

OVERVIEW_COLUMNS: tuple[Column[OverviewLine], ...] = (
    replace(CLIENT, width=28),
    Column("open_engagements", QT_TRANSLATE_NOOP("Columns", "Open engagements"),
           lambda r: r.open_engagements, Kind.integer, width=10),
    Column("statuses", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.statuses,
           Kind.choices, width=22),
    Column("completeness", QT_TRANSLATE_NOOP("Columns", "Clarified (lowest)"),
           lambda r: r.completeness, Kind.percent, width=10),
    Column("readiness", QT_TRANSLATE_NOOP("Columns", "Handover readiness (lowest)"),
           lambda r: r.readiness, Kind.percent, width=10),
    Column("handover_at_risk", QT_TRANSLATE_NOOP("Columns", "Handover at risk"),
           lambda r: r.handover_at_risk, Kind.boolean, width=9),
    Column("scope_creep", QT_TRANSLATE_NOOP("Columns", "Scope creep (highest)"),
           lambda r: r.scope_creep, Kind.percent, width=10),
    Column("scope_warning", QT_TRANSLATE_NOOP("Columns", "Scope warning"),
           lambda r: r.scope_warning, Kind.boolean, width=9),
    Column("support_used", QT_TRANSLATE_NOOP("Columns", "Support hours used"),
           lambda r: r.support_used, Kind.hours, width=10),
    Column("support_included", QT_TRANSLATE_NOOP("Columns", "Support hours included"),
           lambda r: r.support_included, Kind.hours, width=10),
    Column("days_since_feedback", QT_TRANSLATE_NOOP("Columns", "Days since feedback"),
           lambda r: r.days_since_feedback, Kind.integer, width=10),
    Column("feedback_interval", QT_TRANSLATE_NOOP("Columns", "Feedback interval (days)"),
           lambda r: r.feedback_interval, Kind.integer, width=10),
    Column("next_deadline", QT_TRANSLATE_NOOP("Columns", "Next deadline"),
           lambda r: r.next_deadline, Kind.date, width=12),
    Column("deadline_for", QT_TRANSLATE_NOOP("Columns", "Deadline for"),
           lambda r: r.deadline_for, width=30),
)  # fmt: skip

CLARIFICATION_COLUMNS: tuple[Column[ClarificationLine], ...] = (
    *LOCATED,
    Column("question", QT_TRANSLATE_NOOP("Columns", "Question"), lambda r: r.question,
           Kind.long_text, width=50),
    Column("required", QT_TRANSLATE_NOOP("Columns", "Required"), lambda r: r.required,
           Kind.boolean, width=9),
    Column("answer", QT_TRANSLATE_NOOP("Columns", "Answer"), lambda r: r.answer,
           Kind.long_text, width=50),
    Column("answered_on", QT_TRANSLATE_NOOP("Columns", "Answered on"), lambda r: r.answered_on,
           Kind.date, width=12),
)  # fmt: skip

# Wishes, goals and the service catalogue: the engagement editor's own column specs
# (agreement_columns), read from the report's lines, which carry the same attribute names,
# after the client and engagement each line belongs to; then what the sheet adds.

WISH_COLUMNS: tuple[Column[Any], ...] = (*LOCATED, *views.WISH_COLUMNS)

GOAL_COLUMNS: tuple[Column[Any], ...] = (
    *LOCATED,
    *views.GOAL_COLUMNS,
    Column("measure", QT_TRANSLATE_NOOP("Columns", "Measure"), lambda r: r.measure, width=20),
    Column("overdue", QT_TRANSLATE_NOOP("Columns", "Overdue"), lambda r: r.overdue,
           Kind.boolean, width=9),
    Column("agreed_on", QT_TRANSLATE_NOOP("Columns", "Agreed on"), lambda r: r.agreed_on,
           Kind.date, width=12),
    Column("signed_off_on", QT_TRANSLATE_NOOP("Columns", "Signed off on"),
           lambda r: r.signed_off_on, Kind.date, width=12),
    Column("evidence", QT_TRANSLATE_NOOP("Columns", "Evidence"), lambda r: r.evidence,
           Kind.long_text, width=36),
)  # fmt: skip

SCOPE_COLUMNS: tuple[Column[Any], ...] = (*LOCATED, *views.SCOPE_COLUMNS)

# Change requests: the tab's and the editor's column specs and what the sheet adds.
CHANGE_COLUMNS = change_columns.CHANGE_SHEET_COLUMNS

# The Knowledge transfer page's columns, and whether a milestone is overdue.
MILESTONE_COLUMNS: tuple[Column[Any], ...] = (
    *LOCATED,
    *handover_columns.MILESTONE_COLUMNS,
    handover_columns.OVERDUE,
)

# Support plans and entries, and the journal: the tabs' own specs (one row shape each).
SUPPORT_PLAN_COLUMNS = support.PLAN_COLUMNS
SUPPORT_ENTRY_COLUMNS = support.ENTRY_SHEET_COLUMNS
JOURNAL_COLUMNS = journal.JOURNAL_COLUMNS
