"""Client Workbook: offline client dossiers for independent consultants."""

from pathlib import Path

APP_NAME = "Client Workbook"
APP_ID = "ClientWorkbook"
__version__ = "0.1.0"

# Sub-commands of main.py that run without Qt (workbook.cli.main); anything else starts the app.
CLI_COMMANDS = ("demo", "check", "backup", "export", "import", "notice")

# Icons and translations ship beside the package (resources/ in the checkout).
RESOURCES = Path(__file__).resolve().parents[1] / "resources"
