"""Columns of support plans and entries: the Support tab, a plan's entries and the export
sheets read the same specs (one row shape, workbook.services.support.shapes)."""

from __future__ import annotations

from dataclasses import replace

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.columns import CLIENT, ENGAGEMENT, REFERENCE, Column, Kind
from workbook.services.support.shapes import SupportEntryRow, SupportPlanRow, SupportSort

S = SupportSort

PLAN_COLUMNS: tuple[Column[SupportPlanRow], ...] = (
    replace(CLIENT, sort=S.client, width=22),
    REFERENCE,
    ENGAGEMENT,
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, sort=S.name,
           width=22),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.choice,
           sort=S.status, width=9),
    Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), lambda r: r.period, Kind.choice,
           sort=S.period, width=9),
    Column("included_hours", QT_TRANSLATE_NOOP("Columns", "Included hours"),
           lambda r: r.included_hours, Kind.hours, sort=S.included_hours, width=9),
    Column("used_hours", QT_TRANSLATE_NOOP("Columns", "Used this period"),
           lambda r: r.used_hours, Kind.hours, width=9),
    Column("hours_beyond", QT_TRANSLATE_NOOP("Columns", "Hours beyond"),
           lambda r: r.hours_beyond, Kind.hours, width=9),
    Column("term_ends_on", QT_TRANSLATE_NOOP("Columns", "Term ends"),
           lambda r: r.term_ends_on, Kind.date, width=12),
    Column("next_notice_deadline", QT_TRANSLATE_NOOP("Columns", "Give notice by"),
           lambda r: r.next_notice_deadline, Kind.date, width=12),
    Column("starts_on", QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: r.starts_on,
           Kind.date, sort=S.starts_on, width=12),
    Column("ends_on", QT_TRANSLATE_NOOP("Columns", "End of first term"), lambda r: r.ends_on,
           Kind.date, sort=S.ends_on, width=12),
    Column("auto_renew", QT_TRANSLATE_NOOP("Columns", "Renews automatically"),
           lambda r: r.auto_renew, Kind.boolean, width=9),
    Column("notice_days", QT_TRANSLATE_NOOP("Columns", "Notice (days)"),
           lambda r: r.notice_days, Kind.integer, width=8),
    Column("response_time_hours", QT_TRANSLATE_NOOP("Columns", "Response time (hours)"),
           lambda r: r.response_time_hours, Kind.integer, width=10),
    Column("service_hours", QT_TRANSLATE_NOOP("Columns", "Service hours"),
           lambda r: r.service_hours, width=22),
    Column("channels", QT_TRANSLATE_NOOP("Columns", "Channels"), lambda r: r.channels,
           width=20),
    Column("updates_policy", QT_TRANSLATE_NOOP("Columns", "Updates and upgrades"),
           lambda r: r.updates_policy, Kind.long_text, width=36),
    Column("price_per_period", QT_TRANSLATE_NOOP("Columns", "Price per period"),
           lambda r: r.price_per_period, Kind.money, sort=S.price_per_period, width=11),
)  # fmt: skip

# The Support tab: what tells plans apart and what needs attention; the rest is in the detail.
_LIST_KEYS = frozenset({"client", "name", "status", "period", "included_hours", "used_hours",
                        "term_ends_on", "next_notice_deadline", "price_per_period"})  # fmt: skip
PLAN_LIST_COLUMNS = tuple(column for column in PLAN_COLUMNS if column.key in _LIST_KEYS)

ENTRY_COLUMNS: tuple[Column[SupportEntryRow], ...] = (
    Column("occurred_on", QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.occurred_on,
           Kind.date, width=12),
    Column("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), lambda r: r.hours, Kind.hours,
           width=8),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: r.kind, Kind.choice,
           width=12),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description"),
           lambda r: r.description, Kind.long_text, width=40),
)  # fmt: skip

# The sheet lists entries across plans: it says whose they are.
ENTRY_SHEET_COLUMNS: tuple[Column[SupportEntryRow], ...] = (
    CLIENT,
    Column("plan", QT_TRANSLATE_NOOP("Columns", "Support plan"), lambda r: r.plan_name,
           width=22),
    *ENTRY_COLUMNS,
)  # fmt: skip
