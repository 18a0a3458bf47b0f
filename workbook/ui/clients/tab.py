"""Clients tab: filterable list (sorted and paged in SQL) beside the selected client's details."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QMenu, QSplitter, QVBoxLayout

from workbook.domain.changes import ChangeSet, Entity
from workbook.presentation.columns import CLIENT_COLUMNS
from workbook.services.clients.shapes import ClientQuery, ClientRow, ClientSort
from workbook.ui.clients.actions import ClientActions
from workbook.ui.clients.detail.pane import ClientDetailPane
from workbook.ui.clients.privacy import PrivacyActions
from workbook.ui.common import named
from workbook.ui.common.context import Selection, TabContext
from workbook.ui.common.i18n import format_date
from workbook.ui.common.layout_memory import remember_split
from workbook.ui.common.list_tab import ListTab
from workbook.ui.common.menu_button import MenuButton
from workbook.ui.common.table_model import FetchPage
from workbook.ui.common.tone import Tone

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


def _tone(row: ClientRow, column: str) -> Tone | None:
    if row.archived:
        return Tone.muted
    if column == "days_since_feedback" and row.feedback_overdue:
        return Tone.overdue  # silent longer than the interval agreed with this client
    return None


def _tip(row: ClientRow, column: str) -> str | None:
    """The days since feedback, explained: against which interval, since which day."""
    if column != "days_since_feedback":
        return None
    every = translate("ClientsTab", "Feedback agreed every %1 days.").replace(
        "%1", QLocale().toString(row.feedback_interval_days)
    )
    if row.last_feedback is None:
        return f"{every}\n" + translate("ClientsTab", "No feedback recorded yet.")
    last = translate("ClientsTab", "Last feedback on %1 (a meeting, call, feedback or rating).")
    return f"{every}\n" + last.replace("%1", format_date(row.last_feedback))


# what fits beside the client pane at 1280 pixels (the pane shows the engagements); the
# header's menu shows the others
_HIDDEN = frozenset({"industry", "engagements", "tags"})


class ClientsTab(ListTab[ClientRow]):
    def __init__(self, context: TabContext) -> None:
        super().__init__("clients", context, CLIENT_COLUMNS, lambda row: row.id, _tone, _tip,
                         hidden=_HIDDEN)  # fmt: skip
        self._query = ClientQuery()
        self.client_actions = ClientActions(self, context)
        self.show_archived = named(QCheckBox(), "showArchived")
        self.show_archived.toggled.connect(self.apply_filter)
        self.new_action = self.add_action("newClient", QKeySequence.StandardKey.New, self._create)
        self.edit_action = self.add_action("editClient", QKeySequence(Qt.Key.Key_F2), self._edit)
        self.archive_action = self.add_action(
            "archiveClient", QKeySequence.StandardKey.Delete, self._archive_or_restore
        )
        self.dossier_action = self.add_action(
            "exportDossier", QKeySequence("Ctrl+Shift+E"), self._export_dossier
        )
        self.view.activated.connect(lambda _index: self._edit())
        self.privacy = PrivacyActions(self, context)
        self.personal_data_action = named(QAction(self), "exportPersonalData")
        self.personal_data_action.triggered.connect(self.for_selected(self.privacy.export_client))
        self.erase_action = named(QAction(self), "eraseClient")
        self.erase_action.triggered.connect(self.for_selected(self.privacy.erase_client))
        self.privacy_button = MenuButton("dataProtection")
        privacy_menu = QMenu(self.privacy_button)
        privacy_menu.addActions([self.personal_data_action, self.erase_action])
        self.privacy_button.setMenu(privacy_menu)
        self.detail = ClientDetailPane(context)
        contacts = self.detail.contacts
        contacts.export_contact.connect(self.privacy.export_contact)
        contacts.erase_contact.connect(self.privacy.erase_contact)
        contacts.add_contact.connect(self._add_contact)
        contacts.edit_contact.connect(self.client_actions.edit_contact)
        contacts.remove_contact.connect(self.client_actions.remove_contact)
        self.detail.engagements.open_engagement.connect(context.navigate.open_engagement)
        self.detail.engagements.show_engagements.connect(context.navigate.show_client_engagements)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        remember_split(splitter, "clientsSplit", context.layout)
        layout = QVBoxLayout(self)
        actions = (self.new_action, self.edit_action, self.archive_action, self.dossier_action)
        layout.addLayout(self.toolbar(actions, self.count, self.privacy_button, self.show_archived))
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name, industry, tag or contact (Ctrl+F)"))
        self.show_archived.setText(self.tr("Sho&w archived"))
        self.new_action.setText(self.tr("&New client…"))
        self.new_action.setToolTip(self.tr("Create a client (Ctrl+N)"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.edit_action.setToolTip(self.tr("Edit the selected client (F2 or Enter)"))
        self.dossier_action.setText(self.tr("E&xport dossier…"))
        self.dossier_action.setToolTip(
            self.tr("Export this client's dossier as an Excel workbook (Ctrl+Shift+E)")
        )
        self.privacy_button.setText(self.tr("Data &protection"))
        self.privacy_button.setToolTip(
            self.tr("Export or erase everything stored about the selected client")
        )
        self.personal_data_action.setText(self.tr("Export &personal data…"))
        self.erase_action.setText(self.tr("E&rase client…"))
        super().retranslate()
        self._update_actions()

    # -- data --------------------------------------------------------------------------------

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.client, Entity.contact, Entity.engagement, Entity.journal):
            self.refresh_or_reload(changes, Entity.client)
        else:
            # Only the pane shows clarification and goals (per engagement); the list does not,
            # so an answer does not re-query 200k rows.
            self.detail.refresh(changes)

    def counter(self) -> Callable[[], int]:
        query, clients = self._query, self.context.workspace.clients
        return lambda: clients.count(query)

    def count_text(self, count: int) -> str:
        return self.tr("Clients: %1").replace("%1", str(count))

    def fetch(self, ids: frozenset[int] | None = None) -> FetchPage[ClientRow]:
        query = dataclasses.replace(self._query, ids=ids)
        clients = self.context.workspace.clients
        return lambda offset, limit: clients.list(query, offset=offset, limit=limit)

    def page_shown(self) -> None:
        if self.selected_row() is None and self.model.rowCount() > 0:
            self.view.selectRow(0)  # a filled detail pane from the start

    def show_client(self, client_id: int, contact_id: int | None = None) -> None:
        """Select the client (and contact) even when a filter or the archive hides it."""
        if self.model.row_of(client_id) is None:
            self.filter.clear()
            self.show_archived.setChecked(True)
            self.apply_filter()
        self.select(client_id)
        if contact_id is not None:
            self.detail.contacts.select_contact(contact_id)
        self.take_focus()

    def sort_by(self, key: str, descending: bool) -> None:
        self._query = dataclasses.replace(self._query, sort=ClientSort(key), descending=descending)
        self.reload()

    def apply_filter(self) -> None:
        self._query = dataclasses.replace(
            self._query, text=self.filter.text(), include_archived=self.show_archived.isChecked()
        )
        self.reload()

    def selection_changed(self) -> None:
        row = self.selected_row()
        self.detail.show_client(self.context.workspace.clients.get(row.id) if row else None, row)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.selected_row()
        editable = not self.context.read_only
        self.new_action.setEnabled(editable)
        self.dossier_action.setEnabled(row is not None)
        self.personal_data_action.setEnabled(row is not None)
        self.erase_action.setEnabled(row is not None and editable)
        self.privacy_button.setEnabled(row is not None)
        for action in (self.edit_action, self.archive_action):
            action.setEnabled(row is not None and editable)
        restoring = row is not None and row.archived
        self.archive_action.setText(self.tr("&Restore") if restoring else self.tr("&Archive"))
        self.archive_action.setToolTip(
            self.tr("Bring the selected client back to the active list")
            if restoring
            else self.tr("Move the selected client to the archive (Del)")
        )

    def current_selection(self) -> Selection:
        """The selected client (Ctrl+J records a contact with it)."""
        row = self.selected_row()
        return Selection(None if row is None else row.id)

    def empty_text(self) -> str:
        """The truth about an empty list: archived clients may be what is missing."""
        text = self._query.text.strip()
        clients = self.context.workspace.clients
        hidden = not self._query.include_archived and clients.count(
            dataclasses.replace(self._query, include_archived=True)
        )
        show = self.show_archived.text().replace("&", "")
        if text:
            found = self.tr("No client matches “%1”.").replace("%1", text)
            if hidden:
                found += "\n" + self.tr("Archived ones are hidden: tick “%1” to include them.")
            return found.replace("%1", show)
        if hidden:
            return self.tr(
                "No active clients. Archived clients are hidden: tick “%1” to see them,\n"
                "or press Ctrl+N to create a client."
            ).replace("%1", show)
        return self.tr("No clients yet.\nPress Ctrl+N to create your first client.")

    # -- actions -----------------------------------------------------------------------------

    def _create(self) -> None:
        created = self.client_actions.create_client()
        if created is not None:
            self.select(created)

    def _edit(self) -> None:
        row = self.selected_row()
        if row is not None and self.edit_action.isEnabled():
            self.client_actions.edit_client(row.id)

    def _archive_or_restore(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.archived:
            self.client_actions.restore_client(row.id)
        else:
            self.client_actions.archive_client(row.id)

    def _export_dossier(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.context.navigate.export_dossier(row.id, row.name)  # the window runs it

    def _add_contact(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.client_actions.add_contact(row.id)
