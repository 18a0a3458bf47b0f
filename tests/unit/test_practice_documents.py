"""Your practice in the documents, read back: the dossier's cover, the status workbook's print
setup and author, the cost notice's signature (the command line's too) and the handover
protocol's letterhead and signature line."""

from __future__ import annotations

import base64
import dataclasses
import struct
import zipfile
import zlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.xml.functions import fromstring

from tests.engagement_factories import make_change, make_engagement
from tests.factories import make_client
from workbook.cli.main import main
from workbook.documents.protocol import gather, protocol_html
from workbook.domain.enums import ChangeStatus
from workbook.presentation.ts_reader import translator_from_ts
from workbook.services.practice.shapes import ProfileInput
from workbook.services.workspace import Workspace, build_workspace
from workbook.spreadsheets.export.dossier import write_client_dossier
from workbook.spreadsheets.export.status_workbook import write_status_workbook
from workbook.store.database import Database

TODAY = date(2026, 12, 2)
PROFILE = ProfileInput(
    name="Anna Berger",
    company="Berger & Partner Beratung",
    address="Lindenstraße 4\n10115 Berlin",
    email="anna@berger-beratung.de",
    phone="+49 30 1234-567",
    website="berger-beratung.de",
    vat_id="DE123456789",
    brings="Klare Abläufe, die Ihr Team allein weiterführt.",
    takes="Eine Ansprechperson mit Entscheidungsbefugnis.",
    success="Der Kunde braucht mich nach der Übergabe nicht mehr.",
)


@pytest.fixture
def workspace(database: Database) -> Workspace:
    workspace = build_workspace(database)
    workspace.clarification.ensure_seeded()
    return workspace


@pytest.fixture
def client_id(workspace: Workspace) -> int:
    return make_client(workspace.clients, "Bäckerei Größl", language="de")


def _with_profile(workspace: Workspace) -> None:
    workspace.practice.save_profile(PROFILE, version=0)


def _values(worksheet: object) -> list[object]:
    return [cell.value for row in worksheet.iter_rows() for cell in row]  # type: ignore[attr-defined]


