"""The import's refusals, row problems and field names in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbook.domain.validation import Problem
from workbook.spreadsheets.importing.fields import ImportField
from workbook.spreadsheets.importing.problems import (
    CellProblem,
    ImportProblem,
    ImportRefused,
    RowError,
)
from workbook.spreadsheets.importing.shapes import (
    ClientLine,
    ContactLine,
    ImportPreview,
    JournalLine,
    Parsed,
    RowAction,
)
from workbook.ui.common.i18n import format_date
from workbook.ui.common.messages import problem_text


def refusal_text(refused: ImportRefused) -> str:
    translate = QCoreApplication.translate
    texts = {
        ImportProblem.not_spreadsheet: translate(
            "Import", "This file is not a spreadsheet (.xlsx, .xls, .ods) or CSV text."),
        ImportProblem.too_large: translate(
            "Import", "This file is too large or built to overwhelm a reader; it was not opened."),
        ImportProblem.wrong_encoding: translate(
            "Import", "This CSV file is not UTF-8 text. Save it as “CSV UTF-8” and try again."),
        ImportProblem.empty: translate("Import", "The sheet has no header row."),
        ImportProblem.unknown_sheet: translate("Import", "The file has no sheet of that name."),
        ImportProblem.has_errors: translate(
            "Import", "Some rows have errors. Correct the file or the mapping first."),
        ImportProblem.stale: translate(
            "Import", "The workbook changed since the preview (a name is taken now). "
            "Nothing was imported; please look at the preview again."),
    }  # fmt: skip
    return texts[refused.reason]


def row_problem_text(problem: Problem | CellProblem) -> str:
    if isinstance(problem, Problem):
        return problem_text(problem)
    translate = QCoreApplication.translate
    texts = {
        CellProblem.date: translate("Import", "Not a date."),
        CellProblem.choice: translate("Import", "Not one of the known values."),
        CellProblem.unknown_client: translate("Import", "No client of this name."),
        CellProblem.ambiguous_client: translate(
            "Import", "Several archived clients have this name."),
        CellProblem.conflict: translate(
            "Import", "Differs from an earlier row of the same client."),
        CellProblem.contact_exists: translate(
            "Import", "This client already has a contact of this name."),
        CellProblem.entry_exists: translate(
            "Import", "This entry is already in the journal."),
    }  # fmt: skip
    return texts[problem]


def field_label(field: ImportField) -> str:
    label = QCoreApplication.translate("Columns", field.label)
    if field.group:
        return f"{QCoreApplication.translate('Export', field.group)}: {label}"
    return label


def errors_text(errors: tuple[RowError, ...], labels: dict[str, str]) -> str:
    """ "Name: Please fill in this field. E-mail: …": each problem is a sentence of its own."""
    return " ".join(
        f"{labels.get(error.field, error.field)}: {row_problem_text(error.problem)}"
        for error in errors
    )


def row_summary(parsed: Parsed | None) -> str:
    if isinstance(parsed, ClientLine):
        contact = f" – {parsed.contact.name}" if parsed.contact and parsed.contact.name else ""
        return parsed.client.name + contact
    if isinstance(parsed, ContactLine):
        return f"{parsed.contact.name} ({parsed.client.name})"
    if isinstance(parsed, JournalLine):
        day = format_date(parsed.entry.occurred_on)  # as the UI language writes dates
        return f"{day} {parsed.client.name}: {parsed.entry.summary}"
    return ""


def action_label(action: RowAction) -> str:
    """The preview's "Import as" for a row."""
    translate = QCoreApplication.translate
    labels = {
        RowAction.new: translate("Import", "New"),
        RowAction.update: translate("Import", "Update"),
        RowAction.unchanged: translate("Import", "Unchanged"),
    }
    return labels[action]


def counts_text(preview: ImportPreview, *, updating: bool) -> str:
    """What the rows come to, one sentence per count, singular or plural (German counts like
    English: 1 or more); and, when clients of the file exist, what updating them does."""
    translate = QCoreApplication.translate
    ok, bad = preview.ok_count, preview.error_count
    ready = (translate("ImportDialog", "1 row ready to import") if ok == 1
             else translate("ImportDialog", "%1 rows ready to import"))  # fmt: skip
    text = translate("ImportDialog", "%1, %2 with problems.")
    text = text.replace("%1", ready.replace("%1", str(ok))).replace("%2", str(bad))
    if repeats := preview.repeat_count:
        again = (
            translate("ImportDialog", "1 row repeats an earlier row and is imported once.")
            if repeats == 1
            else translate("ImportDialog", "%1 rows repeat an earlier row and are imported once.")
        )
        text += " " + again.replace("%1", str(repeats))
    if updating:
        counts = translate("ImportDialog", "New: %1 · Update: %2 · Unchanged: %3.")
        for number, action in enumerate(RowAction, 1):
            counts = counts.replace(f"%{number}", str(preview.count(action)))
        text += " " + counts
        if preview.count(RowAction.unchanged) == len(preview.rows):
            text += " " + translate("ImportDialog", "The workbook holds all of it already.")
    elif taken := preview.taken_count:
        offer = (
            translate("ImportDialog", "1 row names a client that exists already.")
            if taken == 1
            else translate("ImportDialog", "%1 rows name clients that exist already.")
        )
        text += " " + offer.replace("%1", str(taken)) + " " + translate(
            "ImportDialog", "Tick “Update clients that exist already” to update them.")  # fmt: skip
    if bad:
        text += " " + translate("ImportDialog", "Nothing is imported until every row is fine.")
    return text
