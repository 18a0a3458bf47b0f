"""sqlite3's connection to a workbook file, without SQLAlchemy: the engine's connections are
these (store.engine), and so are the reads made before SQLAlchemy has loaded (store.prepared)
and the backups' and the change watcher's."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path

from workbook.store.access import Access


class CommitHooks:
    """What runs right after each commit of this program's own connections to one file: the
    change watcher (store.watch) takes note, so it reports only other programs' commits. It
    also looks once a write transaction holds the write lock (`began_writing`): what other
    programs committed before that is news its own commit must not hide."""

    def __init__(self) -> None:
        self._hooks: list[Callable[[], None]] = []
        self._writing: list[Callable[[], None]] = []

    def add(
        self, hook: Callable[[], None], *, began_writing: Callable[[], None] | None = None
    ) -> None:
        self._hooks.append(hook)
        if began_writing is not None:
            self._writing.append(began_writing)

    def remove(
        self, hook: Callable[[], None], *, began_writing: Callable[[], None] | None = None
    ) -> None:
        self._hooks.remove(hook)
        if began_writing is not None:
            self._writing.remove(began_writing)

    def fire(self) -> None:
        for hook in list(self._hooks):
            hook()

    def fire_writing(self) -> None:
        for hook in list(self._writing):
            hook()


class _Connection(sqlite3.Connection):
    """sqlite3's connection, telling its CommitHooks about every commit (SQLAlchemy commits
    through commit(), also for the BEGIN IMMEDIATE transactions _begin starts)."""

    hooks: CommitHooks | None = None

    def commit(self) -> None:
        super().commit()
        if self.hooks is not None:
            self.hooks.fire()


def connect(
    path: Path, access: Access = Access.read_write, hooks: CommitHooks | None = None
) -> sqlite3.Connection:
    """A connection to exactly `path`, never creating it.

    The name goes into a file: URI percent-encoded (Path.as_uri), so "?", "#" or "%20" in a
    file name stay part of the name instead of becoming URI syntax."""
    query = {Access.read_only: "mode=ro", Access.immutable: "immutable=1"}.get(access, "mode=rw")
    connection = sqlite3.connect(
        f"{path.absolute().as_uri()}?{query}",
        uri=True,
        check_same_thread=False,
        factory=_Connection,
    )
    connection.hooks = hooks
    # A damaged page can hold bytes that are not UTF-8: show them as U+FFFD instead of failing
    # the whole query (`check` names such rows).
    connection.text_factory = _lenient_text
    if access is Access.query_only:
        connection.execute("PRAGMA query_only=ON")
    return connection


_lenient_text = functools.partial(bytes.decode, encoding="utf-8", errors="replace")
