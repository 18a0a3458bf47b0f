"""File ▸ Connect to server…: a database on a PostgreSQL server, by its parts and a password.

The dialog opens the database through the window's own opening (MainWindow.open_database)
and stays open, with what was typed, when the server is not reached or refuses the login;
Cancel while it connects abandons that opening. The password goes with the address to the
driver only: never into the URL, the settings or any text shown. Whether this computer has a
keyring to remember it in is looked up in a worker (loading the keyring's backends takes
~0.3 s)."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbook.store.header import DatabaseRefused
from workbook.ui.common import named, worker
from workbook.ui.common.form import ERROR_STYLE, ValidatingForm
from workbook.ui.common.messages import refusal_text

if TYPE_CHECKING:
    from workbook.store.locations import ServerAddress
    from workbook.ui.shell.window_parts import ShellWindow

DEFAULT_PORT = 5432
# Characters of a URL around the host: typed into the host field, they mean a whole URL.
_NOT_IN_HOST = set("/@?# \t")


class ConnectDialog(QDialog):
    def __init__(self, window: ShellWindow, address: ServerAddress | None = None) -> None:
        """`address`: a server to fill in (one remembered whose password is not at hand)."""
        super().__init__(window.window())
        self.setObjectName("ConnectDialog")
        self.setWindowTitle(self.tr("Connect to server"))
        self._window = window
        self.address: ServerAddress | None = None  # the one opened, once it is
        self.keyring_available = False  # until a worker found one
        self.host = named(QLineEdit(), "host")
        self.port = named(QSpinBox(), "port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = named(QLineEdit(), "database")
        self.user = named(QLineEdit(getpass.getuser()), "user")  # libpq's default, too
        self.password = named(QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = named(QCheckBox(self.tr("&Remember the password")), "rememberPassword")
        self.remember.setEnabled(False)  # until the keyring is known to be there
        self.remember.setToolTip(self.tr("Looking for this computer's keyring…"))
        self.form = ValidatingForm()
        for key, editor in (
            ("host", self.host),
            ("port", self.port),
            ("database", self.database),
            ("user", self.user),
            ("password", self.password),
        ):
            self.form.add(key, editor)
        self.form.set_label("host", self.tr("&Server:"))
        self.form.set_label("port", self.tr("&Port:"))
        self.form.set_label("database", self.tr("&Database:"))
        self.form.set_label("user", self.tr("&User:"))
        self.form.set_label("password", self.tr("Pass&word:"))
        self.form.addRow("", self.remember)
        self.problem = named(QLabel(), "connectProblem")  # why the last try did not open
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        self.fields = QWidget()
        self.fields.setLayout(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        if address is not None:
            self._fill_in(address)
        window.open_finished.connect(self._finished)
        worker.start(_keyring_available, self._keyring_known, lambda _error: None)

    def _fill_in(self, address: ServerAddress) -> None:
        url = address.url
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        self.password.setFocus()

    def _keyring_known(self, available: bool) -> None:
        self.keyring_available = available
        self.remember.setEnabled(available)
        self.remember.setToolTip(
            self.tr("Keeps the password in this computer's keyring, not in the settings")
            if available
            else self.tr(
                "This computer has no keyring to keep passwords in (such as GNOME Keyring or "
                "KWallet), so the password is not remembered."
            )
        )

    def _connect(self) -> None:
        messages = self._field_messages()
        self.form.show_messages(messages)
        if messages:
            return
        from workbook.store.locations import server_at

        address = server_at(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        ).with_password(self.password.text() or None)  # empty: the keyring's or libpq's
        self._busy(True)
        self.address = address
        if self._window.open_database(address, failed=self.show_failure):
            self.accept()  # it was open already
        elif not self._window.opening:  # not started: an engagement window was kept open
            self.address = None
            self._busy(False)

    def _field_messages(self) -> dict[str, str]:
        messages = {}
        host = self.host.text().strip()
        if not host:
            messages["host"] = self.tr(
                "Enter the server's name or address, such as db.example.com."
            )
        elif _NOT_IN_HOST & set(host):
            messages["host"] = self.tr(
                "Enter only the server's name or address, without user, database or slashes."
            )
        if not self.database.text().strip():
            messages["database"] = self.tr("Enter the name of the database on the server.")
        if not self.user.text().strip():
            messages["user"] = self.tr("Enter your user name on the server.")
        return messages

    def show_failure(self, error: Exception) -> None:
        """Why the server's database did not open, below the fields, which keep their text."""
        from workbook.store.server.opening import Login, ServerUnavailable

        self.address = None
        focus: QWidget = self.host
        if isinstance(error, ServerUnavailable) and error.login is Login.password_refused:
            text = self.tr("The server refused this user name and password.")
            focus = self.password
        elif isinstance(error, ServerUnavailable) and error.login is Login.password_needed:
            text = self.tr("The server asks for a password: type it in above.")
            focus = self.password
        elif isinstance(error, ServerUnavailable):
            text = self.tr("The server could not be reached or refused the connection: %1.")
            text = text.replace("%1", error.detail.rstrip("."))
        elif isinstance(error, DatabaseRefused):
            text = refusal_text(error)
        else:
            text = str(error)
        self._busy(False)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setText(text)
        self.problem.show()
        focus.setFocus()
        if focus is self.password:
            self.password.selectAll()

    def _finished(self, ok: bool) -> None:
        if self.address is None or not self.isVisible():
            return
        if ok:
            self.accept()
        else:  # opened but not shown: the window told why
            self.address = None
            self._busy(False)

    def reject(self) -> None:
        """Cancel (or Escape) while connecting abandons the opening: the window stays with
        what it had, whenever the server answers."""
        if self.address is not None and self._window.opening:
            self.address = None
            self._window.abandon_opening()
        super().reject()

    def _busy(self, busy: bool) -> None:
        """While connecting (up to the driver's timeout, 10 s) the fields wait; Cancel does not
        (it abandons the opening)."""
        self.fields.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        self.problem.setStyleSheet("")
        self.problem.setText(self.tr("Connecting…"))
        self.problem.setVisible(busy)


def _keyring_available() -> bool:
    from workbook.store.server.passwords import keyring_available

    return keyring_available()
