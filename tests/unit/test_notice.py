"""The cost notice to the client: its words in English and German, the figures it names, and
`main.py notice`, which prints the same text and sets nothing."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.engagement_factories import make_change, make_engagement
from tests.factories import make_client, make_contact
from workbook.cli.main import main
from workbook.domain.enums import BillingModel, ChangeStatus
from workbook.presentation.notice import compose_notice, notice_language
from workbook.services.changes.service import ChangeRequestService
from workbook.services.changes.shapes import ChangeQuery
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService

S = ChangeStatus
D = Decimal
TODAY = date(2026, 11, 25)


@pytest.fixture
def engagement_id(
    engagements: EngagementService, clients: ClientService, changes: ChangeRequestService
) -> int:
    """Hourly at 120 EUR: a tiny change and old sample documents to tell, one told already."""
    client = make_client(clients, "Bäckerei Größl", language="de")
    make_contact(clients, client, "Jürgen Weiß", email="jw@example.com", is_primary=True)
    engagement = make_engagement(engagements, client, "Schichtplanung", reference="2026-014",
                                 budget_hours=D(100))  # fmt: skip
    for title, hours, status, informed in (
        ("Zusätzliches Feld", "1.5", S.estimated, None),
        ("Veraltete Musterunterlagen", "1250", S.approved, None),
        ("Schon besprochen", "2", S.client_informed, date(2026, 11, 10)),
        ("Noch nicht geschätzt", None, S.open, None),
    ):
        make_change(changes, engagement, title, today=TODAY, requested_on=date(2026, 11, 3),
                    effort_hours=None if hours is None else D(hours), status=status,
                    client_informed_on=informed)  # fmt: skip
    return engagement


def test_the_english_notice(changes: ChangeRequestService, engagement_id: int) -> None:
    notice = compose_notice(changes.notice(engagement_id), "en", sender="Anna Berater")
    assert notice.subject == "Changes in “Schichtplanung” (2026-014): effort and cost"
    assert notice.recipient == "jw@example.com"
    assert notice.body == (
        "Dear Jürgen Weiß,\n\n"
        "Thank you for your requests in our engagement “Schichtplanung” (2026-014). So that you "
        "always know where you stand, here is what the following changes mean in effort and "
        "cost:\n\n"
        "- Zusätzliches Feld (requested on 3 November 2026): 1.5 h, 180.00 EUR\n"
        "- Veraltete Musterunterlagen (requested on 3 November 2026): 1,250 h, 150,000.00 EUR"
        " – already approved\n\n"
        "Total of these changes: 1,251.5 h, 150,180.00 EUR.\n"
        "All changes in this engagement so far, these included: 1,253.5 h, 150,420.00 EUR.\n\n"
        "As this engagement is billed by the hour, these costs arise from the changes, on top "
        "of the agreed scope of work.\n\n"
        "If you have any questions or would like to talk the changes over, just let me know.\n\n"
        "Kind regards\nAnna Berater\n"
    )


def test_the_german_notice(changes: ChangeRequestService, engagement_id: int) -> None:
    notice = compose_notice(changes.notice(engagement_id), "de")
    assert notice.subject == "Änderungen im Auftrag „Schichtplanung“ (2026-014): Aufwand und Kosten"
    lines = notice.body.splitlines()
    assert lines[0] == "Guten Tag Jürgen Weiß,"
    assert "- Zusätzliches Feld (gewünscht am 03.11.2026): 1,5 Std., 180,00 EUR" in lines
    assert "Summe dieser Änderungen: 1.251,5 Std., 150.180,00 EUR." in lines
    assert "Alle Änderungen in diesem Auftrag bisher, einschließlich dieser: 1.253,5 Std., " \
        "150.420,00 EUR." in lines  # fmt: skip
    assert any(line.startswith("Da dieser Auftrag nach Aufwand") for line in lines)
    assert lines[-1] == "Freundliche Grüße"  # no sender given: no signature line


def test_a_fixed_price_notice_has_no_hourly_note(
    changes: ChangeRequestService, engagements: EngagementService, engagement_id: int
) -> None:
    detail = engagements.get(engagement_id)
    fixed = dataclasses.replace(detail.as_input(), billing_model=BillingModel.fixed,
                                fixed_price=D(20000))  # fmt: skip
    engagements.update(engagement_id, fixed, version=detail.version)
    body = compose_notice(changes.notice(engagement_id), "en").body
    assert "billed by the hour" not in body
    assert "Total of these changes: 1,251.5 h, 150,180.00 EUR." in body  # no change rate: 120


def test_a_change_not_charged_is_marked_and_the_total_says_what_is_charged(
    changes: ChangeRequestService, engagement_id: int
) -> None:
    """The consultant takes the outdated sample documents on himself: the client still learns
    what they cost, and that he does not pay for them."""
    (old,) = changes.list(ChangeQuery(text="Veraltete"))
    changes.update(old.id, dataclasses.replace(old.as_input(), billable=False),
                   version=old.version, today=TODAY)  # fmt: skip
    english = compose_notice(changes.notice(engagement_id), "en").body.splitlines()
    assert "- Veraltete Musterunterlagen (requested on 3 November 2026): 1,250 h, 150,000.00 EUR" \
        " – already approved – not charged to you" in english  # fmt: skip
    assert "Total of these changes: 1,251.5 h, 150,180.00 EUR, of which 180.00 EUR are " \
        "charged to you." in english  # fmt: skip
    german = compose_notice(changes.notice(engagement_id), "de").body.splitlines()
    assert "- Veraltete Musterunterlagen (gewünscht am 03.11.2026): 1.250 Std., 150.000,00 EUR" \
        " – bereits genehmigt – wird Ihnen nicht berechnet" in german  # fmt: skip
    assert "Summe dieser Änderungen: 1.251,5 Std., 150.180,00 EUR, davon werden Ihnen " \
        "180,00 EUR berechnet." in german  # fmt: skip


def test_without_a_primary_contact_the_greeting_is_general(
    changes: ChangeRequestService, engagements: EngagementService, clients: ClientService
) -> None:
    client = make_client(clients, "Ohne Kontakt AG", email="info@example.com")
    engagement = make_engagement(engagements, client, "Leer")
    make_change(changes, engagement, "X", today=TODAY, requested_on=TODAY, effort_hours=D(1),
                status=S.estimated)  # fmt: skip
    notice = compose_notice(changes.notice(engagement), "de")
    assert notice.body.startswith("Sehr geehrte Damen und Herren,\n")
    assert notice.recipient == "info@example.com"


def test_the_language_is_the_clients_else_the_fallback() -> None:
    assert notice_language("de", "en") == "de"
    assert notice_language("", "de") == "de"
    assert notice_language("", "fr") == "en"


# -- main.py notice ----------------------------------------------------------------------------


def _versions(changes: ChangeRequestService, engagement_id: int) -> list[tuple[int, object]]:
    return [(r.version, r.client_informed_on) for r in changes.of_engagement(engagement_id)]


def test_the_command_prints_the_same_text_and_sets_nothing(
    db_path: Path,
    changes: ChangeRequestService,
    engagement_id: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _versions(changes, engagement_id)
    assert main(["notice", "--db", str(db_path), "--engagement", " 2026-014 "]) == 0
    out = capsys.readouterr().out
    german = compose_notice(changes.notice(engagement_id), "de")  # the client's language
    assert out == f"To: Jürgen Weiß <jw@example.com>\nSubject: {german.subject}\n\n{german.body}"
    assert main(["notice", "--db", str(db_path), "--engagement", "2026-014", "--lang", "en"]) == 0
    assert "Dear Jürgen Weiß," in capsys.readouterr().out
    assert _versions(changes, engagement_id) == before


def test_the_command_with_nothing_to_tell_or_no_such_engagement(
    db_path: Path,
    changes: ChangeRequestService,
    engagement_id: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = changes.notice(engagement_id).lines
    changes.mark_told([(line.id, line.version) for line in lines], today=TODAY)
    assert main(["notice", "--db", str(db_path), "--engagement", "2026-014"]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err.count("\n")) == ("", 1)
    assert main(["notice", "--db", str(db_path), "--engagement", "1999-001"]) == 2
    assert "no engagement with reference '1999-001'" in capsys.readouterr().err
    assert main(["notice", "--db", str(db_path.with_name("missing.sqlite3")),
                 "--engagement", "2026-014"]) == 2  # fmt: skip
