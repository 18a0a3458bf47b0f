"""Client Workbook: offline client dossiers for independent consultants."""

import os
import time
from pathlib import Path

# Taken as the package is first imported (main.py does that at once), to tell the process's
# age without /proc (see process_age_ms).
_IMPORTED = time.perf_counter()

APP_NAME = "Client Workbook"
APP_ID = "ClientWorkbook"
__version__ = "0.1.0"

# Sub-commands of main.py that run without Qt (workbook.cli.main); anything else starts the app.
CLI_COMMANDS = (
    "demo",
    "check",
    "backup",
    "export",
    "import",
    "search",
    "erase",
    "protocol",
    "notice",
    "today",
    "calendar",
)
# Of those, the ones whose output Qt renders (a PDF): main.py lends them Qt's printing through
# workbook.app, on the offscreen platform; their arguments and data stay in workbook.cli.
PRINTING_COMMANDS = ("protocol",)

# Icons and translations ship beside the package (resources/ in the checkout).
RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def process_age_ms() -> float:
    """Milliseconds since this process started: from the kernel where it says (Linux), plus
    the precise time since this package was imported; else since that import."""
    return (_age_at_import() + time.perf_counter() - _IMPORTED) * 1000


def _age_at_import() -> float:
    try:
        with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
            started = int(stat.read().rsplit(")", 1)[1].split()[19])  # field 22: starttime
            now = float(uptime.read().split()[0])
        return max(now - started / os.sysconf("SC_CLK_TCK") - (time.perf_counter() - _IMPORTED), 0)
    except (OSError, ValueError, IndexError):
        return 0.0
