"""A database being opened in a worker, which the user may abandon (Cancel while the Connect
to server dialog says "Connecting…"): a connection cannot be interrupted once the driver
waits for the server, so abandoning drops what the worker brings instead — a database it
opens after all is closed again, a failure is not told."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, SignalInstance

from workbook.ui.common import worker

if TYPE_CHECKING:
    from workbook.ui.shell.window_parts import OpenDatabase


class Opening:
    def __init__(
        self,
        work: Callable[[], OpenDatabase],
        opened: Callable[[OpenDatabase], None],
        failed: Callable[[Exception], None],
    ) -> None:
        self._opened, self._failed = opened, failed
        self._abandoned = False
        # Lambdas, not bound methods: the job holds them, and with them this opening after the
        # window let go of it (abandoned), until its outcome came and was closed.
        worker.start(work, lambda result: self._finished(result), lambda e: self._not_opened(e))

    def abandon(self) -> None:
        self._abandoned = True

    def _finished(self, result: OpenDatabase) -> None:
        if self._abandoned:
            result.close()
        else:
            self._opened(result)

    def _not_opened(self, error: Exception) -> None:
        if not self._abandoned:
            self._failed(error)


def wait_for(finished: SignalInstance) -> None:
    """Until `finished` is emitted: the opening done, failed or abandoned (tests, scripts)."""
    loop = QEventLoop()
    finished.connect(loop.quit)
    loop.exec()
    finished.disconnect(loop.quit)


def asks_for_password(error: Exception) -> bool:
    """Whether a server's database did not open for want of the right password (the Connect
    to server dialog asks for it then)."""
    from workbook.store.server.opening import Login, ServerUnavailable  # SQLAlchemy: loaded

    passwords = (Login.password_needed, Login.password_refused)
    return isinstance(error, ServerUnavailable) and error.login in passwords
