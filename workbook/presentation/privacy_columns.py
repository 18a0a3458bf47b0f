"""Columns of the data-protection export: where a contact is named."""

from __future__ import annotations

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.columns import LOCATED, Column, Kind
from workbook.services.privacy.shapes import Mention

MENTION_COLUMNS: tuple[Column[Mention], ...] = (
    Column("entity", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: r.entity, Kind.choice,
           width=16),
    Column("role", QT_TRANSLATE_NOOP("Columns", "Named as"), lambda r: r.role, Kind.choice,
           width=22),
    *LOCATED,
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, width=30),
    Column("day", QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.day, Kind.date, width=12),
)  # fmt: skip
