"""File ▸ Import…: pick the sheet and what it holds, check the column mapping (matched from
English and German headers, the mail programs' contact exports among them; several columns
mapped to one field are joined), choose whether clients that exist are updated, see what
every row does and its problems, then import all rows or none."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbook.spreadsheets.importing.fields import ImportKind, auto_map, fields
from workbook.spreadsheets.importing.problems import ImportRefused
from workbook.spreadsheets.importing.reading import RawTable, read_sheets, read_table
from workbook.spreadsheets.importing.shapes import ImportPreview, RowAction
from workbook.ui.common import named, worker
from workbook.ui.common.tone import Tone
from workbook.ui.spreadsheets.import_words import (
    action_label,
    counts_text,
    errors_text,
    field_label,
    refusal_text,
    row_summary,
)

if TYPE_CHECKING:
    from workbook.services.importing.service import ImportService

PREVIEW_DELAY_MS = 150  # let a burst of mapping changes settle before checking the rows
SHOWN_ROWS = 2000  # the preview lists this many rows; the counts cover all of them


def _kind_label(kind: ImportKind) -> str:
    translate = QCoreApplication.translate
    labels = {
        ImportKind.clients: translate("ImportDialog", "Clients (one contact per row allowed)"),
        ImportKind.contacts: translate("ImportDialog", "Contacts of clients"),
        ImportKind.journal: translate("ImportDialog", "Journal entries"),
    }
    return labels[kind]


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, imports: ImportService, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self._imports = imports
        self._path = path
        self._table: RawTable | None = None
        self.preview: ImportPreview | None = None
        self._generation = 0
        self._build()
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(900, 640)
        sheets = read_sheets(path)
        self.sheet.addItems(sheets)
        self.sheet.setCurrentIndex(_first_importable(sheets))
        self._guess_kind()
        self._load_sheet()

    def _build(self) -> None:
        self.sheet = named(QComboBox(), "importSheet")
        self.kind = named(QComboBox(), "importKind")
        for kind in ImportKind:
            self.kind.addItem(_kind_label(kind), kind.value)
        self.sheet.activated.connect(self._sheet_chosen)
        self.kind.activated.connect(lambda _: self._remap())
        self.update_existing = named(
            QCheckBox(self.tr("&Update clients that exist already")), "importUpdate"
        )
        self.update_existing.setToolTip(
            self.tr("A row naming a client of the workbook fills in the fields it has a value "
                    "for and adds the contacts the client has not got.")
        )  # fmt: skip
        self.update_existing.toggled.connect(lambda _: self._check_rows())
        self.mapping = named(QTableWidget(0, 3), "importMapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Imports into")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        # Tab goes from one column's choice to the next, not from cell to cell
        self.mapping.setTabKeyNavigation(False)
        self.mapping.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping_label = QLabel(self.tr("Column &mapping:"))
        self.mapping_hint = named(QLabel(self.tr(
            "To join columns, map them to the same field: street, postcode, city and country "
            "make one address, first and last name one name.")), "importMappingHint")  # fmt: skip
        self.mapping_hint.setWordWrap(True)
        self.rows = named(QTableWidget(0, 4), "importPreview")
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Import as"), self.tr("Row"), self.tr("Problems")]
        )
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts = named(QLabel(), "importCounts")
        self.counts.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._check_rows)
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Contains:"), self.kind)
        form.addRow("", self.update_existing)
        mapping = QWidget()
        mapping_layout = QVBoxLayout(mapping)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(self.mapping_label)
        mapping_layout.addWidget(self.mapping_hint)
        mapping_layout.addWidget(self.mapping, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping)
        splitter.addWidget(self.rows)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.buttons)

    @property
    def selected_kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    @property
    def updating(self) -> bool:
        return self.selected_kind is ImportKind.clients and self.update_existing.isChecked()

    def _guess_kind(self) -> None:
        """A sheet the export wrote says what it holds ("Contacts", "Journal", in en or de)."""
        name = self.sheet.currentText().casefold()
        guesses = {ImportKind.contacts: ("contact", "ansprechpartner"),
                   ImportKind.journal: ("journal",)}  # fmt: skip
        kind = next((k for k, words in guesses.items() if any(w in name for w in words)),
                    ImportKind.clients)  # fmt: skip
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _sheet_chosen(self) -> None:
        self._guess_kind()
        self._load_sheet()

    def _load_sheet(self) -> None:
        self._busy(self.tr("Reading the file…"))
        path, sheet = self._path, self.sheet.currentText() or None
        self._start(lambda: read_table(path, sheet), self._sheet_loaded)

    def _sheet_loaded(self, table: RawTable) -> None:
        self._table = table
        self._remap()

    def _remap(self) -> None:
        table = self._table
        if table is None:
            return
        kind = self.selected_kind
        self.update_existing.setVisible(kind is ImportKind.clients)
        guessed = auto_map(table.headers, kind)
        choices = [(None, self.tr("– ignore –"))] + [
            (field.key, field_label(field)) for field in fields(kind)
        ]
        self.mapping.setRowCount(len(table.headers))
        combos: list[QWidget] = []
        for index, header in enumerate(table.headers):
            first = next((row[index] for row in table.rows if row[index] not in (None, "")), "")
            self.mapping.setItem(index, 0, QTableWidgetItem(header))
            self.mapping.setItem(index, 1, QTableWidgetItem(_sample(first)))
            combo = QComboBox()
            combo.setObjectName(f"map_{index}")
            for key, text in choices:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(index))))
            combo.currentIndexChanged.connect(lambda _: self._timer.start())
            self.mapping.setCellWidget(index, 2, combo)
            combos.append(combo)
        self._chain_focus(combos)
        self._check_rows()

    def _chain_focus(self, combos: list[QWidget]) -> None:
        """Tab order: sheet, contents, update, each column's field in file order, the rows,
        the buttons; Alt+M (the mapping's mnemonic) goes to the first column's field."""
        chain = [self.sheet, self.kind, self.update_existing, *combos, self.rows,
                 self.import_button]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.mapping_label.setBuddy(combos[0] if combos else self.mapping)

    def current_mapping(self) -> dict[int, str]:
        mapping: dict[int, str] = {}
        for index in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(index, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[index] = str(combo.currentData())
        return mapping

    def _check_rows(self) -> None:
        table = self._table
        if table is None:
            return
        self._busy(self.tr("Checking the rows…"))
        imports, mapping, kind = self._imports, self.current_mapping(), self.selected_kind
        update = self.updating
        self._start(lambda: _build_preview(imports, table, mapping, kind, update),
                    self._show_preview)  # fmt: skip

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        labels = {field.key: field_label(field) for field in fields(preview.kind)}
        shown = preview.rows[:SHOWN_ROWS]
        self.rows.setRowCount(len(shown))
        for index, row in enumerate(shown):
            problems = QTableWidgetItem(errors_text(row.errors, labels) or _fine(row.repeats))
            if row.errors:
                problems.setForeground(Tone.overdue.color())
            action = QTableWidgetItem(action_label(row.action))
            if row.action is RowAction.unchanged:
                action.setForeground(Tone.muted.color())
            self.rows.setItem(index, 0, QTableWidgetItem(str(row.line)))
            self.rows.setItem(index, 1, action)
            self.rows.setItem(index, 2, QTableWidgetItem(row_summary(row.parsed)))
            self.rows.setItem(index, 3, problems)
        self.rows.resizeColumnToContents(0)
        self.rows.resizeColumnToContents(1)
        self.rows.setColumnWidth(2, 320)
        self.counts.setText(counts_text(preview, updating=self.updating))
        changes = any(row.action is not RowAction.unchanged for row in preview.rows)
        self.import_button.setEnabled(preview.ok_count > 0 and not preview.has_errors and changes)

    def _busy(self, text: str) -> None:
        self.import_button.setEnabled(False)
        self.counts.setText(text)

    def _start(self, work: Any, done: Any) -> None:
        """Only the newest job's answer counts: a slow preview of the sheet chosen before must
        not overwrite the one for the sheet chosen now."""
        self._generation += 1
        generation = self._generation

        def finished(result: Any) -> None:
            if generation == self._generation:
                done(result)

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._failed(error)

        worker.start(work, finished, failed)

    def _failed(self, error: Exception) -> None:
        self.counts.setText(refusal_text(error) if isinstance(error, ImportRefused) else str(error))


def _fine(repeats: int | None) -> str:
    if repeats is None:
        return "✓"
    text = QCoreApplication.translate("ImportDialog", "same as line %1: imported once")
    return text.replace("%1", str(repeats))


def _first_importable(sheets: list[str]) -> int:
    """A status workbook starts with its Overview, which holds nothing to import: begin with
    its Clients sheet (in either language) when there is one."""
    names = [sheet.casefold() for sheet in sheets]
    return next((names.index(n) for n in ("clients", "kunden") if n in names), 0)


def _sample(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # spreadsheets store 2 as 2.0
    return str(value)[:80]


def _build_preview(imports: ImportService, table: RawTable, mapping: dict[int, str],
                   kind: ImportKind, update: bool) -> ImportPreview:  # fmt: skip
    from workbook.spreadsheets.importing.preview import build_preview

    return build_preview(imports, table, mapping, kind, update=update)
