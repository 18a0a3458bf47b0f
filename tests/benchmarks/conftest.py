"""One `demo --clients 5000` database for the benchmarks that measure at that size (about
305,000 rows), made once per run and copied where a benchmark writes."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from workbook.demo.generator import fill_demo
from workbook.store.database import open_database

CLIENTS = 5000
TODAY = date(2026, 11, 25)


@pytest.fixture(scope="session")
def demo_5000(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "demo5000.sqlite3"
    database = open_database(path)
    try:
        fill_demo(database, clients=CLIENTS, today=TODAY)
    finally:
        database.close()
    return path


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000
