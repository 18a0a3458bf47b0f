"""Damage a closed database file the way a failing disk or a bad copy does (issue 9, point 3)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def break_utf8(path: Path, text: str) -> None:
    """Overwrite the first two bytes of every stored copy of `text` (the row and its index
    entries alike, so SQLite's own checks still agree) with bytes that are not UTF-8."""
    data = path.read_bytes()
    encoded = text.encode()
    assert encoded in data, "the text must be in the file itself (close the database first)"
    path.write_bytes(data.replace(encoded, b"\xff\xfe" + encoded[2:]))


def wreck_table(path: Path, table: str) -> None:
    """Scribble over the root page of `table`: SQLite reads it as a malformed b-tree page."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
    finally:
        connection.close()
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\x0d\xff\xff\xff\xff\xff\xff\xff")  # a leaf claiming impossible cells
