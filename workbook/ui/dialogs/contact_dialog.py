"""Add or edit a contact of a client."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from workbook.services.client_shapes import ContactInput
from workbook.ui.dialogs.edit_dialog import EditDialog
from workbook.ui.widgets import named


class ContactDialog(EditDialog[ContactInput]):
    def __init__(
        self,
        parent: QWidget | None,
        submit: Callable[[ContactInput], object],
        initial: ContactInput | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self.setObjectName("ContactDialog")
        self.name = named(QLineEdit(), "name")
        self.role = named(QLineEdit(), "role")
        self.department = named(QLineEdit(), "department")
        self.email = named(QLineEdit(), "email")
        self.phone = named(QLineEdit(), "phone")
        self.primary = named(QCheckBox(), "is_primary")
        self.notes = named(QPlainTextEdit(), "notes")
        self.notes.setTabChangesFocus(True)
        for key, editor in (
            ("name", self.name),
            ("role", self.role),
            ("department", self.department),
            ("email", self.email),
            ("phone", self.phone),
            ("is_primary", self.primary),
            ("notes", self.notes),
        ):
            self.form.add(key, editor)
        self._translate(editing=initial is not None)
        self._fill(initial or ContactInput(name=""))
        self.resize(480, 440)

    def _translate(self, *, editing: bool) -> None:
        self.setWindowTitle(self.tr("Edit contact") if editing else self.tr("New contact"))
        self.form.set_label("name", self.tr("&Name:"))
        self.form.set_label("role", self.tr("&Role:"))
        self.form.set_label("department", self.tr("&Department:"))
        self.form.set_label("email", self.tr("&E-mail:"))
        self.form.set_label("phone", self.tr("&Phone:"))
        self.form.set_label("is_primary", self.tr("Primary:"))
        self.form.set_label("notes", self.tr("N&otes:"))
        self.primary.setText(self.tr("&Main contact for this client"))
        self.email.setPlaceholderText("name@example.com")
        self.phone.setPlaceholderText("+49 30 1234-567")

    def _fill(self, data: ContactInput) -> None:
        self.name.setText(data.name)
        self.role.setText(data.role)
        self.department.setText(data.department)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.primary.setChecked(data.is_primary)
        self.notes.setPlainText(data.notes)

    def value(self) -> ContactInput:
        return ContactInput(
            name=self.name.text(),
            role=self.role.text(),
            department=self.department.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            is_primary=self.primary.isChecked(),
            notes=self.notes.toPlainText(),
        )
