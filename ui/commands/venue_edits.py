"""Undo commands for obstacles, halls and the plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from qods_planner.model import EventInfo, Hall, Obstacle, ObstacleKind, Plan, Project

from ..i18n import current_language
from .booth_change import Refused
from .booth_commands import NUDGE_ID

translate = QCoreApplication.translate


class ReplaceObstacles(QUndoCommand):
    """Replace `before` obstacles by `after`; ids of `before` missing from `after` are removed."""

    def __init__(
        self,
        project: Project,
        before: list[Obstacle],
        after: list[Obstacle],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.project = project
        self.before = list(before)
        self.after = list(after)
        kept = {o.id for o in after}
        self.removed = [o.id for o in before if o.id not in kept]
        existed = {o.id for o in before}
        self.added = [o.id for o in after if o.id not in existed]

    def redo(self) -> None:
        for oid in self.removed:
            if oid in self.project.obstacles:
                self.project.remove_obstacle(oid)
        for ob in self.after:
            self.project.put_obstacle(ob)

    def undo(self) -> None:
        for oid in self.added:
            if oid in self.project.obstacles:
                self.project.remove_obstacle(oid)
        for ob in self.before:
            self.project.put_obstacle(ob)


def _obstacles(project: Project, ids: Sequence[str]) -> list[Obstacle]:
    missing = [o for o in ids if o not in project.obstacles]
    if missing:
        raise Refused(translate("Commands", "Obstacle {0} no longer exists").format(missing[0]))
    return [project.obstacles[o] for o in ids]


class AddObstacle(ReplaceObstacles):
    def __init__(self, project: Project, obstacle: Obstacle, parent=None) -> None:
        if obstacle.id in project.obstacles:
            raise Refused(
                translate("Commands", "Obstacle id {0} is already used").format(obstacle.id)
            )
        if obstacle.hall_id not in project.halls:
            raise Refused(translate("Commands", "Hall {0} does not exist").format(obstacle.hall_id))
        super().__init__(project, [], [obstacle], translate("Commands", "Add obstacle"), parent)


class RemoveObstacle(ReplaceObstacles):
    def __init__(self, project: Project, ids: Sequence[str], parent=None) -> None:
        before = _obstacles(project, ids)
        count = len(before)
        super().__init__(
            project,
            before,
            [],
            translate("Commands", "Delete %n obstacle(s)", "", count),
            parent,
        )


class MoveObstacle(ReplaceObstacles):
    """Move obstacles by (dx, dy) cm; keyboard nudges of the same obstacles merge."""

    def __init__(
        self,
        project: Project,
        ids: Sequence[str],
        dx: int,
        dy: int,
        nudge: bool = False,
        parent=None,
    ) -> None:
        before = _obstacles(project, ids)
        after = [replace(o, rect=o.rect.moved(int(dx), int(dy))) for o in before]
        count = len(before)
        super().__init__(
            project,
            before,
            after,
            translate("Commands", "Move %n obstacle(s)", "", count),
            parent,
        )
        self.nudge = nudge

    def id(self) -> int:
        return NUDGE_ID + 1 if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveObstacle) or not other.nudge:
            return False
        if [o.id for o in other.before] != [o.id for o in self.before]:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True


class EditObstacle(ReplaceObstacles):
    """Change an obstacle's kind, label or rectangle."""

    def __init__(
        self, project: Project, obstacle_id: str, changes: Mapping[str, object], parent=None
    ) -> None:
        (before,) = _obstacles(project, [obstacle_id])
        unknown = sorted(set(changes) - {"kind", "label", "rect"})
        if unknown:
            raise Refused(translate("Commands", "Obstacles have no field {0}").format(unknown[0]))
        if "kind" in changes and not isinstance(changes["kind"], ObstacleKind):
            raise Refused(translate("Commands", "Unknown obstacle kind"))
        after = replace(before, **changes)
        super().__init__(project, [before], [after], translate("Commands", "Edit obstacle"), parent)


class EditHall(QUndoCommand):
    """Put a hall (size, names, entrances); a hall new to the project is removed on undo."""

    def __init__(self, project: Project, hall: Hall, parent: QUndoCommand | None = None) -> None:
        self.before = project.halls.get(hall.id)
        text = (
            translate("Commands", "Add hall {0}")
            if self.before is None
            else translate("Commands", "Edit hall {0}")
        )
        super().__init__(text.format(hall.name(current_language())), parent)
        self.project = project
        self.after = hall

    def redo(self) -> None:
        self.project.put_hall(self.after)

    def undo(self) -> None:
        if self.before is None:
            if self.after.id in self.project.halls:
                self.project.remove_hall(self.after.id)
        else:
            self.project.put_hall(self.before)


class SetPlan(QUndoCommand):
    """Replace the whole plan (an assignment, a solve result, a lock change)."""

    def __init__(
        self,
        project: Project,
        plan: Plan,
        text: str | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text or translate("Commands", "Change the plan"), parent)
        self.project = project
        self.before = project.plan
        self.after = plan

    def redo(self) -> None:
        if self.project.plan != self.after:
            self.project.set_plan(self.after)

    def undo(self) -> None:
        if self.project.plan != self.before:
            self.project.set_plan(self.before)


class EditEvent(QUndoCommand):
    """Replace the exhibition's names, dates and names language (`EventInfo`)."""

    def __init__(
        self, project: Project, event: EventInfo, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(translate("Commands", "Edit the exhibition's details"), parent)
        self.project = project
        self.before = project.event
        self.after = event

    def redo(self) -> None:
        self.project.set_event(self.after)

    def undo(self) -> None:
        self.project.set_event(self.before)
