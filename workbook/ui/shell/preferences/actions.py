"""The Preferences dialog from the window: opened, what was chosen kept and the views it
governs reloaded; and the question about the practice on the first start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from workbook.domain.changes import ChangeSet, Entity

if TYPE_CHECKING:
    from workbook.ui.shell.window_parts import ShellWindow

# What the warning settings govern: scope creep, handover risk, notice deadlines, feedback.
WARNED_ABOUT = (Entity.change_request, Entity.milestone, Entity.engagement, Entity.support_plan)


class PreferencesActions(QObject):
    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window.window())
        self._window = window
        window.menus.preferences.triggered.connect(lambda: self.edit())

    def edit(self, page: str | None = None) -> None:
        """Every setting in one dialog; the views showing what a changed setting governs
        reload. The practice's pages only while a database is open."""
        from workbook.ui.shell.preferences.dialog import PreferencesDialog
        from workbook.ui.shell.preferences.settings_pages import current, store

        window = self._window
        before = current(window.settings, window.language)
        opened = window.database
        dialog = PreferencesDialog(
            window.window(), before, window.context if opened else None,
            on_server=opened is not None and opened.on_server,
        )  # fmt: skip
        if page is not None:
            dialog.show_page(page)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        after = dialog.chosen
        store(window.settings, after)
        if after.language != before.language:
            window.switch_language(after.language)
        if after != before:
            window.apply_changes(ChangeSet.of(*WARNED_ABOUT))

    def ask_about_practice(self) -> None:
        """On the first start with an empty profile, offer to fill it in; "Later" is fine
        (Edit ▸ Preferences… ▸ Your practice at any time). Asked once."""
        window = self._window
        settings = window.settings
        if settings.practice_asked or window.database is None or window.read_only:
            return
        settings.practice_asked = True
        if not window.database.workspace.practice.profile().is_blank:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Your practice"),
            self.tr("Tell Client Workbook about your practice?"),
            parent=window.window(),
        )
        box.setObjectName("askAboutPractice")
        box.setInformativeText(
            self.tr("Your name and address go on the dossier, the cost notice and the handover "
                    "protocol; your competences and hours a week show when you accept an "
                    "engagement.")
        )  # fmt: skip
        now = box.addButton(self.tr("Fill in now…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is now:
            from workbook.ui.shell.preferences.dialog import Page

            self.edit(Page.practice)
