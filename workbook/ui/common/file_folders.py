"""Where a dialog that opens a file (a database, a list to import) starts: the folder last used
for one in this run, else the user's documents folder — never the folder the app was started
from. Exports have their own rule (ui.common.export_folder: the folder set in Preferences)."""

from __future__ import annotations

from pathlib import Path

from workbook.ui.common.export_folder import documents_folder

_last: list[Path] = []  # the folder of the last file chosen, for the rest of the run


def start_folder() -> Path:
    return _last[-1] if _last else documents_folder()


def suggested(name: str) -> str:
    """A file name in the start folder, for a save dialog."""
    return str(start_folder() / name)


def chosen(path: str) -> str:
    """Note the folder of a path a dialog returned (empty: cancelled); returns `path`."""
    if path:
        _last[:] = [Path(path).parent]
    return path
