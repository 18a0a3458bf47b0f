"""Exit codes and the one line on stderr every failure of the command line ends in."""

from __future__ import annotations

import sys

OK, PROBLEM, UNUSABLE = 0, 1, 2
INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl+C


class CommandFailed(Exception):
    """Raised by a command for a failure the user can act on; main() prints it as one line."""

    def __init__(self, message: str, code: int = UNUSABLE) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = UNUSABLE) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code
