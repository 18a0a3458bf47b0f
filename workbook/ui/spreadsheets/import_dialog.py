"""File ▸ Import…: pick the sheet and what it holds, check the column mapping (matched from
English and German headers), see every row's problems, then import all rows or none."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
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
from workbook.spreadsheets.importing.shapes import ImportPreview
from workbook.ui.common import named, worker
from workbook.ui.common.display import Tone
from workbook.ui.spreadsheets.import_words import (
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
        self.mapping = named(QTableWidget(0, 3), "importMapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Imports into")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.rows = named(QTableWidget(0, 3), "importPreview")
        self.rows.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Row"), self.tr("Problems")])
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
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.mapping)
        splitter.addWidget(self.rows)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.buttons)

    @property
    def selected_kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

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
        guessed = auto_map(table.headers, kind)
        choices = [(None, self.tr("– ignore –"))] + [
            (field.key, field_label(field)) for field in fields(kind)
        ]
        self.mapping.setRowCount(len(table.headers))
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
        self._check_rows()

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
        self._start(lambda: _build_preview(imports, table, mapping, kind), self._show_preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        labels = {field.key: field_label(field) for field in fields(preview.kind)}
        shown = preview.rows[:SHOWN_ROWS]
        self.rows.setRowCount(len(shown))
        for index, row in enumerate(shown):
            problems = QTableWidgetItem(errors_text(row.errors, labels) or _fine(row.repeats))
            if row.errors:
                problems.setForeground(Tone.overdue.color())
            self.rows.setItem(index, 0, QTableWidgetItem(str(row.line)))
            self.rows.setItem(index, 1, QTableWidgetItem(row_summary(row.parsed)))
            self.rows.setItem(index, 2, problems)
        self.rows.resizeColumnToContents(0)
        self.rows.setColumnWidth(1, 320)
        ok, bad = preview.ok_count, preview.error_count
        # One sentence per count, singular or plural (German counts like English: 1 or more).
        ready = self.tr("1 row ready to import") if ok == 1 else self.tr("%1 rows ready to import")
        text = self.tr("%1, %2 with problems.").replace("%1", ready.replace("%1", str(ok)))
        text = text.replace("%2", str(bad))
        if repeats := preview.repeat_count:
            again = (
                self.tr("1 row repeats an earlier row and is imported once.")
                if repeats == 1
                else self.tr("%1 rows repeat an earlier row and are imported once.")
            )
            text += " " + again.replace("%1", str(repeats))
        if bad:
            text += " " + self.tr("Nothing is imported until every row is fine.")
        self.counts.setText(text)
        self.import_button.setEnabled(ok > 0 and bad == 0)

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
                   kind: ImportKind) -> ImportPreview:  # fmt: skip
    from workbook.spreadsheets.importing.preview import build_preview

    return build_preview(imports, table, mapping, kind)
