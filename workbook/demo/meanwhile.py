"""One job at a time in a thread of its own while this thread goes on: the demo makes the next
chunk of rows in Python while the search index takes the rows inserted so far, a statement
SQLite runs without holding Python's GIL (at 5,000 clients about a quarter of the demo's
time). Only one of the two uses the database connection at a time: wait() before the next
use."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType


class Meanwhile:
    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-meanwhile")
        self._job: Future[None] | None = None

    def start(self, job: Callable[[], None]) -> None:
        self.wait()
        self._job = self._pool.submit(job)

    def wait(self) -> None:
        """Until the job started last has finished; its exception is raised here."""
        job, self._job = self._job, None
        if job is not None:
            job.result()

    def __enter__(self) -> Meanwhile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """The job finishes before the connection is used again (a rollback after an error
        here too); its own error is raised unless one is already on its way."""
        try:
            if kind is None:
                self.wait()
            elif self._job is not None:
                self._job.exception()  # waits, and leaves the error raised here to go on
        finally:
            self._pool.shutdown(wait=True)
