"""Lists sort the same on a file and on a server: by the stored fold keys (case and accents
ignored, then byte by byte), other text by A–Z lower-cased — not in the server's locale, which
puts "a b" after "ab" and "Éz" before "Zebra" (the test server's databases are German)."""

from __future__ import annotations

import pytest

from tests.engagement_factories import make_engagement
from tests.factories import make_client
from workbook.domain.names import fold
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery, ClientSort
from workbook.services.engagements.service import EngagementService
from workbook.services.engagements.shapes import EngagementQuery, EngagementSort
from workbook.store.database import Database

NAMES = (
    "Zebra AG", "a b Bau", "ab Consulting", "Äpfel KG", "apfel Zwei", "Éz Design",
    "éa Studio", "Müller-Lüdenscheidt", "Muller Ost", "Ørsted", "1a Service", "_Intern",
)  # fmt: skip


def _ascii_lower(text: str) -> str:
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in text)


@pytest.mark.parametrize("descending", [False, True])
def test_clients_sort_by_their_fold_keys_byte_by_byte(database: Database, descending: bool) -> None:
    clients = ClientService(database)
    for name in NAMES:
        make_client(clients, name)
    query = ClientQuery(sort=ClientSort.name, descending=descending)
    listed = [row.name for row in clients.list(query)]
    assert listed == sorted(NAMES, key=fold, reverse=descending)
    assert [row.name for row in clients.list(query, offset=4, limit=4)] == listed[4:8]


def test_text_sorts_lower_case_a_to_z_byte_by_byte(database: Database) -> None:
    client_id = make_client(ClientService(database), "Kunde")
    engagements = EngagementService(database)
    for title in NAMES:
        make_engagement(engagements, client_id, title)
    query = EngagementQuery(sort=EngagementSort.title_text)
    listed = [row.title for row in engagements.list(query)]
    assert listed == sorted(NAMES, key=_ascii_lower)
