"""Column specs of change requests: the editor's Changes page, the Changes tab across
engagements (the page's, after whose and which engagement) and the Change requests sheet
(everything, who asked and each flag a column of its own, so a reader can filter on them)."""

from __future__ import annotations

from dataclasses import replace

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.columns import CLIENT, LOCATED, REFERENCE, Column, Kind
from workbook.services.changes.shapes import ChangeRequestRow, ChangeSort

_TITLE: Column[ChangeRequestRow] = Column(
    "title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title,
    sort=ChangeSort.title_text, width=28,
)  # fmt: skip
_KIND: Column[ChangeRequestRow] = Column(
    "kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: r.kind, Kind.choice,
    sort=ChangeSort.kind, width=12,
)  # fmt: skip
_REQUESTED_BY: Column[ChangeRequestRow] = Column(
    "requested_by", QT_TRANSLATE_NOOP("Columns", "Requested by"), lambda r: r.requested_by,
    width=14,
)  # fmt: skip
# From the day it came in to whether the client knows what it costs.
_FIGURES: tuple[Column[ChangeRequestRow], ...] = (
    Column("requested_on", QT_TRANSLATE_NOOP("Columns", "Requested on"),
           lambda r: r.requested_on, Kind.date, sort=ChangeSort.requested_on, width=11),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.choice,
           sort=ChangeSort.status, width=12),
    Column("effort_hours", QT_TRANSLATE_NOOP("Columns", "Effort"),
           lambda r: r.effort_hours, Kind.hours, sort=ChangeSort.effort_hours, width=8),
    Column("cost", QT_TRANSLATE_NOOP("Columns", "Cost"), lambda r: r.cost, Kind.money,
           sort=ChangeSort.cost, width=10),
    Column("client_informed_on", QT_TRANSLATE_NOOP("Columns", "Client informed on"),
           lambda r: r.client_informed_on, Kind.date, sort=ChangeSort.client_informed_on,
           width=11),
)  # fmt: skip
_FLAGS: Column[ChangeRequestRow] = Column(
    "flags", QT_TRANSLATE_NOOP("Columns", "Attention"), lambda r: r.flags, Kind.choices,
    width=12,
)  # fmt: skip

# The flags before the date the client was told: the warning stays in view on a laptop.
CHANGE_COLUMNS: tuple[Column[ChangeRequestRow], ...] = (
    _TITLE, _KIND, *_FIGURES[:-1], _FLAGS, _FIGURES[-1],
)  # fmt: skip

CHANGE_TAB_COLUMNS: tuple[Column[ChangeRequestRow], ...] = (
    replace(CLIENT, sort=ChangeSort.client, width=12),
    replace(REFERENCE, sort=ChangeSort.reference, width=9),
    *CHANGE_COLUMNS,
)

# Hours stand as plain numbers in a sheet: the header names the unit.
_SHEET_FIGURES = tuple(
    replace(c, header=QT_TRANSLATE_NOOP("Columns", "Effort (hours)")) if c.key == "effort_hours"
    else c for c in _FIGURES
)  # fmt: skip

CHANGE_SHEET_COLUMNS: tuple[Column[ChangeRequestRow], ...] = (
    *LOCATED,
    _TITLE,
    replace(_KIND, width=16),
    _REQUESTED_BY,
    *_SHEET_FIGURES,
    Column("uninformed", QT_TRANSLATE_NOOP("Columns", "Cost not told"),
           lambda r: r.uninformed, Kind.boolean, width=8),
    Column("out_of_scope", QT_TRANSLATE_NOOP("Columns", "Out of scope"),
           lambda r: r.out_of_scope, Kind.boolean, width=8),
    Column("decided_on", QT_TRANSLATE_NOOP("Columns", "Decided on"), lambda r: r.decided_on,
           Kind.date, width=11),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description"),
           lambda r: r.description, Kind.long_text, width=36),
    Column("department", QT_TRANSLATE_NOOP("Columns", "Department"), lambda r: r.department,
           width=16),
    Column("service", QT_TRANSLATE_NOOP("Columns", "Service"), lambda r: r.scope_item_title,
           width=20),
    Column("billable", QT_TRANSLATE_NOOP("Columns", "Billable"), lambda r: r.billable,
           Kind.boolean, width=9),
    Column("estimated_on", QT_TRANSLATE_NOOP("Columns", "Estimated on"),
           lambda r: r.estimated_on, Kind.date, width=12),
    Column("done_on", QT_TRANSLATE_NOOP("Columns", "Done on"), lambda r: r.done_on, Kind.date,
           width=12),
    Column("decision_note", QT_TRANSLATE_NOOP("Columns", "Decision note"),
           lambda r: r.decision_note, Kind.long_text, width=30),
)  # fmt: skip
