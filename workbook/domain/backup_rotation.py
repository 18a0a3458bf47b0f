"""Which automatic backups stay: the newest one of each of the last 12 days, 10 weeks and 9
months that have a backup (as borg and restic prune); the others rotate out. A day, week or
month without a backup does not use up a place, so a workbook left alone for a holiday keeps
its history. Pure: the moments come in, the ones to keep go out."""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Rotation:
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


ROTATION = Rotation()


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _weekday = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def to_keep(taken: Collection[datetime], rotation: Rotation = ROTATION) -> set[datetime]:
    """The moments (local time, when each backup was taken) whose backups stay."""
    newest_first = sorted(set(taken), reverse=True)
    kept: set[datetime] = set()
    for places, period in ((rotation.daily, _day), (rotation.weekly, _week),
                           (rotation.monthly, _month)):  # fmt: skip
        kept |= _newest_per_period(newest_first, places, period)
    return kept


def _newest_per_period(
    newest_first: list[datetime], places: int, period: Callable[[datetime], Hashable]
) -> set[datetime]:
    chosen: dict[Hashable, datetime] = {}
    for moment in newest_first:
        if len(chosen) == places:
            break
        chosen.setdefault(period(moment), moment)
    return set(chosen.values())
