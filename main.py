"""Client Workbook. `python main.py --help` for the app, `python main.py demo --help` and the
other sub-commands for the command line."""

import sys


def _run() -> int:
    from workbook import CLI_COMMANDS, PRINTING_COMMANDS

    args = sys.argv[1:]
    if args and args[0] in PRINTING_COMMANDS:
        from workbook.app import printing_command  # the command line, with Qt's PDF writer

        return printing_command(args)
    if args and args[0] in CLI_COMMANDS:
        from workbook.cli.main import main as cli_main

        return cli_main(args)
    from workbook.cli.usage import UNUSABLE, stray_word

    if (mistake := stray_word(args, CLI_COMMANDS)) is not None:
        print(mistake, file=sys.stderr)
        return UNUSABLE
    # The app imports Qt; the command line above never does.
    from workbook.app import main as app_main

    return app_main(sys.argv)


if __name__ == "__main__":
    sys.exit(_run())
