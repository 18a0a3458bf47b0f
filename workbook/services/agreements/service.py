"""What is agreed in an engagement: the client's wishes, the goals, the service catalogue.

Removals are undone by adding the row's as_input() again under its old id."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import case, delete, func, select
from sqlmodel import Session, col

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import WishKind
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
from workbook.services.clients.service import NotFound
from workbook.services.engagements.service import engagement_or_raise
from workbook.services.engagements.shapes import (
    GoalInput,
    GoalRow,
    ScopeItemInput,
    ScopeItemRow,
    ScopeTotals,
    WishInput,
    WishRow,
)
from workbook.services.ordering import STEP, reorder
from workbook.services.sessions import reading, writing
from workbook.store.database import Database
from workbook.store.models import Contact, Goal, ScopeItem, Wish
from workbook.store.models.base import Row, utc_now

# What the client needs comes before what he merely wants.
_KIND_RANK = {WishKind.need.value: 0, WishKind.both.value: 1, WishKind.want.value: 2}
# Goals change the engagements list (agreed goals) and the wishes' goal titles.
_GOALS = ChangeSet.of(Entity.goal, Entity.wish, Entity.engagement)
_WISHES = ChangeSet.of(Entity.wish)
_SCOPE = ChangeSet.of(Entity.scope_item)

T = TypeVar("T", bound=Row)


class AgreementService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- wishes ------------------------------------------------------------------------------

    def wishes(self, engagement_id: int) -> list[WishRow]:
        rank = case(_KIND_RANK, value=Wish.kind, else_=len(_KIND_RANK))
        statement = (
            select(Wish, col(Goal.title))
            .outerjoin(Goal, col(Goal.id) == Wish.goal_id)
            .where(col(Wish.engagement_id) == engagement_id)
            .order_by(rank, col(Wish.id))
        )
        with reading(self._db) as session:
            return [wish_row(w, title) for w, title in session.execute(statement)]

    def wish(self, wish_id: int) -> WishRow:
        with reading(self._db) as session:
            wish = _get(session, Wish, wish_id)
            goal = session.get(Goal, wish.goal_id) if wish.goal_id is not None else None
            return wish_row(wish, goal.title if goal else None)

    def add_wish(
        self, engagement_id: int, data: WishInput, *, wish_id: int | None = None
    ) -> ChangeSet:
        data = clean_wish(data)
        with writing(self._db) as session:
            engagement_or_raise(session, engagement_id)
            validate_wish(session, engagement_id, data)
            wish = Wish(id=wish_id, engagement_id=engagement_id, **wish_values(data))
            return _added(session, wish, _WISHES)

    def update_wish(self, wish_id: int, data: WishInput) -> ChangeSet:
        data = clean_wish(data)
        with writing(self._db) as session:
            wish = _get(session, Wish, wish_id)
            validate_wish(session, wish.engagement_id, data)
            _assign(wish, wish_values(data))
            return _WISHES

    def remove_wish(self, wish_id: int) -> ChangeSet:
        with writing(self._db) as session:
            session.execute(delete(Wish).where(col(Wish.id) == wish_id))
            return _WISHES

    # -- goals -------------------------------------------------------------------------------

    def goals(self, engagement_id: int, *, today: date | None = None) -> list[GoalRow]:
        """By target date (undated last), with the signer's name and the overdue flag."""
        statement = (
            select(Goal, col(Contact.name))
            .outerjoin(Contact, col(Contact.id) == Goal.signed_off_by_id)
            .where(col(Goal.engagement_id) == engagement_id)
            .order_by(col(Goal.target_date).asc().nulls_last(), col(Goal.id))
        )
        day = today or date.today()
        with reading(self._db) as session:
            return [goal_row(g, name, day) for g, name in session.execute(statement)]

    def goal(self, goal_id: int, *, today: date | None = None) -> GoalRow:
        with reading(self._db) as session:
            goal = _get(session, Goal, goal_id)
            signer = None
            if goal.signed_off_by_id is not None:
                signer = session.get(Contact, goal.signed_off_by_id)
            return goal_row(goal, signer.name if signer else None, today or date.today())

    def add_goal(
        self, engagement_id: int, data: GoalInput, *, goal_id: int | None = None
    ) -> ChangeSet:
        data = clean_goal(data)
        with writing(self._db) as session:
            engagement = engagement_or_raise(session, engagement_id)
            validate_goal(session, engagement, data)
            goal = Goal(id=goal_id, engagement_id=engagement_id, **goal_values(data))
            return _added(session, goal, _GOALS)

    def update_goal(self, goal_id: int, data: GoalInput) -> ChangeSet:
        data = clean_goal(data)
        with writing(self._db) as session:
            goal = _get(session, Goal, goal_id)
            validate_goal(session, engagement_or_raise(session, goal.engagement_id), data)
            _assign(goal, goal_values(data))
            return _GOALS

    def remove_goal(self, goal_id: int) -> ChangeSet:
        """Wishes pointing at the goal lose the link (the foreign key sets it to NULL); an
        undo that should restore it re-links them with update_wish."""
        with writing(self._db) as session:
            session.execute(delete(Goal).where(col(Goal.id) == goal_id))
            return _GOALS

    # -- the service catalogue ---------------------------------------------------------------

    def scope_items(self, engagement_id: int) -> list[ScopeItemRow]:
        """What is included first, then the explicit exclusions, each by position."""
        with reading(self._db) as session:
            return [scope_item_row(item) for item in _scope_items(session, engagement_id)]

    def scope_item(self, scope_item_id: int) -> ScopeItemRow:
        with reading(self._db) as session:
            return scope_item_row(_get(session, ScopeItem, scope_item_id))

    def add_scope_item(
        self,
        engagement_id: int,
        data: ScopeItemInput,
        *,
        scope_item_id: int | None = None,
        position: int | None = None,
    ) -> ChangeSet:
        """Added at the end of its group; undo of a removal passes the old id and position."""
        data = clean_scope_item(data)
        validate_scope_item(data)
        with writing(self._db) as session:
            engagement_or_raise(session, engagement_id)
            if position is None:
                position = _end_of_group(session, engagement_id, data.in_scope)
            item = ScopeItem(
                id=scope_item_id, engagement_id=engagement_id, position=position, **vars(data)
            )
            return _added(session, item, _SCOPE)

    def update_scope_item(self, scope_item_id: int, data: ScopeItemInput) -> ChangeSet:
        """Moving an item between included and excluded puts it at the end of its new group."""
        data = clean_scope_item(data)
        validate_scope_item(data)
        with writing(self._db) as session:
            item = _get(session, ScopeItem, scope_item_id)
            if data.in_scope != item.in_scope:
                item.position = _end_of_group(session, item.engagement_id, data.in_scope)
            _assign(item, vars(data))
            return _SCOPE

    def move_scope_item(self, scope_item_id: int, delta: int) -> ChangeSet:
        """Moves within its group; an empty ChangeSet means it was already at that end."""
        with writing(self._db) as session:
            item = _get(session, ScopeItem, scope_item_id)
            group = [
                other
                for other in _scope_items(session, item.engagement_id)
                if other.in_scope == item.in_scope
            ]
            return _SCOPE if reorder(group, scope_item_id, delta) else ChangeSet()

    def remove_scope_item(self, scope_item_id: int) -> ChangeSet:
        with writing(self._db) as session:
            session.execute(delete(ScopeItem).where(col(ScopeItem.id) == scope_item_id))
            return _SCOPE

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


def _get(session: Session, table: type[T], row_id: int) -> T:
    row = session.get(table, row_id)
    if row is None:
        raise NotFound(row_id)
    return row


def _added(session: Session, row: Row, changes: ChangeSet) -> ChangeSet:
    session.add(row)
    session.flush()
    return ChangeSet(changes.entities, created_id=row.id)


def _assign(row: Row, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(row, key, value)
    row.updated_at = utc_now()


def _scope_items(session: Session, engagement_id: int) -> list[ScopeItem]:
    return list(
        session.execute(
            select(ScopeItem)
            .where(col(ScopeItem.engagement_id) == engagement_id)
            .order_by(col(ScopeItem.in_scope).desc(), col(ScopeItem.position), col(ScopeItem.id))
        ).scalars()
    )


def _end_of_group(session: Session, engagement_id: int, in_scope: bool) -> int:
    last = session.execute(
        select(func.max(ScopeItem.position)).where(
            col(ScopeItem.engagement_id) == engagement_id, col(ScopeItem.in_scope) == in_scope
        )
    ).scalar_one()
    return 0 if last is None else int(last) + STEP
