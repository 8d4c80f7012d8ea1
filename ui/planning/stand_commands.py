"""Undo commands on the plan made by hand: assign, swap, unassign, lock and unlock.

Each is a `SetPlan` whose plan after is computed when the command is built, from plain ids,
so it can be judged by the validator before it is pushed (`after`), and `redo()` is safe to
repeat. Building raises `Refused` for a change that makes no sense (nothing to swap, …).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from qods_planner.model import Plan, Project

from ..commands import Refused, SetPlan
from ..i18n import current_language

# lupdate finds translate("Context", "text") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def occupants_of(plan: Plan, booth_ids: Iterable[str]) -> list[str]:
    """Exhibitors whose stands use any of `booth_ids`, in plan order."""
    wanted = set(booth_ids)
    return [e for e, booths in plan.stands.items() if wanted.intersection(booths)]


class AssignStand(SetPlan):
    """Give `exhibitor_id` the stand made of `booth_ids`.

    Exhibitors holding any of those booths (`displaced`) lose their whole stand and wait for
    another: a stand is one piece, so a partial stand would be a new, unasked-for stand.
    The exhibitor keeps its lock, if it had one.
    """

    def __init__(self, project: Project, exhibitor_id: str, booth_ids: Iterable[str]) -> None:
        booths = tuple(dict.fromkeys(booth_ids))
        if not booths:
            raise Refused(translate("Planning", "Choose at least one booth"))
        if exhibitor_id not in project.exhibitors:
            raise Refused(translate("Planning", "Unknown exhibitor {0}").format(exhibitor_id))
        exhibitor = project.exhibitors[exhibitor_id]
        if not exhibitor.registered:
            raise Refused(
                translate("Planning", "{0} has withdrawn; restore it first").format(
                    exhibitor.name(current_language())
                )
            )
        unknown = [b for b in booths if b not in project.booths]
        if unknown:
            raise Refused(translate("Planning", "Unknown booth {0}").format(unknown[0]))
        plan = project.plan
        self.exhibitor_id = exhibitor_id
        self.booth_ids = tuple(sorted(booths))
        self.displaced = [e for e in occupants_of(plan, booths) if e != exhibitor_id]
        after = plan.without(self.displaced).with_stand(exhibitor_id, booths)
        labels = ", ".join(project.booths[b].label for b in self.booth_ids)
        super().__init__(
            project,
            after,
            translate("Planning", "Assign {0} to {1}").format(exhibitor_id, labels),
        )

    @property
    def changes_anything(self) -> bool:
        return self.after != self.before


class SwapStands(SetPlan):
    """Exchange the stands of two exhibitors; locks stay with the exhibitors."""

    def __init__(self, project: Project, first: str, second: str) -> None:
        plan = project.plan
        if first == second:
            raise Refused(translate("Planning", "Choose two different exhibitors to swap"))
        missing = [e for e in (first, second) if e not in plan.stands]
        if missing:
            raise Refused(
                translate("Planning", "Exhibitor {0} has no stand to swap").format(missing[0])
            )
        stands = dict(plan.stands)
        stands[first], stands[second] = stands[second], stands[first]
        super().__init__(
            project,
            Plan(stands, plan.locked),
            translate("Planning", "Swap the stands of {0} and {1}").format(first, second),
        )
        self.pair = (first, second)


class Unassign(SetPlan):
    """Take the stands of `ids` away (they go to the waiting list), locks with them."""

    def __init__(self, project: Project, ids: Iterable[str]) -> None:
        placed = [e for e in dict.fromkeys(ids) if e in project.plan.stands]
        if not placed:
            raise Refused(translate("Planning", "None of the chosen exhibitors has a stand"))
        count = len(placed)
        text = (
            translate("Planning", "Unassign {0}").format(placed[0])
            if count == 1
            else translate("Planning", "Unassign %n exhibitor(s)", "", count)
        )
        super().__init__(project, project.plan.without(placed), text)
        self.ids = placed


class SetLocked(SetPlan):
    """Lock (or unlock) the stands of `ids`: a re-solve keeps locked stands where they are.

    Only exhibitors with a stand can be locked; the others are skipped.
    """

    def __init__(self, project: Project, ids: Iterable[str], locked: bool) -> None:
        plan = project.plan
        placed = [e for e in dict.fromkeys(ids) if e in plan.stands]
        if not placed:
            raise Refused(translate("Planning", "Only an exhibitor with a stand can be locked"))
        after = plan
        for e in placed:
            after = after.with_lock(e, locked)
        count = len(placed)
        if locked:
            text = (
                translate("Planning", "Lock {0}").format(placed[0])
                if count == 1
                else translate("Planning", "Lock %n exhibitor(s)", "", count)
            )
        else:
            text = (
                translate("Planning", "Unlock {0}").format(placed[0])
                if count == 1
                else translate("Planning", "Unlock %n exhibitor(s)", "", count)
            )
        super().__init__(project, after, text)
        self.ids = placed
        self.locked = locked
