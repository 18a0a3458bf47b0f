"""Back up a server database with PostgreSQL's own pg_dump, where this computer has it.

A file's backup is a copy by SQLite's backup API; a server database has no file here, and its
consistent copy is what pg_dump writes (one snapshot, whatever colleagues save meanwhile), in
its custom format, which pg_restore reads back. The password comes from PGPASSWORD or
~/.pgpass, as for the app's own connections, or is the one typed in the window (handed over
in pg_dump's environment, never on its command line): pg_dump never asks for one."""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

from workbook.files.atomic import atomic_write
from workbook.files.targets import guard_target
from workbook.store.locations import ServerAddress
from workbook.store.server.opening import NO_PASSWORD, unavailable

SUFFIX = ".dump"


class DumpFailed(Exception):
    """pg_dump is missing or refused (another version than the server's, no access); the
    first line it wrote says why. Nothing was written."""


def pg_dump_program() -> Path | None:
    """pg_dump on the PATH, else the newest in Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which("pg_dump")
    if found is not None:
        return Path(found)
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), key=lambda p: int(Path(p).parts[-3])
    )
    return Path(versions[-1]) if versions else None


def dump_name(address: ServerAddress, day: date) -> str:
    """What a backup of `address` is called: anna@host/workbook → anna_host_workbook-backup-…"""
    name = f"{address}-backup-{day.isoformat()}".removeprefix("postgresql://")
    return re.sub(r"[^\w.-]+", "_", name) + SUFFIX


def dump(
    address: ServerAddress, target: Path, *, overwrite: bool, program: Path | None = None
) -> Path:
    """The database at `address` as `target` (written atomically); an existing file is replaced
    only with `overwrite`, a SQLite database never. Raises DumpFailed, ServerUnavailable when
    no password is at hand, or ExportError when `target` cannot be written."""
    program = program or pg_dump_program()
    if program is None:
        raise DumpFailed("pg_dump is not installed on this computer")
    guard_target(target, overwrite=overwrite)

    environment = dict(os.environ)
    if address.password is not None:
        environment["PGPASSWORD"] = address.password

    def write(partial: Path) -> None:
        done = subprocess.run(
            [str(program), "--format=custom", "--no-password", f"--file={partial}",
             f"--dbname={address}"],
            capture_output=True, text=True, check=False, env=environment,
        )  # fmt: skip
        if done.returncode != 0:
            if NO_PASSWORD in done.stderr:  # as the app's own connection would say it
                raise unavailable(address, done.stderr)
            lines = done.stderr.strip().splitlines() or ["pg_dump failed"]
            raise DumpFailed(lines[0].removeprefix("pg_dump: ").removeprefix("error: "))

    atomic_write(target, write)
    return target
