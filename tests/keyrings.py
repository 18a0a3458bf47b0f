"""Keyrings for the tests, whatever the computer has: none (keyring's fail backend, as on a
headless machine) or one that keeps passwords in memory (the fixtures no_keyring and
memory_keyring, tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
from keyring.backend import KeyringBackend

from workbook.store.server import passwords


class MemoryKeyring(KeyringBackend):
    """A keyring that works, for the computers that have one (this test's only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.kept[service, username]


def using_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    passwords.keyring_available.cache_clear()
    yield backend
    keyring.set_keyring(before)
    passwords.keyring_available.cache_clear()
