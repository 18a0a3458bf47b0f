"""Passwords of server databases in the platform's keyring (the keyring library: the macOS
Keychain, the Windows Credential Locker, the Secret Service or KWallet on Linux) — never in the
settings file. Each is filed under the server's URL without the password.

Every call can take a while (the first loads the backends, ~0.3 s; a locked keyring may ask to
be unlocked): call them off the UI thread."""

from __future__ import annotations

import contextlib
import functools

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from workbook import APP_NAME
from workbook.store.locations import ServerAddress


@functools.cache
def keyring_available() -> bool:
    """Whether this computer has a keyring that can keep a password (a headless machine, or
    one without GNOME Keyring or KWallet, has none: keyring's fail backend, priority 0)."""
    return float(keyring.get_keyring().priority) > 0


def remembered(address: ServerAddress) -> str | None:
    """The password remembered for `address`; None when there is none, or no keyring, or it
    stayed locked (libpq's PGPASSWORD or ~/.pgpass are asked then)."""
    if not keyring_available():
        return None
    try:
        return keyring.get_password(APP_NAME, str(address))
    except KeyringError:
        return None


def remember(address: ServerAddress, password: str) -> None:
    """Raises KeyringError when the keyring refuses (locked and not unlocked)."""
    keyring.set_password(APP_NAME, str(address), password)


def forget(address: ServerAddress) -> None:
    """No password for `address` in the keyring afterwards (also when there was none)."""
    if keyring_available():
        with contextlib.suppress(PasswordDeleteError):  # there was none
            keyring.delete_password(APP_NAME, str(address))
