"""Wording of refusals and validation problems in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbook.domain.validation import Problem
from workbook.store.errors import WriteFailed, WriteProblem
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
        Refusal.outdated: QCoreApplication.translate(
            "Problems",
            "The database needs an upgrade to this version, but it is read-only here. Copy it "
            "to a folder you can write to and open the copy.",
        ),
        Refusal.corrupt: QCoreApplication.translate("Problems", "The database file is damaged."),
        Refusal.unreadable: QCoreApplication.translate("Problems", "The file cannot be read."),
        Refusal.locked: QCoreApplication.translate(
            "Problems", "The database is open in another Client Workbook window."
        ),
    }
    untouched = QCoreApplication.translate("Problems", "The file has not been changed.")
    text = f"{texts[refusal.reason]}\n\n{refusal.path}\n\n{untouched}"
    if refusal.reason is Refusal.corrupt and refusal.backup is None:
        text += " " + QCoreApplication.translate("Problems", "No sound backup was found beside it.")
    return text


def write_failed_text(failure: WriteFailed) -> str:
    """Why a write did not reach the file; nothing of it was saved."""
    texts = {
        WriteProblem.read_only: QCoreApplication.translate(
            "Problems", "The database is read-only: the file or its folder cannot be written."
        ),
        WriteProblem.disk_full: QCoreApplication.translate("Problems", "The disk is full."),
        WriteProblem.busy: QCoreApplication.translate(
            "Problems", "Another program is writing to the database. Try again in a moment."
        ),
        WriteProblem.io: QCoreApplication.translate(
            "Problems", "The file could not be written (an input/output error)."
        ),
    }
    return texts[failure.reason]
