"""The selected support plan: its term and notice worked out for today, the hours of the current
period as a bar, what is agreed, and its entries with a row to log more."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.enums import SupportPeriod, SupportPlanStatus
from workbook.presentation.columns import Kind
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.presentation.support_columns import ENTRY_COLUMNS
from workbook.services.support.shapes import SupportEntryRow, SupportPlanRow
from workbook.ui.common import named
from workbook.ui.common.display import display
from workbook.ui.common.i18n import format_date
from workbook.ui.common.list_panel import ListPanel
from workbook.ui.common.tone import Tone
from workbook.ui.support.entries import QuickEntry
from workbook.ui.support.hours_bar import HoursBar

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"
_KEYS = ("status", "term", "notice", "period", "service", "price", "updates")


def _renews_text(period: SupportPeriod) -> str:
    return {
        SupportPeriod.month: translate("PlanDetail", "then renews every month"),
        SupportPeriod.quarter: translate("PlanDetail", "then renews every quarter"),
        SupportPeriod.year: translate("PlanDetail", "then renews every year"),
    }[period]


def _hours(value: object) -> str:
    return display(value, Kind.hours)


def _date(day: date | None) -> str:
    """A day that a wrapped line never breaks apart."""
    return "–" if day is None else format_date(day).replace(" ", "\u00a0")


def _days_left(days: int) -> str:
    if days <= 0:
        return translate("PlanDetail", "today is the last day")
    if days == 1:
        return translate("PlanDetail", "1 day left")
    return translate("PlanDetail", "%1 days left").replace("%1", QLocale().toString(days))


class PlanDetail(QWidget):
    edit_entry = Signal(int)
    remove_entry = Signal(int)

    def __init__(self, warning_days: Callable[[], int], *, writable: bool = True) -> None:
        super().__init__()
        self.setObjectName("planDetail")
        self._warning_days = warning_days
        self.plan: SupportPlanRow | None = None
        self._entries: list[SupportEntryRow] = []
        self.title = named(QLabel(), "planTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.subtitle = named(QLabel(), "planSubtitle")
        self.subtitle.setWordWrap(True)
        self.facts = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        for key in _KEYS:
            self._add_fact(key)
        self.bar = HoursBar()
        self.used = named(QLabel(), "usedHours")
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.bar, 1)
        bar_row.addWidget(self.used)
        self.facts.insertRow(self._row_of("period") + 1, "", bar_row)
        self.entries: ListPanel[SupportEntryRow] = ListPanel(
            "supportEntries", ENTRY_COLUMNS, lambda r: r.id, stretch="description",
            editable=writable,
        )  # fmt: skip
        self.entries.add_button.hide()  # the row below adds
        self.entries.signals.edit.connect(self.edit_entry)
        self.entries.signals.remove.connect(self.remove_entry)
        self.quick = QuickEntry()
        if not writable:  # (never show() it here: without a parent yet it would open a window)
            self.quick.hide()
        self.hint = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "planHint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setWordWrap(True)
        self.pages = QStackedLayout(self)
        self.body = self._body()
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.hint)
        self.retranslate()

    def _add_fact(self, key: str) -> None:
        value = named(QLabel(), f"plan_{key}")
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)  # plan texts shown as typed
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values[key] = value
        self._labels[key] = QLabel()
        self.facts.addRow(self._labels[key], value)

    @staticmethod
    def _row_of(key: str) -> int:
        return _KEYS.index(key)  # the facts stand in this order

    def _body(self) -> QWidget:
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.subtitle)
        left.addLayout(self.facts)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.entries, 1)
        right.addWidget(self.quick)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 4)
        layout.addSpacing(12)
        layout.addLayout(right, 5)
        return body

    # -- showing a plan ------------------------------------------------------------------------

    def show_plan(self, plan: SupportPlanRow | None, entries: list[SupportEntryRow]) -> None:
        self.plan, self._entries = plan, entries
        self.pages.setCurrentWidget(self.body if plan is not None else self.hint)
        self.entries.set_rows(entries)
        if plan is None:
            return
        self.title.setText(plan.name)
        engagement = " ".join(p for p in (plan.engagement_reference, plan.engagement_title) if p)
        self.subtitle.setText(" · ".join(p for p in (plan.client_name, engagement) if p))
        self.values["status"].setText(translate(LABELS, label(plan.status)))
        self.values["term"].setText(self._term(plan))
        self._show_notice(plan)
        self._show_hours(plan)
        self.values["service"].setText(self._service(plan))
        self.values["price"].setText(self._price(plan))
        self.values["updates"].setText(plan.updates_policy or "–")

    def _term(self, plan: SupportPlanRow) -> str:
        if plan.term_starts_on is None:
            if plan.status is SupportPlanStatus.ended:
                if plan.ends_on is None:
                    return translate("PlanDetail", "Ended")
                return translate("PlanDetail", "Ended on %1").replace("%1", _date(plan.ends_on))
            text = translate("PlanDetail", "Ran until %1; it does not renew.")
            return text.replace("%1", _date(plan.ends_on))
        first = _date(plan.term_starts_on)
        if plan.term_ends_on is None:
            return translate("PlanDetail", "From %1 until notice is given").replace("%1", first)
        span = f"{first} – {_date(plan.term_ends_on)}"
        if plan.auto_renew:
            return f"{span} · {_renews_text(plan.period)}"
        return f"{span} · " + translate("PlanDetail", "does not renew")

    def _show_notice(self, plan: SupportPlanRow) -> None:
        value = self.values["notice"]
        value.setStyleSheet("")
        if plan.next_notice_deadline is None or plan.notice_deadline is None:
            needed = plan.term_starts_on is not None
            value.setText(
                translate("PlanDetail", "Not needed: the plan ends by itself") if needed else "–"
            )
            return
        days = QLocale().toString(plan.notice_days)
        today = date.today()
        if plan.notice_deadline < today:
            text = translate(
                "PlanDetail", "%1 days · this term's deadline (%2) has passed · next: %3"
            )
            text = text.replace("%2", _date(plan.notice_deadline))
        else:
            text = translate("PlanDetail", "%1 days · give notice by %3")
        text = text.replace("%1", days).replace("%3", _date(plan.next_notice_deadline))
        left = (plan.next_notice_deadline - today).days
        if left < self._warning_days():
            text += " · " + _days_left(left)
            value.setStyleSheet(Tone.at_risk.style())
        value.setText(text)

    def _show_hours(self, plan: SupportPlanRow) -> None:
        period, used = self.values["period"], self.used
        active = plan.period_starts_on is not None and plan.period_ends_on is not None
        self.facts.setRowVisible(self._row_of("period") + 1, active)  # the bar's row
        # Only inside a shown row: a bar shown in a hidden row is drawn over the rows below.
        self.bar.setVisible(active and plan.included_hours is not None)
        used.setStyleSheet("")
        if not active:
            period.setText(translate("PlanDetail", "Hours count while the plan is active."))
            used.clear()
            return
        period.setText(f"{_date(plan.period_starts_on)} – {_date(plan.period_ends_on)}")
        spent = plan.used_hours or 0
        if plan.included_hours is None:
            used.setText(translate("PlanDetail", "%1 used; no hours included").replace(
                "%1", _hours(spent)))  # fmt: skip
            return
        self.bar.set_hours(plan.used_hours or Decimal(0), plan.included_hours)
        text = translate("PlanDetail", "%1 of %2").replace("%1", _hours(spent))
        text = text.replace("%2", _hours(plan.included_hours))
        if plan.hours_beyond is not None:
            text += " · " + translate("PlanDetail", "%1 beyond").replace(
                "%1", _hours(plan.hours_beyond)
            )
            used.setStyleSheet(f"{Tone.overdue.style()} font-weight: 600;")
        used.setText(text)

    @staticmethod
    def _service(plan: SupportPlanRow) -> str:
        parts = [plan.service_hours, plan.channels]
        if plan.response_time_hours is not None:
            response = translate("PlanDetail", "response within %1 h")
            parts.insert(0, response.replace("%1", QLocale().toString(plan.response_time_hours)))
        return " · ".join(part for part in parts if part) or "–"

    @staticmethod
    def _price(plan: SupportPlanRow) -> str:
        if plan.price_per_period is None:
            return "–"
        amount = f"{display(plan.price_per_period, Kind.money)} {plan.currency}"
        per = {
            SupportPeriod.month: translate("PlanDetail", "%1 per month"),
            SupportPeriod.quarter: translate("PlanDetail", "%1 per quarter"),
            SupportPeriod.year: translate("PlanDetail", "%1 per year"),
        }[plan.period]
        return per.replace("%1", amount)

    def retranslate(self) -> None:
        texts = {
            "status": translate("PlanDetail", "Status:"),
            "term": translate("PlanDetail", "Term:"),
            "notice": translate("PlanDetail", "Notice:"),
            "period": translate("PlanDetail", "This period:"),
            "service": translate("PlanDetail", "Service:"),
            "price": translate("PlanDetail", "Price:"),
            "updates": translate("PlanDetail", "Updates, upgrades:"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.entries.set_texts(
            heading=translate("PlanDetail", "Support entries"),
            empty=translate("PlanDetail", "No hours logged yet. Log the first below."),
            add="",
            edit=translate("PlanDetail", "Edit…"),
            remove=translate("PlanDetail", "Remove"),
        )
        self.hint.setText(
            translate("PlanDetail", "Select a plan to see its term, notice, hours and entries.")
        )
        self.quick.retranslate()
        self.show_plan(self.plan, self._entries)
