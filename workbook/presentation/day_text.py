"""Reading a day the way people type it in the UI language: German 01.03.2026, 1.3.26 or 1.3.
(this year), English as the British locale writes it (1 Mar 2026, 01/03/2026), month names in
either language, and ISO 2026-03-01 always. Pure Python, so forms and tests share one rule."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "dezember"),
}  # fmt: skip
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# day first in both languages: "1.3.26", "01.03.2026", "1.3." (German), "01/03/2026" (British)
_NUMERIC = {
    "de": re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})?"),
    "en": re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})"),
}
_NAMED = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s*(\d{2}|\d{4})?")
# "26" is 2026; a two-digit year more than this far ahead is the last century's ("49" → 1949)
_CENTURY_AHEAD = 25


def parse_day(text: str, language: str, today: date) -> date | None:
    """None for an empty text (no date); ValueError for anything that is not a day."""
    text = text.strip()
    if not text:
        return None
    if match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return date(year, month, day)
    if match := _NUMERIC[language].fullmatch(text):
        day, month = int(match[1]), int(match[2])
        return date(_full_year(match[3], today), month, day)
    if match := _NAMED.fullmatch(text):
        return date(_full_year(match[3], today), _month(match[2]), int(match[1]))
    raise ValueError(text)


def _month(name: str) -> int:
    """A month by its name or its first three letters or more, in English or German."""
    name = name.casefold()
    for names in _MONTHS.values():
        for number, month in enumerate(names, start=1):
            if len(name) >= 3 and month.startswith(name):
                return number
    raise ValueError(name)


def _full_year(text: str | None, today: date) -> int:
    if not text:
        return today.year
    year = int(text)
    if len(text) == 4:
        return year
    year += 2000
    return year - 100 if year > today.year + _CENTURY_AHEAD else year
