"""Engagement-side services on the per-test database, with the catalogue seeded."""

from __future__ import annotations

import pytest

from tests.factories import make_client
from workbook.services.agreements.service import AgreementService
from workbook.services.changes.service import ChangeRequestService
from workbook.services.clarification.service import ClarificationService
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService
from workbook.services.handover.service import HandoverService
from workbook.store.database import Database


@pytest.fixture
def engagements(database: Database) -> EngagementService:
    return EngagementService(database)


@pytest.fixture
def clarification(database: Database) -> ClarificationService:
    service = ClarificationService(database)
    service.ensure_seeded()
    return service


@pytest.fixture
def agreements(database: Database) -> AgreementService:
    return AgreementService(database)


@pytest.fixture
def changes(database: Database) -> ChangeRequestService:
    return ChangeRequestService(database)


@pytest.fixture
def client_id(clients: ClientService) -> int:
    return make_client(clients, "Müller & Söhne GmbH")


@pytest.fixture
def handover(database: Database) -> HandoverService:
    return HandoverService(database)
