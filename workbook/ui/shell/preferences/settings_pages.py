"""The Preferences pages over this computer's settings: General (language, new clients,
exports), Warnings (the thresholds the views warn at) and Backups (how many automatic backups
stay). Spin boxes keep numbers in range; the export folder is checked at its field."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from workbook.domain.backup_rotation import ROTATION, Rotation
from workbook.domain.feedback import FEEDBACK_INTERVAL_DAYS
from workbook.domain.handover import DEFAULT_TERMS, HandoverTerms
from workbook.domain.scope_creep import SCOPE_CREEP_THRESHOLD
from workbook.domain.support_terms import NOTICE_WARNING_DAYS
from workbook.domain.validation import FEEDBACK_INTERVAL_RANGE
from workbook.ui.common import named
from workbook.ui.common.form import FieldWithError
from workbook.ui.common.i18n import system_language
from workbook.ui.shell.settings import (
    DAILY_BACKUPS_RANGE,
    HORIZON_RANGE,
    MINIMUM_RANGE,
    MONTHLY_BACKUPS_RANGE,
    NOTICE_WARNING_RANGE,
    THRESHOLD_RANGE,
    WEEKLY_BACKUPS_RANGE,
    Settings,
)


@dataclass(frozen=True)
class Chosen:
    """What the settings pages hold: written to Settings on OK."""

    language: str
    feedback_interval_days: int
    export_folder: Path | None
    scope_creep_threshold: Decimal
    handover_terms: HandoverTerms
    notice_warning_days: int
    backup_rotation: Rotation


def current(settings: Settings, language: str) -> Chosen:
    return Chosen(
        language, settings.feedback_interval_days, settings.export_folder,
        settings.scope_creep_threshold, settings.handover_terms, settings.notice_warning_days,
        settings.backup_rotation,
    )  # fmt: skip


def store(settings: Settings, chosen: Chosen) -> None:
    """Keep `chosen` in `settings`; the language is switched by the window (it retranslates)."""
    settings.feedback_interval_days = chosen.feedback_interval_days
    settings.export_folder = chosen.export_folder
    settings.scope_creep_threshold = chosen.scope_creep_threshold
    settings.handover_terms = chosen.handover_terms
    settings.notice_warning_days = chosen.notice_warning_days
    settings.backup_rotation = chosen.backup_rotation


def defaults() -> Chosen:
    return Chosen(
        system_language(), FEEDBACK_INTERVAL_DAYS, None, SCOPE_CREEP_THRESHOLD, DEFAULT_TERMS,
        NOTICE_WARNING_DAYS, ROTATION,
    )  # fmt: skip


def _spin(name: str, bounds: tuple[int, int], suffix: str) -> QSpinBox:
    spin = named(QSpinBox(), name)
    spin.setRange(*bounds)
    spin.setSuffix(suffix)
    spin.setMinimumWidth(120)
    spin.setMaximumWidth(160)
    return spin


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _row(form: QFormLayout, text: str, editor: QWidget, note: str = "") -> None:
    label = QLabel(text)
    label.setBuddy(editor)
    form.addRow(label, editor)
    if note:
        form.addRow("", _note(note))


class GeneralPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.language = named(QComboBox(), "language")
        self.language.setMaximumWidth(200)
        # Language names stay in their own language, so a user can always find theirs.
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.feedback_interval = _spin(
            "feedbackInterval", FEEDBACK_INTERVAL_RANGE, self.tr(" days")
        )
        self.folder = named(QLineEdit(), "exportFolder")
        self.folder.setPlaceholderText(self.tr("the Documents folder"))
        self.folder.setClearButtonEnabled(True)
        browse = named(QPushButton(self.tr("&Browse…")), "browseExportFolder")
        browse.clicked.connect(self._browse)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.folder_field = FieldWithError(folder_row)
        form = QFormLayout(self)
        _row(form, self.tr("&Language:"), self.language)
        _row(
            form, self.tr("New clients: &feedback every"), self.feedback_interval,
            self.tr("A client not heard from for longer is flagged on the Clients tab."),
        )  # fmt: skip
        _row(
            form, self.tr("&Export to:"), self.folder_field,
            self.tr("Where workbooks, dossiers and protocols are suggested to be saved."),
        )  # fmt: skip
        form.labelForField(self.folder_field).setBuddy(self.folder)  # type: ignore[attr-defined]

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def fill(self, chosen: Chosen) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(chosen.language)))
        self.feedback_interval.setValue(chosen.feedback_interval_days)
        self.folder.setText(str(chosen.export_folder) if chosen.export_folder else "")
        self.folder_field.error.hide()

    def folder_value(self) -> Path | None:
        """The folder typed, or None for the Documents folder; raises ValueError (and says so
        at the field) for a folder that does not exist."""
        text = self.folder.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_dir():
            self.folder_field.error.setText(self.tr("This folder does not exist."))
            self.folder_field.error.show()
            self.folder.setFocus()
            raise ValueError(text)
        self.folder_field.error.hide()
        return path


class WarningsPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.scope_threshold = _spin("scopeThreshold", THRESHOLD_RANGE, " %")
        self.horizon = _spin("horizonDays", HORIZON_RANGE, self.tr(" days"))
        self.minimum = _spin("minimumPercent", MINIMUM_RANGE, " %")
        self.notice = _spin("noticeWarningDays", NOTICE_WARNING_RANGE, self.tr(" days"))
        form = QFormLayout(self)
        _row(
            form, self.tr("&Scope creep above:"), self.scope_threshold,
            self.tr("Warn when approved change requests add more than this share of the "
                    "agreed budget."),
        )  # fmt: skip
        _row(form, self.tr("Handover near &within:"), self.horizon)
        _row(
            form, self.tr("&Minimum readiness:"), self.minimum,
            self.tr("A handover is at risk when the self-sufficiency date is this close and "
                    "readiness is below the minimum – or when a milestone is overdue or marked "
                    "at risk."),
        )  # fmt: skip
        _row(
            form, self.tr("Support &notice warning:"), self.notice,
            self.tr("A support plan that renews by itself unless notice is given shows its "
                    "notice deadline in amber from this many days ahead."),
        )  # fmt: skip

    def fill(self, chosen: Chosen) -> None:
        self.scope_threshold.setValue(int(chosen.scope_creep_threshold * 100))
        self.horizon.setValue(chosen.handover_terms.horizon_days)
        self.minimum.setValue(chosen.handover_terms.minimum_percent)
        self.notice.setValue(chosen.notice_warning_days)


class BackupsPage(QWidget):
    def __init__(self, *, on_server: bool = False) -> None:
        """on_server: the workbook open is on a server, which this computer does not copy."""
        super().__init__()
        self.daily = _spin("dailyBackups", DAILY_BACKUPS_RANGE, "")
        self.weekly = _spin("weeklyBackups", WEEKLY_BACKUPS_RANGE, "")
        self.monthly = _spin("monthlyBackups", MONTHLY_BACKUPS_RANGE, "")
        form = QFormLayout(self)
        self.server_note: QLabel | None = None
        if on_server:
            self.server_note = named(_note(
                self.tr("The workbook open now is on a server: no automatic copies of it are "
                        "taken here. Its backups are the server's (pg_dump, by whoever looks "
                        "after the server); File ▸ Back up now saves a copy in pg_dump's "
                        "format. What is set below is for workbooks kept in a file.")
            ), "serverBackupNote")  # fmt: skip
            self.server_note.setStyleSheet("")  # to be read, not a hint beside a field
            form.addRow(self.server_note)
        form.addRow(_note(
            self.tr("While you work and when you close a workbook, a copy goes into the folder "
                    "“backups” beside it. Of these copies, the newest of each day, week and "
                    "month stay, as many as set here; the others are deleted.")
        ))  # fmt: skip
        _row(form, self.tr("&Days kept:"), self.daily)
        _row(form, self.tr("&Weeks kept:"), self.weekly)
        _row(
            form, self.tr("&Months kept:"), self.monthly,
            self.tr("A day, week or month without a backup uses up no place. Copies taken "
                    "before a restore and backups saved by hand are never deleted."),
        )  # fmt: skip

    def fill(self, chosen: Chosen) -> None:
        rotation = chosen.backup_rotation
        self.daily.setValue(rotation.daily)
        self.weekly.setValue(rotation.weekly)
        self.monthly.setValue(rotation.monthly)

    def rotation(self) -> Rotation:
        return Rotation(self.daily.value(), self.weekly.value(), self.monthly.value())


def chosen_on(general: GeneralPage, warnings: WarningsPage, backups: BackupsPage) -> Chosen:
    """What the pages hold; raises ValueError when a field refused its value."""
    return Chosen(
        language=str(general.language.currentData()),
        feedback_interval_days=general.feedback_interval.value(),
        export_folder=general.folder_value(),
        scope_creep_threshold=Decimal(warnings.scope_threshold.value()) / 100,
        handover_terms=HandoverTerms(warnings.horizon.value(), warnings.minimum.value()),
        notice_warning_days=warnings.notice.value(),
        backup_rotation=backups.rotation(),
    )
