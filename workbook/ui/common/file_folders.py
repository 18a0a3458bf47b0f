"""Where a file dialog opens: the folder last used for a file in this run, else the user's
documents folder — never the folder the app was started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last: list[Path] = []  # the folder of the last file chosen, for the rest of the run


def start_folder() -> Path:
    if _last:
        return _last[-1]
    documents = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(documents) or Path.home())


def suggested(name: str) -> str:
    """A file name in the start folder, for a save dialog."""
    return str(start_folder() / name)


def chosen(path: str) -> str:
    """Note the folder of a path a dialog returned (empty: cancelled); returns `path`."""
    if path:
        _last[:] = [Path(path).parent]
    return path
