"""The clients list at 200k clients: the first page as the tab asks for it (sorted, filtered,
with primary contact, engagement count and last contact), against a bare sqlite3 query for
the same 500 names in the same run."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from workbook.domain.names import fold
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery, ClientSort
from workbook.store.database import open_database

CLIENTS = 200_000
RUNS = 5


def _fill(path: Path) -> None:
    connection = sqlite3.connect(path)
    now = "2026-11-25 00:00:00"
    connection.executemany(
        "INSERT INTO client (id, created_at, updated_at, name, name_key, industry, address, "
        "website, notes, tags, feedback_interval_days) "
        "VALUES (?, ?, ?, ?, ?, ?, '', '', '', ?, 21)",
        ((n, now, now, f"Kunde Müller {n:06d}", fold(f"Kunde Müller {n:06d}"),
          ("Maschinenbau", "Logistik", "Handel")[n % 3], "Bestand") for n in range(1, CLIENTS + 1)),
    )  # fmt: skip
    connection.executemany(
        "INSERT INTO contact (created_at, updated_at, client_id, name, role, department, email, "
        "phone, is_primary, notes) VALUES (?, ?, ?, ?, '', '', '', '', 1, '')",
        ((now, now, n, f"Jürgen {n}") for n in range(1, CLIENTS + 1)),
    )
    connection.executemany(
        "INSERT INTO journal_entry (created_at, updated_at, client_id, occurred_on, kind, "
        "summary, details, follow_up_done) VALUES (?, ?, ?, ?, 'call', 'Telefonat', '', 0)",
        ((now, now, n, f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}") for n in range(1, CLIENTS, 2)),
    )
    connection.commit()
    connection.close()


def _median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def test_first_page_of_200k_clients(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    open_database(path).close()
    _fill(path)
    database = open_database(path)
    clients = ClientService(database)
    raw = sqlite3.connect(path)

    def bare() -> object:
        return raw.execute(
            "SELECT id, name FROM client WHERE archived_at IS NULL ORDER BY name_key LIMIT 500"
        ).fetchall()

    base = _median_ms(bare)
    cases = {
        "sorted by name": ClientQuery(),
        "sorted by last contact": ClientQuery(sort=ClientSort.last_contact, descending=True),
        "sorted by engagements": ClientQuery(sort=ClientSort.engagements),
        "filtered 'müller 0999'": ClientQuery(text="müller 0999"),
    }
    print(f"\nclients list, {CLIENTS} clients, first page of 500 (median of {RUNS}):")
    print(f"  bare sqlite3 SELECT ... ORDER BY name_key LIMIT 500: {base:.1f} ms = 1.00")
    for label, query in cases.items():
        ratio = _median_ms(lambda q=query: clients.list(q, limit=500)) / base
        print(f"  {label}: {ratio:.1f}x")
    count_ratio = _median_ms(lambda: clients.count(ClientQuery())) / base
    print(f"  count for the status bar: {count_ratio:.1f}x")
    raw.close()
    database.close()
