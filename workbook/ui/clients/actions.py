"""The user's actions on clients and contacts, each one undoable command."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.domain.changes import ChangeSet
from workbook.domain.validation import ValidationError
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.ui.clients.dialogs import client_dialog, contact_dialog
from workbook.ui.common.context import TabContext
from workbook.ui.common.messages import problem_text
from workbook.ui.common.undo import run, run_create

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

    def _run(
        self, text: str, do: Callable[[], ChangeSet], undo: Callable[[], ChangeSet]
    ) -> ChangeSet:
        return run(self._context.undo_stack, text, do, undo, self._context.notify)

    # -- clients -----------------------------------------------------------------------------

    def create_client(self) -> int | None:
        created: list[int] = []

        def submit(data: ClientInput) -> None:
            created.append(
                run_create(
                    self._context.undo_stack,
                    self.tr("Create client %1").replace("%1", data.name.strip()),
                    lambda client_id: self._clients.create(data, client_id=client_id),
                    self._clients.erase,
                    self._context.notify,
                )
            )

        client_dialog(self._parent, submit, None).exec()
        return created[0] if created else None

    def edit_client(self, client_id: int) -> None:
        before = self._clients.get(client_id).as_input()

        def submit(data: ClientInput) -> None:
            self._run(
                self.tr("Edit client %1").replace("%1", before.name),
                lambda: self._clients.update(client_id, data),
                lambda: self._clients.update(client_id, before),
            )

        client_dialog(self._parent, submit, before).exec()

    def archive_client(self, client_id: int) -> None:
        name = self._clients.get(client_id).name
        self._run(
            self.tr("Archive client %1").replace("%1", name),
            lambda: self._clients.archive(client_id),
            lambda: self._clients.restore(client_id),
        )
        self._context.status(self.tr("%1 archived. Ctrl+Z brings it back.").replace("%1", name))

    def restore_client(self, client_id: int) -> None:
        name = self._clients.get(client_id).name
        try:
            self._run(
                self.tr("Restore client %1").replace("%1", name),
                lambda: self._clients.restore(client_id),
                lambda: self._clients.archive(client_id),
            )
        except ValidationError as refused:
            problem = next(iter(refused.by_field().values()))
            QMessageBox.warning(self._parent, self.tr("Cannot restore"), problem_text(problem))

    # -- contacts ----------------------------------------------------------------------------

    def add_contact(self, client_id: int) -> None:
        def submit(data: ContactInput) -> None:
            run_create(
                self._context.undo_stack,
                self.tr("Add contact %1").replace("%1", data.name.strip()),
                lambda contact_id: self._clients.add_contact(
                    client_id, data, contact_id=contact_id
                ),
                self._clients.remove_contact,
                self._context.notify,
            )

        contact_dialog(self._parent, submit, None).exec()

    def edit_contact(self, contact_id: int) -> None:
        before = self._clients.contact(contact_id)

        def submit(data: ContactInput) -> None:
            self._run(
                self.tr("Edit contact %1").replace("%1", before.name),
                lambda: self._clients.update_contact(contact_id, data),
                lambda: self._clients.update_contact(contact_id, before.as_input()),
            )

        contact_dialog(self._parent, submit, before.as_input()).exec()

    def remove_contact(self, contact_id: int) -> None:
        before = self._clients.contact(contact_id)
        answer = QMessageBox.question(
            self._parent,
            self.tr("Remove contact"),
            self.tr("Remove %1 from this client's contacts?").replace("%1", before.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(
            self.tr("Remove contact %1").replace("%1", before.name),
            lambda: self._clients.remove_contact(contact_id),
            lambda: self._clients.add_contact(
                before.client_id, before.as_input(), contact_id=contact_id
            ),
        )
