"""Your practice on a real temporary database: the profile, competences, what an engagement
needs, days off — validation and undo — and the accept check (gaps and load)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.engagement_factories import make_engagement, walk
from workbook.domain.capacity import Unplanned
from workbook.domain.changes import Entity
from workbook.domain.enums import CompetenceLevel, EngagementStatus
from workbook.domain.validation import Problem, ValidationError
from workbook.services.engagements.service import EngagementService
from workbook.services.errors import Conflict, NotFound
from workbook.services.practice.service import PracticeService
from workbook.services.practice.shapes import CompetenceInput, DayOffInput, ProfileInput
from workbook.store.database import Database

D = Decimal
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'
TODAY = date(2027, 1, 4)


@pytest.fixture
def practice(database: Database) -> PracticeService:
    return PracticeService(database)


def _profile(**fields: object) -> ProfileInput:
    values: dict[str, object] = {"name": "Anna Berger", "company": "Berger Beratung", **fields}
    return ProfileInput(**values)  # type: ignore[arg-type]


def test_the_profile_is_empty_until_saved_and_the_undo_takes_the_save_back(
    practice: PracticeService,
) -> None:
    assert practice.profile().is_blank
    assert practice.profile().version == 0
    written = practice.save_profile(_profile(email=" anna@berger.de ", logo=PNG), version=0)
    saved = practice.profile()
    assert (saved.sender, saved.email, saved.logo_type) == (
        "Anna Berger · Berger Beratung", "anna@berger.de", "png",
    )  # fmt: skip
    assert written.changes.touches(Entity.practice)
    redo = written.undo()
    assert practice.profile().is_blank
    assert practice.profile().logo is None
    redo.undo()
    assert practice.profile().company == "Berger Beratung"


def test_a_save_from_an_old_reading_is_refused(practice: PracticeService) -> None:
    practice.save_profile(_profile(), version=0)
    with pytest.raises(Conflict):
        practice.save_profile(_profile(name="Someone else"), version=0)
    assert practice.profile().name == "Anna Berger"


@pytest.mark.parametrize(
    ("fields", "field", "problem"),
    [
        ({"email": "anna at berger"}, "email", Problem.email),
        ({"website": "not a site"}, "website", Problem.url),
        ({"currency": "EURO"}, "currency", Problem.out_of_range),
        ({"hours_per_week": D(0)}, "hours_per_week", Problem.out_of_range),
        ({"hours_per_week": D(81)}, "hours_per_week", Problem.out_of_range),
        ({"logo": b"GIF89a"}, "logo", Problem.file_type),
        ({"logo": PNG + b"\0" * 600_000}, "logo", Problem.file_too_large),
        ({"vat_id": "DE" + "1" * 50}, "vat_id", Problem.too_long),
    ],
)
def test_invalid_profile_input_saves_nothing(
    practice: PracticeService, fields: dict[str, object], field: str, problem: Problem
) -> None:
    with pytest.raises(ValidationError) as refused:
        practice.save_profile(_profile(**fields), version=0)
    assert refused.value.by_field() == {field: problem}
    assert practice.profile().version == 0


def test_an_svg_logo_is_recognised_by_its_content(practice: PracticeService) -> None:
    practice.save_profile(_profile(logo=SVG), version=0)
    assert practice.profile().logo_type == "svg"


def test_competences_are_unique_by_name_and_every_edit_undoes(practice: PracticeService) -> None:
    added = practice.add_competence(CompetenceInput("Data  migration", CompetenceLevel.expert))
    with pytest.raises(ValidationError) as refused:
        practice.add_competence(CompetenceInput("DATA MIGRATION"))
    assert refused.value.by_field() == {"name": Problem.name_taken}
    (row,) = practice.competences()
    assert (row.name, row.level) == ("Data migration", CompetenceLevel.expert)
    assert added.created_id == row.id
    changed = practice.update_competence(
        row.id, CompetenceInput("Data migration", CompetenceLevel.basic), version=row.version
    )
    assert practice.competences()[0].level is CompetenceLevel.basic
    changed.undo()
    assert practice.competences()[0].level is CompetenceLevel.expert
    removed = practice.remove_competence(row.id, version=practice.competences()[0].version)
    assert practice.competences() == []
    removed.undo()
    assert practice.competences()[0].name == "Data migration"


def test_needs_show_the_level_held_and_the_gaps(
    practice: PracticeService, engagements: EngagementService, client_id: int
) -> None:
    engagement_id = make_engagement(engagements, client_id)
    practice.add_competence(CompetenceInput("Process analysis", CompetenceLevel.expert))
    practice.add_competence(CompetenceInput("SAP MM", CompetenceLevel.basic))
    for name in ("process ANALYSIS", "SAP MM", "Change management"):
        practice.add_need(engagement_id, name)
    with pytest.raises(ValidationError):
        practice.add_need(engagement_id, "sap mm")
    needs = practice.needs(engagement_id)
    assert [(need.name, need.held) for need in needs] == [
        ("Change management", None),
        ("process ANALYSIS", CompetenceLevel.expert),
        ("SAP MM", CompetenceLevel.basic),
    ]
    check = practice.accept_check(engagement_id, today=TODAY)
    assert [gap.name for gap in check.gaps] == ["Change management", "SAP MM"]
    assert practice.competences()[0].needed_by == 1
    removed = practice.remove_need(needs[0].id, version=needs[0].version)
    assert len(practice.needs(engagement_id)) == 2
    removed.undo()
    assert len(practice.needs(engagement_id)) == 3


def test_days_off_must_end_on_or_after_their_start_and_undo(practice: PracticeService) -> None:
    with pytest.raises(ValidationError) as refused:
        practice.add_day_off(DayOffInput(date(2027, 2, 10), date(2027, 2, 9)))
    assert refused.value.by_field() == {"ends_on": Problem.before_start}
    written = practice.add_day_off(DayOffInput(date(2027, 2, 15), date(2027, 2, 19), "Ski"))
    (row,) = practice.days_off()
    changed = practice.update_day_off(
        row.id, DayOffInput(row.starts_on, date(2027, 2, 26), "Ski"), version=row.version
    )
    assert practice.days_off()[0].ends_on == date(2027, 2, 26)
    changed.undo()
    assert practice.days_off()[0].ends_on == date(2027, 2, 19)
    assert written.created_id == row.id


def test_the_accept_check_adds_this_engagement_to_the_booked_ones(
    practice: PracticeService, engagements: EngagementService, client_id: int
) -> None:
    practice.save_profile(_profile(hours_per_week=D(32)), version=0)
    practice.add_day_off(DayOffInput(date(2027, 2, 15), date(2027, 2, 19)))  # 15 days left
    feb = {"starts_on": date(2027, 2, 1), "ends_on": date(2027, 2, 26)}
    booked = make_engagement(engagements, client_id, "Booked", budget_hours=D(60), **feb)
    walk(engagements, booked, EngagementStatus.clarifying)
    engagements.transition(
        booked, EngagementStatus.accepted, version=engagements.get(booked).version,
        reason="ok", override=True,
    )  # fmt: skip
    make_engagement(engagements, client_id, "Only an inquiry", budget_hours=D(500), **feb)
    undated = make_engagement(engagements, client_id, "Undated", budget_hours=D(40))
    walk(engagements, undated, EngagementStatus.clarifying)
    engagements.transition(
        undated, EngagementStatus.accepted, version=engagements.get(undated).version,
        reason="ok", override=True,
    )  # fmt: skip
    asked = make_engagement(engagements, client_id, "Asked", budget_hours=D(45), **feb)
    check = practice.accept_check(asked, today=TODAY)
    (february,) = check.load.months
    assert february.available == D("96.0")  # 15 days of 6.4 hours
    assert february.booked == D(105)
    assert february.over
    assert dict(february.by_engagement) == {booked: D(60), asked: D(45)}
    assert [(item.work.engagement_id, item.why) for item in check.load.not_planned] == [
        (undated, Unplanned.no_dates)
    ]
    assert check.titles[asked].endswith("Asked")


def test_without_a_capacity_the_check_still_lists_the_months(
    practice: PracticeService, engagements: EngagementService, client_id: int
) -> None:
    asked = make_engagement(engagements, client_id, "Asked")
    check = practice.accept_check(asked, today=TODAY)
    assert check.hours_per_week is None
    assert len(check.load.months) == 3
    assert check.load.not_planned[0].why is Unplanned.no_dates


def test_two_profile_saves_undo_one_after_the_other(practice: PracticeService) -> None:
    first = practice.save_profile(_profile(), version=0)
    second = practice.save_profile(_profile(name="Anna B."), version=practice.profile().version)
    second.undo()
    assert practice.profile().name == "Anna Berger"
    first.undo()
    assert practice.profile().is_blank


def test_one_competence_or_stretch_of_days_off_reads_as_in_the_lists_until_removed(
    practice: PracticeService, engagements: EngagementService, client_id: int
) -> None:
    """What a form re-reads when its save is refused; NotFound once a colleague removed it."""
    competence = practice.add_competence(CompetenceInput("Prozessanalyse")).created_id or 0
    engagement = make_engagement(engagements, client_id)
    practice.add_need(engagement, "prozessanalyse")
    day_off = practice.add_day_off(DayOffInput(date(2027, 8, 3), date(2027, 8, 14))).created_id
    assert day_off is not None
    assert [practice.competence(competence)] == practice.competences()
    assert practice.competence(competence).needed_by == 1
    assert [practice.day_off(day_off)] == practice.days_off()
    practice.remove_day_off(day_off, version=practice.day_off(day_off).version)
    with pytest.raises(NotFound):
        practice.day_off(day_off)
