"""How readiness, days left and the reasons a handover is at risk read, in any language: the
sources are marked here (context "Handover"), the caller's translate function words them (the
window's Qt translator, or the client's language for the protocol)."""

from __future__ import annotations

from collections.abc import Callable

from workbook.domain.handover import RiskReason
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.services.handover.shapes import Readiness

Translate = Callable[[str, str], str]
CONTEXT = "Handover"


def _counted(translate: Translate, count: int, one: str, many: str) -> str:
    return translate(CONTEXT, one if count == 1 else many).replace("%1", str(count))


def days_left_text(days: int | None, translate: Translate) -> str:
    """ "20 days left", "today", "3 days ago"; blank without a date."""
    if days is None:
        return ""
    if days == 0:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("Handover", "today"))
    if days > 0:
        return _counted(
            translate, days,
            QT_TRANSLATE_NOOP("Handover", "1 day left"),
            QT_TRANSLATE_NOOP("Handover", "%1 days left"),
        )  # fmt: skip
    return _counted(
        translate, -days,
        QT_TRANSLATE_NOOP("Handover", "1 day ago"),
        QT_TRANSLATE_NOOP("Handover", "%1 days ago"),
    )  # fmt: skip


def readiness_text(percent: int | None, translate: Translate) -> str:
    if percent is None:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("Handover", "no milestones yet"))
    return f"{percent} %"


def risk_text(readiness: Readiness, translate: Translate) -> str:
    """Why the handover is at risk, in one line; blank when it is not."""
    risk = readiness.risk
    parts: list[str] = []
    if RiskReason.low_readiness in risk.reasons:
        parts.append(_low_readiness(readiness, translate))
    if RiskReason.overdue in risk.reasons:
        parts.append(_counted(
            translate, risk.overdue,
            QT_TRANSLATE_NOOP("Handover", "1 milestone overdue"),
            QT_TRANSLATE_NOOP("Handover", "%1 milestones overdue"),
        ))  # fmt: skip
    if RiskReason.flagged in risk.reasons:
        parts.append(_counted(
            translate, risk.flagged,
            QT_TRANSLATE_NOOP("Handover", "1 milestone marked at risk"),
            QT_TRANSLATE_NOOP("Handover", "%1 milestones marked at risk"),
        ))  # fmt: skip
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _low_readiness(readiness: Readiness, translate: Translate) -> str:
    days = readiness.days_left or 0
    if days > 0:
        text = translate(CONTEXT, QT_TRANSLATE_NOOP("Handover", "readiness %1 with %2"))
    elif days == 0:
        text = translate(CONTEXT, QT_TRANSLATE_NOOP("Handover", "readiness %1 on the day itself"))
    else:
        text = translate(CONTEXT, QT_TRANSLATE_NOOP("Handover", "readiness %1, the date passed %2"))
    percent = f"{readiness.percent or 0} %"  # no milestones: nothing handed over
    return text.replace("%1", percent).replace("%2", days_left_text(days, translate))
