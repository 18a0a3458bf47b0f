"""Demo generation (`demo --clients 2000`) against raw sqlite3 executemany of the very same rows
into the same empty schema, in the same run. Goal (#15): at most 2×."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from tests.benchmarks.conftest import TODAY
from workbook.demo.generator import TABLES, fill_demo
from workbook.store.database import open_database

CLIENTS = 2000


def _rows(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    connection = sqlite3.connect(path)
    try:
        found = {}
        for table in ("clarification_question", *TABLES):
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            found[table] = (columns, connection.execute(f"SELECT * FROM {table}").fetchall())
        return found
    finally:
        connection.close()


def _raw_insert(empty: Path, rows: dict[str, tuple[list[str], list[tuple[object, ...]]]]) -> float:
    """The same rows with plain executemany in one transaction, the search index's triggers
    dropped (the baseline writes table rows only)."""
    connection = sqlite3.connect(empty, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.execute("DELETE FROM clarification_question")
        start = time.perf_counter()
        for table, (columns, values) in rows.items():
            marks = ", ".join("?" * len(columns))
            connection.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values
            )
        took = time.perf_counter() - start
        connection.execute("ROLLBACK")
        return took
    finally:
        connection.close()


def test_demo_generation_ratio(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    open_database(empty).close()
    ours = tmp_path / "ours.sqlite3"
    shutil.copyfile(empty, ours)
    database = open_database(ours)
    start = time.perf_counter()
    counts = fill_demo(database, clients=CLIENTS, today=TODAY)
    took = time.perf_counter() - start
    database.close()
    rows = _rows(ours)
    bare = min(_raw_insert(empty, rows) for _ in range(3))
    total = sum(counts.values())
    print(
        f"\ndemo --clients {CLIENTS} ({total:,} rows): {took:.1f} s = {took / bare:.1f}x raw "
        f"sqlite3 executemany of the same rows ({bare:.2f} s, no search index)"
    )
