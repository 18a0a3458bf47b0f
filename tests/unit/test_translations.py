"""Every user-visible string has a German translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "workbook_de.ts"
BIN = Path(sys.executable).parent


def _sources() -> list[str]:
    package = ROOT / "workbook"
    return [str(p) for p in package.rglob("*.py") if "migrations" not in p.parts]


def test_no_german_string_is_missing_or_unfinished(tmp_path: Path) -> None:
    # Re-extract from today's code into a copy, so a new tr() without a translation fails here.
    fresh = tmp_path / "workbook_de.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *_sources(),
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and (translation.get("type") == "unfinished" or not (translation.text or "").strip())
    ]
    assert untranslated == []


def test_placeholders_survive_translation() -> None:
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = (
            message.findtext("source") or "",
            message.findtext("translation") or "",
        )
        assert source.count("%1") == translation.count("%1"), source
