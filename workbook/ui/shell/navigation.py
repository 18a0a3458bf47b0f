"""Going from one feature's view to another's (ui.common.context.Navigator): the window knows
every feature's tab, the features only this."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbook.ui.shell.window_parts import ShellWindow


class WindowNavigator:
    def __init__(self, window: ShellWindow) -> None:
        self._window = window

    def quick_journal_entry(self) -> None:
        """A journal entry about the client (and engagement) selected in the current tab."""
        from workbook.ui.common.context import Selection, ShowsSelection  # with the tabs

        tab = self._window.tabs.currentWidget()
        selected = tab.current_selection() if isinstance(tab, ShowsSelection) else Selection()
        self.add_journal_entry(selected.client_id, selected.engagement_id)

    def add_journal_entry(self, client_id: int | None, engagement_id: int | None) -> None:
        if self._window.journal_tab is not None:
            self._window.journal_tab.actions_.add(client_id, engagement_id)

    def edit_journal_entry(self, entry_id: int) -> None:
        if self._window.journal_tab is not None:
            self._window.journal_tab.actions_.edit(entry_id)

    def toggle_follow_up(self, entry_id: int) -> None:
        if self._window.journal_tab is not None:
            self._window.journal_tab.actions_.toggle_follow_up(entry_id)

    def show_support_plans(self, client_id: int, plan_id: int | None = None) -> None:
        tab = self._window.support_tab
        assert tab is not None
        self._window.tabs.setCurrentWidget(tab)
        tab.show_client(client_id, plan_id)

    def show_client_journal(self, client_id: int) -> None:
        tab = self._window.journal_tab
        assert tab is not None
        tab.show_client(client_id)
        self._window.tabs.setCurrentWidget(tab)
        tab.take_focus()

    def open_engagement(
        self, engagement_id: int, page: str | None = None, item: int | None = None
    ) -> None:
        from workbook.ui.engagements.editor import open_editor

        tab = self._window.engagements_tab
        assert tab is not None
        open_editor(self._window.window(), tab.context, engagement_id, page=page, item=item)

    def show_client(self, client_id: int, contact_id: int | None = None) -> None:
        tab = self._window.clients_tab
        assert tab is not None
        self._window.tabs.setCurrentWidget(tab)
        tab.show_client(client_id, contact_id)

    def show_client_engagements(self, client_id: int) -> None:
        tab = self._window.engagements_tab
        assert tab is not None
        tab.show_client(client_id)
        self._window.tabs.setCurrentWidget(tab)
        tab.take_focus()

    def export_dossier(self, client_id: int, name: str) -> None:
        self._window.file_actions.export_dossier(client_id, name)

    def export_personal_data(self, subject_id: int, name: str, *, contact: bool = False) -> None:
        self._window.file_actions.export_personal_data(subject_id, name, contact=contact)
