"""Client Workbook. `python main.py --help` for the app, `python main.py demo --help` and the
other sub-commands for the command line."""

import sys


def _run() -> int:
    from workbook import CLI_COMMANDS, PRINTING_COMMANDS

    if len(sys.argv) > 1 and sys.argv[1] in PRINTING_COMMANDS:
        from workbook.app import printing_command  # the command line, with Qt's PDF writer

        return printing_command(sys.argv[1:])
    if len(sys.argv) > 1 and sys.argv[1] in CLI_COMMANDS:
        from workbook.cli.main import main as cli_main

        return cli_main(sys.argv[1:])
    # The app imports Qt; the command line above never does.
    from workbook.app import main as app_main

    return app_main(sys.argv)


if __name__ == "__main__":
    sys.exit(_run())
