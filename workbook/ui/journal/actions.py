"""The user's actions on journal entries, each one undoable step."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.domain.enums import JournalKind
from workbook.ui.common.choosers import client_choices
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.context import TabContext
from workbook.ui.journal.entry_dialog import JournalForm, journal_dialog

if TYPE_CHECKING:
    from workbook.services.journal.service import JournalService


class JournalActions(QObject):
    def __init__(self, parent: QWidget, context: TabContext) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context

    @property
    def _journal(self) -> JournalService:
        return self._context.workspace.journal

    def _clients(self, current: int | None) -> list[tuple[int, str]]:
        return client_choices(self._context.workspace, current)

    def add(self, client_id: int | None, engagement_id: int | None = None) -> int | None:
        """The form for a new entry, today, about the client (and engagement) given."""
        created: list[int] = []

        def submit(data: JournalForm) -> None:
            text = self.tr("New journal entry %1").replace("%1", data.summary.strip())
            written = self._context.run(
                text, lambda: self._journal.add(data.client_id, data.entry())
            )
            assert written.created_id is not None
            created.append(written.created_id)

        initial = JournalForm(
            date.today(), JournalKind.call, engagement_id=engagement_id, client_id=client_id or 0
        )
        journal_dialog(
            self._parent, self._context.workspace, self._clients(client_id), submit, initial
        ).exec()
        return created[0] if created else None

    def edit(self, entry_id: int) -> None:
        def read() -> tuple[JournalForm, int]:
            row = self._journal.entry(entry_id, today=date.today())
            return JournalForm.of(row), row.version

        before = EditBase(read)

        def submit(data: JournalForm) -> None:
            self._context.run(
                self.tr("Edit journal entry %1").replace("%1", before.values.summary),
                lambda: self._journal.update(entry_id, data.entry(), version=before.version),
            )

        shown = before.values
        journal_dialog(self._parent, self._context.workspace, self._clients(shown.client_id),
                       submit, shown, before).exec()  # fmt: skip

    def remove(self, entry_id: int) -> None:
        entry = self._journal.entry(entry_id, today=date.today())
        answer = QMessageBox.question(
            self._parent,
            self.tr("Remove journal entry"),
            self.tr("Remove “%1” from the journal of %2?").replace("%1", entry.summary).replace(
                "%2", entry.client_name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._context.attempt(
                self.tr("Remove journal entry %1").replace("%1", entry.summary),
                lambda: self._journal.remove(entry_id, version=entry.version),
            )

    def toggle_follow_up(self, entry_id: int) -> None:
        """The follow-up is done; for one done already, it is open again."""
        entry = self._journal.entry(entry_id, today=date.today())
        if entry.follow_up_on is None:
            self._context.status(self.tr("This entry has no follow-up."))
            return
        done = not entry.follow_up_done
        text = self.tr("Follow-up done: %1") if done else self.tr("Follow-up open again: %1")
        self._context.attempt(
            text.replace("%1", entry.summary),
            lambda: self._journal.mark_follow_up_done(entry_id, version=entry.version, done=done),
        )
