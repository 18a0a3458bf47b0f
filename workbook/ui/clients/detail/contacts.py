"""The client's contacts as cards, with Add / Edit / Remove."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout

from workbook.domain.changes import Entity
from workbook.ui.clients.detail.contact_list import ContactList
from workbook.ui.clients.detail.section import DetailSection, heading, rows_height
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.menu_button import MenuButton

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


class ContactsSection(DetailSection):
    add_contact = Signal()
    edit_contact = Signal(int)
    remove_contact = Signal(int)
    export_contact = Signal(int)
    erase_contact = Signal(int)
    entities = (Entity.contact,)

    def __init__(self, context: TabContext) -> None:
        super().__init__(context)
        self.heading = heading()
        self.contacts = ContactList()
        if not context.read_only:
            self.contacts.itemActivated.connect(lambda _item: self._emit(self.edit_contact))
        self.no_contacts = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "noContacts")
        self.no_contacts.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = named(QPushButton(), "addContact")
        self.edit_button = named(QPushButton(), "editContact")
        self.remove_button = named(QPushButton(), "removeContact")
        self.privacy_button = MenuButton("contactDataProtection")
        self.privacy_menu = QMenu(self.privacy_button)
        self.export_action = self.privacy_menu.addAction("")
        self.export_action.setObjectName("exportContactData")
        self.export_action.triggered.connect(lambda: self._emit(self.export_contact))
        self.erase_action = self.privacy_menu.addAction("")
        self.erase_action.setObjectName("eraseContact")
        self.erase_action.triggered.connect(lambda: self._emit(self.erase_contact))
        self.erase_action.setVisible(not context.read_only)
        self.privacy_button.setMenu(self.privacy_menu)
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_contact))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_contact))
        self.contacts.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
            if context.read_only:  # a read-only file offers no edits
                button.hide()
        buttons.addStretch(1)
        buttons.addWidget(self.privacy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(self.no_contacts, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def reload(self) -> None:
        rows = self.client.contacts if self.client else ()
        self.contacts.show_contacts(rows)
        self.contacts.setVisible(bool(rows))
        # two cards whole at least, so the pane never squeezes them into a slot of one
        self.contacts.setMinimumHeight(rows_height(self.contacts, 2))
        self.no_contacts.setVisible(not rows)
        self._update_buttons()

    def select_contact(self, contact_id: int) -> None:
        self.contacts.select(contact_id)

    def retranslate(self) -> None:
        self.heading.setText(translate("ClientDetailPane", "Contacts"))
        self.no_contacts.setText(
            translate("ClientDetailPane", "No contacts yet. Add the people you work with.")
        )
        # Short labels: they sit right under the "Contacts" heading.
        self.add_button.setText(translate("ClientDetailPane", "&Add…"))
        self.edit_button.setText(translate("ClientDetailPane", "Edit…"))
        self.remove_button.setText(translate("ClientDetailPane", "Remove"))
        self.privacy_button.setText(translate("ClientDetailPane", "Data protection"))
        self.export_action.setText(translate("ClientDetailPane", "Export personal data…"))
        self.erase_action.setText(translate("ClientDetailPane", "Erase contact…"))
        self.contacts.retranslate()

    def _emit(self, signal: SignalInstance) -> None:
        contact_id = self.contacts.selected_id()
        if contact_id is not None:
            signal.emit(contact_id)

    def _update_buttons(self) -> None:
        editable = not self.context.read_only
        has_selection = self.contacts.selected_id() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(has_selection and editable)
        self.remove_button.setEnabled(has_selection and editable)
        self.privacy_button.setEnabled(has_selection)
