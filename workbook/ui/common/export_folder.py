"""Where a file the user exports is suggested to go: the folder set in Preferences, else the
Documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location))


def suggested_path(folder: Path | None, file_name: str) -> str:
    """`file_name` in `folder` when it still exists, else in the Documents folder."""
    base = folder if folder is not None and folder.is_dir() else documents_folder()
    return str(base / file_name)
