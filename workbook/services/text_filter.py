"""Filtering lists by what the user types: every word must match somewhere (SQL LIKE)."""

from __future__ import annotations

from typing import Any

from sqlmodel import col

from workbook.store.matching import ilike


def contains(column: Any, word: str) -> Any:
    """`column` contains `word`, case-insensitively, with % and _ taken literally."""
    return ilike(col(column), f"%{_escaped(word)}%")


def contains_folded(column: Any, folded_word: str) -> Any:
    """For columns stored folded (domain.names.fold): a plain LIKE on the folded word."""
    return col(column).like(f"%{_escaped(folded_word)}%", escape="\\")


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
