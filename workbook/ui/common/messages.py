"""Wording of refusals and validation problems in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workbook.domain.status_flow import Blocker, TransitionRefused
from workbook.domain.validation import Problem, ValidationError
from workbook.services.errors import BatchRefused, Conflict, InUse, NotFound
from workbook.store.errors import WriteFailed, WriteProblem
from workbook.store.header import DatabaseRefused, Refusal
from workbook.ui.common.day_edit import EXAMPLE_DAY
from workbook.ui.common.i18n import format_date


def problem_text(problem: Problem) -> str:
    texts = {
        Problem.required: QCoreApplication.translate("Problems", "Please fill in this field."),
        Problem.duplicate: QCoreApplication.translate(
            "Problems", "An active client with this name already exists."
        ),
        Problem.reference_taken: QCoreApplication.translate(
            "Problems", "Another engagement already has this reference."
        ),
        Problem.in_future: QCoreApplication.translate(
            "Problems", "This day has not come yet. Enter the day it happened."
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
        Problem.estimate_first: QCoreApplication.translate(
            "Problems",
            "Estimate the effort first: without an estimate there is nothing to "
            "tell the client or to approve.",
        ),
        Problem.approve_first: QCoreApplication.translate(
            "Problems", "Only approved work can be done. Approve the request first."
        ),
        Problem.before_request: QCoreApplication.translate(
            "Problems", "This day lies before the request came in."
        ),
        Problem.before_decision: QCoreApplication.translate(
            "Problems", "This day lies before the decision."
        ),
        Problem.step_not_reached: QCoreApplication.translate(
            "Problems", "The status has not reached this step yet."
        ),
        Problem.not_positive: QCoreApplication.translate(
            "Problems", "Please enter a number above 0."
        ),
        Problem.not_after_start: QCoreApplication.translate(
            "Problems", "The end must lie after the start."
        ),
        Problem.date: QCoreApplication.translate(
            "Problems", "This is not a date. Type it like %1, or press Alt+Down for a calendar."
        ).replace("%1", format_date(EXAMPLE_DAY)),
        Problem.before_start: QCoreApplication.translate(
            "Problems", "The end must not be before the start."
        ),
        Problem.name_taken: QCoreApplication.translate(
            "Problems", "This name is already in your list."
        ),
        Problem.file_too_large: QCoreApplication.translate(
            "Problems", "This file is too large (at most 512 KB)."
        ),
        Problem.file_type: QCoreApplication.translate("Problems", "Use a PNG or SVG image."),
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
    if not isinstance(refusal.path, Path):  # a server's database: no file, no header
        texts.update(_server_refusal_texts())
        untouched = QCoreApplication.translate("Problems", "The database has not been changed.")
    text = f"{texts[refusal.reason]}\n\n{refusal.path}\n\n{untouched}"
    if refusal.reason is Refusal.corrupt and refusal.backup is None:
        text += " " + QCoreApplication.translate("Problems", "No sound backup was found beside it.")
    return text


def _server_refusal_texts() -> dict[Refusal, str]:
    translate = QCoreApplication.translate
    return {
        Refusal.empty: translate(
            "Problems", "The database on the server holds no Client Workbook data."
        ),
        Refusal.foreign: translate(
            "Problems", "The database on the server holds the tables of another application."
        ),
    }


def blocker_text(blocker: Blocker) -> str:
    translate = QCoreApplication.translate
    texts = {
        Blocker.not_allowed: translate(
            "Transitions", "This step is not possible from the current status."
        ),
        Blocker.clarification_incomplete: translate(
            "Transitions", "Not every required clarification question is answered."
        ),
        Blocker.no_agreed_goal: translate("Transitions", "No goal has been agreed yet."),
        Blocker.reason_required: translate("Transitions", "Please give a reason."),
        Blocker.no_price: translate(
            "Transitions", "No hourly rate or fixed price is set yet (Overview page)."
        ),
    }
    return texts.get(blocker, str(blocker))


def failure_text(error: Exception) -> str:
    """One sentence (or two) for a refused write or undo; the data is unchanged."""
    translate = QCoreApplication.translate
    if isinstance(error, Conflict):
        return translate(
            "Problems",
            "This was changed in the meantime – in another window, by a colleague or from "
            "the command line. Nothing was overwritten; you now see the current state.",
        )
    if isinstance(error, NotFound):
        return translate("Problems", "This no longer exists; it was removed in the meantime.")
    if isinstance(error, InUse):
        return translate(
            "Problems", "This question has been answered since, so it stays. You can stop "
            "asking it instead.",
        )  # fmt: skip
    if isinstance(error, BatchRefused):
        return translate(
            "Problems", "The workbook changed since the import was checked (a name is taken "
            "now, a client is gone or was edited). Nothing was imported.",
        )  # fmt: skip
    if isinstance(error, ValidationError) and error.errors:
        return problem_text(error.errors[0].problem)
    if isinstance(error, TransitionRefused):
        return " ".join(blocker_text(blocker) for blocker in error.blockers)
    if isinstance(error, WriteFailed):
        return write_failed_text(error)
    return str(error)


def database_said(error: BaseException) -> str:
    """What the database (or its driver) said, in its first line: without the statement and
    the link SQLAlchemy appends."""
    return str(getattr(error, "orig", None) or error).splitlines()[0]


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
