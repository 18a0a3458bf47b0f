"""Edit ▸ Preferences… (Ctrl+,): every setting in one dialog. General, Warnings and Backups are
this computer's settings (no undo; Restore defaults resets them); Your practice, Competences and
Capacity live in the database (shared with the command line and colleagues) and their edits
are undoable steps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.validation import ValidationError
from workbook.services.errors import REFUSALS, Conflict
from workbook.ui.common import named
from workbook.ui.common.conflicts import EditBase, settle
from workbook.ui.common.messages import failure_text
from workbook.ui.common.record_form import FormGroup
from workbook.ui.shell.preferences.settings_pages import (
    BackupsPage,
    Chosen,
    GeneralPage,
    WarningsPage,
    chosen_on,
    defaults,
)

if TYPE_CHECKING:
    from workbook.ui.common.context import TabContext
    from workbook.ui.practice.capacity_page import CapacityPage
    from workbook.ui.practice.profile_page import ProfilePage


class Page:
    """The keys of the pages, to open the dialog on one of them."""

    general = "general"
    warnings = "warnings"
    backups = "backups"
    practice = "practice"
    competences = "competences"
    capacity = "capacity"


@dataclass(frozen=True)
class _Entry:
    key: str
    title: str
    widget: QWidget


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class PreferencesDialog(QDialog):
    def __init__(
        self, parent: QWidget, chosen: Chosen, context: TabContext | None, *,
        on_server: bool = False,
    ) -> None:  # fmt: skip
        """`context` None: no database is open, so only this computer's settings show;
        `on_server`: the one open is on a server (the Backups page says what that means)."""
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.context = context
        self.general = GeneralPage()
        self.warnings = WarningsPage()
        self.backups = BackupsPage(on_server=on_server)
        translate = QCoreApplication.translate
        entries = [
            _Entry(Page.general, translate("PreferencesDialog", "General"), self.general),
            _Entry(Page.warnings, translate("PreferencesDialog", "Warnings"), self.warnings),
            _Entry(Page.backups, translate("PreferencesDialog", "Backups"), self.backups),
        ]
        self.profile: ProfilePage | None = None
        self.capacity: CapacityPage | None = None
        if context is not None:
            entries += self._practice_pages(context)
        self.pages = named(QListWidget(), "preferencePages")
        self.stack = QStackedWidget()
        self._keys: list[str] = []
        for entry in entries:
            self.pages.addItem(entry.title)
            self.stack.addWidget(_scrolled(entry.widget))
            self._keys.append(entry.key)
        self.pages.setFixedWidth(self.pages.sizeHintForColumn(0) + 24)
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setObjectName("restoreDefaults")
        restore.setToolTip(
            self.tr(
                "General, Warnings and Backups back to their defaults; your practice stays as it is"
            )
        )
        restore.clicked.connect(self.restore_defaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        for page in (self.general, self.warnings, self.backups):
            page.fill(chosen)
        self.chosen = chosen
        self.show_page(Page.general)
        self.resize(920, 640)

    def _practice_pages(self, context: TabContext) -> list[_Entry]:
        from workbook.ui.practice.capacity_page import CapacityPage
        from workbook.ui.practice.competences_page import CompetencesPage
        from workbook.ui.practice.profile_page import ProfilePage

        translate = QCoreApplication.translate
        self.profile = ProfilePage()
        self.capacity = CapacityPage(context)
        self.competences = CompetencesPage(context)
        self._practice_form = FormGroup(self.profile.contact, self.profile.words,
                                        self.capacity.form)  # fmt: skip
        self._saved = EditBase.of(context.workspace.practice.profile)
        self._practice_form.fill(self._saved.values)
        editable = not context.read_only
        for widget in (self.profile, self.capacity, self.competences):
            widget.setEnabled(editable)
        return [
            _Entry(Page.practice, translate("PreferencesDialog", "Your practice"), self.profile),
            _Entry(Page.competences, translate("PreferencesDialog", "Competences"),
                   self.competences),
            _Entry(Page.capacity, translate("PreferencesDialog", "Capacity"), self.capacity),
        ]  # fmt: skip

    def show_page(self, key: str) -> None:
        if key in self._keys:
            self.pages.setCurrentRow(self._keys.index(key))

    def restore_defaults(self) -> None:
        for page in (self.general, self.warnings, self.backups):
            page.fill(defaults())

    def accept(self) -> None:
        """Saves and closes; a value refused at its field keeps the dialog open on its page."""
        try:
            chosen = chosen_on(self.general, self.warnings, self.backups)
        except ValueError:
            self.show_page(Page.general)
            return
        if not self._save_practice():
            return
        self.chosen = chosen
        super().accept()

    def _save_practice(self) -> bool:
        context, profile, capacity = self.context, self.profile, self.capacity
        if context is None or profile is None or capacity is None or context.read_only:
            return True
        from workbook.services.practice.shapes import ProfileInput

        try:
            values = profile.values()
            data = ProfileInput(**values, hours_per_week=capacity.hours.get())
        except ValidationError as refused:
            self._show_problems(refused)
            return False
        saved = self._saved
        if data == saved.values:
            return True  # nothing changed: no undo step
        try:
            context.run(
                self.tr("Edit your practice"),
                lambda: context.workspace.practice.save_profile(data, version=saved.version),
            )
        except ValidationError as refused:
            self._show_problems(refused)
            return False
        except Conflict as refused:
            settle(self, refused, self._practice_form, data, saved)
            return False
        except REFUSALS as refused:
            QMessageBox.warning(self, self.windowTitle(), failure_text(refused))
            return False
        return True

    def _show_problems(self, refused: ValidationError) -> None:
        assert self.profile is not None
        assert self.capacity is not None
        problems = refused.by_field()
        self.profile.show_problems(problems)
        self.capacity.form.show_problems(problems)
        self.show_page(Page.practice if self.profile.handles(refused) else Page.capacity)
