"""Days typed the way each UI language writes them, ISO always; empty is no date."""

from __future__ import annotations

from datetime import date

import pytest

from workbook.presentation.day_text import parse_day

TODAY = date(2026, 11, 20)
MARCH_1 = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "01.03.2026"),
        ("de", "1.3.26"),
        ("de", "1.3.2026"),
        ("de", "1.3."),
        ("de", "1. März 2026"),
        ("de", "1. Mär 2026"),
        ("de", "2026-03-01"),
        ("en", "1 Mar 2026"),
        ("en", "01 March 2026"),
        ("en", "01/03/2026"),
        ("en", "1/3/26"),
        ("en", "2026-03-01"),
        ("en", " 2026-03-01 "),
    ],
)
def test_the_usual_forms_read_as_the_same_day(language: str, text: str) -> None:
    assert parse_day(text, language, TODAY) == MARCH_1


@pytest.mark.parametrize("language", ["de", "en"])
def test_empty_is_no_date(language: str) -> None:
    assert parse_day("", language, TODAY) is None
    assert parse_day("   ", language, TODAY) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "32.03.2026"),
        ("de", "29.2.2026"),  # 2026 is no leap year
        ("de", "–02026-03-01"),
        ("de", "01/03/2026"),  # not how German writes it: refused rather than guessed
        ("en", "03.01.2026"),
        ("en", "1 Foo 2026"),
        ("en", "2026-13-01"),
        ("en", "tomorrow"),
    ],
)
def test_anything_else_is_refused(language: str, text: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_day(text, language, TODAY)


def test_a_two_digit_year_far_ahead_is_the_last_century() -> None:
    assert parse_day("1.3.51", "de", TODAY) == date(2051, 3, 1)
    assert parse_day("1.3.52", "de", TODAY) == date(1952, 3, 1)
