"""Preferences ▸ Your practice: who documents come from — name, company, address, contact,
VAT id, logo, default currency and rate — and three texts in your own words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workbook.domain.validation import Problem, ValidationError
from workbook.ui.common.fields import AmountField, Field, LineField, TextField, read_fields
from workbook.ui.common.record_form import RecordForm
from workbook.ui.practice.logo_field import LogoField


def _contact_fields() -> list[tuple[Field, str]]:
    translate = QCoreApplication.translate
    return [
        (LineField("name"), translate("ProfilePage", "&Name:")),
        (LineField("company"), translate("ProfilePage", "&Company:")),
        (TextField("address", 3), translate("ProfilePage", "&Address:")),
        (LineField("email", "name@example.com"), translate("ProfilePage", "&E-mail:")),
        (LineField("phone", "+49 30 1234-567"), translate("ProfilePage", "&Phone:")),
        (LineField("website", "example.com"), translate("ProfilePage", "&Website:")),
        (LineField("vat_id", "DE123456789"), translate("ProfilePage", "&VAT id:")),
        (LogoField("logo"), translate("ProfilePage", "&Logo:")),
        (LineField("currency", "EUR"), translate("ProfilePage", "C&urrency:")),
        (AmountField("hourly_rate"), translate("ProfilePage", "Hourly &rate:")),
    ]


def _words_fields() -> list[tuple[Field, str]]:
    translate = QCoreApplication.translate
    return [
        (TextField("brings", 6), translate("ProfilePage", "What working with me &brings:")),
        (TextField("takes", 6), translate("ProfilePage", "What it &takes (both sides):")),
        (TextField("success", 6), translate("ProfilePage", "How I define &success:")),
    ]


class ProfilePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ProfilePage")
        self.contact: RecordForm[dict[str, Any]] = RecordForm(_contact_fields(), dict)
        self.words: RecordForm[dict[str, Any]] = RecordForm(_words_fields(), dict)
        # The texts are long answers: their questions above them, the contact beside.
        self.words.layout_.setRowWrapPolicy(self.words.layout_.RowWrapPolicy.WrapAllRows)
        hint = QLabel(
            self.tr(
                "Shown on the dossier's cover, as sender and signature of the cost notice and "
                "the handover protocol, and as the author of every exported document. Kept in "
                "the database, so the command line and colleagues use it too."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        columns = QHBoxLayout()
        columns.addWidget(self.contact, 5)
        columns.addWidget(self.words, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(columns)
        layout.addStretch(1)

    def values(self) -> dict[str, Any]:
        """The profile's fields as typed; ValidationError names every unreadable field."""
        return read_fields(self.contact.fields + self.words.fields)

    def show_problems(self, problems: dict[str, Problem]) -> None:
        self.contact.show_problems(problems)
        self.words.show_problems(problems)

    def handles(self, refused: ValidationError) -> bool:
        keys = {field.key for field in self.contact.fields + self.words.fields}
        return any(error.field in keys for error in refused.errors)
