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
from workbook.services.journal.service import JournalService
from workbook.services.practice.service import PracticeService
from workbook.services.privacy.service import PrivacyService
from workbook.services.reports.service import ReportService
from workbook.services.search.service import SearchService
from workbook.services.support.service import SupportService
from workbook.services.today.service import TodayService
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
    support: SupportService
    journal: JournalService
    reports: ReportService
    imports: ImportService
    search: SearchService
    privacy: PrivacyService
    today: TodayService
    # Your practice: the profile documents are sent from (practice.profile()), competences,
    # capacity.
    practice: PracticeService


def build_workspace(database: Database) -> Workspace:
    clients = ClientService(database)
    support = SupportService(database)
    journal = JournalService(database)
    handover = HandoverService(database)
    practice = PracticeService(database)
    return Workspace(
        database=database,
        clients=clients,
        engagements=EngagementService(database),
        clarification=ClarificationService(database),
        agreements=AgreementService(database),
        handover=handover,
        changes=ChangeRequestService(database),
        support=support,
        journal=journal,
        reports=ReportService(database, clients, support, practice),
        imports=ImportService(database),
        search=SearchService(database),
        privacy=PrivacyService(database),
        today=TodayService(database, journal, support, handover),
        practice=practice,
    )