def test_the_dossier_cover_names_the_practice(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    _with_profile(workspace)
    target = tmp_path / "dossier.xlsx"
    translate = translator_from_ts(language="de")
    write_client_dossier(workspace.reports, target, client_id, translate=translate,
                         language="de", today=TODAY)  # fmt: skip
    book = openpyxl.load_workbook(target)
    values = _values(book.worksheets[0])
    assert "Erstellt von" in values
    assert "Anna Berger · Berger & Partner Beratung" in values
    for text in ("Lindenstraße 4\n10115 Berlin", "DE123456789", PROFILE.brings,
                 PROFILE.takes, PROFILE.success):  # fmt: skip
        assert text in values
    assert book.properties.creator == "Anna Berger"


def _png(width: int, height: int) -> bytes:
    """A real PNG of one colour (no imaging library needed to make one)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    pixels = b"".join(b"\0" + b"\x44\x72\xc4" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))  # fmt: skip


def test_the_covers_long_texts_wrap_within_the_printed_page(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    """Text left to run on past the last column made LibreOffice print the cover at 4.6 pt,
    and wrapped text in rows of one line's height ran over the rows below."""
    _with_profile(workspace)
    target = tmp_path / "dossier.xlsx"
    write_client_dossier(workspace.reports, target, client_id, today=TODAY)
    cover = openpyxl.load_workbook(target).worksheets[0]
    rows = {row[0].value: row[0].row for row in cover.iter_rows() if row[0].value}
    merged = {str(span) for span in cover.merged_cells.ranges}
    note = next(row for text, row in rows.items() if "not part of this dossier" in str(text))
    assert f"A{note}:F{note}" in merged  # the note over the cover's six columns
    assert cover[f"A{note}"].alignment.wrap_text
    assert cover.row_dimensions[note].height == 45  # three lines of 120 characters at most
    address = rows["Address"]  # the practice's: the later of the two
    assert f"B{address}:F{address}" in merged
    assert cover.row_dimensions[address].height == 30  # "Lindenstraße 4" / "10115 Berlin"
    brings = rows["What working with me brings"]
    assert cover[f"A{brings}"].alignment.wrap_text  # a long label wraps in its column
    assert cover.row_dimensions[brings].height is None  # one line, label and text


def test_the_covers_list_headers_get_the_lines_they_wrap_onto(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.xlsx"
    write_client_dossier(workspace.reports, target, client_id, today=TODAY, language="de",
                         translate=translator_from_ts(language="de"))  # fmt: skip
    cover = openpyxl.load_workbook(target).worksheets[0]
    header = next(row[0].row for row in cover.iter_rows() if row[3].value == "Aufwand (Stunden)")
    assert cover.row_dimensions[header].height == 30  # "Aufwand" / "(Stunden)" in 16 characters
    title = next(row[0].row for row in cover.iter_rows() if row[1].value == "Rolle")
    assert cover.row_dimensions[title].height is None  # the contacts' headers fit in one line


def test_the_dossier_cover_carries_the_logo_at_its_top_right(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    png = _png(240, 80)
    workspace.practice.save_profile(dataclasses.replace(PROFILE, logo=png), version=0)
    target = tmp_path / "dossier.xlsx"
    write_client_dossier(workspace.reports, target, client_id, today=TODAY)
    # Read from the package itself: openpyxl drops pictures when Pillow is not installed.
    with zipfile.ZipFile(target) as package:
        assert package.read("xl/media/image1.png") == png  # the file's own bytes
        cover_rels = package.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        drawing = SpreadsheetDrawing.from_tree(fromstring(package.read("xl/drawings/drawing1.xml")))
    assert "/xl/drawings/drawing1.xml" in cover_rels  # on the cover, the first sheet
    (anchor,) = drawing.oneCellAnchor
    assert (anchor._from.col, anchor._from.row) == (4, 0)  # E1, beside the client's name
    emu_per_pixel = 9525  # 56 pixels high, as wide as its proportions say
    assert (anchor.ext.width, anchor.ext.height) == (168 * emu_per_pixel, 56 * emu_per_pixel)


def test_an_svg_logo_leaves_the_cover_without_a_picture(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    workspace.practice.save_profile(dataclasses.replace(PROFILE, logo=svg), version=0)
    target = tmp_path / "dossier.xlsx"
    write_client_dossier(workspace.reports, target, client_id, today=TODAY)
    with zipfile.ZipFile(target) as package:
        # a workbook cannot show SVG everywhere: no picture, and no error
        assert not [name for name in package.namelist() if name.startswith("xl/media/")]
    cover = openpyxl.load_workbook(target).worksheets[0]
    assert "Anna Berger · Berger & Partner Beratung" in _values(cover)


def test_without_a_profile_the_cover_and_properties_name_the_app(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.xlsx"
    write_client_dossier(workspace.reports, target, client_id, today=TODAY)
    book = openpyxl.load_workbook(target)
    assert "Prepared by" not in _values(book.worksheets[0])
    assert book.properties.creator == "Client Workbook"
    assert book.worksheets[0].oddHeader.left.text is None


def test_every_sheet_of_the_status_workbook_is_set_up_to_print(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    _with_profile(workspace)
    target = tmp_path / "status.xlsx"
    write_status_workbook(workspace.reports, target, today=TODAY)
    book = openpyxl.load_workbook(target)
    assert book.properties.creator == "Anna Berger"
    for worksheet in book.worksheets:
        setup = worksheet.page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
        assert worksheet.sheet_properties.pageSetUpPr.fitToPage
        assert worksheet.print_title_rows == "$1:$1"
        # "&" doubled: a single one would start a header code
        assert worksheet.oddHeader.left.text == "Anna Berger · Berger && Partner Beratung"
        assert worksheet.oddFooter.right.text == "Page &P of &N"
        assert worksheet.oddFooter.left.text == "Exported on 2 Dec 2026"
        # the header in the face of the data: a font without a name prints in LibreOffice's
        # default face, a serif
        assert (worksheet["A1"].font.name, worksheet["A1"].font.sz) == ("Calibri", 11)


def test_long_headers_wrap_whole_words_instead_of_widening_the_printed_page(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "status.xlsx"
    write_status_workbook(workspace.reports, target, today=TODAY)
    overview = openpyxl.load_workbook(target).worksheets[0]
    widths = {cell.value: overview.column_dimensions[cell.column_letter].width
              for cell in overview[1]}  # fmt: skip
    # "readiness" (9 characters), its filter button beside it, one to spare
    assert widths["Handover readiness (lowest)"] == 13
    assert widths["Feedback interval (days)"] == 12
    assert overview.row_dimensions[1].height == 48  # three lines: Handover / readiness / (lowest)
    assert sum(widths.values()) < 240  # the demo's Overview: 331 characters wide before, 225 now


def test_the_print_footer_follows_the_export_language(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "status.xlsx"
    write_status_workbook(workspace.reports, target, today=TODAY, language="de",
                          translate=translator_from_ts(language="de"))  # fmt: skip
    overview = openpyxl.load_workbook(target).worksheets[0]
    assert overview.oddFooter.right.text == "Seite &P von &N"
    assert overview.oddFooter.left.text == "Exportiert am 02.12.2026"
    assert overview.oddHeader.left.text is None  # no practice yet: no header


def test_the_cost_notice_is_signed_by_the_practice_on_the_command_line(
    database: Database, workspace: Workspace, client_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_profile(workspace)
    engagement = make_engagement(workspace.engagements, client_id, "Kassensystem")
    make_change(workspace.changes, engagement, effort_hours=Decimal(3),
                status=ChangeStatus.estimated)  # fmt: skip
    reference = workspace.engagements.get(engagement).reference
    assert main(["notice", "--db", str(database.location), "--engagement", reference]) == 0
    body = capsys.readouterr().out
    assert body.rstrip().endswith(
        "Freundliche Grüße\nAnna Berger\nBerger & Partner Beratung\n"
        "anna@berger-beratung.de\n+49 30 1234-567\nberger-beratung.de"
    )


@pytest.mark.parametrize(("language", "consultant"), [("en", "Consultant"), ("de", "Berater")])
def test_the_protocol_has_the_practice_as_letterhead_and_signature(
    workspace: Workspace, client_id: int, language: str, consultant: str
) -> None:
    _with_profile(workspace)
    engagement = make_engagement(workspace.engagements, client_id, "Kassensystem")
    data = gather(workspace, engagement, TODAY)
    html = protocol_html(data, language, translator_from_ts(language=language))
    letterhead = html.split("<h1>")[0]
    assert "<b>Anna Berger · Berger &amp; Partner Beratung</b>" in letterhead
    assert "Lindenstraße 4<br>10115 Berlin<br>anna@berger-beratung.de" in letterhead
    signatures = html.split("<h2>")[-1]
    assert f"<b>{consultant}</b><br>Berger &amp; Partner Beratung" in signatures
    assert "(Anna Berger)" in signatures
    assert "<img" not in html  # no logo chosen


def test_the_protocol_letterhead_carries_the_logo(workspace: Workspace, client_id: int) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
    workspace.practice.save_profile(dataclasses.replace(PROFILE, logo=png), version=0)
    engagement = make_engagement(workspace.engagements, client_id, "Kassensystem")
    html = protocol_html(gather(workspace, engagement, TODAY), "en", translator_from_ts("en"))
    letterhead = html.split("<h1>")[0]
    assert f'<img src="data:image/png;base64,{base64.b64encode(png).decode()}"' in letterhead
