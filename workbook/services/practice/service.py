"""Your practice: the profile every document is sent from, your competences, the competences
an engagement needs, your days off — every write undoable — and the check an accept decision
rests on (competences missing, the load per month).

Every write returns a Written whose undo() is its inverse, checked against the rows' versions
(workbook.services.written)."""

from __future__ import annotations

import builtins
import dataclasses
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import CompetenceLevel
from workbook.domain.names import fold
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services import rows
from workbook.services.errors import Conflict
from workbook.services.practice import capacity
from workbook.services.practice.rules import (
    clean_competence,
    clean_day_off,
    clean_profile,
    logo_type,
    validate_competence,
    validate_day_off,
    validate_profile,
)
from workbook.services.practice.shapes import (
    AcceptCheck,
    CompetenceInput,
    CompetenceRow,
    DayOffInput,
    DayOffRow,
    NeedRow,
    Profile,
    ProfileInput,
)
from workbook.services.record_writes import added, removed
from workbook.services.sessions import reading, writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models import Competence, DayOff, EngagementCompetence, PracticeProfile

_PRACTICE = (Entity.practice,)
# What an engagement needs shows on the engagement and in the competences' counts.
_NEEDS = (Entity.engagement, Entity.practice)
_PROFILE_FIELDS = tuple(field.name for field in dataclasses.fields(ProfileInput))


