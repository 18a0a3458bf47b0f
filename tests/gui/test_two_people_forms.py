"""Two people on one database, in the forms beyond the clients and the engagement editor: the
journal entry, the practice pages in Preferences and the catalogue's question. A save over a
colleague's change names what they changed, the edit stays in the form, and their version
loads with the edit on top (as in test_two_people)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from tests.gui.keyboard import type_text
from workbook.domain.enums import CompetenceLevel, JournalKind
from workbook.services.clarification.shapes import QuestionInput
from workbook.services.journal.shapes import JournalInput
from workbook.services.practice.shapes import CompetenceInput, DayOffInput, ProfileInput
from workbook.services.workspace import Workspace
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.engagements.catalogue_dialog import CatalogueDialog
from workbook.ui.engagements.sections import known_sections
from workbook.ui.practice.rows_editor import RowsEditor
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.preferences.dialog import Page, PreferencesDialog

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]
THEN = "Your edits are still in the form; load their version to see theirs with your edits on "
THEN += "top, then save again."


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _load_their_version(seen: dict[str, object]) -> Callable[[QDialog], None]:
    """Answers the conflict message with Load their version, keeping what it said."""

    def load(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen["told"] = box.text()
        box.findChild(QPushButton, "loadTheirVersion").click()

    return load


def _days_off(dialog: PreferencesDialog) -> RowsEditor:
    assert dialog.capacity is not None
    return dialog.capacity.days_off


def _edit_in_preferences(
    window: MainWindow, on_dialog: OnDialog, page: str,
    rows_of: Callable[[PreferencesDialog], RowsEditor], row_id: int,
    edit: Callable[[QDialog], None],
) -> None:  # fmt: skip
    """Preferences on `page`, the row `row_id` of its list opened with Edit…, handled by `edit`."""

    def open_row(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.show_page(page)
        rows = rows_of(dialog)
        rows.select(row_id)
        on_dialog(edit, RecordDialog)
        rows.edit_button.click()
        _ok(dialog)

    on_dialog(open_row, PreferencesDialog)
    window.menus.preferences.trigger()


def test_a_journal_entry_keeps_the_edit_and_loads_their_version(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    client = make_client(colleague.clients, "Bäckerei Größl")
    added = colleague.journal.add(
        client, JournalInput(date(2026, 3, 2), JournalKind.call, "Rückruf")
    )
    entry = added.created_id or 0
    assert window.journal_tab is not None
    seen: dict[str, object] = {}

    def edit_while_they_save(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "details"), "Angebot bis Freitag")
        theirs = colleague.journal.entry(entry, today=date(2026, 3, 2))
        colleague.journal.update(
            entry, JournalInput(theirs.occurred_on, theirs.kind, "Rückruf wegen Angebot"),
            version=theirs.version,
        )  # fmt: skip
        on_dialog(_load_their_version(seen), QMessageBox)
        _ok(dialog)  # refused: the dialog stays, with the edit
        seen["open"] = dialog.isVisible()
        seen["form"] = (
            dialog.findChild(QLineEdit, "summary").text(),
            dialog.findChild(QPlainTextEdit, "details").toPlainText(),
        )
        _ok(dialog)  # over their version, which the form now shows

    on_dialog(edit_while_they_save)
    window.journal_tab.actions_.edit(entry)
    assert seen == {
        "told": f"Someone else changed this since you opened it: Summary. {THEN}",
        "open": True,
        "form": ("Rückruf wegen Angebot", "Angebot bis Freitag"),
    }
    saved = colleague.journal.entry(entry, today=date(2026, 3, 2))
    assert (saved.summary, saved.details) == ("Rückruf wegen Angebot", "Angebot bis Freitag")


def test_the_practice_pages_keep_the_edit_and_load_their_version(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    """The profile and the hours on the capacity page are one record, saved together."""
    practice = colleague.practice
    practice.save_profile(ProfileInput(name="Anna Berger", company="Berger Beratung"), version=0)
    seen: dict[str, object] = {}

    def edit_while_they_save(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.show_page(Page.practice)
        type_text(qtbot, dialog.findChild(QLineEdit, "phone"), "030 1234-567")
        theirs = practice.profile()
        practice.save_profile(
            ProfileInput(name="Anna Berger", company="Berger & Partner",
                         hours_per_week=Decimal(30)),
            version=theirs.version,
        )  # fmt: skip
        on_dialog(_load_their_version(seen), QMessageBox)
        _ok(dialog)
        seen["open"] = dialog.isVisible()
        assert dialog.capacity is not None
        seen["form"] = (
            dialog.findChild(QLineEdit, "company").text(),
            dialog.findChild(QLineEdit, "phone").text(),
            dialog.capacity.hours.get(),
        )
        _ok(dialog)

    on_dialog(edit_while_they_save, PreferencesDialog)
    window.menus.preferences.trigger()
    assert seen == {
        "told": "Someone else changed this since you opened it: Company, Hours a week for client "
        f"work. {THEN}",
        "open": True,
        "form": ("Berger & Partner", "030 1234-567", Decimal(30)),
    }
    saved = practice.profile()
    assert (saved.company, saved.phone, saved.hours_per_week) == (
        "Berger & Partner",
        "030 1234-567",
        Decimal(30),
    )


def test_a_competence_keeps_the_edit_and_loads_their_version(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    practice = colleague.practice
    competence = practice.add_competence(CompetenceInput("Prozessanalyse")).created_id or 0
    seen: dict[str, object] = {}

    def edit_while_they_save(editor: QDialog) -> None:
        level = editor.findChild(QComboBox, "level")
        level.setCurrentIndex(level.findText("Expert"))
        theirs = practice.competence(competence)
        practice.update_competence(
            competence, CompetenceInput("Prozessanalyse (BPMN)"), version=theirs.version
        )
        on_dialog(_load_their_version(seen), QMessageBox)
        _ok(editor)
        seen["form"] = (editor.findChild(QLineEdit, "name").text(), level.currentText())
        _ok(editor)

    _edit_in_preferences(
        window, on_dialog, Page.competences, lambda dialog: dialog.competences, competence,
        edit_while_they_save,
    )  # fmt: skip
    assert seen == {
        "told": f"Someone else changed this since you opened it: Competence. {THEN}",
        "form": ("Prozessanalyse (BPMN)", "Expert"),
    }
    saved = practice.competence(competence)
    assert (saved.name, saved.level) == ("Prozessanalyse (BPMN)", CompetenceLevel.expert)


def test_days_off_keep_the_edit_and_load_their_version(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    practice = colleague.practice
    added = practice.add_day_off(DayOffInput(date(2027, 8, 3), date(2027, 8, 14), "Urlaub"))
    day_off = added.created_id or 0
    seen: dict[str, object] = {}

    def edit_while_they_save(editor: QDialog) -> None:
        assert isinstance(editor, RecordDialog)
        note = editor.findChild(QLineEdit, "note")
        note.selectAll()
        type_text(qtbot, note, "Sommerurlaub")
        theirs = practice.day_off(day_off)
        practice.update_day_off(
            day_off, DayOffInput(theirs.starts_on, date(2027, 8, 21), theirs.note),
            version=theirs.version,
        )  # fmt: skip
        on_dialog(_load_their_version(seen), QMessageBox)
        _ok(editor)
        seen["form"] = (editor.form.field("ends_on").get(), note.text())
        _ok(editor)

    _edit_in_preferences(window, on_dialog, Page.capacity, _days_off, day_off, edit_while_they_save)
    assert seen == {
        "told": f"Someone else changed this since you opened it: To (included). {THEN}",
        "form": (date(2027, 8, 21), "Sommerurlaub"),
    }
    saved = practice.day_off(day_off)
    assert (saved.ends_on, saved.note) == (date(2027, 8, 21), "Sommerurlaub")


def test_a_catalogue_question_keeps_the_edit_and_loads_their_version(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    catalogue = colleague.clarification
    section = known_sections()[0]
    asked = QuestionInput(section, "How many staff?", "Wie viele Mitarbeiter?", required=False)
    question = catalogue.add_question(asked).created_id or 0
    assert window.engagements_tab is not None
    dialog = CatalogueDialog(window, window.engagements_tab.context)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: dict[str, object] = {}

    def edit_while_they_save(editor: QDialog) -> None:
        required = editor.findChild(QCheckBox, "required")
        required.click()
        theirs = catalogue.question(question)
        catalogue.update_question(
            question, QuestionInput(section, theirs.text_en, "Wie viele Beschäftigte?"),
            version=theirs.version,
        )  # fmt: skip
        on_dialog(_load_their_version(seen), QMessageBox)
        _ok(editor)
        seen["form"] = (
            editor.findChild(QPlainTextEdit, "text_de").toPlainText(),
            required.isChecked(),
        )
        _ok(editor)

    on_dialog(edit_while_they_save, RecordDialog)
    dialog.panel.signals.edit.emit(question)
    assert seen == {
        "told": f"Someone else changed this since you opened it: Question (German). {THEN}",
        "form": ("Wie viele Beschäftigte?", True),
    }
    saved = catalogue.question(question)
    assert (saved.section, saved.text_de, saved.required) == (
        section,
        "Wie viele Beschäftigte?",
        True,
    )
    dialog.close()
