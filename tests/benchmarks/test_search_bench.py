"""Global search at `demo --clients 5000`, keystroke by keystroke as the field asks, against
the bare FTS5 MATCH of the same words in the same run. Goal (#15): ≤ 50 ms per keystroke."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.benchmarks.conftest import median_ms
from workbook.services.workspace import build_workspace
from workbook.store.database import open_database

TYPED = ("Müller", "prozess", "kuhne", "strasse", "Datenschutz Audit")


def _keystrokes(text: str) -> list[str]:
    return [text[:end] for end in range(1, len(text) + 1) if text[end - 1] != " "]


def test_search_per_keystroke(demo_5000: Path) -> None:
    database = open_database(demo_5000, read_only=True)
    search = build_workspace(database).search
    raw = sqlite3.connect(demo_5000)
    ours, bare = [], []
    for text in TYPED:
        for typed in _keystrokes(text):
            ours.append(median_ms(lambda t=typed: search.search(t)))  # type: ignore[misc]
            query = " AND ".join(f'"{word}"*' for word in typed.split())
            bare.append(median_ms(lambda q=query: raw.execute(  # type: ignore[misc]
                "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 300", (q,)
            ).fetchall()))  # fmt: skip
    database.close()
    raw.close()
    ours.sort()
    worst, typical = ours[-1], ours[len(ours) // 2]
    print(
        f"\nsearch at 5,000 clients, {len(ours)} keystrokes: median {typical:.1f} ms, "
        f"worst {worst:.1f} ms (goal 50 ms); {sum(ours) / sum(bare):.1f}x the bare FTS5 MATCH"
    )
