"""Running the command line as it meets real users: without root's power over permissions
(the suite may run as root) and on a disk that is full."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


# Loaded before privileges are dropped: the interpreter and the venv may live where only root
# can read (a pyenv in /root), so nothing may be imported after the switch. The commands'
# lazy imports are listed here.
PRELOAD = (
    "encodings.idna",
    "encodings.utf_16_le",
    "workbook.cli.main",
    "workbook.demo.generator",
    "workbook.presentation.ts_reader",
    "workbook.spreadsheets.export.dossier",
    "workbook.spreadsheets.export.status_workbook",
    "workbook.services.importing.service",
    "workbook.services.workspace",
    "workbook.spreadsheets.importing.fields",
    "workbook.spreadsheets.importing.preview",
    "workbook.spreadsheets.importing.problems",
    "workbook.spreadsheets.importing.reading",
    "workbook.spreadsheets.importing.report",
    "workbook.store.check",
    "workbook.store.models",
    "alembic.autogenerate",
    "alembic.command",
    "alembic.migration",
    "alembic.config",
    "alembic.script",
)

_DRIVER = """
import importlib, os, sys
for name in sys.argv[1].split(","):
    importlib.import_module(name)
uid, gid = int(sys.argv[2]), int(sys.argv[3])
if uid >= 0:  # drop root's privileges: from here on, file permissions apply
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
from workbook.cli.main import main
sys.exit(main(sys.argv[4:]))
"""


def unprivileged_ids() -> tuple[int, int]:
    """The user and group to become (nobody) when running as root; (-1, -1) when not root, as
    then file permissions apply to this user already."""
    if os.geteuid() != 0:
        return -1, -1
    nobody = pwd.getpwnam("nobody")
    return nobody.pw_uid, nobody.pw_gid


def environment(home: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    env["HOME"] = str(home)
    return env


def run_cli(args: Sequence[str], *, home: Path) -> Outcome:
    """main.py with `args` in a new process, as an unprivileged user."""
    uid, gid = unprivileged_ids()
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, ",".join(PRELOAD), str(uid), str(gid), *args],
        cwd=home,
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


_ATOMIC_DRIVER = """
import sys
from pathlib import Path
from workbook.files.atomic import ExportError, atomic_write
uid, gid = int(sys.argv[1]), int(sys.argv[2])
if uid >= 0:
    import os
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
try:
    atomic_write(Path(sys.argv[3]), lambda path: path.write_bytes(b"new"))
except ExportError as error:
    print(error.reason.name)
else:
    print("written")
"""


def write_atomically(target: Path) -> str:
    """workbook.files.atomic_write of `target` in a new process, as an unprivileged user:
    the ExportProblem's name, or "written"."""
    uid, gid = unprivileged_ids()
    done = subprocess.run(
        [sys.executable, "-c", _ATOMIC_DRIVER, str(uid), str(gid), str(target)],
        env=environment(target.parent), capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return done.stdout.strip()


@contextmanager
def folder_for_everyone() -> Iterator[Path]:
    """A folder every user may enter and write to (pytest's tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="workbook-test-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_SMALL_DISK_DRIVER = """
import json, shutil, subprocess, sys
disk, files, args = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
for source, name in files:
    shutil.copyfile(source, f"{disk}/{name}")
done = subprocess.run([sys.executable, *args], capture_output=True, text=True)
listing = sorted(p for p in __import__("os").listdir(disk))
print(json.dumps([done.returncode, done.stdout, done.stderr, listing]))
"""


def run_on_small_disk(
    kilobytes: int, args: Sequence[str], *, files: Sequence[tuple[Path, str]] = ()
) -> tuple[Outcome, list[str]]:
    """main.py with `args` ("{disk}" stands for the small disk's folder) on a fresh tmpfs of
    `kilobytes`, mounted in a mount namespace of its own (so nothing outside sees it), after
    copying `files` (source, name) onto it. Returns the outcome and what is left on the disk."""
    disk = Path(tempfile.mkdtemp(prefix="workbook-small-disk-"))
    try:
        argv = [str(ROOT / "main.py"), *(a.replace("{disk}", str(disk)) for a in args)]
        script = f'mount -t tmpfs -o size={kilobytes}k tmpfs "$1" || exit 97; shift; exec "$@"'
        namespace = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-r", "-m"]
        command = [*namespace, "sh", "-c", script, "sh", str(disk), sys.executable, "-c",
                   _SMALL_DISK_DRIVER, str(disk), json.dumps([(str(s), n) for s, n in files]),
                   json.dumps(argv)]  # fmt: skip
        done = subprocess.run(
            command, capture_output=True, text=True, env=environment(disk), timeout=300
        )
        if done.returncode == 97:  # no right to mount (no root, no user namespaces)
            pytest.skip(f"cannot mount a small file system here: {done.stderr.strip()}")
        assert done.returncode == 0, done.stderr
        code, out, err, listing = json.loads(done.stdout)
        return Outcome(code, out, err), listing
    finally:
        shutil.rmtree(disk, ignore_errors=True)
