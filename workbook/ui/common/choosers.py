"""Choosing a client (and one of its engagements): the filter of the lists across clients, and
the client and engagement fields of the forms that record something about a client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from workbook.services.clients.shapes import ClientQuery
from workbook.services.engagements.shapes import EngagementQuery
from workbook.ui.common.fields import ReferenceField

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace

# A consultant has tens to hundreds of clients; the choosers list this many at most.
CLIENT_CHOICES = 2000


def client_choices(workspace: Workspace, current: int | None = None) -> list[tuple[int, str]]:
    """The active clients by name; an archived one a record already belongs to stays in."""
    clients = workspace.clients
    choices = [(c.id, c.name) for c in clients.list(ClientQuery(), limit=CLIENT_CHOICES)]
    if current and all(client_id != current for client_id, _ in choices):
        choices.append((current, clients.get(current).name))
    return choices


def follow_client(
    workspace: Workspace, client: ReferenceField, engagement: ReferenceField, none_text: str
) -> None:
    """The engagement field offers the chosen client's engagements, and changes with it."""

    def fill() -> None:
        chosen = engagement.get()
        engagement.combo.clear()
        engagement.combo.addItem(none_text, None)
        if (client_id := client.get()) is not None:
            for row in workspace.engagements.list(EngagementQuery(client_id=client_id)):
                engagement.combo.addItem(f"{row.reference} · {row.title}", row.id)
        engagement.set(chosen)

    client.combo.currentIndexChanged.connect(fill)
    fill()


class ClientFilter(QComboBox):
    """ "All clients" or one of them, for a list across clients."""

    def __init__(self, name: str, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName(name)
        self._workspace = workspace
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def client_id(self) -> int | None:
        data = self.currentData()
        return None if data is None else int(data)

    def refill(self) -> None:
        """The clients as they are now (and the words of the language now); the choice kept."""
        current = self.currentData()
        self.clear()
        self.addItem(QCoreApplication.translate("ClientFilter", "All clients"), None)
        for client_id, name in client_choices(self._workspace):
            self.addItem(name, client_id)
        self.setCurrentIndex(max(0, self.findData(current)))

    def choose(self, client_id: int) -> None:
        if self.findData(client_id) < 0:  # a client new since the last fill
            self.refill()
        self.setCurrentIndex(max(0, self.findData(client_id)))
