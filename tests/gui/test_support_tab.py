"""Drive the Support tab like a user: agree a plan, log hours and watch the bar, end a plan,
undo — and what is refused shows at the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from tests.gui.keyboard import type_text
from workbook.domain.enums import SupportPeriod, SupportPlanStatus
from workbook.domain.support_terms import add_months
from workbook.services.support.shapes import SupportPlanInput, SupportQuery
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.settings import Settings
from workbook.ui.support.tab import SupportTab

pytestmark = pytest.mark.gui
OnDialog = Callable[[Callable[[QDialog], None]], None]
CTRL = Qt.KeyboardModifier.ControlModifier


def _tab(window: MainWindow, qtbot: QtBot, plan_id: int | None = None) -> SupportTab:
    """The Support tab in front, reloaded, `plan_id` selected and the focus in its list."""
    tab = window.feature_tabs["support"]
    assert isinstance(tab, SupportTab)
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    if plan_id is not None:
        tab.select(plan_id)
    tab.take_focus()
    qtbot.waitUntil(lambda: tab.view.hasFocus() or tab.filter.hasFocus())
    return tab


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _plan(window: MainWindow, **fields: object) -> int:
    assert window.database is not None
    workspace = window.database.workspace
    client_id = make_client(workspace.clients, "Stadtwerke Süderbrück GmbH")
    values: dict[str, object] = {
        "name": "Wartung", "starts_on": date.today() - timedelta(days=40),
        "period": SupportPeriod.month, "included_hours": Decimal(4),
        "status": SupportPlanStatus.active, **fields,
    }  # fmt: skip
    written = workspace.support.add_plan(SupportPlanInput(client_id, **values))  # type: ignore[arg-type]
    assert written.created_id is not None
    return written.created_id


def _log(qtbot: QtBot, tab: SupportTab, hours: str) -> None:
    quick = tab.detail.quick
    type_text(qtbot, quick.hours.edit, hours)
    qtbot.keyClick(quick.hours.edit, Qt.Key.Key_Return)


def test_log_support_hours_and_see_the_bar_move(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, qtbot, _plan(window))
    detail = tab.detail
    assert detail.used.text() == "0.0 h of 4.0 h"
    qtbot.keyClick(tab.view, Qt.Key.Key_L, CTRL)  # Ctrl+L: to the hours field
    assert detail.quick.hours.edit.hasFocus()
    _log(qtbot, tab, "2.5")
    assert (detail.bar.used, detail.bar.beyond) == (Decimal("2.5"), 0)
    assert detail.used.text() == "2.5 h of 4.0 h"
    assert detail.quick.hours.edit.text() == ""  # ready for the next one
    _log(qtbot, tab, "3")
    assert (detail.bar.used, detail.bar.beyond) == (Decimal("5.5"), Decimal("1.5"))
    assert detail.used.text() == "5.5 h of 4.0 h · 1.5 h beyond"
    used = tab.model.index(0, tab.model.column_index("used_hours"))
    assert used.data() == "5.5 h"
    assert used.data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert [e.hours for e in detail.entries.model._rows] == [Decimal(3), Decimal("2.5")]

    window.undo_action.trigger()
    assert detail.bar.used == Decimal("2.5")
    assert detail.used.text() == "2.5 h of 4.0 h"
    assert window.undo_action.text().startswith("Undo Log 2.5 h on Wartung")


def test_hours_refused_at_the_field(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, qtbot, _plan(window))
    _log(qtbot, tab, "0")
    cell = tab.detail.quick._cells["hours"]
    assert cell.error.text() == "Please enter a number above 0."
    assert cell.error.isVisibleTo(tab.detail.quick)
    assert tab.detail.entries.model.rowCount() == 0
    assert window.undo_stack.count() == 0


def test_agree_a_plan_refused_end_first_then_saved_and_undone(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Hoffmann Präzisionsteile GmbH")
    tab = _tab(window, qtbot)
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        client = dialog.findChild(QComboBox, "client_id")
        client.setCurrentIndex(client.findText("Hoffmann Präzisionsteile GmbH"))
        type_text(qtbot, dialog.findChild(QLineEdit, "name"), "Support Plus")
        form = dialog.form
        form.field("starts_on").set(date(2026, 1, 1))
        form.field("ends_on").set(date(2025, 12, 31))
        _ok(dialog)
        seen["end"] = form.error_text("ends_on")
        form.field("ends_on").set(date(2026, 12, 31))
        form.field("auto_renew").set(True)
        form.field("status").set(SupportPlanStatus.active)
        _ok(dialog)

    on_dialog(fill)
    qtbot.keyClick(tab.filter, Qt.Key.Key_N, CTRL)
    assert seen["end"] == "The end must lie after the start."
    support = window.database.workspace.support
    (row,) = support.list(SupportQuery(), today=date.today())
    assert (row.name, row.client_name, row.ends_on) == (
        "Support Plus",
        "Hoffmann Präzisionsteile GmbH",
        date(2026, 12, 31),
    )
    assert tab.selected_id() == row.id
    assert tab.detail.title.text() == "Support Plus"
    window.undo_action.trigger()
    assert support.count(SupportQuery()) == 0
    assert tab.stack.currentWidget() is tab.empty


def test_a_new_plan_is_for_the_selected_plans_client(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Aachener Druck KG")  # first in the list
    tab = _tab(window, qtbot, _plan(window))
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(dialog.findChild(QComboBox, "client_id").currentText())
        dialog.reject()

    on_dialog(look)
    qtbot.keyClick(tab.view, Qt.Key.Key_N, CTRL)
    assert seen == ["Stadtwerke Süderbrück GmbH"]


def test_end_a_plan_with_del_then_undo(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    plan_id = _plan(window, auto_renew=True)
    tab = _tab(window, qtbot, plan_id)
    on_dialog(_ok)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert window.database is not None
    support = window.database.workspace.support
    ended = support.plan(plan_id, today=date.today())
    assert ended.status is SupportPlanStatus.ended
    assert ended.ends_on is not None
    assert ended.ends_on > date.today()  # the end of the current term was suggested
    assert tab.detail.values["term"].text().startswith("Ended on")
    # no hours bar for an ended plan, not even one drawn over the facts below it
    assert not tab.detail.bar.isVisibleTo(tab.detail)
    window.undo_action.trigger()
    assert support.plan(plan_id, today=date.today()).status is SupportPlanStatus.active
    assert tab.detail.bar.isVisibleTo(tab.detail)


@pytest.fixture
def warn_days(request: pytest.FixtureRequest, settings: Settings) -> int:
    """The notice warning set to request.param days before the window opens (None: unset)."""
    if request.param is not None:
        settings.notice_warning_days = request.param
    return settings.notice_warning_days


@pytest.mark.parametrize("warn_days", [None, 60], indirect=True)
def test_the_notice_warning_follows_the_setting(
    warn_days: int, window: MainWindow, qtbot: QtBot
) -> None:
    """A notice deadline 45 days ahead: quiet at the default 30 days, amber at 60."""
    term_end = date.today() + timedelta(days=75)
    starts = add_months(term_end + timedelta(days=1), -12)  # a first year ending then
    plan_id = _plan(window, starts_on=starts, auto_renew=True, notice_days=30,
                    period=SupportPeriod.year)  # fmt: skip
    tab = _tab(window, qtbot, plan_id)
    notice = tab.model.index(0, tab.model.column_index("next_notice_deadline"))
    colour = notice.data(Qt.ItemDataRole.ForegroundRole)
    text = tab.detail.values["notice"].text()
    if warn_days == 60:
        assert colour.name() == "#a15c00"
        assert text.endswith("45 days left")
    else:
        assert warn_days == 30
        assert colour is None
        assert "left" not in text


def test_the_notice_warning_is_changed_from_the_edit_menu(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog, settings: Settings
) -> None:
    from PySide6.QtWidgets import QSpinBox

    term_end = date.today() + timedelta(days=75)  # notice deadline 45 days ahead
    starts = add_months(term_end + timedelta(days=1), -12)
    plan_id = _plan(window, starts_on=starts, auto_renew=True, notice_days=30,
                    period=SupportPeriod.year)  # fmt: skip
    tab = _tab(window, qtbot, plan_id)
    notice = tab.model.index(0, tab.model.column_index("next_notice_deadline"))
    assert notice.data(Qt.ItemDataRole.ForegroundRole) is None

    def sixty(dialog: QDialog) -> None:
        dialog.findChild(QSpinBox, "noticeWarningDays").setValue(60)
        _ok(dialog)

    on_dialog(sixty)
    window.menus.preferences.trigger()
    assert settings.notice_warning_days == 60
    notice = tab.model.index(0, tab.model.column_index("next_notice_deadline"))
    assert notice.data(Qt.ItemDataRole.ForegroundRole).name() == "#a15c00"
    assert tab.detail.values["notice"].text().endswith("45 days left")


def test_a_warning_setting_edited_out_of_range_falls_back(settings: Settings) -> None:
    assert settings.notice_warning_days == 30
    for value in ("soon", "0", "9999"):
        settings._store.setValue("support/notice_warning_days", value)
        assert settings.notice_warning_days == 30
    settings.notice_warning_days = 14
    assert settings.notice_warning_days == 14
