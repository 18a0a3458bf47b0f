"""The services of one open database, created once and handed to whoever needs them (the
window's tabs, the command line, the exports); no service creates another.

Each service is created — and its module imported — the first time it is asked for: opening a
file imports what the first tab's page needs and nothing else before it shows (the exports,
the import, the search and the rest follow when used). The services keep no state of their own:
two threads asking for one at the same moment at worst build it twice."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from workbook.store.database import Database

if TYPE_CHECKING:
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


class Workspace:
    def __init__(self, database: Database) -> None:
        self.database = database

    @cached_property
    def clients(self) -> ClientService:
        from workbook.services.clients.service import ClientService

        return ClientService(self.database)

    @cached_property
    def engagements(self) -> EngagementService:
        from workbook.services.engagements.service import EngagementService

        return EngagementService(self.database)

    @cached_property
    def clarification(self) -> ClarificationService:
        from workbook.services.clarification.service import ClarificationService

        return ClarificationService(self.database)

    @cached_property
    def agreements(self) -> AgreementService:
        from workbook.services.agreements.service import AgreementService

        return AgreementService(self.database)

    @cached_property
    def handover(self) -> HandoverService:
        from workbook.services.handover.service import HandoverService

        return HandoverService(self.database)

    @cached_property
    def changes(self) -> ChangeRequestService:
        from workbook.services.changes.service import ChangeRequestService

        return ChangeRequestService(self.database)

    @cached_property
    def support(self) -> SupportService:
        from workbook.services.support.service import SupportService

        return SupportService(self.database)

    @cached_property
    def journal(self) -> JournalService:
        from workbook.services.journal.service import JournalService

        return JournalService(self.database)

    @cached_property
    def reports(self) -> ReportService:
        from workbook.services.reports.service import ReportService

        return ReportService(self.database, self.clients, self.support, self.practice)

    @cached_property
    def imports(self) -> ImportService:
        from workbook.services.importing.service import ImportService

        return ImportService(self.database)

    @cached_property
    def search(self) -> SearchService:
        from workbook.services.search.service import SearchService

        return SearchService(self.database)

    @cached_property
    def privacy(self) -> PrivacyService:
        from workbook.services.privacy.service import PrivacyService

        return PrivacyService(self.database)

    @cached_property
    def today(self) -> TodayService:
        from workbook.services.today.service import TodayService

        return TodayService(self.database, self.journal, self.support, self.handover)

    @cached_property
    def practice(self) -> PracticeService:
        """Your practice: the profile documents are sent from (practice.profile()),
        competences, capacity."""
        from workbook.services.practice.service import PracticeService

        return PracticeService(self.database)


def build_workspace(database: Database) -> Workspace:
    return Workspace(database)
