"""The handover protocol: a valid PDF whose text holds the reference, the title and every
milestone's topic, in English and German — from the window's renderer and from the command
line without a display."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.engagement_factories import make_acceptable, make_engagement, walk
from tests.factories import make_client, make_contact
from workbook.documents.protocol import gather, protocol_html, protocol_title
from workbook.domain.enums import EngagementStatus as S
from workbook.domain.enums import MilestoneMethod, MilestoneStatus
from workbook.presentation.ts_reader import translator_from_ts
from workbook.services.handover.shapes import MilestoneInput
from workbook.services.practice.shapes import ProfileInput
from workbook.services.workspace import Workspace, build_workspace
from workbook.store.database import Database
from workbook.ui.printing.protocol_pdf import write_pdf

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
TOPICS = ("Monatsabschluss im neuen System", "Benutzer und Rechte verwalten", "Berichte anpassen")


@pytest.fixture
def workspace(database: Database) -> Workspace:
    workspace = build_workspace(database)
    workspace.clarification.ensure_seeded()
    return workspace


@pytest.fixture
def engagement_id(workspace: Workspace) -> int:
    client = make_client(workspace.clients, "Bäckerei Größl", language="de")
    greta = make_contact(workspace.clients, client, "Greta Größl", is_primary=True)
    engagement = make_engagement(
        workspace.engagements, client, "Warenwirtschaft für drei Filialen",
        self_sufficient_on=date.today() + timedelta(days=14),
    )  # fmt: skip
    make_acceptable(workspace.clarification, workspace.agreements, engagement)
    walk(workspace.engagements, engagement, S.clarifying, S.accepted, S.active, S.handover)
    shown = {"verification": "Abschluss Oktober allein gemacht.", "signed_off_by_id": greta}
    workspace.handover.add_milestone(
        engagement, MilestoneInput(TOPICS[0], MilestoneMethod.side_by_side, greta,
                                   status=MilestoneStatus.verified, **shown),  # type: ignore[arg-type]
    )  # fmt: skip
    workspace.handover.add_milestone(engagement, MilestoneInput(TOPICS[1], receiver_id=greta))
    workspace.handover.add_milestone(engagement, MilestoneInput(TOPICS[2], weight=0))
    return engagement


def _text(path: Path) -> str:
    """All pages' text, spaces collapsed and ligatures ("ﬁ") spelled out."""
    reader = PdfReader(path)
    assert reader.pages  # a valid PDF with pages
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("Handover protocol", "Knowledge transfer", "Verified", "For the client")),
        ("de", ("Übergabeprotokoll", "Wissenstransfer", "Geprüft", "Für den Kunden")),
    ],
)
def test_the_protocol_pdf_holds_reference_title_and_every_topic(
    workspace: Workspace, engagement_id: int, tmp_path: Path, language: str,
    words: tuple[str, ...],
) -> None:  # fmt: skip
    data = gather(workspace, engagement_id, date.today())
    translate = translator_from_ts(language=language)
    target = tmp_path / f"protocol-{language}.pdf"
    write_pdf(protocol_html(data, language, translate), protocol_title(data, translate), target)
    assert target.read_bytes().startswith(b"%PDF-")
    text = _text(target)
    for expected in (data.engagement.reference, "Warenwirtschaft für drei Filialen", *TOPICS):
        assert expected in text
    for word in words:
        assert word in text
    assert "Greta Größl" in text
    assert not list(tmp_path.glob(".*.partial"))  # written beside the target, then moved


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")  # no display, no platform chosen
    environment = {k: v for k, v in os.environ.items() if k not in hidden}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )  # fmt: skip


def test_the_command_line_writes_it_without_a_display(
    workspace: Workspace, engagement_id: int, db_path: Path, tmp_path: Path
) -> None:
    workspace.practice.save_profile(ProfileInput("Anna Berger", "Berger Beratung"), version=0)
    reference = workspace.engagements.get(engagement_id).reference
    target = tmp_path / "übergabe.pdf"
    done = _cli("protocol", "--db", str(db_path), "--engagement", reference, "--out", str(target))
    assert done.returncode == 0, done.stderr
    text = _text(target)
    assert "Übergabeprotokoll" in text  # the client's language
    assert "Anna Berger · Berger Beratung" in text  # the letterhead
    assert PdfReader(target).metadata.author == "Anna Berger"
    assert all(topic in text for topic in TOPICS)
    english = _cli("protocol", "--db", str(db_path), "--engagement", reference,
                   "--out", str(tmp_path / "en.pdf"), "--lang", "en")  # fmt: skip
    assert english.returncode == 0, english.stderr
    assert "Handover protocol" in _text(tmp_path / "en.pdf")


def test_the_command_line_refuses_in_one_line(
    engagement_id: int, db_path: Path, tmp_path: Path
) -> None:
    unknown = _cli("protocol", "--db", str(db_path), "--engagement", "1999-999",
                   "--out", str(tmp_path / "x.pdf"))  # fmt: skip
    assert (unknown.returncode, unknown.stderr) == (
        2, "error: no engagement with the reference '1999-999'\n",
    )  # fmt: skip
    missing = _cli("protocol", "--db", str(db_path), "--engagement", "x",
                   "--out", str(tmp_path / "no" / "such" / "x.pdf"))  # fmt: skip
    assert missing.returncode == 2
    assert len(missing.stderr.splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
