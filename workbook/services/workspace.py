"""The services of one open database, created once and handed to whoever needs them (the
window's tabs, the command line, the exports); no service creates another."""

from __future__ import annotations

from dataclasses import dataclass

from workbook.services.agreements.service import AgreementService
from workbook.services.changes.service import ChangeRequestService
from workbook.services.clarification.service import ClarificationService
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService
from workbook.services.handover.service import HandoverService
from workbook.services.importing.service import ImportService
from workbook.services.privacy.service import PrivacyService
from workbook.services.reports.service import ReportService
from workbook.services.search.service import SearchService
from workbook.store.database import Database


@dataclass(frozen=True)
class Workspace:
    database: Database
    clients: ClientService
    engagements: EngagementService
    clarification: ClarificationService
    agreements: AgreementService
    handover: HandoverService
    changes: ChangeRequestService
    reports: ReportService
    imports: ImportService
    search: SearchService
    privacy: PrivacyService


def build_workspace(database: Database) -> Workspace:
    clients = ClientService(database)
    return Workspace(
        database=database,
        clients=clients,
        engagements=EngagementService(database),
        clarification=ClarificationService(database),
        agreements=AgreementService(database),
        handover=HandoverService(database),
        changes=ChangeRequestService(database),
        reports=ReportService(database, clients),
        imports=ImportService(database),
        search=SearchService(database),
        privacy=PrivacyService(database),
    )
