"""Everything stored about a person, as a workbook to hand to them (a data-protection
request): a client with every sheet of its rows — internal notes and the journal included,
unlike the dossier — or a contact with the rows that name it. Each export is recorded in the
audit table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbook.domain.changes import Entity
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.privacy_columns import MENTION_COLUMNS
from workbook.services.privacy.service import PrivacyService
from workbook.services.reports.service import ReportService
from workbook.spreadsheets.export.book import Book, ExportOptions, ExportSummary, write_book
from workbook.spreadsheets.export.sheets import (
    CONTACTS,
    CONTEXT,
    PERSONAL_SHEETS,
    Joined,
    Scope,
    Sheet,
)

TITLE = QT_TRANSLATE_NOOP("Export", "Personal data")


def write_client_data(
    reports: ReportService,
    privacy: PrivacyService,
    target: Path,
    client_id: int,
    options: ExportOptions,
) -> ExportSummary:
    client = reports.client(client_id)
    book = Book(
        title=f"{options.translate(CONTEXT, TITLE)} – {client.name}",
        sheets=PERSONAL_SHEETS,
        scope=Scope(client_id, options.today, options.language),
    )
    summary = write_book(reports, Path(target), book, options)
    privacy.record_export(Entity.client, client_id, summary.rows)
    return summary


def write_contact_data(
    reports: ReportService,
    privacy: PrivacyService,
    target: Path,
    contact_id: int,
    options: ExportOptions,
) -> ExportSummary:
    contact = reports.contact(contact_id)
    mentions = privacy.mentions(contact_id)
    sheets = (
        _fixed(CONTACTS, [Joined(contact, reports.client(contact.client_id).name)]),
        _fixed(Sheet("named_in", QT_TRANSLATE_NOOP("Export", "Named in"), MENTION_COLUMNS,
                     lambda _s, _scope: (), lambda _s, _scope: 0), mentions),
    )  # fmt: skip
    book = Book(
        title=f"{options.translate(CONTEXT, TITLE)} – {contact.name}",
        sheets=sheets,
        scope=Scope(contact.client_id, options.today, options.language),
    )
    summary = write_book(reports, Path(target), book, options)
    privacy.record_export(Entity.contact, contact_id, summary.rows)
    return summary


def _fixed(sheet: Sheet, rows: Sequence[Any]) -> Sheet:
    """The sheet with these rows instead of its own query."""
    return replace(sheet, fetch=lambda _s, _scope: rows, count=lambda _s, _scope: len(rows))
