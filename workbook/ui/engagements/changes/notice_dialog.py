"""Inform client: the cost notice in the client's language, to copy or send as an e-mail to the
primary contact; confirming marks those changes as told (one undo step)."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.presentation.notice import Notice, compose_notice, notice_language
from workbook.services.changes.shapes import NoticeFacts
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.i18n import current_language
from workbook.ui.common.tone import Tone

# Language names stay in their own language (as in the View menu).
_LANGUAGES = (("de", "Deutsch"), ("en", "English"))


class NoticeDialog(QDialog):
    def __init__(self, parent: QWidget, context: TabContext, engagement_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("NoticeDialog")
        self._context = context
        self.facts: NoticeFacts = context.workspace.changes.notice(engagement_id)
        self.signature = context.workspace.practice.profile().signature
        self.notice: Notice | None = None
        self.recipient = named(QLabel(), "noticeRecipient")
        self.recipient.setWordWrap(True)
        self.language = named(QComboBox(), "noticeLanguage")
        for code, name in _LANGUAGES:
            self.language.addItem(name, code)
        self.subject = named(QLineEdit(readOnly=True), "noticeSubject")
        self.body = named(QPlainTextEdit(readOnly=True), "noticeBody")
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 22)
        self.hint = named(QLabel(), "noticeHint")
        self.hint.setWordWrap(True)
        self._build_buttons()
        self._lay_out()
        language = notice_language(self.facts.language, current_language())
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.currentIndexChanged.connect(self._compose)
        self._retranslate()
        self._compose()
        self.resize(780, self.sizeHint().height())

    def _build_buttons(self) -> None:
        self.copy_button = named(QPushButton(), "noticeCopy")
        self.mail_button = named(QPushButton(), "noticeMail")
        self.told_button = named(QPushButton(), "noticeTold")
        self.copy_button.clicked.connect(self.copy)
        self.mail_button.clicked.connect(self.write_mail)
        self.told_button.clicked.connect(self.mark_told)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        # in the order they are used: copy or write, then confirm
        for button in (self.copy_button, self.mail_button, self.told_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(3)]
        for label, widget in zip(
            self._labels, (self.recipient, self.language, self.subject), strict=True
        ):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _retranslate(self) -> None:
        facts = self.facts
        self.setWindowTitle(
            self.tr("Inform client – %1 %2")
            .replace("%1", facts.engagement_reference)
            .replace("%2", facts.engagement_title)
        )
        for label, text in zip(
            self._labels, (self.tr("To:"), self.tr("&Language:"), self.tr("S&ubject:")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.copy_button.setText(self.tr("&Copy text"))
        self.mail_button.setText(self.tr("Write &e-mail…"))
        self.told_button.setText(self.tr("&Mark as told"))
        if facts.recipient_email:
            name = facts.recipient_name or facts.client_name
            self.recipient.setText(f"{name} <{facts.recipient_email}>")
            self.recipient.setStyleSheet("")
        else:
            self.recipient.setText(
                self.tr("No e-mail address for the primary contact: the e-mail opens without "
                        "a recipient.")
            )  # fmt: skip
            self.recipient.setStyleSheet(Tone.at_risk.style())
        self._update_hint()

    def _update_hint(self) -> None:
        count = len(self.facts.lines)
        if not count:
            self.hint.setText(
                self.tr("Nothing to tell: the client knows the cost of every estimated change.")
            )
        else:
            self.hint.setText(
                self.tr(
                    "Mark as told once the client has the notice: the changes listed get "
                    "today as “client informed on”. Ctrl+Z takes it back."
                )
            )
        for button in (self.copy_button, self.mail_button, self.told_button):
            button.setEnabled(bool(count))
        self.language.setEnabled(bool(count))

    def _compose(self) -> None:
        if not self.facts.lines:
            self.notice = None
            self.subject.clear()
            self.body.clear()
            return
        self.notice = compose_notice(self.facts, self.language.currentData(), sender=self.signature)
        self.subject.setText(self.notice.subject)
        self.subject.setCursorPosition(0)  # its start, not its end, in view
        self.body.setPlainText(self.notice.body)

    # -- actions -----------------------------------------------------------------------------

    def copy(self) -> None:
        if self.notice is not None:
            QGuiApplication.clipboard().setText(self.notice.body)
            self._context.status(self.tr("The notice is on the clipboard."))

    def mail_url(self) -> QUrl:
        """mailto: (RFC 6068) with everything percent-encoded, line breaks as CRLF."""
        assert self.notice is not None
        to = quote(self.notice.recipient, safe="@")
        subject = quote(self.notice.subject, safe="")
        body = quote(self.notice.body.replace("\n", "\r\n"), safe="")
        return QUrl.fromEncoded(f"mailto:{to}?subject={subject}&body={body}".encode("ascii"))

    def write_mail(self) -> None:
        if self.notice is None:
            return
        if not QDesktopServices.openUrl(self.mail_url()):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("No e-mail program could be opened. Copy the text instead."),
            )

    def mark_told(self) -> None:
        """One undo step for all of them; a refusal (changed meanwhile) keeps the dialog open
        with the current state."""
        lines = self.facts.lines
        if not lines:
            return
        text = self.tr("Inform client of the cost of changes (%1)")
        text = text.replace("%1", self.facts.engagement_reference)
        told = [(line.id, line.version) for line in lines]
        if self._context.attempt(text, lambda: self._context.workspace.changes.mark_told(told)):
            self.accept()
            return
        self.facts = self._context.workspace.changes.notice(self.facts.engagement_id)
        self._update_hint()
        self._compose()
