"""Capacity (workbook.domain.capacity): remaining hours spread over working days, per month,
against the consultant's available hours."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from workbook.domain import capacity as cap

D = Decimal
JAN, FEB, MAR = date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1)  # Feb 2027: 20 workdays


def _work(
    engagement_id: int, first: date | None, last: date | None, hours: str | None
) -> cap.PlannedWork:
    return cap.PlannedWork(
        engagement_id, f"E{engagement_id}", first, last, None if hours is None else D(hours)
    )


def _load(
    work: list[cap.PlannedWork],
    months: list[date],
    *,
    today: date = JAN,
    per_week: str = "40",
    days_off: tuple[cap.DaysOff, ...] = (),
) -> cap.Load:
    return cap.load_by_month(
        work, months, today=today, hours_per_week=D(per_week), days_off=days_off
    )


def test_hours_split_at_the_month_boundary_by_working_days() -> None:
    # Fri 29 Jan, Mon 1 Feb, Tue 2 Feb: three working days, ten hours each.
    load = _load([_work(1, date(2027, 1, 29), date(2027, 2, 2), "30")], [JAN, FEB])
    january, february = load.months
    assert january.booked == D(10)
    assert february.booked == D(20)
    assert january.by_engagement == ((1, D(10)),)


def test_available_hours_follow_the_weekdays_of_the_month() -> None:
    load = _load([], [FEB, MAR], per_week="40")
    assert [month.available for month in load.months] == [D(160), D(184)]  # 20 and 23 days
    assert all(month.share == 0 for month in load.months)


def test_the_current_month_counts_from_today() -> None:
    # From Mon 15 Feb: 10 of the engagement's 20 days remain, and 10 days are available.
    today = date(2027, 2, 15)
    work = _work(1, date(2027, 2, 1), date(2027, 2, 26), "80")
    (february,) = _load([work], [FEB], today=today).months
    assert february.booked == D(40)
    assert february.available == D(80)
    assert cap.remaining_hours(work, today, cap.Calendar(())) == D(40)


def test_days_off_are_neither_available_nor_worked() -> None:
    holiday = cap.DaysOff(date(2027, 2, 15), date(2027, 2, 19))  # one working week
    work = _work(1, date(2027, 2, 1), date(2027, 2, 26), "60")  # over 15 working days
    (february,) = _load([work], [FEB], days_off=(holiday,)).months
    assert february.available == D(120)
    assert february.booked == D(60)
    assert cap.remaining_hours(work, date(2027, 2, 22), cap.Calendar((holiday,))) == D(20)


def test_a_day_off_on_a_weekend_changes_nothing() -> None:
    weekend = cap.DaysOff(date(2027, 2, 6), date(2027, 2, 7))
    (february,) = _load([], [FEB], days_off=(weekend,)).months
    assert february.available == D(160)


def test_engagements_without_dates_or_hours_are_not_planned() -> None:
    work = [
        _work(1, None, date(2027, 2, 26), "10"),
        _work(2, date(2027, 2, 1), date(2027, 2, 26), None),
        _work(3, date(2027, 2, 1), date(2027, 2, 26), "0"),
        _work(4, date(2026, 11, 2), date(2026, 12, 18), "50"),  # ended before today
        _work(5, date(2027, 2, 26), date(2027, 2, 1), "10"),  # ends before it starts
        _work(6, date(2027, 2, 6), date(2027, 2, 7), "10"),  # a weekend only
    ]
    load = _load(work, [FEB])
    assert [(item.work.engagement_id, item.why) for item in load.not_planned] == [
        (1, cap.Unplanned.no_dates),
        (2, cap.Unplanned.no_hours),
        (3, cap.Unplanned.no_hours),
        (4, cap.Unplanned.ended),
        (5, cap.Unplanned.no_dates),
        (6, cap.Unplanned.no_workdays),
    ]
    assert load.months[0].booked == 0
    assert cap.remaining_hours(work[0], JAN, cap.Calendar(())) is None


def test_a_month_above_the_available_hours_is_overloaded() -> None:
    work = [
        _work(1, date(2027, 2, 1), date(2027, 2, 26), "100"),
        _work(2, date(2027, 2, 1), date(2027, 3, 31), "86"),  # 43 days: 2 h a day
    ]
    february, march = _load(work, [FEB, MAR], per_week="32").months  # 128 h in February
    assert february.booked == D(140)
    assert february.over
    assert february.by_engagement == ((1, D(100)), (2, D(40)))
    assert march.booked == D(46)
    assert not march.over
    assert _load(work, [FEB, MAR], per_week="32").overloaded == (february,)


def test_exactly_full_is_not_overloaded() -> None:
    (february,) = _load([_work(1, FEB, date(2027, 2, 26), "160")], [FEB]).months
    assert february.share == 1
    assert not february.over


def test_months_shown_are_the_remaining_period_or_the_next_three() -> None:
    dated = _work(1, date(2027, 1, 20), date(2027, 3, 5), "10")
    assert cap.months_to_show(dated, date(2027, 2, 10)) == [FEB, MAR]
    undated = _work(2, None, None, None)
    assert cap.months_to_show(undated, date(2027, 1, 31)) == [JAN, FEB, MAR]
    assert cap.months_between(date(2026, 12, 31), date(2027, 1, 1)) == [date(2026, 12, 1), JAN]


def test_overlapping_days_off_count_once() -> None:
    first = cap.DaysOff(date(2027, 2, 1), date(2027, 2, 10))
    second = cap.DaysOff(date(2027, 2, 8), date(2027, 2, 12))  # overlaps: 1–12 Feb, 10 days
    adjoining = cap.DaysOff(date(2027, 2, 13), date(2027, 2, 15))  # Sat–Mon: one more day
    calendar = cap.Calendar((second, adjoining, first))
    assert calendar.workdays(FEB, date(2027, 2, 28)) == 20 - 11


def test_working_days_counted_by_arithmetic_agree_with_counting_each_day() -> None:
    holiday = cap.DaysOff(date(2027, 3, 3), date(2027, 3, 9))
    calendar = cap.Calendar((holiday,))
    first = date(2027, 2, 24)
    for length in range(40):
        last = first + timedelta(days=length)
        by_day = sum(
            (first + timedelta(days=i)).weekday() < 5
            and not holiday.starts_on <= first + timedelta(days=i) <= holiday.ends_on
            for i in range(length + 1)
        )
        assert calendar.workdays(first, last) == by_day
