"""Data protection for a client or a contact: everything stored about them exported as a
workbook, or erased for good after the user typed the name. Both are recorded in the audit
table by the services. An erasure empties the undo history: undoing an earlier step (removing a
contact) would otherwise bring erased data back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.changes import ChangeSet
from workbook.services.errors import REFUSALS
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.messages import failure_text


class ErasureDialog(QDialog):
    """Asks for the name, typed exactly, before anything is erased."""

    def __init__(self, parent: QWidget, title: str, what: str, name: str) -> None:
        super().__init__(parent)
        self.setObjectName("ErasureDialog")
        self.setWindowTitle(title)
        self._name = name
        explanation = QLabel(what)
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        prompt = QLabel(self.tr("Type “%1” to confirm:").replace("%1", name))
        prompt.setWordWrap(True)
        self.typed = named(QLineEdit(), "erasureName")
        self.typed.setPlaceholderText(name)
        prompt.setBuddy(self.typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button: QPushButton = self.buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._typed_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addWidget(prompt)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _typed_changed(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip() == self._name.strip())


class PrivacyActions(QObject):
    def __init__(self, parent: QWidget, context: TabContext) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context

    def export_client(self, client_id: int) -> None:
        client = self._context.workspace.clients.get(client_id)
        self._context.navigate.export_personal_data(client_id, client.name)

    def export_contact(self, contact_id: int) -> None:
        contact = self._context.workspace.clients.contact(contact_id)
        self._context.navigate.export_personal_data(contact_id, contact.name, contact=True)

    def erase_client(self, client_id: int) -> None:
        name = self._context.workspace.clients.get(client_id).name
        what = self.tr(
            "Erase %1 and everything stored about it: contacts, engagements with their "
            "clarification, goals, scope, changes and milestones, support plans and the "
            "journal. This cannot be undone. Backups keep older copies until they rotate out."
        ).replace("%1", name)
        if self._confirmed(self.tr("Erase client"), what, name):
            self._erase(name, lambda: self._context.workspace.privacy.erase_client(client_id))

    def erase_contact(self, contact_id: int) -> None:
        name = self._context.workspace.clients.contact(contact_id).name
        what = self.tr(
            "Erase %1? Where goals, milestones or change requests name this contact, it stays "
            "without name or details so their history holds; otherwise it is removed. This "
            "cannot be undone. Backups keep older copies until they rotate out."
        ).replace("%1", name)
        if self._confirmed(self.tr("Erase contact"), what, name):
            self._erase(name, lambda: self._context.workspace.privacy.erase_contact(contact_id))

    def _confirmed(self, title: str, what: str, name: str) -> bool:
        dialog = ErasureDialog(self._parent, title, what, name)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _erase(self, name: str, erase: Callable[[], object]) -> None:
        try:
            erase()
        except REFUSALS as error:
            QMessageBox.warning(self._parent, self.tr("Not erased"), failure_text(error))
            return
        self._context.undo_stack.clear()
        self._context.notify(ChangeSet.everything())
        self._context.status(self.tr("%1 erased.").replace("%1", name))
