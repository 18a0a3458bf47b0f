"""Column widths that let a sheet print one page wide at a readable size.

A sheet prints one page wide (print_setup): the wider its columns, the smaller its print. Numbers,
dates and ticks keep the width they need; the columns of words give way, the widest first, down
to a floor of their own (their header's longest word, so no word is split), and their cells wrap
onto further lines instead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbook.spreadsheets.export.row_stream import Row

# Neither Excel nor LibreOffice makes a row taller for wrapped text when it opens a file: the
# rows are given the height of their lines.
LINE_POINTS = 15  # the height of a line of 11-point text
MOST_LINES = 27  # Excel's tallest row, 409 points


@dataclass(frozen=True)
class Need:
    """What one column asks for, in characters of column width."""

    width: int  # to show its content on one line (already capped for long text)
    # The narrowest it can wrap to keeping its words whole, and splitting the longest ones;
    # both == width for a column that cannot wrap.
    whole_words: int
    floor: int


def fitted_widths(needs: Sequence[Need], budget: int) -> list[int]:
    """Each column's width: as asked when they fit within `budget`; else the wrapping columns
    capped at one common width, the largest that fits, keeping words whole if that can fit,
    else down to their floors. A sheet whose floors alone exceed the budget gets its floors:
    it prints smaller, but nothing is cut."""
    widths = [need.width for need in needs]
    for floors in ([need.whole_words for need in needs], [need.floor for need in needs]):
        widths = _capped(needs, floors, budget)
        if sum(widths) <= budget:
            break
    return widths


def _capped(needs: Sequence[Need], floors: Sequence[int], budget: int) -> list[int]:
    widths = [need.width for need in needs]
    for cap in range(max(widths, default=0), 0, -1):
        if sum(widths) <= budget:
            break
        widths = [
            max(floor, min(need.width, cap)) for need, floor in zip(needs, floors, strict=True)
        ]
    return widths


@dataclass(frozen=True)
class Layout:
    widths: list[int]
    printed: int  # the first columns, those that print; the rest only repeat a highlight


def lay_out(needs: Sequence[Need], budget: int, *, repeats: int = 0) -> Layout:
    """Every column prints when they fit within `budget` with their words whole; else the
    `repeats` last ones (flags that only repeat a highlight) are left off the page, keeping
    their width, and the others share the whole budget — a client's name split in two reads
    worse than a flag missing from the print."""
    whole = _capped(needs, [need.whole_words for need in needs], budget)
    if sum(whole) <= budget or repeats == 0:
        return Layout(fitted_widths(needs, budget), len(needs))
    printed = len(needs) - repeats
    narrowed = fitted_widths(needs[:printed], budget)
    return Layout(narrowed + [need.width for need in needs[printed:]], printed)


def row_height(row: Row, widths: Sequence[int]) -> float | None:
    """Points for a row as tall as its most wrapped text in columns `widths` wide; None for
    one line (the default height). A row may have fewer cells than there are columns."""
    lines = max(
        (lines_in(cell[0], width) for cell, width in zip(row, widths, strict=False)
         if cell is not None and isinstance(cell[0], str)),
        default=1,
    )  # fmt: skip
    return LINE_POINTS * min(lines, MOST_LINES) if lines > 1 else None


def lines_in(words: str, width: int) -> int:
    """The lines `words` take wrapped at `width` characters, their own line breaks kept."""
    chars = max(width - 2, 1)  # the cell's padding
    if len(words) <= chars and "\n" not in words:  # most cells: no wrapping to work out
        return 1
    return sum(_wrapped(part, chars) for part in words.splitlines()) or 1


def _wrapped(part: str, chars: int) -> int:
    """Lines of one paragraph wrapped at word boundaries, a word longer than a line split (as
    textwrap counts them; a row per cell of text would make textwrap the export's slowest step)."""
    lines, used = 1, 0
    for word in part.split():
        need = len(word) if used == 0 else used + 1 + len(word)
        if need <= chars:
            used = need
            continue
        length = len(word)
        if length > chars and used:  # a long word fills the line first, as textwrap splits it
            length -= max(chars - used - 1, 0)
        if used:
            lines += 1
        full, used = divmod(length, chars)
        if used == 0:
            full, used = full - 1, chars
        lines += full
    return lines
