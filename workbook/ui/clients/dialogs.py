"""Create or edit a client; add or edit a contact."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from workbook.domain.feedback import FEEDBACK_INTERVAL_DAYS
from workbook.domain.validation import FEEDBACK_INTERVAL_RANGE
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.fields import CheckField, Field, LineField, NumberField, TextField
from workbook.ui.common.record_dialog import RecordDialog


def client_dialog(
    parent: QWidget | None,
    submit: Callable[[ClientInput], object],
    edited: EditBase[ClientInput] | None,
    *,
    feedback_interval_days: int = FEEDBACK_INTERVAL_DAYS,
) -> RecordDialog:
    """`edited` None: a new client, starting with the preferred feedback interval."""
    translate = QCoreApplication.translate
    interval = NumberField(
        "feedback_interval_days", FEEDBACK_INTERVAL_RANGE, translate("ClientDialog", " days")
    )
    interval.widget.setToolTip(
        translate(
            "ClientDialog", "Warn when this client has not been heard from for longer than this."
        )
    )
    fields: list[tuple[Field, str]] = [
        (LineField("name"), translate("ClientDialog", "&Name:")),
        (LineField("industry"), translate("ClientDialog", "&Industry:")),
        (TextField("address", 2), translate("ClientDialog", "&Address:")),
        (LineField("website", "example.com"), translate("ClientDialog", "&Website:")),
        # the company's own inbox and switchboard, beside its contacts' (imports bring them)
        (LineField("email", "info@example.com"), translate("ClientDialog", "&E-mail:")),
        (LineField("phone", "+49 30 1234-0"), translate("ClientDialog", "&Phone:")),
        (
            LineField(
                "tags", translate("ClientDialog", "comma-separated, e.g. key account, Berlin")
            ),
            translate("ClientDialog", "&Tags:"),
        ),
        (interval, translate("ClientDialog", "&Feedback every:")),
        (LanguageField("language"), translate("ClientDialog", "&Language for the client:")),
        (TextField("notes", 5, grow=True), translate("ClientDialog", "N&otes:")),
    ]
    title = (
        translate("ClientDialog", "Edit client")
        if edited
        else translate("ClientDialog", "New client")
    )
    new = ClientInput(name="", feedback_interval_days=feedback_interval_days)
    dialog = RecordDialog(parent, title, fields, _make_client, submit, new, edited)
    dialog.setObjectName("ClientDialog")
    return dialog


def contact_dialog(
    parent: QWidget | None,
    submit: Callable[[ContactInput], object],
    edited: EditBase[ContactInput] | None,
) -> RecordDialog:
    translate = QCoreApplication.translate
    fields: list[tuple[Field, str]] = [
        (LineField("name"), translate("ContactDialog", "&Name:")),
        (LineField("role"), translate("ContactDialog", "&Role:")),
        (LineField("department"), translate("ContactDialog", "&Department:")),
        (LineField("email", "name@example.com"), translate("ContactDialog", "&E-mail:")),
        (LineField("phone", "+49 30 1234-567"), translate("ContactDialog", "&Phone:")),
        (
            CheckField("is_primary", translate("ContactDialog", "&The client's main person")),
            translate("ContactDialog", "Primary contact:"),
        ),
        (TextField("notes", 5, grow=True), translate("ContactDialog", "N&otes:")),
    ]
    title = (
        translate("ContactDialog", "Edit contact")
        if edited
        else translate("ContactDialog", "New contact")
    )
    dialog = RecordDialog(
        parent, title, fields, _make_contact, submit, ContactInput(name=""), edited
    )
    dialog.setObjectName("ContactDialog")
    return dialog


class LanguageField(Field):
    """The language of texts sent to the client (the cost notice): German, English, or "" for
    whatever the app is set to."""

    def __init__(self, key: str) -> None:
        self.combo = QComboBox()
        self.combo.addItem(QCoreApplication.translate("ClientDialog", "as the app is set"), "")
        # Language names stay in their own language, as in the View menu.
        self.combo.addItem("Deutsch", "de")
        self.combo.addItem("English", "en")
        super().__init__(key, self.combo)

    def get(self) -> str:
        return str(self.combo.currentData())

    def set(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value or "")))


def _make_client(values: dict[str, Any]) -> ClientInput:
    return ClientInput(**values)


def _make_contact(values: dict[str, Any]) -> ContactInput:
    return ContactInput(**values)
