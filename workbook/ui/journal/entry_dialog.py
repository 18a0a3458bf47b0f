"""The form of a journal entry: who, when, what kind, what was said, how satisfied the client
is, and when to follow up. Quick add (Ctrl+J) and editing share it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbook.domain.enums import JournalKind
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services.journal.shapes import JournalInput, JournalRow
from workbook.ui.common.choosers import follow_client
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.fields import (
    CheckField,
    ChoiceField,
    DateField,
    Field,
    LineField,
    ReferenceField,
    TextField,
)
from workbook.ui.common.record_dialog import RecordDialog

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


@dataclass(frozen=True)
class JournalForm(JournalInput):
    """What the form edits: the entry and, for a new one, its client."""

    client_id: int = 0

    def entry(self) -> JournalInput:
        return JournalInput(**{f.name: getattr(self, f.name) for f in fields(JournalInput)})

    @classmethod
    def of(cls, row: JournalRow) -> JournalForm:
        return cls(**vars(row.as_input()), client_id=row.client_id)


def _satisfaction_options() -> list[tuple[int, str]]:
    return [
        (1, translate("JournalDialog", "1 – very dissatisfied")),
        (2, translate("JournalDialog", "2 – dissatisfied")),
        (3, translate("JournalDialog", "3 – neither")),
        (4, translate("JournalDialog", "4 – satisfied")),
        (5, translate("JournalDialog", "5 – very satisfied")),
    ]


def _make(values: dict[str, Any]) -> JournalForm:
    if values["occurred_on"] is None:
        raise ValidationError([FieldError("occurred_on", Problem.required)])
    # No client chosen: 0 is no client's id, so the service names the field that is missing.
    return JournalForm(**{**values, "client_id": values["client_id"] or 0})


def journal_dialog(
    parent: QWidget,
    workspace: Workspace,
    clients: Sequence[tuple[int, str]],
    submit: Callable[[JournalForm], object],
    initial: JournalForm,
    edited: EditBase[JournalForm] | None = None,
) -> RecordDialog:
    """`edited` None: a new entry, starting from `initial`; else the entry `edited` read."""
    new = edited is None
    client = ReferenceField("client_id", clients, translate("JournalDialog", "– choose a client –"))
    client.widget.setEnabled(new)  # an entry stays with its client
    engagement = ReferenceField("engagement_id", (), "")
    form_fields: list[tuple[Field, str]] = [
        (client, translate("JournalDialog", "&Client:")),
        (engagement, translate("JournalDialog", "En&gagement:")),
        (DateField("occurred_on"), translate("JournalDialog", "&Date:")),
        (ChoiceField("kind", list(JournalKind)), translate("JournalDialog", "&Kind:")),
        (LineField("summary", translate("JournalDialog", "What it was about, in a line")),
         translate("JournalDialog", "&Summary:")),
        (TextField("details", 4, grow=True), translate("JournalDialog", "De&tails:")),
        (ReferenceField("satisfaction", _satisfaction_options(),
                        translate("JournalDialog", "– not rated –")),
         translate("JournalDialog", "S&atisfaction:")),
        (DateField("follow_up_on"), translate("JournalDialog", "Follow-&up on:")),
        (CheckField("follow_up_done", translate("JournalDialog", "D&one")),
         translate("JournalDialog", "Follow-up:")),
    ]  # fmt: skip
    title = (
        translate("JournalDialog", "New journal entry")
        if new
        else translate("JournalDialog", "Edit journal entry")
    )
    dialog = RecordDialog(parent, title, form_fields, _make, submit, None, edited)
    dialog.setObjectName("JournalDialog")

    client.set(initial.client_id)
    follow_client(
        workspace, client, engagement, translate("JournalDialog", "– the client in general –")
    )
    dialog.form.fill(initial)
    # Who and when are filled in already: the cursor goes where the typing starts.
    (dialog.form.field("summary") if initial.client_id else client).widget.setFocus()
    dialog.resize(620, dialog.sizeHint().height())
    return dialog
