"""Wording of refusals and validation problems in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbook.domain.validation import Problem
from workbook.store.header import DatabaseRefused, Refusal


def problem_text(problem: Problem) -> str:
    texts = {
        Problem.required: QCoreApplication.translate("Problems", "Please fill in this field."),
        Problem.duplicate: QCoreApplication.translate(
            "Problems", "An active client with this name already exists."
        ),
        Problem.email: QCoreApplication.translate(
            "Problems", "This is not an e-mail address (name@example.com)."
        ),
        Problem.phone: QCoreApplication.translate(
            "Problems", "Use digits, spaces and + ( ) / - . only."
        ),
        Problem.url: QCoreApplication.translate(
            "Problems", "This is not a web address (example.com)."
        ),
        Problem.too_long: QCoreApplication.translate("Problems", "This text is too long."),
        Problem.out_of_range: QCoreApplication.translate("Problems", "This value is out of range."),
        Problem.number: QCoreApplication.translate("Problems", "Please enter a number."),
    }
    return texts[problem]


def refusal_text(refusal: DatabaseRefused) -> str:
    texts = {
        Refusal.empty: QCoreApplication.translate(
            "Problems", "The file is empty (0 bytes). It is not a Client Workbook database."
        ),
        Refusal.not_sqlite: QCoreApplication.translate(
            "Problems", "The file is not a Client Workbook database."
        ),
        Refusal.foreign: QCoreApplication.translate(
            "Problems", "The file is a database of another application."
        ),
        Refusal.newer: QCoreApplication.translate(
            "Problems",
            "The database was written by a newer version of Client Workbook. "
            "Please update the application.",
        ),
        Refusal.corrupt: QCoreApplication.translate("Problems", "The database file is damaged."),
        Refusal.unreadable: QCoreApplication.translate("Problems", "The file cannot be read."),
        Refusal.locked: QCoreApplication.translate(
            "Problems", "The database is open in another Client Workbook window."
        ),
    }
    untouched = QCoreApplication.translate("Problems", "The file has not been changed.")
    return f"{texts[refusal.reason]}\n\n{refusal.path}\n\n{untouched}"
