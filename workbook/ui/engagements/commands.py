"""Creating and editing an engagement, each one undoable command (the New dialog included)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from workbook.presentation.labels import engagement_name
from workbook.services.clients.shapes import ClientQuery
from workbook.services.engagements.shapes import EngagementInput
from workbook.ui.common.context import TabContext
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.engagements.overview_fields import (
    link_billing,
    make_engagement_input,
    overview_fields,
)

if TYPE_CHECKING:
    from workbook.services.engagements.service import EngagementService
    from workbook.services.written import Written

# A consultant has tens to hundreds of clients; the choosers list this many at most.
CLIENT_CHOICES = 2000
NEW_DIALOG_WIDTH = 800  # pixels


class EngagementCommands(QObject):
    def __init__(self, parent: QWidget, context: TabContext) -> None:
        super().__init__(parent)
        self._parent = parent
        self.context = context

    @property
    def _engagements(self) -> EngagementService:
        return self.context.workspace.engagements

    def client_choices(self) -> list[tuple[int, str]]:
        clients = self.context.workspace.clients.list(ClientQuery(), limit=CLIENT_CHOICES)
        return [(client.id, client.name) for client in clients]

    def create(self, client_id: int | None = None) -> int | None:
        created: list[int] = []

        def named(written: Written) -> str:
            # the reference is given on saving: the step is named once it is known
            assert written.created_id is not None
            made = self._engagements.get(written.created_id)
            return self.tr("New engagement %1").replace(
                "%1", engagement_name(made.reference, made.title)
            )

        def submit(data: EngagementInput) -> None:
            written = self.context.run(named, lambda: self._engagements.create(data))
            assert written.created_id is not None
            created.append(written.created_id)

        # A new engagement starts with the practice's currency and hourly rate.
        practice = self.context.workspace.practice.profile()
        initial = EngagementInput(
            client_id=client_id or 0, title="", currency=practice.currency or "EUR",
            hourly_rate=practice.hourly_rate,
        )  # fmt: skip
        dialog = RecordDialog(
            self._parent,
            self.tr("New engagement"),
            overview_fields(self.client_choices()),
            make_engagement_input,
            submit,
            initial,
        )
        dialog.setObjectName("NewEngagementDialog")
        # wide enough for the short fields side by side to show their hints whole
        dialog.resize(NEW_DIALOG_WIDTH, dialog.height())
        link_billing(dialog.form)
        dialog.exec()
        return created[0] if created else None

    def update(self, engagement_id: int, data: EngagementInput, *, version: int) -> None:
        """Raises what the service refuses with (ValidationError, Conflict…): nothing saved."""
        shown = self._engagements.get(engagement_id)
        self.context.run(
            self.tr("Edit engagement %1").replace(
                "%1", engagement_name(shown.reference, shown.title)
            ),
            lambda: self._engagements.update(engagement_id, data, version=version),
        )
