"""A few words around what was searched for, with the matches marked — made from the stored
text of the rows shown, so the index is asked only which rows match (fast however many do)
and every implementation of it marks the same way.

Words are folded as the SQLite index folds them (unicode61, diacritics removed, case
ignored), so what is marked is what was found."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from workbook.store.search.marks import MARK_END, MARK_START

WORDS = 12  # shown around the first match
_BEFORE = 3  # of them before it
_TOKEN = re.compile(r"[^\W_]+")  # letters and digits, as the index splits text


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def snippet(text: str, prefixes: Sequence[str]) -> str | None:
    """`text` cut to WORDS words around its first word starting with one of `prefixes`
    (folded), every such word marked; None when none does."""
    folded = tuple(fold(prefix) for prefix in prefixes)
    tokens = list(_TOKEN.finditer(text))
    hits = [i for i, token in enumerate(tokens) if fold(token.group()).startswith(folded)]
    if not hits:
        return None
    first = max(0, min(hits[0] - _BEFORE, len(tokens) - WORDS))
    last = min(len(tokens), first + WORDS) - 1
    start = 0 if first == 0 else tokens[first].start()
    end = len(text) if last == len(tokens) - 1 else tokens[last].end()
    pieces, at = [], start
    for i in hits:
        if first <= i <= last:
            token = tokens[i]
            pieces += [text[at : token.start()], MARK_START, token.group(), MARK_END]
            at = token.end()
    pieces.append(text[at:end])
    return ("…" if start else "") + "".join(pieces) + ("…" if end < len(text) else "")
