"""The results list under the search field: a heading per type, then its hits, each with the
matched words in bold and where it belongs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbook.domain.changes import Entity
from workbook.services.search.shapes import SearchGroup, SearchResult
from workbook.store.search.marks import MARK_END, MARK_START

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchResult of a row; None on headings
Index = QModelIndex | QPersistentModelIndex


def results_model(groups: list[SearchGroup]) -> QStandardItemModel:
    # The labels of every kind of row (and the domain they name): with the first results,
    # not before the window's first paint, which builds the (empty) results list.
    from workbook.presentation.labels import CONTEXT as LABELS
    from workbook.presentation.labels import label

    model = QStandardItemModel()
    translate = QCoreApplication.translate
    for group in groups:
        heading = QStandardItem(
            f"<b>{escape(translate(LABELS, label(group.entity)))}</b> "
            f"({group.counted(group.total)})"
        )
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        model.appendRow(heading)
        for result in group.results:
            item = QStandardItem(_html(result))
            item.setData(result, RESULT_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            model.appendRow(item)
        if group.more:
            more = QStandardItem(
                escape(translate("SearchResults", "… and %1 more: type more words").replace(
                    "%1", group.counted(group.more)))
            )  # fmt: skip
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            model.appendRow(more)
    return model


TITLE_CHARS, SNIPPET_CHARS = 70, 110  # one line each at the popup's width
GREY = ' style="color: gray"'


def _html(result: SearchResult) -> str:
    """Line one: what it is and where it belongs; line two: the words around the match (when
    they are not the title itself)."""
    plain = result.snippet.replace(MARK_START, "").replace(MARK_END, "")
    marked = _marked(_cut(result.snippet, SNIPPET_CHARS))
    first = marked if plain == result.title or not result.title else escape(
        _cut(result.title, TITLE_CHARS)
    )  # fmt: skip
    where = [] if result.entity is Entity.client else [result.client_name]
    where += [result.engagement_reference] if result.engagement_reference else []
    if result.client_archived:
        where.append(QCoreApplication.translate("SearchResults", "archived"))
    place = f" <span{GREY}>· {escape(' · '.join(where))}</span>" if where else ""
    second = "" if first == marked else f"<br><span{GREY}>{marked}</span>"
    return f"{first}{place}{second}"


def _marked(snippet: str) -> str:
    return escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def _cut(text: str, limit: int) -> str:
    """Shortened by characters that are shown; the marks do not count."""
    shown = 0
    for index, char in enumerate(text):
        if char not in (MARK_START, MARK_END):
            shown += 1
            if shown > limit:
                return text[:index].rstrip() + ("" if text[:index].endswith("…") else "…") + (
                    MARK_END if text[:index].count(MARK_START) > text[:index].count(MARK_END)
                    else ""
                )  # fmt: skip
    return text


class HtmlDelegate(QStyledItemDelegate):
    """Rows are a little HTML (bold matches, grey places), elided to one line."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # On the selection's colour, grey would not read: one colour for the whole row.
        document.setHtml(text.replace(GREY, "") if selected else text)
        painter.save()
        rect = option.rect
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if selected:
            palette = option.palette
            context.palette.setColor(
                context.palette.ColorRole.Text, palette.highlightedText().color()
            )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option)
        document.setHtml(option.text)
        return QSize(int(document.idealWidth()), int(document.size().height()))

    @staticmethod
    def _document(option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        return document
