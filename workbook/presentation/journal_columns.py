"""Columns of journal entries: the Journal tab and the Journal sheet read the same specs (one
row shape, workbook.services.journal.shapes.JournalRow)."""

from __future__ import annotations

from dataclasses import replace

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.columns import CLIENT, LOCATED, REFERENCE, Column, Kind
from workbook.services.journal.shapes import JournalRow, JournalSort

S = JournalSort

_DATE: Column[JournalRow] = Column(
    "occurred_on", QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.occurred_on, Kind.date,
    sort=S.occurred_on, width=12,
)  # fmt: skip
_KIND: Column[JournalRow] = Column(
    "kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: r.kind, Kind.choice, sort=S.kind,
    width=10,
)  # fmt: skip
_SUMMARY: Column[JournalRow] = Column(
    "summary", QT_TRANSLATE_NOOP("Columns", "Summary"), lambda r: r.summary, sort=S.summary,
    width=36,
)  # fmt: skip
_DETAILS: Column[JournalRow] = Column(
    "details", QT_TRANSLATE_NOOP("Columns", "Details"), lambda r: r.details, Kind.long_text,
    width=44,
)  # fmt: skip
_SATISFACTION: Column[JournalRow] = Column(
    "satisfaction", QT_TRANSLATE_NOOP("Columns", "Satisfaction (1–5)"), lambda r: r.satisfaction,
    Kind.integer, sort=S.satisfaction, width=9,
)  # fmt: skip
_FOLLOW_UP: Column[JournalRow] = Column(
    "follow_up_on", QT_TRANSLATE_NOOP("Columns", "Follow-up on"), lambda r: r.follow_up_on,
    Kind.date, sort=S.follow_up_on, width=12,
)  # fmt: skip
_DONE: Column[JournalRow] = Column(
    "follow_up_done", QT_TRANSLATE_NOOP("Columns", "Follow-up done"),
    lambda r: r.follow_up_done, Kind.boolean, width=9,
)  # fmt: skip
_OVERDUE: Column[JournalRow] = Column(
    "overdue", QT_TRANSLATE_NOOP("Columns", "Overdue"), lambda r: r.overdue, Kind.boolean,
    width=9,
)  # fmt: skip

# The Journal tab: newest first across clients; the summary last, taking the spare width;
# the details show in its tooltip.
JOURNAL_LIST_COLUMNS: tuple[Column[JournalRow], ...] = (
    _DATE,
    replace(CLIENT, sort=S.client, width=22),
    REFERENCE,
    _KIND,
    _SATISFACTION,
    _FOLLOW_UP,
    _DONE,
    _SUMMARY,
)
# The Journal sheet: where each entry belongs first, like every sheet across clients.
JOURNAL_COLUMNS: tuple[Column[JournalRow], ...] = (
    *LOCATED,
    _DATE,
    _KIND,
    _SUMMARY,
    _DETAILS,
    _SATISFACTION,
    _FOLLOW_UP,
    _DONE,
    _OVERDUE,
)
