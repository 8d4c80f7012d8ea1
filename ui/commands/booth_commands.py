"""Undo commands that add, remove, move, resize, edit, rotate and renumber booths."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from qods_planner.model import Booth, BoothStatus, Project, Rect

from .booth_change import Refused, ReplaceBooths

NUDGE_ID = 4101  # QUndoCommand.id() of keyboard nudges, which merge into one step


translate = QCoreApplication.translate


def _booths(project: Project, ids: Sequence[str]) -> list[Booth]:
    missing = [b for b in ids if b not in project.booths]
    if missing:
        raise Refused(translate("Commands", "Booth {0} no longer exists").format(missing[0]))
    if not ids:
        raise Refused(translate("Commands", "Select one or more booths first"))
    return [project.booths[b] for b in ids]


class AddBooths(ReplaceBooths):
    """Add new booths (ids not yet in the project)."""

    def __init__(self, project: Project, booths: Sequence[Booth], parent=None) -> None:
        clash = [b.id for b in booths if b.id in project.booths]
        if clash:
            raise Refused(translate("Commands", "Booth id {0} is already used").format(clash[0]))
        count = len(booths)
        super().__init__(
            project,
            [],
            list(booths),
            translate("Commands", "Add %n booth(s)", "", count),
            parent=parent,
        )


class RemoveBooths(ReplaceBooths):
    """Remove booths; undo restores them, the stands that used them and the pins."""

    def __init__(self, project: Project, ids: Sequence[str], parent=None) -> None:
        before = _booths(project, ids)
        count = len(before)
        super().__init__(
            project,
            before,
            [],
            translate("Commands", "Delete %n booth(s)", "", count),
            parent=parent,
        )


class MoveBooths(ReplaceBooths):
    """Move booths by (dx, dy) cm. Keyboard nudges (`nudge=True`) of the same booths merge."""

    def __init__(
        self,
        project: Project,
        ids: Sequence[str],
        dx: int,
        dy: int,
        nudge: bool = False,
        parent=None,
    ) -> None:
        before = _booths(project, ids)
        after = [replace(b, rect=b.rect.moved(int(dx), int(dy))) for b in before]
        count = len(before)
        super().__init__(
            project,
            before,
            after,
            translate("Commands", "Move %n booth(s)", "", count),
            parent=parent,
        )
        self.nudge = nudge

    def id(self) -> int:
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveBooths) or not other.nudge:
            return False
        if [b.id for b in other.before] != [b.id for b in self.before]:
            return False
        self.after = other.after
        self.setObsolete(all(a == b for a, b in zip(self.before, self.after, strict=True)))
        return True


class ResizeBooth(ReplaceBooths):
    """Give one booth a new rectangle."""

    def __init__(self, project: Project, booth_id: str, rect: Rect, parent=None) -> None:
        (before,) = _booths(project, [booth_id])
        super().__init__(
            project,
            [before],
            [replace(before, rect=rect)],
            translate("Commands", "Resize booth {0}").format(before.label),
            parent=parent,
        )


EDITABLE_FIELDS = ("label", "power", "water", "heavy_floor", "premium", "status", "w", "h")


class EditBooths(ReplaceBooths):
    """Set the same field values on several booths (what the properties panel edits).

    `changes` keys: label (one booth only), power, water, heavy_floor, premium (True, False or
    None = derived), status (`BoothStatus`), w and h (cm; the top-left corner stays).
    """

    def __init__(
        self, project: Project, ids: Sequence[str], changes: Mapping[str, object], parent=None
    ) -> None:
        unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
        if unknown:
            raise Refused(translate("Commands", "Booths have no field {0}").format(unknown[0]))
        before = _booths(project, ids)
        if "label" in changes and len(before) > 1:
            raise Refused(translate("Commands", "Several booths cannot share one label"))
        if "status" in changes and not isinstance(changes["status"], BoothStatus):
            raise Refused(
                translate("Commands", "Booth status must be available, blocked or reserved")
            )
        after = []
        for b in before:
            fields = {k: v for k, v in changes.items() if k not in ("w", "h")}
            if "w" in changes or "h" in changes:
                w = int(changes.get("w", b.rect.w))  # type: ignore[call-overload]
                h = int(changes.get("h", b.rect.h))  # type: ignore[call-overload]
                fields["rect"] = Rect(b.rect.x, b.rect.y, w, h)
            after.append(replace(b, **fields))
        count = len(before)
        super().__init__(
            project,
            before,
            after,
            translate("Commands", "Edit %n booth(s)", "", count),
            parent=parent,
        )


def rotated_rects(rects: Sequence[Rect]) -> list[Rect]:
    """The rectangles turned a quarter clockwise as one group about their common centre,
    rounded down to the centimetre when width minus depth is odd."""
    union = rects[0]
    for r in rects[1:]:
        union = union.union(r)
    # Clockwise in y-down coordinates maps (x, y) to (-y, x); shift so the group keeps its centre.
    turned = [Rect(-r.bottom, r.x, r.h, r.w) for r in rects]
    tx = union.x + (union.w - union.h) // 2 - (-union.bottom)
    ty = union.y + (union.h - union.w) // 2 - union.x
    return [r.moved(tx, ty) for r in turned]


class RotateBooths(ReplaceBooths):
    """Turn booths a quarter clockwise as a group (a single booth turns about its centre)."""

    def __init__(self, project: Project, ids: Sequence[str], parent=None) -> None:
        before = _booths(project, ids)
        rects = rotated_rects([b.rect for b in before])
        after = [replace(b, rect=r) for b, r in zip(before, rects, strict=True)]
        count = len(before)
        super().__init__(
            project,
            before,
            after,
            translate("Commands", "Rotate %n booth(s)", "", count),
            parent=parent,
        )


class RenumberBooths(ReplaceBooths):
    """Give booths new labels: `labels[i]` goes to `ids[i]`."""

    def __init__(
        self, project: Project, ids: Sequence[str], labels: Sequence[str], parent=None
    ) -> None:
        if len(ids) != len(labels):
            raise Refused(translate("Commands", "Renumbering needs one label per booth"))
        before = _booths(project, ids)
        after = [replace(b, label=lab) for b, lab in zip(before, labels, strict=True)]
        count = len(before)
        super().__init__(
            project,
            before,
            after,
            translate("Commands", "Renumber %n booth(s)", "", count),
            parent=parent,
        )
