"""Calendar arithmetic on date columns, the same on a file and on a server, so that rules over
dates (a plan's current term, its notice deadline) can filter and sort in SQL.

SQLite keeps a date as 'YYYY-MM-DD' text and works on it with date() and its modifiers;
PostgreSQL has a date type with integer days and intervals. Each function below is one SQL
expression whose result equals the Python of workbook.domain (add_months there is the
reference: the same day of the month, clamped to the month's end). SQLite's own '+N months'
does not clamp (31 Jan + 1 month is 3 March there), hence the min() below."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class add_days(FunctionElement[date]):  # noqa: N801  (reads as the SQL function it is)
    """`add_days(day, n)`: `day` plus `n` days (`n` an integer expression, may be negative)."""

    type = Date()
    inherit_cache = True


class add_months(FunctionElement[date]):  # noqa: N801
    """`add_months(day, n)`: the same day `n` months later (n ≥ 0), clamped to that month's
    last day: 31 Jan + 1 month = 28 Feb (29 in a leap year)."""

    type = Date()
    inherit_cache = True


class month_count(FunctionElement[int]):  # noqa: N801
    """`month_count(day)`: year × 12 + month − 1, so that two days' difference in calendar
    months is a subtraction."""

    type = Integer()
    inherit_cache = True


class day_of_month(FunctionElement[int]):  # noqa: N801
    """`day_of_month(day)`: 1–31."""

    type = Integer()
    inherit_cache = True


class days_in_month(FunctionElement[int]):  # noqa: N801
    """`days_in_month(day)`: 28–31, the last day of `day`'s month."""

    type = Integer()
    inherit_cache = True


def _arguments(element: FunctionElement[Any], compiler: Any, **kw: Any) -> list[str]:
    return [compiler.process(argument, **kw) for argument in element.clauses]


@compiles(add_days)
def _add_days_sqlite(element: add_days, compiler: Any, **kw: Any) -> str:
    day, days = _arguments(element, compiler, **kw)
    return f"date(julianday({day}) + ({days}))"


@compiles(add_days, "postgresql")
def _add_days_postgresql(element: add_days, compiler: Any, **kw: Any) -> str:
    day, days = _arguments(element, compiler, **kw)
    return f"(CAST({day} AS DATE) + CAST({days} AS INTEGER))"


@compiles(add_months)
def _add_months_sqlite(element: add_months, compiler: Any, **kw: Any) -> str:
    # the month's first day moved on, plus the day of the month — or, where that runs into the
    # month after, that month's last day (ISO text compares in date order)
    day, months = _arguments(element, compiler, **kw)
    same_day = (
        f"date({day}, 'start of month', ({months}) || ' months', "
        f"(CAST(strftime('%d', {day}) AS INTEGER) - 1) || ' days')"
    )
    last_day = f"date({day}, 'start of month', (({months}) + 1) || ' months', '-1 day')"
    return f"min({same_day}, {last_day})"


@compiles(add_months, "postgresql")
def _add_months_postgresql(element: add_months, compiler: Any, **kw: Any) -> str:
    # PostgreSQL clamps a month's step to the month's end by itself
    day, months = _arguments(element, compiler, **kw)
    return f"CAST(CAST({day} AS DATE) + make_interval(months => CAST({months} AS INTEGER)) AS DATE)"


@compiles(month_count)
def _month_count_sqlite(element: month_count, compiler: Any, **kw: Any) -> str:
    (day,) = _arguments(element, compiler, **kw)
    return (
        f"(CAST(strftime('%Y', {day}) AS INTEGER) * 12 + CAST(strftime('%m', {day}) AS INTEGER)"
        " - 1)"
    )


@compiles(month_count, "postgresql")
def _month_count_postgresql(element: month_count, compiler: Any, **kw: Any) -> str:
    (day,) = _arguments(element, compiler, **kw)
    return (
        f"(CAST(EXTRACT(YEAR FROM CAST({day} AS DATE)) AS INTEGER) * 12"
        f" + CAST(EXTRACT(MONTH FROM CAST({day} AS DATE)) AS INTEGER) - 1)"
    )


@compiles(day_of_month)
def _day_of_month_sqlite(element: day_of_month, compiler: Any, **kw: Any) -> str:
    (day,) = _arguments(element, compiler, **kw)
    return f"CAST(strftime('%d', {day}) AS INTEGER)"


@compiles(day_of_month, "postgresql")
def _day_of_month_postgresql(element: day_of_month, compiler: Any, **kw: Any) -> str:
    (day,) = _arguments(element, compiler, **kw)
    return f"CAST(EXTRACT(DAY FROM CAST({day} AS DATE)) AS INTEGER)"


@compiles(days_in_month)
def _days_in_month_sqlite(element: days_in_month, compiler: Any, **kw: Any) -> str:
    (day,) = _arguments(element, compiler, **kw)
    return f"CAST(strftime('%d', {day}, 'start of month', '+1 month', '-1 day') AS INTEGER)"


@compiles(days_in_month, "postgresql")
def _days_in_month_postgresql(element: days_in_month, compiler: Any, **kw: Any) -> str:
    (day,) = _arguments(element, compiler, **kw)
    last = f"CAST(date_trunc('month', CAST({day} AS DATE)) + INTERVAL '1 month - 1 day' AS DATE)"
    return f"CAST(EXTRACT(DAY FROM {last}) AS INTEGER)"
