"""What is agreed in an engagement: the client's wishes, the goals, the service catalogue.

Every write returns a Written whose undo() is its inverse (workbook.services.written); a
removal keeps the row and what pointed at it (the wishes a goal served), so its undo puts both
back in one transaction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.sql import Select
from sqlmodel import Session, col

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import WishKind
from workbook.services import rows
from workbook.services.agreements.rows import (
    clean_goal,
    clean_scope_item,
    clean_wish,
    goal_row,
    goal_values,
    scope_item_row,
    validate_goal,
    validate_scope_item,
    validate_wish,
    wish_row,
    wish_values,
)
from workbook.services.agreements.shapes import (
    GoalInput,
    GoalRow,
    ScopeItemInput,
    ScopeItemRow,
    ScopeTotals,
    WishInput,
    WishRow,
)
from workbook.services.engagements.service import engagement_or_raise
from workbook.services.errors import NotFound
from workbook.services.ordering import STEP
from workbook.services.record_writes import added, removed
from workbook.services.sessions import reading, writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models import Contact, Engagement, Goal, ScopeItem, Wish
from workbook.store.models.base import Row

# What the client needs comes before what he merely wants.
_KIND_RANK = {WishKind.need.value: 0, WishKind.both.value: 1, WishKind.want.value: 2}
# Goals change the engagements list (agreed goals) and the wishes' goal titles.
_GOALS = (Entity.goal, Entity.wish, Entity.engagement)
_WISHES = (Entity.wish,)
# Change requests may name a service item.
_SCOPE = (Entity.scope_item, Entity.change_request)


def wishes_select() -> Select[Any]:
    return select(*rows.columns(Wish), col(Goal.title).label("goal_title")).outerjoin(
        Goal, col(Goal.id) == Wish.goal_id
    )


def goals_select() -> Select[Any]:
    return select(*rows.columns(Goal), col(Contact.name).label("signed_off_by")).outerjoin(
        Contact, col(Contact.id) == Goal.signed_off_by_id
    )


def scope_items_select() -> Select[Any]:
    return select(*rows.columns(ScopeItem), col(Engagement.currency)).join(
        Engagement, col(Engagement.id) == ScopeItem.engagement_id
    )


class AgreementService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- wishes ------------------------------------------------------------------------------

    def wishes(self, engagement_id: int) -> list[WishRow]:
        rank = case(_KIND_RANK, value=Wish.kind, else_=len(_KIND_RANK))
        statement = (
            wishes_select()
            .where(col(Wish.engagement_id) == engagement_id)
            .order_by(rank, col(Wish.id))
        )
        with reading(self._db) as session:
            return [wish_row(row) for row in session.execute(statement)]

    def wish(self, wish_id: int) -> WishRow:
        with reading(self._db) as session:
            return wish_row(_one(session, wishes_select(), Wish, wish_id, Entity.wish))

    def add_wish(self, engagement_id: int, data: WishInput) -> Written:
        data = clean_wish(data)
        with writing(self._db) as session:
            engagement_or_raise(session, engagement_id)
            validate_wish(session, engagement_id, data)
            wish = Wish(engagement_id=engagement_id, **wish_values(data))
            return added(session, wish, _WISHES, self.remove_wish)

    def update_wish(self, wish_id: int, data: WishInput, *, version: int) -> Written:
        data = clean_wish(data)
        with writing(self._db) as session:
            wish = rows.lock(session, Wish, wish_id, Entity.wish, version)
            validate_wish(session, wish.engagement_id, data)
            before = self.wish_input(wish)
            rows.assign(wish, wish_values(data))
            after = wish.version
        return Written(
            ChangeSet.of(*_WISHES, version=after),
            lambda: self.update_wish(wish_id, before, version=after),
        )

    def remove_wish(self, wish_id: int, *, version: int) -> Written:
        return removed(self._db, Wish, Entity.wish, wish_id, version, _WISHES, self.remove_wish)

    @staticmethod
    def wish_input(wish: Wish) -> WishInput:
        return WishInput(**{k: getattr(wish, k) for k in WishInput.__dataclass_fields__})

    # -- goals -------------------------------------------------------------------------------

    def goals(self, engagement_id: int, *, today: date | None = None) -> list[GoalRow]:
        """By target date (undated last), with the signer's name and the overdue flag."""
        statement = (
            goals_select()
            .where(col(Goal.engagement_id) == engagement_id)
            .order_by(col(Goal.target_date).asc().nulls_last(), col(Goal.id))
        )
        day = today or date.today()
        with reading(self._db) as session:
            return [goal_row(row, day) for row in session.execute(statement)]

    def goal(self, goal_id: int, *, today: date | None = None) -> GoalRow:
        with reading(self._db) as session:
            found = _one(session, goals_select(), Goal, goal_id, Entity.goal)
            return goal_row(found, today or date.today())

    def add_goal(self, engagement_id: int, data: GoalInput) -> Written:
        data = clean_goal(data)
        with writing(self._db) as session:
            engagement = engagement_or_raise(session, engagement_id)
            validate_goal(session, engagement, data)
            goal = Goal(engagement_id=engagement_id, **goal_values(data))
            return added(session, goal, _GOALS, self.remove_goal)

    def update_goal(self, goal_id: int, data: GoalInput, *, version: int) -> Written:
        data = clean_goal(data)
        with writing(self._db) as session:
            goal = rows.lock(session, Goal, goal_id, Entity.goal, version)
            validate_goal(session, engagement_or_raise(session, goal.engagement_id), data)
            before = GoalInput(**{k: getattr(goal, k) for k in GoalInput.__dataclass_fields__})
            rows.assign(goal, goal_values(data))
            after = goal.version
        return Written(
            ChangeSet.of(*_GOALS, version=after),
            lambda: self.update_goal(goal_id, before, version=after),
        )

    def remove_goal(self, goal_id: int, *, version: int) -> Written:
        """The wishes the goal served lose the link; the undo links them again."""
        return removed(self._db, Goal, Entity.goal, goal_id, version, _GOALS, self.remove_goal)

    # -- the service catalogue ---------------------------------------------------------------

    def scope_items(self, engagement_id: int) -> list[ScopeItemRow]:
        """What is included first, then the explicit exclusions, each by position."""
        statement = (
            scope_items_select()
            .where(col(ScopeItem.engagement_id) == engagement_id)
            .order_by(col(ScopeItem.in_scope).desc(), col(ScopeItem.position), col(ScopeItem.id))
        )
        with reading(self._db) as session:
            return [scope_item_row(row) for row in session.execute(statement)]

    def scope_item(self, scope_item_id: int) -> ScopeItemRow:
        with reading(self._db) as session:
            found = _one(session, scope_items_select(), ScopeItem, scope_item_id, Entity.scope_item)
            return scope_item_row(found)

    def add_scope_item(self, engagement_id: int, data: ScopeItemInput) -> Written:
        """Added at the end of its group (included, or excluded)."""
        data = clean_scope_item(data)
        validate_scope_item(data)
        with writing(self._db) as session:
            engagement_or_raise(session, engagement_id)
            position = _end_of_group(session, engagement_id, data.in_scope)
            item = ScopeItem(engagement_id=engagement_id, position=position, **vars(data))
            return added(session, item, _SCOPE, self.remove_scope_item)

    def update_scope_item(
        self, scope_item_id: int, data: ScopeItemInput, *, version: int
    ) -> Written:
        """Moving an item between included and excluded puts it at the end of its new group."""
        data = clean_scope_item(data)
        validate_scope_item(data)
        with writing(self._db) as session:
            item = rows.lock(session, ScopeItem, scope_item_id, Entity.scope_item, version)
            fields = ScopeItemInput.__dataclass_fields__
            before = ScopeItemInput(**{k: getattr(item, k) for k in fields})
            if data.in_scope != item.in_scope:
                item.position = _end_of_group(session, item.engagement_id, data.in_scope)
            rows.assign(item, vars(data))
            after = item.version
        return Written(
            ChangeSet.of(*_SCOPE, version=after),
            lambda: self.update_scope_item(scope_item_id, before, version=after),
        )

    def remove_scope_item(self, scope_item_id: int, *, version: int) -> Written:
        return removed(
            self._db,
            ScopeItem,
            Entity.scope_item,
            scope_item_id,
            version,
            _SCOPE,
            self.remove_scope_item,
        )

    def scope_totals(self, engagement_id: int) -> ScopeTotals:
        statement = select(
            func.coalesce(func.sum(ScopeItem.estimated_hours), Decimal(0)),
            func.coalesce(func.sum(ScopeItem.price), Decimal(0)),
        ).where(col(ScopeItem.engagement_id) == engagement_id, col(ScopeItem.in_scope))
        with reading(self._db) as session:
            engagement = engagement_or_raise(session, engagement_id)
            hours, price = session.execute(statement).one()
            return ScopeTotals(
                hours=Decimal(hours),
                price=Decimal(price),
                budget_hours=engagement.budget_hours,
                fixed_price=engagement.fixed_price,
            )


def _one(
    session: Session, statement: Select[Any], table: type[Row], row_id: int, entity: Entity
) -> Any:
    found = session.execute(statement.where(col(table.id) == row_id)).first()
    if found is None:
        raise NotFound(row_id, entity)
    return found


def _end_of_group(session: Session, engagement_id: int, in_scope: bool) -> int:
    last = session.execute(
        select(func.max(ScopeItem.position)).where(
            col(ScopeItem.engagement_id) == engagement_id, col(ScopeItem.in_scope) == in_scope
        )
    ).scalar_one()
    return 0 if last is None else int(last) + STEP
