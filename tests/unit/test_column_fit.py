"""Column widths for a sheet that prints one page wide: the columns of words give way, the
numbers keep their width, and flags that repeat a highlight leave the page first."""

from __future__ import annotations

import textwrap

import pytest

from workbook.spreadsheets.export.column_fit import Need, fitted_widths, lay_out, lines_in

DATE = Need(12, 12, 12)  # a column that cannot wrap


def test_columns_that_fit_keep_what_they_ask_for() -> None:
    assert fitted_widths([Need(30, 20, 13), DATE], budget=50) == [30, 12]


def test_the_widest_words_give_way_first_and_numbers_keep_their_width() -> None:
    needs = [Need(50, 20, 13), Need(30, 20, 13), DATE]
    assert fitted_widths(needs, budget=60) == [24, 24, 12]


def test_words_stay_whole_while_they_can_and_split_only_when_they_must() -> None:
    needs = [Need(40, 20, 13), Need(40, 20, 13), DATE]
    assert fitted_widths(needs, budget=52) == [20, 20, 12]  # the longest words whole
    assert fitted_widths(needs, budget=40) == [14, 14, 12]  # below them, down to the floor


def test_a_sheet_too_wide_even_at_its_floors_gets_its_floors() -> None:
    needs = [Need(40, 20, 13), DATE, DATE]
    assert fitted_widths(needs, budget=20) == [13, 12, 12]


def test_repeated_flags_stay_on_the_page_while_the_sheet_fits() -> None:
    layout = lay_out([Need(30, 20, 13), DATE, Need(9, 9, 9)], budget=60, repeats=1)
    assert (layout.widths, layout.printed) == ([30, 12, 9], 3)


def test_repeated_flags_leave_the_page_when_the_sheet_would_print_too_small() -> None:
    needs = [Need(30, 20, 13), DATE, Need(9, 9, 9), Need(9, 9, 9)]
    layout = lay_out(needs, budget=40, repeats=2)
    assert layout.printed == 2
    assert layout.widths == [28, 12, 9, 9]  # the others share the whole budget


def test_repeated_flags_leave_the_page_before_words_are_split() -> None:
    needs = [Need(30, 20, 13), DATE, Need(9, 9, 9)]
    layout = lay_out(needs, budget=40, repeats=1)  # 20 + 12 + 9 > 40, but 13 + 12 + 9 fits
    assert (layout.widths, layout.printed) == ([28, 12, 9], 2)


def test_lines_of_wrapped_text() -> None:
    assert lines_in("short", 12) == 1
    assert lines_in("Migration der Warenwirtschaft", 17) == 2  # 2 for padding
    assert lines_in("one\ntwo\nthree", 40) == 3


@pytest.mark.parametrize(
    "words",
    ["a " + "x" * 45, "Informationssicherheit nach ISO 27001 vorbereiten", "x" * 40, "– – und –"],
)
@pytest.mark.parametrize("width", [3, 8, 12, 22, 42])
def test_lines_are_counted_as_textwrap_wraps_them(words: str, width: int) -> None:
    assert lines_in(words, width) == max(1, len(textwrap.wrap(words, width - 2)))
