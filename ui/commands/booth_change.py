"""The one booth-changing command every booth edit is made of.

A command holds plain values computed when it is built: the booths before and after, and how
removed booth ids map to the booths that replace them (a merge maps B and C to A, a split maps
A to A, A2 and A3). From that map it derives the plan and the exhibitors' pinned booths after the
edit, so stands and pins follow the booths. Building a command may raise `Refused` (or
`ModelError` from the model's own checks); once built, `redo()` and `undo()` only call the
Project's mutators and are safe to repeat.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from qods_planner.model import Booth, Exhibitor, Plan, Project


class Refused(Exception):
    """An edit the editor will not make; the message (translated) says why."""


def remapped_plan(plan: Plan, replaced: Mapping[str, tuple[str, ...]]) -> Plan:
    """The plan with every replaced booth id swapped for its successors; empty stands vanish."""
    if not replaced:
        return plan
    stands: dict[str, tuple[str, ...]] = {}
    for eid, booths in plan.stands.items():
        new: list[str] = []
        for b in booths:
            for succ in replaced.get(b, (b,)):
                if succ not in new:
                    new.append(succ)
        if new:
            stands[eid] = tuple(new)
    return Plan(stands, plan.locked & stands.keys())


def _remapped(booths: tuple[str, ...], replaced: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for b in booths:
        for succ in replaced.get(b, (b,)):
            if succ not in out:
                out.append(succ)
    return tuple(out)


def remapped_pins(
    exhibitors: Iterable[Exhibitor], replaced: Mapping[str, tuple[str, ...]]
) -> tuple[list[Exhibitor], list[Exhibitor]]:
    """(before, after) of the exhibitors pinned to, or choosing, a replaced booth. Choices
    keep their order; an exhibitor left with no choice no longer accepts only its choices."""
    before: list[Exhibitor] = []
    after: list[Exhibitor] = []
    for ex in exhibitors:
        if not any(b in replaced for b in (*ex.pinned_booths, *ex.choices)):
            continue
        choices = _remapped(ex.choices, replaced)
        before.append(ex)
        after.append(
            replace(
                ex,
                pinned_booths=_remapped(ex.pinned_booths, replaced),
                choices=choices,
                choices_only=ex.choices_only and bool(choices),
            )
        )
    return before, after


class ReplaceBooths(QUndoCommand):
    """Replace `before` booths by `after` booths; ids of `before` missing from `after` are
    removed, and `replaced` says which booths take their place in stands and pins."""

    def __init__(
        self,
        project: Project,
        before: list[Booth],
        after: list[Booth],
        text: str,
        replaced: Mapping[str, tuple[str, ...]] | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.project = project
        self.before = list(before)
        self.after = list(after)
        kept = {b.id for b in after}
        self.removed = [b.id for b in before if b.id not in kept]
        existed = {b.id for b in before}
        self.added = [b.id for b in after if b.id not in existed]
        mapping = dict(replaced or {})
        for bid in self.removed:
            mapping.setdefault(bid, ())
        self._plan_before = project.plan
        self._plan_after = remapped_plan(project.plan, mapping)
        self._pins_before, self._pins_after = remapped_pins(project.exhibitors.values(), mapping)

    @property
    def changed_ids(self) -> set[str]:
        """Every booth id this command touches."""
        return {b.id for b in self.before} | {b.id for b in self.after}

    def redo(self) -> None:
        p = self.project
        gone = [b for b in self.removed if b in p.booths]
        if gone:
            p.remove_booths(gone)
        if self.after:
            p.put_booths(self.after)
        if p.plan != self._plan_after:
            p.set_plan(self._plan_after)
        if self._pins_after:
            p.put_exhibitors(self._pins_after)

    def undo(self) -> None:
        p = self.project
        fresh = [b for b in self.added if b in p.booths]
        if fresh:
            p.remove_booths(fresh)
        if self.before:
            p.put_booths(self.before)
        if p.plan != self._plan_before:
            p.set_plan(self._plan_before)
        if self._pins_before:
            p.put_exhibitors(self._pins_before)
