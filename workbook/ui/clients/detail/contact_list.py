"""A client's contacts as compact cards: name, role and department, e-mail and phone.

A client has a handful of contacts, so a QListWidget is right here; six table columns would
not fit beside the clients list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from workbook.services.clients.shapes import ContactRow


class ContactList(QListWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("contactList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSpacing(2)
        self._rows: tuple[ContactRow, ...] = ()

    def show_contacts(self, rows: tuple[ContactRow, ...]) -> None:
        selected = self.selected_id()
        self._rows = rows
        self.clear()
        for row in rows:
            item = QListWidgetItem(self._card(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.notes[:1000] if row.notes else "")
            self.addItem(item)
        if selected is not None:
            self.select(selected)

    def retranslate(self) -> None:
        self.show_contacts(self._rows)

    def selected_id(self) -> int | None:
        items = self.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select(self, contact_id: int) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == contact_id:
                self.setCurrentRow(row)

    @staticmethod
    def _card(row: ContactRow) -> str:
        main = QCoreApplication.translate("ContactList", "primary contact")
        lines = [f"{row.name}  ★ {main}" if row.is_primary else row.name]
        lines += [
            " · ".join(part for part in parts if part)
            for parts in ((row.role, row.department), (row.email, row.phone))
        ]
        return "\n".join(line for line in lines if line)
