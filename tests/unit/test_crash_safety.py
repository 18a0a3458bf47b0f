"""A writer killed (SIGKILL) in the middle of saving loses at most the save in flight: every
save it reported done is there, the file opens cleanly and passes `check` (issue 15, point 6)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.users import ROOT, environment
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery
from workbook.store.check import check_file
from workbook.store.database import open_database

# Saves clients one transaction each, as the window does, and says so after each commit.
_WRITER = """
import sys
from pathlib import Path
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.store.database import open_database
clients = ClientService(open_database(Path(sys.argv[1])))
start = int(sys.argv[2])
print("ready", flush=True)
for number in range(start, start + 100_000):
    created = clients.create(ClientInput(name=f"Kunde {number}", notes="Notiz " * 400))
    clients.add_contact(created.created_id, ContactInput(name=f"Kontakt {number}"))
    print(number, flush=True)
"""
KILLS = 6


def _names(path: Path) -> set[str]:
    database = open_database(path)  # the app's own opening: quick_check, search index
    try:
        clients = ClientService(database)
        rows = clients.list(ClientQuery(include_archived=True), limit=100_000)
        return {row.name for row in rows}
    finally:
        database.close()


def _write_until_killed(path: Path, start: int, rng: random.Random) -> int | None:
    """The last client the writer reported saved before it was killed mid-work."""
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), str(start)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env=environment(path.parent),
    )  # fmt: skip
    assert writer.stdout is not None
    assert writer.stdout.readline() == "ready\n"
    deadline = time.monotonic() + rng.uniform(0.05, 0.4)
    last = None
    while time.monotonic() < deadline:
        last = int(writer.stdout.readline())
    os.kill(writer.pid, signal.SIGKILL)  # most likely inside a transaction: saves never pause
    writer.wait()
    # Lines the writer printed before it died: those saves were committed too.
    for line in writer.stdout:
        last = int(line)
    writer.stdout.close()
    return last


def test_a_writer_killed_again_and_again_loses_at_most_the_save_in_flight(
    db_path: Path,
) -> None:
    open_database(db_path).close()
    rng = random.Random(15)
    saved: set[str] = set()
    start = 0
    for _kill in range(KILLS):
        last = _write_until_killed(db_path, start, rng)
        assert last is not None, "the writer saved nothing before it was killed"
        saved |= {f"Kunde {n}" for n in range(start, last + 1)}
        found = _names(db_path)
        assert saved <= found  # nothing reported saved is lost
        in_flight = found - saved
        assert in_flight <= {f"Kunde {last + 1}"}  # at most the save in flight
        saved |= in_flight
        start = last + 2
        assert check_file(db_path) == []  # integrity, foreign keys, schema
    assert len(saved) > KILLS
