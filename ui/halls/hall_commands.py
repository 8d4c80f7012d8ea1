"""Undo commands for whole halls. Each is one undo step made of the existing commands:
a hall put or removed (`EditHall`), its booths (`ReplaceBooths`, which carries stands and
pins along), its obstacles (`ReplaceObstacles`) and the exhibitors wishing for it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from qods_planner.messages.digits import to_persian_digits
from qods_planner.model import Hall, Project, Rect

from ..commands import EditHall, ReplaceBooths, ReplaceObstacles
from ..commands.naming import new_ids
from ..i18n import current_language

translate = QCoreApplication.translate
HALL_GAP_CM = 1000  # a new hall is drawn 10 m to the right of the others
DEFAULT_SIZE_CM = (4000, 3000)


def free_spot(project: Project, width: int) -> tuple[int, int]:
    """Where a new hall `width` wide goes: right of every hall, level with the first."""
    if not project.halls:
        return 0, 0
    right = max(h.outline.x + h.outline.w for h in project.halls.values())
    top = min(h.outline.y for h in project.halls.values())
    return right + HALL_GAP_CM, top


def next_hall_id(project: Project) -> str:
    """H2 for the second hall, as the first is H1 (ids show in messages and zone rules)."""
    number = len(project.halls) + 1
    return next(f"H{k}" for k in range(number, 2 * number + 1) if f"H{k}" not in project.halls)


def new_hall(project: Project) -> Hall:
    """An empty 40 m × 30 m hall numbered after the others."""
    hall_id = next_hall_id(project)
    number = len(project.halls) + 1
    x, y = free_spot(project, DEFAULT_SIZE_CM[0])
    names = {h.name_fa for h in project.halls.values()} | {
        h.name_en for h in project.halls.values()
    }
    while f"Hall {number}" in names:
        number += 1
    fa_digits = to_persian_digits(str(number))
    return Hall(hall_id, f"سالن {fa_digits}", f"Hall {number}", Rect(x, y, *DEFAULT_SIZE_CM))


class AddHall(EditHall):
    """Put a new empty hall; undo removes it."""


class DuplicateHall(QUndoCommand):
    """A copy of a hall beside the others, with copies of its booths (new ids and labels, no
    stands) and obstacles."""

    def __init__(self, project: Project, hall_id: str) -> None:
        source = project.halls[hall_id]
        copy_id = next_hall_id(project)
        x, y = free_spot(project, source.outline.w)
        dx, dy = x - source.outline.x, y - source.outline.y
        suffix = translate("Halls", "(copy)")
        hall = replace(
            source,
            id=copy_id,
            name_fa=f"{source.name_fa} (رونوشت)",
            name_en=f"{source.name_en} {suffix}" if source.name_en else "",
            outline=Rect(x, y, source.outline.w, source.outline.h),
        )
        super().__init__(
            translate("Halls", "Duplicate hall {0}").format(source.name(current_language()))
        )
        # Parts are run by hand, not made Qt children: a child owned by both Qt and Python
        # is freed twice when the stack goes.
        self.parts: list[QUndoCommand] = [EditHall(project, hall)]
        booths = project.booths_in(hall_id)
        booth_ids = new_ids(project.booths, "b", len(booths))
        labels = {b.label for b in project.booths.values()}
        copies = []
        for booth, new_id in zip(booths, booth_ids, strict=True):
            label = f"{copy_id}-{booth.label}"
            while label in labels:
                label += "'"
            labels.add(label)
            copies.append(
                replace(
                    booth, id=new_id, hall_id=copy_id, label=label, rect=booth.rect.moved(dx, dy)
                )
            )
        if copies:
            self.parts.append(ReplaceBooths(project, [], copies, self.text()))
        obstacles = [o for o in project.obstacles.values() if o.hall_id == hall_id]
        taken = set(project.obstacles)
        moved = []
        for o in obstacles:
            (oid,) = new_ids(taken, o.kind.value.replace("_", "-"), 1)
            taken.add(oid)
            moved.append(replace(o, id=oid, hall_id=copy_id, rect=o.rect.moved(dx, dy)))
        if moved:
            self.parts.append(ReplaceObstacles(project, [], moved, self.text()))
        self.hall_id = copy_id

    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()


class DeleteHall(QUndoCommand):
    """Remove a hall with its booths (their stands lose them), its obstacles, and the wish
    for it of exhibitors who preferred it."""

    def __init__(self, project: Project, hall_id: str) -> None:
        hall = project.halls[hall_id]
        super().__init__(
            translate("Halls", "Delete hall {0}").format(hall.name(current_language()))
        )
        self.project = project
        self.hall = hall
        self.parts: list[QUndoCommand] = []  # run by hand, see DuplicateHall
        booths = project.booths_in(hall_id)
        if booths:
            self.parts.append(ReplaceBooths(project, booths, [], self.text()))
        obstacles = [o for o in project.obstacles.values() if o.hall_id == hall_id]
        if obstacles:
            self.parts.append(ReplaceObstacles(project, obstacles, [], self.text()))
        self.wishing = [
            e for e in project.exhibitors.values() if e.wishes.preferred_hall == hall_id
        ]
        self.order = list(project.halls)

    def redo(self) -> None:
        for part in self.parts:  # booths and obstacles first: a hall with booths cannot go
            part.redo()
        if self.wishing:
            unwished = [
                replace(
                    e,
                    wishes=replace(e.wishes, preferred_hall=None, hall_required=False),
                )
                for e in self.wishing
            ]
            self.project.put_exhibitors(unwished)
        self.project.remove_hall(self.hall.id)

    def undo(self) -> None:
        self.project.put_hall(self.hall)
        self.project.reorder_halls(self.order)
        if self.wishing:
            self.project.put_exhibitors(self.wishing)
        for part in reversed(self.parts):
            part.undo()


class MoveHall(QUndoCommand):
    """Move a hall one place earlier (step -1) or later (+1) in the halls' order."""

    def __init__(self, project: Project, hall_id: str, step: int) -> None:
        hall = project.halls[hall_id]
        super().__init__(translate("Halls", "Move hall {0}").format(hall.name(current_language())))
        self.project = project
        self.before = list(project.halls)
        i = self.before.index(hall_id)
        j = max(0, min(len(self.before) - 1, i + step))
        after = list(self.before)
        after.insert(j, after.pop(i))
        self.after = after

    def redo(self) -> None:
        self.project.reorder_halls(self.after)

    def undo(self) -> None:
        self.project.reorder_halls(self.before)
