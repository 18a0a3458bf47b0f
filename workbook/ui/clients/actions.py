"""The user's actions on clients and contacts, each one undoable command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.ui.clients.dialogs import client_dialog, contact_dialog
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.context import TabContext

if TYPE_CHECKING:  # keeps SQLAlchemy out of the start-up path
    from workbook.services.clients.service import ClientService


class ClientActions(QObject):
    def __init__(self, parent: QWidget, context: TabContext) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context

    @property
    def _clients(self) -> ClientService:
        return self._context.workspace.clients

    # -- clients -----------------------------------------------------------------------------

    def create_client(self) -> int | None:
        created: list[int] = []

        def submit(data: ClientInput) -> None:
            text = self.tr("Create client %1").replace("%1", data.name.strip())
            written = self._context.run(text, lambda: self._clients.create(data))
            assert written.created_id is not None
            created.append(written.created_id)

        interval = self._context.preferences.feedback_interval_days
        client_dialog(self._parent, submit, None, feedback_interval_days=interval).exec()
        return created[0] if created else None

    def edit_client(self, client_id: int) -> None:
        before = EditBase.of(lambda: self._clients.get(client_id))

        def submit(data: ClientInput) -> None:
            self._context.run(
                self.tr("Edit client %1").replace("%1", before.values.name),
                lambda: self._clients.update(client_id, data, version=before.version),
            )

        client_dialog(self._parent, submit, before).exec()

    def archive_client(self, client_id: int) -> None:
        client = self._clients.get(client_id)
        archived = self._context.attempt(
            self.tr("Archive client %1").replace("%1", client.name),
            lambda: self._clients.archive(client_id, version=client.version),
        )
        if archived is not None:
            self._context.status(
                self.tr("%1 archived. Ctrl+Z brings it back.").replace("%1", client.name)
            )

    def restore_client(self, client_id: int) -> None:
        client = self._clients.get(client_id)
        self._context.attempt(
            self.tr("Restore client %1").replace("%1", client.name),
            lambda: self._clients.unarchive(client_id, version=client.version),
        )

    # -- contacts ----------------------------------------------------------------------------

    def add_contact(self, client_id: int) -> None:
        def submit(data: ContactInput) -> None:
            self._context.run(
                self.tr("Add contact %1").replace("%1", data.name.strip()),
                lambda: self._clients.add_contact(client_id, data),
            )

        contact_dialog(self._parent, submit, None).exec()

    def edit_contact(self, contact_id: int) -> None:
        before = EditBase.of(lambda: self._clients.contact(contact_id))

        def submit(data: ContactInput) -> None:
            self._context.run(
                self.tr("Edit contact %1").replace("%1", before.values.name),
                lambda: self._clients.update_contact(contact_id, data, version=before.version),
            )

        contact_dialog(self._parent, submit, before).exec()

    def remove_contact(self, contact_id: int) -> None:
        before = self._clients.contact(contact_id)
        answer = QMessageBox.question(
            self._parent,
            self.tr("Remove contact"),
            self.tr("Remove %1 from this client's contacts?").replace("%1", before.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._context.attempt(
            self.tr("Remove contact %1").replace("%1", before.name),
            lambda: self._clients.remove_contact(contact_id, version=before.version),
        )
