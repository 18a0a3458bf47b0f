"""How the Today list reads, in any language: its section titles and empty states, how late an
item is and what its figure says, and a calendar event's summary. The sources are marked here
(context "Today"); the caller's translate function words them (the window's Qt translator, or
the .ts file for the command line)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.services.today.shapes import (
    CalendarEvent,
    EventKind,
    Section,
    TodayItem,
    TodaySection,
)

Translate = Callable[[str, str], str]
# A number as text with `places` decimals; None: those the value has, at most two.
Number = Callable[[Decimal, int | None], str]
CONTEXT = "Today"
# The list's columns (the window's tree; the command line prints the same four).
COLUMNS = (
    QT_TRANSLATE_NOOP("Today", "Client"),
    QT_TRANSLATE_NOOP("Today", "What"),
    QT_TRANSLATE_NOOP("Today", "Date"),
    QT_TRANSLATE_NOOP("Today", "How late"),
)

_TITLES = {
    Section.follow_ups: QT_TRANSLATE_NOOP("Today", "Follow-ups due"),
    Section.milestones: QT_TRANSLATE_NOOP("Today", "Knowledge transfer due within 7 days"),
    Section.handover_risks: QT_TRANSLATE_NOOP("Today", "Handovers at risk"),
    Section.notices: QT_TRANSLATE_NOOP("Today", "Support notice deadlines"),
    Section.over_hours: QT_TRANSLATE_NOOP("Today", "Support plans over their hours"),
    Section.scope_creep: QT_TRANSLATE_NOOP("Today", "Scope creep over the threshold"),
    Section.untold_costs: QT_TRANSLATE_NOOP("Today", "Change costs the client was not told"),
    Section.silent_clients: QT_TRANSLATE_NOOP("Today", "Clients waiting for feedback"),
    Section.clarification: QT_TRANSLATE_NOOP("Today", "Inquiries not fully clarified"),
    Section.overdue_goals: QT_TRANSLATE_NOOP("Today", "Goals past their target date"),
}
_EMPTY = {
    Section.follow_ups: QT_TRANSLATE_NOOP("Today", "No follow-up is due."),
    Section.milestones: QT_TRANSLATE_NOOP("Today", "No milestone is due within 7 days."),
    Section.handover_risks: QT_TRANSLATE_NOOP("Today", "No handover is at risk."),
    Section.notices: QT_TRANSLATE_NOOP("Today", "No notice deadline is near."),
    Section.over_hours: QT_TRANSLATE_NOOP("Today", "No plan is over its included hours."),
    Section.scope_creep: QT_TRANSLATE_NOOP("Today", "No engagement is over the threshold."),
    Section.untold_costs: QT_TRANSLATE_NOOP("Today", "The client knows every cost."),
    Section.silent_clients: QT_TRANSLATE_NOOP("Today", "Every client was heard from in time."),
    Section.clarification: QT_TRANSLATE_NOOP("Today", "No inquiry is waiting for answers."),
    Section.overdue_goals: QT_TRANSLATE_NOOP("Today", "No open goal is past its date."),
}
_FIGURES = {
    Section.handover_risks: QT_TRANSLATE_NOOP("Today", "readiness %1 %"),
    Section.over_hours: QT_TRANSLATE_NOOP("Today", "%1 h over the included hours"),
    Section.scope_creep: QT_TRANSLATE_NOOP("Today", "%1 % scope creep"),
    Section.untold_costs: QT_TRANSLATE_NOOP("Today", "%1 not told"),
    Section.silent_clients: QT_TRANSLATE_NOOP("Today", "%1 days without feedback"),
    Section.clarification: QT_TRANSLATE_NOOP("Today", "%1 % clarified"),
}
_EVENTS = {
    EventKind.follow_up: QT_TRANSLATE_NOOP("Today", "Follow-up: %1"),
    EventKind.milestone: QT_TRANSLATE_NOOP("Today", "Knowledge transfer: %1"),
    EventKind.goal: QT_TRANSLATE_NOOP("Today", "Goal due: %1"),
    EventKind.self_sufficiency: QT_TRANSLATE_NOOP("Today", "Client carries on alone: %1"),
    EventKind.notice_deadline: QT_TRANSLATE_NOOP("Today", "Last day to give notice: %1"),
}


def plain_number(value: Decimal, places: int | None = None) -> str:
    """2.5, 1320, 232.50 (the command line; the window formats in its locale)."""
    if places is not None:
        return f"{value:.{places}f}"
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def section_title(section: Section, translate: Translate) -> str:
    return translate(CONTEXT, _TITLES[section])


def counted_title(section: TodaySection, translate: Translate) -> str:
    """ "Follow-ups due (3)"; one with more than it shows: "(3195, first 200 shown)", or
    "(200+)" while they are counted."""
    title = section_title(section.section, translate)
    if not section.more:
        return f"{title} ({section.count})"
    if section.total is None:
        return f"{title} ({section.count}+)"
    shown = translate(CONTEXT, QT_TRANSLATE_NOOP("Today", "%1, first %2 shown"))
    return f"{title} ({shown.replace('%1', str(section.total)).replace('%2', str(section.count))})"


def empty_text(section: Section, translate: Translate) -> str:
    return translate(CONTEXT, _EMPTY[section])


def late_text(item: TodayItem, translate: Translate) -> str:
    """ "due today", "3 days late", "in 4 days" — for an inquiry, how long it has waited;
    blank without a date."""
    days = item.days_late
    if days is None:
        return ""
    if item.section is Section.clarification:
        return _days(days, QT_TRANSLATE_NOOP("Today", "waiting 1 day"),
                     QT_TRANSLATE_NOOP("Today", "waiting %1 days"), translate)  # fmt: skip
    if days == 0:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("Today", "due today"))
    if days > 0:
        return _days(days, QT_TRANSLATE_NOOP("Today", "1 day late"),
                     QT_TRANSLATE_NOOP("Today", "%1 days late"), translate)  # fmt: skip
    return _days(-days, QT_TRANSLATE_NOOP("Today", "in 1 day"),
                 QT_TRANSLATE_NOOP("Today", "in %1 days"), translate)  # fmt: skip


def _days(days: int, one: str, many: str, translate: Translate) -> str:
    return translate(CONTEXT, one if days == 1 else many).replace("%1", str(days))


def figure_text(item: TodayItem, translate: Translate, number: Number = plain_number) -> str:
    """What the item's figure says ("11 % scope creep"); blank where its section has none."""
    source = _FIGURES.get(item.section)
    if source is None or item.figure is None:
        return ""
    shown = number(item.figure, None)
    if item.currency:  # money shows its cents
        shown = f"{number(item.figure, 2)} {item.currency}"
    return translate(CONTEXT, source).replace("%1", shown)


def what_text(item: TodayItem, translate: Translate, number: Number = plain_number) -> str:
    """The item's title after its engagement's reference, then its figure, in one line."""
    figure = figure_text(item, translate, number)
    if item.section is Section.silent_clients:
        return figure  # the client is the item: the client column names it
    title = item.title
    if item.engagement_reference:
        title = f"{item.engagement_reference} · {title}"
    return f"{title} — {figure}" if figure else title


def event_summary(event: CalendarEvent, translate: Translate) -> str:
    """ "Follow-up: Angebot nachfassen (Müller GmbH, 2026-014)": the client and the engagement
    reference, so the calendar tells them apart."""
    text = translate(CONTEXT, _EVENTS[event.kind]).replace("%1", event.title)
    where = ", ".join(part for part in (event.client_name, event.engagement_reference) if part)
    return f"{text} ({where})" if where else text
