"""The generic model passes Qt's model checks, with paging and a real service behind it."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester

from tests.factories import make_client
from workbook.presentation.columns import CLIENT_COLUMNS
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery, ClientRow
from workbook.ui.common import table_model
from workbook.ui.common.table_model import RowTableModel

pytestmark = pytest.mark.gui


def test_model_with_paging_passes_qtmodeltester(
    qtmodeltester: ModelTester, clients: ClientService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_model, "PAGE", 7)
    for number in range(20):
        make_client(clients, f"Kunde {number:02d}", tags="Bestand")
    model: RowTableModel[ClientRow] = RowTableModel(CLIENT_COLUMNS, lambda row: row.id)
    query = ClientQuery()
    model.load(lambda offset, limit: clients.list(query, offset=offset, limit=limit))
    assert model.rowCount() == 7
    assert model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 20
    assert model.row_of(20) == 19
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    ("header", "shown"),
    [
        ("Tage seit Rückmeldung", "Tage seit\nRückmeldung"),
        ("Übergabe gefährdet", "Übergabe\ngefährdet"),
        ("Eigenständig ab", "Eigenständig ab"),  # "ab" alone would save nothing
        ("Last contact", "Last contact"),  # short enough on one line
        ("Budgetanteil", "Budgetanteil"),
    ],
)
def test_long_headers_of_short_values_take_two_lines(header: str, shown: str) -> None:
    from PySide6.QtCore import Qt

    from workbook.presentation.columns import Column, Kind

    columns = [Column("n", header, lambda r: r, Kind.percent), Column("t", header, lambda r: r)]
    horizontal = Qt.Orientation.Horizontal
    display = Qt.ItemDataRole.DisplayRole
    assert table_model.header_data(columns, 0, horizontal, display) == shown
    assert table_model.header_data(columns, 1, horizontal, display) == header  # text: one line
