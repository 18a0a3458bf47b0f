"""The rotation of automatic backups: 12 daily, 10 weekly, 9 monthly; the rest rotate out."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from workbook.domain.backup_rotation import Rotation, to_keep

NOW = datetime(2026, 12, 2, 17, 30)  # a Wednesday


def _every_day(days: int, at: int = 18) -> list[datetime]:
    return [datetime.combine(NOW.date() - timedelta(days=n), datetime.min.time()).replace(hour=at)
            for n in range(days)]  # fmt: skip


def test_nothing_to_rotate() -> None:
    assert to_keep([]) == set()


def test_a_day_keeps_its_newest_backup_only() -> None:
    morning, noon, evening = (NOW.replace(hour=h) for h in (8, 12, 17))
    assert to_keep([noon, evening, morning]) == {evening}


def test_a_year_of_daily_backups_keeps_12_days_10_weeks_9_months() -> None:
    taken = _every_day(365)
    kept = to_keep(taken)
    days = {moment.date() for moment in kept}
    last_12_days = {NOW.date() - timedelta(days=n) for n in range(12)}
    assert last_12_days <= days
    # The newest of each week: this Wednesday, then the Sundays before it.
    sundays = {date(2026, 11, 29) - timedelta(weeks=n) for n in range(9)}
    assert sundays <= days
    month_ends = {date(2026, 12, 2), date(2026, 11, 30), date(2026, 10, 31), date(2026, 9, 30),
                  date(2026, 8, 31), date(2026, 7, 31), date(2026, 6, 30), date(2026, 5, 31),
                  date(2026, 4, 30)}  # fmt: skip
    assert month_ends <= days
    assert days == last_12_days | sundays | month_ends
    assert len(kept) == len(days)  # one per day at most
    assert min(days) == date(2026, 4, 30)  # nothing older than the ninth month survives


def test_periods_without_a_backup_use_up_no_place() -> None:
    """Away for two months: the backups before still fill the 12 daily places."""
    before_holiday = [NOW - timedelta(days=60 + n) for n in range(20)]
    kept = to_keep([NOW, *before_holiday], Rotation(daily=12, weekly=0, monthly=0))
    assert kept == {NOW, *before_holiday[:11]}  # with today, the 12 days that have a backup


def test_the_places_can_be_set() -> None:
    taken = _every_day(30)
    kept = to_keep(taken, Rotation(daily=3, weekly=0, monthly=0))
    assert kept == set(taken[:3])
