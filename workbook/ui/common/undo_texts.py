"""The undo stack's step names in the new language after a run-time switch.

A step is named once, when it is done ("Kunde Müller archivieren"), from a translated pattern
and its arguments. After a switch the name is read back against the patterns of the language
it was written in, and written anew from the same pattern in the new language: the arguments
(names, titles) stay as they are."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from workbook.presentation.ts_reader import SOURCE_LANGUAGE, messages

_ARGUMENT = re.compile(r"%(\d)")


def retranslate_steps(stack: QUndoStack, before: str) -> None:
    """`before`: the language the steps were named in; the new one is installed already."""
    for index in range(stack.count()):
        step = stack.command(index)
        if step is not None and (text := renamed(step.text(), before)) is not None:
            step.setText(text)
    stack.setIndex(stack.index())  # nothing is undone: the Undo and Redo actions show the names


def renamed(text: str, before: str) -> str | None:
    """`text` in the current language, or None when no pattern of `before` wrote it."""
    for pattern, context, source in _patterns(before):
        if (match := pattern.fullmatch(text)) is not None:
            now = QCoreApplication.translate(context, source)
            return _ARGUMENT.sub(lambda number: match[f"a{number[1]}"] or "", now)
    return None


@cache
def _patterns(language: str) -> list[tuple[re.Pattern[str], str, str]]:
    """Every message with an argument, as a pattern of its text in `language`; the ones with
    the most fixed text first, so "Edit client %1" wins over a bare "%1"."""
    found = []
    # The translated messages, with their English sources: the patterns of both languages.
    for (context, source), translated in messages(_TRANSLATED).items():
        written = source if language == SOURCE_LANGUAGE else translated
        if _ARGUMENT.search(written):
            fixed = len(_ARGUMENT.sub("", written))
            found.append((fixed, re.compile(_regex(written), re.DOTALL), context, source))
    found.sort(key=lambda item: -item[0])
    return [(pattern, context, source) for _fixed, pattern, context, source in found]


def _regex(written: str) -> str:
    parts, seen = [], set()
    for part in re.split(r"(%\d)", written):
        if not _ARGUMENT.fullmatch(part):
            parts.append(re.escape(part))
        elif part in seen:  # the same argument again: the same text
            parts.append(f"(?P=a{part[1:]})")
        else:
            seen.add(part)
            parts.append(f"(?P<a{part[1:]}>.+?)")
    return "".join(parts)


_TRANSLATED = "de"
