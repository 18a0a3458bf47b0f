"""The terms of the day's list: the day and the user's settings its rules use (the tab's, and
the first look's, which the window works out before the tab is built)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from workbook.services.today.shapes import TodayTerms

if TYPE_CHECKING:
    from workbook.ui.common.context import Preferences


def day_terms(preferences: Preferences, day: date) -> TodayTerms:
    return TodayTerms(
        day,
        scope_creep_threshold=preferences.scope_creep_threshold,
        handover=preferences.handover_terms,
        notice_warning_days=preferences.notice_warning_days,
    )
