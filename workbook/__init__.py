"""Client Workbook: offline client dossiers for independent consultants."""

APP_NAME = "Client Workbook"
APP_ID = "ClientWorkbook"
__version__ = "0.1.0"

# Sub-commands of main.py that run without Qt (workbook.cli); anything else starts the app.
CLI_COMMANDS = ("demo", "check", "backup", "export", "import")
