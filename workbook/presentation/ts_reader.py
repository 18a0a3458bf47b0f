"""Translations for the command line, read straight from a Qt Linguist .ts file (no Qt).

The .ts is our own file from resources/i18n, so the standard library's parser is enough.
Unfinished, obsolete and empty translations fall back to the English source, as Qt does."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from workbook import RESOURCES

I18N = RESOURCES / "i18n"
SOURCE_LANGUAGE = "en"
_SKIPPED = frozenset({"unfinished", "obsolete", "vanished"})


def translator_from_ts(
    path: Path = I18N, language: str = SOURCE_LANGUAGE
) -> Callable[[str, str], str]:
    """translate(context, source) for `language`; English is the identity.

    `path` is the folder holding workbook_<language>.ts, or a .ts file itself."""
    if language == SOURCE_LANGUAGE:
        return _identity
    file = path if path.suffix == ".ts" else path / f"workbook_{language}.ts"
    table = _read(file)

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate


def messages(language: str, path: Path = I18N) -> dict[tuple[str, str], str]:
    """(context, source) → the finished translation, for every message of `language`."""
    return {} if language == SOURCE_LANGUAGE else _read(path / f"workbook_{language}.ts")


def available_languages(path: Path = I18N) -> tuple[str, ...]:
    found = sorted(p.stem.removeprefix("workbook_") for p in path.glob("workbook_*.ts"))
    return (SOURCE_LANGUAGE, *found)


def _identity(context: str, source: str) -> str:
    return source


def _read(file: Path) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is None or translation is None or translation.get("type") in _SKIPPED:
                continue
            if translation.text and translation.text.strip():
                table[(name, source)] = translation.text
    return table