class PracticeService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- the profile -------------------------------------------------------------------------

    def profile(self) -> Profile:
        """The practice's profile; an empty one (version 0) until it was first saved. What
        documents, the calendar export and the command line name as sender and author."""
        with reading(self._db) as session:
            row = session.execute(select(PracticeProfile).limit(1)).scalar_one_or_none()
            return _profile(row) if row is not None else Profile()

    def save_profile(self, data: ProfileInput, *, version: int) -> Written:
        """`version` 0 saves the first profile; the undo writes back what was there."""
        data = clean_profile(data)
        validate_profile(data)
        with writing(self._db) as session:
            found = select(col(PracticeProfile.id)).limit(1)
            row_id = session.execute(found).scalar_one_or_none()
            if row_id is None:
                if version != 0:  # it was there when the form was filled: removed since
                    raise Conflict(Entity.practice, 0)
                row = PracticeProfile()
                session.add(row)
                before = ProfileInput()
            else:
                row = rows.lock(session, PracticeProfile, row_id, Entity.practice, version)
                before = _profile(row).as_input()
            values = {name: getattr(data, name) for name in _PROFILE_FIELDS}
            kind = logo_type(data.logo) if data.logo else None
            rows.assign(row, {**values, "logo_type": kind or ""})
            session.flush()
            after = row.version
        return Written(
            ChangeSet.of(*_PRACTICE, version=after),
            lambda: self.save_profile(before, version=after),
        )

    # -- competences ---------------------------------------------------------------------------

    def competences(self) -> builtins.list[CompetenceRow]:
        """In name order, each with how many engagements need it."""
        needed_by = (
            select(func.count())
            .where(col(EngagementCompetence.name_key) == col(Competence.name_key))
            .correlate(Competence)
            .scalar_subquery()
        )
        statement = select(Competence, needed_by).order_by(col(Competence.name_key))
        with reading(self._db) as session:
            return [_competence(row, count) for row, count in session.execute(statement)]

    def competence(self, competence_id: int) -> CompetenceRow:
        """One competence as it is now, to fill its form (NotFound once removed)."""
        with reading(self._db) as session:
            row = rows.load(session, Competence, competence_id, Entity.practice)
            needed = select(func.count()).where(col(EngagementCompetence.name_key) == row.name_key)
            return _competence(row, session.execute(needed).scalar_one())

    def add_competence(self, data: CompetenceInput) -> Written:
        data = clean_competence(data)
        validate_competence(data)
        with writing(self._db) as session:
            row = Competence(name=data.name, name_key=fold(data.name), level=data.level.value)
            return _unique_name(
                lambda: added(session, row, _PRACTICE, self.remove_competence), session
            )

    def update_competence(
        self, competence_id: int, data: CompetenceInput, *, version: int
    ) -> Written:
        data = clean_competence(data)
        validate_competence(data)
        with writing(self._db) as session:
            row = rows.lock(session, Competence, competence_id, Entity.practice, version)
            before = CompetenceInput(row.name, CompetenceLevel(row.level))
            values = {"name": data.name, "name_key": fold(data.name), "level": data.level.value}
            _unique_name(lambda: _assigned(session, row, values), session)
            after = row.version
        return Written(
            ChangeSet.of(*_NEEDS, version=after),
            lambda: self.update_competence(competence_id, before, version=after),
        )

    def remove_competence(self, competence_id: int, *, version: int) -> Written:
        """Engagements that need it keep needing it: it now shows as missing there."""
        return removed(
            self._db, Competence, Entity.practice, competence_id, version, _NEEDS,
            self.remove_competence,
        )  # fmt: skip

    # -- what an engagement needs --------------------------------------------------------------

    def needs(self, engagement_id: int) -> builtins.list[NeedRow]:
        """The engagement's needed competences in name order, with the level you hold each at."""
        statement = (
            select(EngagementCompetence, col(Competence.level))
            .outerjoin(Competence, col(Competence.name_key) == col(EngagementCompetence.name_key))
            .where(col(EngagementCompetence.engagement_id) == engagement_id)
            .order_by(col(EngagementCompetence.name_key))
        )
        with reading(self._db) as session:
            return [_need(row, level) for row, level in session.execute(statement)]

    def add_need(self, engagement_id: int, name: str) -> Written:
        """The engagement needs the competence `name` (yours or not)."""
        data = clean_competence(CompetenceInput(name))
        validate_competence(data)
        with writing(self._db) as session:
            row = EngagementCompetence(
                engagement_id=engagement_id, name=data.name, name_key=fold(data.name)
            )
            return _unique_name(lambda: added(session, row, _NEEDS, self.remove_need), session)

    def remove_need(self, need_id: int, *, version: int) -> Written:
        return removed(
            self._db, EngagementCompetence, Entity.engagement, need_id, version, _NEEDS,
            self.remove_need,
        )  # fmt: skip

    # -- days off ------------------------------------------------------------------------------

    def days_off(self) -> builtins.list[DayOffRow]:
        """By their first day."""
        statement = select(DayOff).order_by(col(DayOff.starts_on), col(DayOff.id))
        with reading(self._db) as session:
            return [_day_off(row) for row in session.execute(statement).scalars()]

    def day_off(self, day_off_id: int) -> DayOffRow:
        """One stretch of days off as it is now, to fill its form (NotFound once removed)."""
        with reading(self._db) as session:
            return _day_off(rows.load(session, DayOff, day_off_id, Entity.practice))

    def add_day_off(self, data: DayOffInput) -> Written:
        data = clean_day_off(data)
        validate_day_off(data)
        with writing(self._db) as session:
            row = DayOff(**dataclasses.asdict(data))
            return added(session, row, _PRACTICE, self.remove_day_off)

    def update_day_off(self, day_off_id: int, data: DayOffInput, *, version: int) -> Written:
        data = clean_day_off(data)
        validate_day_off(data)
        with writing(self._db) as session:
            row = rows.lock(session, DayOff, day_off_id, Entity.practice, version)
            before = DayOffInput(row.starts_on, row.ends_on, row.note)
            rows.assign(row, dataclasses.asdict(data))
            after = row.version
        return Written(
            ChangeSet.of(*_PRACTICE, version=after),
            lambda: self.update_day_off(day_off_id, before, version=after),
        )

    def remove_day_off(self, day_off_id: int, *, version: int) -> Written:
        return removed(
            self._db, DayOff, Entity.practice, day_off_id, version, _PRACTICE,
            self.remove_day_off,
        )  # fmt: skip

    # -- before accepting ----------------------------------------------------------------------

    def accept_check(self, engagement_id: int, *, today: date) -> AcceptCheck:
        """The needed competences you lack or hold only at "basic", and the load in the
        engagement's period: your booked engagements' remaining hours plus this one's."""
        gaps = tuple(need for need in self.needs(engagement_id) if need.is_gap)
        hours_per_week = self.profile().hours_per_week
        with reading(self._db) as session:
            return capacity.accept_check(
                session, engagement_id, gaps, hours_per_week, self.days_off(), today
            )


def _unique_name(write: Any, session: Session) -> Any:
    """`write`, with a name already taken (the unique key) told at the name field."""
    try:
        result = write()
        session.flush()
    except IntegrityError as error:
        raise ValidationError([FieldError("name", Problem.name_taken)]) from error
    return result


def _assigned(session: Session, row: Competence, values: dict[str, Any]) -> None:
    rows.assign(row, values)
    session.flush()


def _profile(row: PracticeProfile) -> Profile:
    values = {name: getattr(row, name) for name in _PROFILE_FIELDS}
    return Profile(**values, logo_type=row.logo_type, version=row.version)


def _competence(row: Competence, needed_by: int) -> CompetenceRow:
    assert row.id is not None
    return CompetenceRow(row.id, row.name, CompetenceLevel(row.level), row.version, needed_by)


def _need(row: EngagementCompetence, level: str | None) -> NeedRow:
    assert row.id is not None
    held = CompetenceLevel(level) if level else None
    return NeedRow(row.id, row.engagement_id, row.name, held, row.version)


def _day_off(row: DayOff) -> DayOffRow:
    assert row.id is not None
    return DayOffRow(row.id, row.starts_on, row.ends_on, row.note, row.version)
