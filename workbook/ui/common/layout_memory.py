"""Sizes the user gave windows and splits, kept for the next run (the window's Settings) or,
for views built without settings, for as long as the process runs."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QSplitter


class LayoutMemory(Protocol):
    def window_size(self, name: str) -> QSize | None:
        """The size the user last left the window `name` at; None: never sized."""

    def remember_window_size(self, name: str, size: QSize) -> None: ...

    def splitter_state(self, name: str) -> QByteArray | None:
        """QSplitter.saveState() of the split `name` as the user left it; None: never moved."""

    def remember_splitter_state(self, name: str, state: QByteArray) -> None: ...


class ForgetfulLayout:
    """A memory for as long as the process runs."""

    def __init__(self) -> None:
        self._sizes: dict[str, QSize] = {}
        self._states: dict[str, QByteArray] = {}

    def window_size(self, name: str) -> QSize | None:
        return self._sizes.get(name)

    def remember_window_size(self, name: str, size: QSize) -> None:
        self._sizes[name] = QSize(size)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._states.get(name)

    def remember_splitter_state(self, name: str, state: QByteArray) -> None:
        self._states[name] = QByteArray(state)


def remember_split(splitter: QSplitter, name: str, memory: LayoutMemory) -> None:
    """Once its parts and first sizes are in: the split where the user left it last time, and
    remembered whenever they move it."""
    splitter.setObjectName(name)
    if (state := memory.splitter_state(name)) is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(
        lambda *_: memory.remember_splitter_state(name, splitter.saveState())
    )
