"""The Today tab through the window: the first tab, every section with its count (empty ones
saying so), opening an item where it is edited, a follow-up marked done or snoozed by key and
taken back with Ctrl+Z, and `today --json` listing what the tab shows."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_acceptable, make_engagement
from tests.factories import make_client
from tests.gui.editors import the_editor
from workbook.cli.main import main
from workbook.demo.generator import fill_demo
from workbook.domain.changes import ChangeSet
from workbook.domain.enums import EngagementStatus
from workbook.services.handover.shapes import MilestoneInput
from workbook.services.journal.shapes import JournalInput
from workbook.services.today.items import SECTION_LIMIT
from workbook.services.today.shapes import Section
from workbook.services.workspace import Workspace
from workbook.ui.clients.detail.satisfaction import SatisfactionSection
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.today.tab import TodayTab

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date.today()


def _workspace(window: MainWindow) -> Workspace:
    assert window.database is not None
    return window.database.workspace


def _tab(window: MainWindow) -> TodayTab:
    tab = window.feature_tabs["today"]
    assert isinstance(tab, TodayTab)
    return tab


def _changed(window: MainWindow, qtbot: QtBot) -> TodayTab:
    """What the services wrote reaches the tab as a ChangeSet; wait until it is shown."""
    tab = _tab(window)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        window.apply_changes(ChangeSet.everything())
    return tab


def _rows(tab: TodayTab, section: Section) -> list[list[str]]:
    model = tab.model
    heading = model.heading(section)
    return [
        [model.index(row, column, heading).data() for column in range(4)]
        for row in range(model.rowCount(heading))
    ]


def _heading(tab: TodayTab, section: Section) -> str:
    return str(tab.model.heading(section).data())


@pytest.fixture
def window(opened_window: MainWindow) -> MainWindow:
    """As the window opens the database: on Today, its first tab."""
    return opened_window


@pytest.fixture
def filled(window: MainWindow) -> dict[str, int]:
    workspace = _workspace(window)
    client_id = make_client(workspace.clients, "Kühne Zahntechnik")
    journal = workspace.journal

    def note(summary: str, follow_up_on: date) -> int:
        data = JournalInput(TODAY, summary=summary, follow_up_on=follow_up_on)
        written = journal.add(client_id, data)
        assert written.created_id is not None
        return written.created_id

    late = note("Angebot nachfassen", TODAY - timedelta(days=2))
    due = note("Rückruf Herr Kühne", TODAY)
    engagement_id = make_engagement(workspace.engagements, client_id, "Laborsoftware")
    make_acceptable(workspace.clarification, workspace.agreements, engagement_id)
    for target in (EngagementStatus.clarifying, EngagementStatus.accepted,
                   EngagementStatus.active):  # fmt: skip
        version = workspace.engagements.get(engagement_id).version
        workspace.engagements.transition(engagement_id, target, version=version)
    workspace.handover.add_milestone(
        engagement_id, MilestoneInput("Schulung Auswertung", planned_on=TODAY + timedelta(days=7))
    )
    return {"late": late, "due": due, "engagement": engagement_id}


def test_today_is_the_first_tab_with_every_section_and_its_count(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    tab = _changed(window, qtbot)
    assert window.tabs.indexOf(tab) == 0
    assert window.tabs.currentWidget() is tab
    assert window.tabs.tabText(0) == "Toda&y"
    assert _heading(tab, Section.follow_ups) == "Follow-ups due (2)"
    assert _rows(tab, Section.follow_ups) == [
        ["Kühne Zahntechnik", "Angebot nachfassen", tab.model.index(0, 2, tab.model.heading(
            Section.follow_ups)).data(), "2 days late"],
        ["Kühne Zahntechnik", "Rückruf Herr Kühne", tab.model.index(1, 2, tab.model.heading(
            Section.follow_ups)).data(), "due today"],
    ]  # fmt: skip
    reference = _workspace(window).engagements.get(filled["engagement"]).reference
    assert _rows(tab, Section.milestones)[0][1] == f"{reference} · Schulung Auswertung"
    assert _rows(tab, Section.milestones)[0][3] == "in 7 days"
    assert _heading(tab, Section.notices) == (
        "Support notice deadlines (0) — No notice deadline is near."
    )
    assert tab.view.isExpanded(tab.model.heading(Section.follow_ups))
    assert not tab.view.isExpanded(tab.model.heading(Section.notices))
    first = tab.selected()  # the day's first item, ready for Enter
    assert first is not None
    assert (first.section, first.row_id) == (Section.follow_ups, filled["late"])


def test_a_section_closed_by_the_user_stays_closed_when_the_day_is_read_again(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    tab = _changed(window, qtbot)
    view, follow_ups = tab.view, tab.model.heading(Section.follow_ups)
    view.setFocus()
    view.setCurrentIndex(follow_ups)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # closes the heading the cursor is on
    assert not view.isExpanded(follow_ups)
    tab = _changed(window, qtbot)
    follow_ups = tab.model.heading(Section.follow_ups)
    assert not view.isExpanded(follow_ups)
    assert view.isExpanded(tab.model.heading(Section.milestones))  # the others open as before
    view.setCurrentIndex(follow_ups)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    tab = _changed(window, qtbot)
    assert view.isExpanded(tab.model.heading(Section.follow_ups))


def test_a_long_section_shows_its_first_items_then_how_many_there_are(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = _workspace(window)
    client_id = make_client(workspace.clients, "Kühne Zahntechnik")
    for n in range(SECTION_LIMIT + 3):
        workspace.journal.add(
            client_id, JournalInput(TODAY, summary=f"Rückruf {n}", follow_up_on=TODAY)
        )
    tab = _tab(window)
    with qtbot.waitSignal(tab.counted, timeout=10000):
        window.apply_changes(ChangeSet.everything())
    assert len(_rows(tab, Section.follow_ups)) == SECTION_LIMIT
    assert _heading(tab, Section.follow_ups) == (
        f"Follow-ups due ({SECTION_LIMIT + 3}, first {SECTION_LIMIT} shown)"
    )


def test_mark_a_follow_up_done_by_key_it_leaves_and_undo_brings_it_back(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    tab = _changed(window, qtbot)
    journal = _workspace(window).journal
    assert tab.select(Section.follow_ups, filled["late"])
    tab.view.setFocus()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.keyClick(tab.view, Qt.Key.Key_D, CTRL)
    assert journal.entry(filled["late"], today=TODAY).follow_up_done
    assert [row[1] for row in _rows(tab, Section.follow_ups)] == ["Rückruf Herr Kühne"]
    selected = tab.selected()
    assert selected is not None
    assert selected.row_id == filled["due"]  # the next follow-up is up
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert not journal.entry(filled["late"], today=TODAY).follow_up_done
    assert _heading(tab, Section.follow_ups) == "Follow-ups due (2)"
    restored = tab.selected()  # back where it was, so Enter or Ctrl+D work on it at once
    assert restored is not None
    assert restored.row_id == filled["late"]


def test_snooze_a_follow_up_by_a_week_and_undo(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    tab = _changed(window, qtbot)
    journal = _workspace(window).journal
    assert tab.select(Section.follow_ups, filled["due"])
    tab.view.setFocus()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.keyClick(tab.view, Qt.Key.Key_L, CTRL)
    assert journal.entry(filled["due"], today=TODAY).follow_up_on == TODAY + timedelta(days=7)
    assert _heading(tab, Section.follow_ups) == "Follow-ups due (1)"
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        window.undo_action.trigger()
    assert journal.entry(filled["due"], today=TODAY).follow_up_on == TODAY
    restored = tab.selected()
    assert restored is not None
    assert restored.row_id == filled["due"]


def test_enter_opens_the_journal_entry_and_the_engagement_page(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, on_dialog: OnDialog
) -> None:
    handover = _workspace(window).handover
    second = handover.add_milestone(
        filled["engagement"], MilestoneInput("Berichte allein", planned_on=TODAY)
    ).created_id
    assert second is not None
    tab = _changed(window, qtbot)
    seen: dict[str, str] = {}

    def entry(dialog: QDialog) -> None:
        seen["entry"] = dialog.windowTitle()
        dialog.reject()

    on_dialog(entry, RecordDialog)
    assert tab.select(Section.follow_ups, filled["late"])
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert seen["entry"]

    titles = [row[1].split(" · ")[-1] for row in _rows(tab, Section.milestones)]
    assert titles == ["Berichte allein", "Schulung Auswertung"]  # two of one engagement
    assert tab.select(Section.milestones, second)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    editor = the_editor(window)  # a window of its own: the Today tab stays usable
    page = editor.page("knowledge_transfer")
    assert editor.tabs.currentWidget() is page
    assert page.panel.selected_id() == second  # type: ignore[attr-defined]
    editor.close()


def test_today_json_lists_what_the_tab_shows(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    tab = _changed(window, qtbot)
    assert window.database is not None
    assert main(["today", "--db", str(window.database.path), "--json"]) == 0
    listed = [
        (item["section"], item["client"], item["title"], item["days_late"])
        for item in json.loads(capsys.readouterr().out)
    ]
    shown = [
        (section.section.value, row[0], item.title, item.days_late)
        for section in tab.model.sections()
        for row, item in zip(_rows(tab, section.section), section.items, strict=True)
    ]
    assert listed == shown
    assert len(listed) == 3  # two follow-ups, one milestone


def test_the_charts_draw_what_there_is_and_say_when_there_is_nothing(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    tab = _changed(window, qtbot)
    qtbot.waitUntil(lambda: tab.charts is not None and tab.charts.readiness.showing_chart)
    charts = tab.charts
    assert charts is not None
    assert not charts.satisfaction.showing_chart
    assert charts.satisfaction.empty.text() == "No satisfaction scores in the journal yet."
    assert charts.creep.empty.text() == "No engagement in delivery has an agreed budget yet."
    reference = _workspace(window).engagements.get(filled["engagement"]).reference
    readiness = charts.readiness.view.chart()
    (categories,) = [a for a in readiness.axes() if hasattr(a, "categories")]
    assert categories.categories() == [f"{reference} · 0 %"]  # red: below 80 %
    client_id = _workspace(window).engagements.get(filled["engagement"]).client_id
    _workspace(window).journal.add(
        client_id, JournalInput(TODAY, summary="Feedback", satisfaction=4)
    )
    window.apply_changes(ChangeSet.everything())
    qtbot.waitUntil(lambda: charts.satisfaction.showing_chart)
    (line,) = charts.satisfaction.view.chart().series()
    assert [point.y() for point in line.points()] == [4.0]


def test_the_clients_pane_shows_its_satisfaction_per_month(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    workspace = _workspace(window)
    client_id = workspace.engagements.get(filled["engagement"]).client_id
    window.navigator.show_client(client_id)
    assert window.clients_tab is not None
    sections = window.clients_tab.detail.sections
    pane = next(s for s in sections if isinstance(s, SatisfactionSection)).pane
    assert pane is not None
    assert pane.empty.text() == "No satisfaction score from this client yet."
    for day, score in ((TODAY.replace(day=1), 5), (TODAY.replace(day=1), 2)):
        workspace.journal.add(client_id, JournalInput(day, summary="Feedback", satisfaction=score))
    window.apply_changes(ChangeSet.everything())
    qtbot.waitUntil(lambda: pane.showing_chart)
    (line,) = pane.view.chart().series()
    assert [point.y() for point in line.points()] == [3.5]  # (5 + 2) / 2 this month


def test_export_calendar_from_the_file_menu(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    target = tmp_path / "termine.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.menus.export_calendar.trigger()
    qtbot.waitUntil(lambda: window.runners.calendar_export.last == target, timeout=5000)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    summaries = sorted(str(event["summary"]) for event in events)
    reference = _workspace(window).engagements.get(filled["engagement"]).reference
    assert summaries == [
        "Follow-up: Angebot nachfassen (Kühne Zahntechnik)",
        "Follow-up: Rückruf Herr Kühne (Kühne Zahntechnik)",
        f"Knowledge transfer: Schulung Auswertung (Kühne Zahntechnik, {reference})",
    ]
    assert window.statusBar().currentMessage() == f"Calendar saved as {target} (3 events)"


def test_changes_made_on_another_tab_show_when_today_is_shown_again(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    tab = _changed(window, qtbot)
    assert window.journal_tab is not None
    window.tabs.setCurrentWidget(window.journal_tab)
    journal = _workspace(window).journal
    version = journal.entry(filled["late"], today=TODAY).version
    window.apply_changes(journal.mark_follow_up_done(filled["late"], version=version).changes)
    assert _heading(tab, Section.follow_ups) == "Follow-ups due (2)"  # not read while hidden
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        window.tabs.setCurrentWidget(tab)
    assert _heading(tab, Section.follow_ups) == "Follow-ups due (1)"


def test_an_engagement_opened_on_a_page_has_the_focus_on_its_list(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    """A handover at risk, scope creep or an inquiry opens its engagement's page without a
    row to select: the keys work on the page's list, not on the page tabs."""
    window.navigator.open_engagement(filled["engagement"], page="knowledge_transfer")
    editor = the_editor(window)
    page = editor.page("knowledge_transfer")
    qtbot.waitUntil(lambda: editor.focusWidget() is page.panel.view)  # type: ignore[attr-defined]
    assert page.panel.selected_id() is not None  # type: ignore[attr-defined]
    editor.close()


def test_tab_goes_from_the_list_to_its_buttons_and_shift_tab_back(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    tab = _changed(window, qtbot)
    assert tab.select(Section.follow_ups, filled["late"])  # every button can act on it
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    reached = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget().objectName())
    assert reached == ["openTodayItemButton", "followUpDoneButton", "snoozeFollowUpButton"]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is tab.view


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_client_name_of_the_demo_shows_whole_at_1280_by_800(
    window: MainWindow, qtbot: QtBot, language: str
) -> None:
    assert window.database is not None
    fill_demo(window.database.database)
    window.switch_language(language)
    window.resize(1280, 800)
    tab = _changed(window, qtbot)
    view, model = tab.view, tab.model
    cut = []
    for section in model.sections():
        heading = model.heading(section.section)
        for row in range(model.rowCount(heading)):
            index = model.index(row, 0, heading)
            if view.visualRect(index).width() < view.sizeHintForIndex(index).width():
                cut.append(index.data())
    assert model.rowCount(model.heading(Section.follow_ups)) > 5
    assert cut == []
