"""A failed or cancelled export leaves any earlier file as it was, and no temporary file."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from datetime import date
from pathlib import Path

import pytest

from tests.users import folder_for_everyone, write_atomically
from workbook.demo.generator import fill_demo
from workbook.files.atomic import ExportError, ExportProblem, atomic_write
from workbook.services.workspace import build_workspace
from workbook.spreadsheets.export.status_workbook import write_status_workbook
from workbook.store.database import Database

TODAY = date(2026, 11, 25)
OLD = b"the earlier export, byte for byte"


@pytest.fixture
def earlier(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "status.xlsx"
    target.write_bytes(OLD)
    return target


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".partial")]


def test_writes_the_file_and_leaves_nothing_else(earlier: Path) -> None:
    atomic_write(earlier, lambda path: path.write_bytes(b"new"))
    assert earlier.read_bytes() == b"new"
    assert list(earlier.parent.iterdir()) == [earlier]


def test_a_failing_writer_leaves_the_old_file(earlier: Path) -> None:
    def fail(path: Path) -> None:
        path.write_bytes(b"half")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        atomic_write(earlier, fail)
    assert earlier.read_bytes() == OLD
    assert _partials(earlier.parent) == []


def test_ctrl_c_leaves_the_old_file(earlier: Path) -> None:
    def interrupted(path: Path) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(earlier, interrupted)
    assert earlier.read_bytes() == OLD
    assert _partials(earlier.parent) == []


def test_cancel_mid_export_leaves_the_old_file(
    database: Database, earlier: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_demo(database, clients=12, today=TODAY)
    # openpyxl streams sheets through temporary files: watch a folder of this test's own, as
    # other programs write theirs to the shared one meanwhile.
    own = tmp_path / "temporary"
    own.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(own))
    reported: list[int] = []
    with pytest.raises(ExportError) as raised:
        write_status_workbook(
            build_workspace(database).reports, earlier, today=TODAY,
            progress=lambda done, total: reported.append(done),
            cancelled=lambda: bool(reported) and reported[-1] > 200,  # a few sheets in
            overwrite=True,  # OLD is not a workbook: replacing it has to be asked for
        )  # fmt: skip
    assert raised.value.reason is ExportProblem.cancelled
    assert max(reported) > 200
    assert earlier.read_bytes() == OLD
    assert _partials(earlier.parent) == []
    assert list(own.iterdir()) == []


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "status.xlsx"
    with pytest.raises(ExportError) as raised:
        atomic_write(target, lambda path: path.write_bytes(b"x"))
    assert raised.value.reason is ExportProblem.folder_missing
    assert "nowhere" in str(raised.value)


# Run as an unprivileged user: root ignores file permissions.


def test_read_only_folder() -> None:
    with folder_for_everyone() as shared:
        folder = shared / "out"
        folder.mkdir()
        target = folder / "status.xlsx"
        target.write_bytes(OLD)
        target.chmod(0o666)
        folder.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
        assert write_atomically(target) == ExportProblem.target_locked.name
        assert target.read_bytes() == OLD
        assert _partials(folder) == []


def test_read_only_target() -> None:
    with folder_for_everyone() as folder:
        target = folder / "status.xlsx"
        target.write_bytes(OLD)
        target.chmod(0o444)
        assert write_atomically(target) == ExportProblem.target_locked.name
        assert target.read_bytes() == OLD
        assert _partials(folder) == []


def test_the_unprivileged_writer_can_write_where_it_may() -> None:
    """The two above fail for the permissions, not for the way they are run."""
    with folder_for_everyone() as folder:
        target = folder / "status.xlsx"
        target.write_bytes(OLD)
        target.chmod(0o666)
        assert write_atomically(target) == "written"
        assert target.read_bytes() == b"new"


def test_a_target_locked_by_another_program(earlier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What Windows does while Excel has the file open: the replace is refused."""

    def refuse(source: object, target: object) -> None:
        raise PermissionError(errno.EACCES, "in use", str(target))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as raised:
        atomic_write(earlier, lambda path: path.write_bytes(b"x"))
    assert raised.value.reason is ExportProblem.target_locked
    assert earlier.read_bytes() == OLD
    assert _partials(earlier.parent) == []


def test_disk_full(earlier: Path) -> None:
    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as raised:
        atomic_write(earlier, full)
    assert raised.value.reason is ExportProblem.disk_full
    assert earlier.read_bytes() == OLD
    assert _partials(earlier.parent) == []


def test_other_errors_pass_unchanged(earlier: Path) -> None:
    def broken(path: Path) -> None:
        raise OSError(errno.EIO, "I/O error")

    with pytest.raises(OSError, match="I/O error") as raised:
        atomic_write(earlier, broken)
    assert not isinstance(raised.value, ExportError)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_replaced_file_keeps_its_permissions(earlier: Path) -> None:
    earlier.chmod(0o640)
    atomic_write(earlier, lambda path: path.write_bytes(b"new"))
    assert stat.S_IMODE(earlier.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_new_file_follows_the_umask_not_private_temp_files(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        atomic_write(tmp_path / "new.xlsx", lambda path: path.write_bytes(b"new"))
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.xlsx").stat().st_mode) == 0o644
