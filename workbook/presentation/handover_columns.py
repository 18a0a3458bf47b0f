"""Column specs of the knowledge transfer: an engagement's milestones (the editor page, the
Milestones sheet) and the handover review across clients."""

from __future__ import annotations

from dataclasses import replace

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.columns import CLIENT, REFERENCE, Column, Kind
from workbook.services.handover.shapes import MilestoneRow, ReviewSort

TOPIC: Column[MilestoneRow] = Column(
    "topic", QT_TRANSLATE_NOOP("Columns", "Topic"), lambda r: r.topic, width=28
)
METHOD: Column[MilestoneRow] = Column(
    "method", QT_TRANSLATE_NOOP("Columns", "Method"), lambda r: r.method, Kind.choice, width=14
)
RECEIVER: Column[MilestoneRow] = Column(
    "receiver", QT_TRANSLATE_NOOP("Columns", "Receiver"), lambda r: r.receiver, width=18
)
PLANNED_ON: Column[MilestoneRow] = Column(
    "planned_on", QT_TRANSLATE_NOOP("Columns", "Planned on"), lambda r: r.planned_on, Kind.date,
    width=12,
)  # fmt: skip
STATUS: Column[MilestoneRow] = Column(
    "status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.choice, width=12
)
WEIGHT: Column[MilestoneRow] = Column(
    "weight", QT_TRANSLATE_NOOP("Columns", "Weight"), lambda r: r.weight, Kind.integer, width=7
)

# The verification last: it takes what width is left (signed off by and on stay in view).
MILESTONE_COLUMNS: tuple[Column[MilestoneRow], ...] = (
    TOPIC,
    METHOD,
    RECEIVER,
    PLANNED_ON,
    Column("done_on", QT_TRANSLATE_NOOP("Columns", "Done on"), lambda r: r.done_on, Kind.date,
           width=12),
    STATUS,
    WEIGHT,
    Column("signed_off_by", QT_TRANSLATE_NOOP("Columns", "Signed off by"),
           lambda r: r.signed_off_by, width=18),
    Column("signed_off_on", QT_TRANSLATE_NOOP("Columns", "Signed off on"),
           lambda r: r.signed_off_on, Kind.date, width=12),
    Column("verification", QT_TRANSLATE_NOOP("Columns", "Verification"),
           lambda r: r.verification, Kind.long_text, width=32),
)  # fmt: skip

OVERDUE: Column[MilestoneRow] = Column(
    "overdue", QT_TRANSLATE_NOOP("Columns", "Overdue"), lambda r: r.overdue, Kind.boolean, width=9
)

# The review groups by due window; within a window every column sorts in SQL.
REVIEW_COLUMNS: tuple[Column[MilestoneRow], ...] = (
    replace(TOPIC, sort=ReviewSort.topic, width=30),
    replace(CLIENT, sort=ReviewSort.client, width=22),
    replace(REFERENCE, sort=ReviewSort.reference),
    replace(PLANNED_ON, sort=ReviewSort.planned_on),
    replace(STATUS, sort=ReviewSort.status),
    replace(METHOD, sort=ReviewSort.method),
    replace(RECEIVER, sort=ReviewSort.receiver),
    replace(WEIGHT, sort=ReviewSort.weight),
)
