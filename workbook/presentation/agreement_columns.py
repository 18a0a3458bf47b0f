"""Column specs of what is agreed in an engagement: wishes, goals, service catalogue, history."""

from __future__ import annotations

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.columns import Column, Kind
from workbook.services.agreements.shapes import GoalRow, ScopeItemRow, WishRow
from workbook.services.engagements.shapes import StatusChangeRow

WISH_COLUMNS: tuple[Column[WishRow], ...] = (
    Column("text", QT_TRANSLATE_NOOP("Columns", "Wish"), lambda r: r.text, Kind.long_text,
           width=34),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: r.kind, Kind.choice, width=14),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.choice,
           width=10),
    Column("goal", QT_TRANSLATE_NOOP("Columns", "Served by goal"), lambda r: r.goal_title,
           width=20),
    Column("rationale", QT_TRANSLATE_NOOP("Columns", "Rationale"), lambda r: r.rationale,
           Kind.long_text, width=30),
)  # fmt: skip

GOAL_COLUMNS: tuple[Column[GoalRow], ...] = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Goal"), lambda r: r.title, width=26),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.choice,
           width=10),
    Column("target_date", QT_TRANSLATE_NOOP("Columns", "Target date"), lambda r: r.target_date,
           Kind.date, width=12),
    Column("success_criterion", QT_TRANSLATE_NOOP("Columns", "Success criterion"),
           lambda r: r.success_criterion, Kind.long_text, width=30),
    Column("target_value", QT_TRANSLATE_NOOP("Columns", "Target value"),
           lambda r: r.target_value, width=14),
    Column("signed_off_by", QT_TRANSLATE_NOOP("Columns", "Signed off by"),
           lambda r: r.signed_off_by, width=16),
)  # fmt: skip

SCOPE_COLUMNS: tuple[Column[ScopeItemRow], ...] = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Service"), lambda r: r.title, width=30),
    Column("in_scope", QT_TRANSLATE_NOOP("Columns", "In scope"), lambda r: r.in_scope,
           Kind.boolean, width=9),
    Column("estimated_hours", QT_TRANSLATE_NOOP("Columns", "Hours"), lambda r: r.estimated_hours,
           Kind.hours, width=9),
    Column("price", QT_TRANSLATE_NOOP("Columns", "Price"), lambda r: r.price, Kind.money,
           width=11),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), lambda r: r.description,
           Kind.long_text, width=30),
)  # fmt: skip

HISTORY_COLUMNS: tuple[Column[StatusChangeRow], ...] = (
    Column("changed_at", QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.changed_at,
           Kind.datetime, width=16),
    Column("from_status", QT_TRANSLATE_NOOP("Columns", "From"), lambda r: r.from_status,
           Kind.choice, width=11),
    Column("to_status", QT_TRANSLATE_NOOP("Columns", "To"), lambda r: r.to_status, Kind.choice,
           width=11),
    Column("overridden", QT_TRANSLATE_NOOP("Columns", "Override"), lambda r: r.overridden,
           Kind.boolean, width=8),
    Column("reason", QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason, Kind.long_text,
           width=40),
)  # fmt: skip
