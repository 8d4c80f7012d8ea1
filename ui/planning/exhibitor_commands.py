"""Undo commands on exhibitors: add, edit (one or several), remove, withdraw and restore.

Each command holds plain values (the exhibitors and the plan before and after), computed when
it is built, so building may raise `ModelError` (a bad field) or `Refused`; once built,
`redo()` and `undo()` only call the Project's mutators and are safe to repeat.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from qods_planner.model import Exhibitor, ExhibitorStatus, Needs, Plan, Project, Wishes

from ..commands.booth_change import Refused

# Fields of the nested values an edit may touch one by one ("needs.power", "wishes.corner").
NESTED = {"needs": Needs, "wishes": Wishes}

# lupdate finds translate("Context", "text") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class IdsDelta:
    """A change to a list of ids that keeps what it does not name: ids to `add` (at the end)
    and ids to `remove`. Editing several exhibitors at once changes their competitors,
    partners or pinned booths this way, so each keeps its own others."""

    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()

    def applied(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        kept = [i for i in ids if i not in self.remove]
        return tuple(kept + [i for i in self.add if i not in kept])

    def __bool__(self) -> bool:
        return bool(self.add or self.remove)


def apply_changes(exhibitor: Exhibitor, changes: Mapping[str, object]) -> Exhibitor:
    """`exhibitor` with `changes` applied; keys are field names or "needs.x" / "wishes.x";
    a value may be an `IdsDelta` for the id-list fields.

    Raises `ModelError` when the result breaks a rule of the model.
    """
    flat: dict[str, object] = {}
    nested: dict[str, dict[str, object]] = {}
    for key, value in changes.items():
        if isinstance(value, IdsDelta):
            value = value.applied(getattr(exhibitor, key))
        outer, _, inner = key.partition(".")
        if inner:
            if outer not in NESTED:
                raise KeyError(f"unknown exhibitor field {key!r}")
            nested.setdefault(outer, {})[inner] = value
        else:
            flat[key] = value
    for outer, values in nested.items():
        flat[outer] = replace(flat.get(outer, getattr(exhibitor, outer)), **values)
    if "competitors" in flat:  # the same list for several exhibitors never names one itself
        flat["competitors"] = tuple(e for e in flat["competitors"] if e != exhibitor.id)
    if "partners" in flat:
        flat["partners"] = tuple(e for e in flat["partners"] if e != exhibitor.id)
    return replace(exhibitor, **flat)


class _ExhibitorsCommand(QUndoCommand):
    """Put `after` exhibitors (and plan), restore `before` ones on undo."""

    def __init__(
        self,
        project: Project,
        before: list[Exhibitor],
        after: list[Exhibitor],
        text: str,
        plan_after: Plan | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.project = project
        self.before = list(before)
        self.after = list(after)
        self.plan_before = project.plan
        self.plan_after = project.plan if plan_after is None else plan_after

    def redo(self) -> None:
        p = self.project
        # The plan first: a withdrawn exhibitor never holds a stand, not even in between.
        if p.plan != self.plan_after:
            p.set_plan(self.plan_after)
        if self.after:
            p.put_exhibitors(self.after)

    def undo(self) -> None:
        p = self.project
        if self.before:
            p.put_exhibitors(self.before)
        if p.plan != self.plan_before:
            p.set_plan(self.plan_before)


class AddExhibitor(QUndoCommand):
    """Register a new exhibitor (waitlisted until it gets a stand)."""

    def __init__(self, project: Project, exhibitor: Exhibitor) -> None:
        super().__init__(translate("Planning", "Add exhibitor {0}").format(exhibitor.id))
        if exhibitor.id in project.exhibitors:
            raise Refused(
                translate("Planning", "Exhibitor id {0} is already used").format(exhibitor.id)
            )
        if exhibitor.sector_id not in project.sectors:
            raise Refused(translate("Planning", "Choose a sector for the exhibitor"))
        self.project = project
        self.exhibitor = exhibitor

    def redo(self) -> None:
        self.project.put_exhibitors([self.exhibitor])

    def undo(self) -> None:
        if self.exhibitor.id in self.project.exhibitors:
            self.project.remove_exhibitor(self.exhibitor.id)


class EditExhibitors(_ExhibitorsCommand):
    """Apply the same `changes` (field → value) to every exhibitor of `ids`.

    Only the fields named change, so editing several at once keeps what differs between them.
    Withdrawing through an edit also takes the stands away.
    """

    def __init__(self, project: Project, ids: Iterable[str], changes: Mapping[str, object]):
        ids = list(dict.fromkeys(ids))
        before = [project.exhibitors[e] for e in ids]
        after = [apply_changes(ex, changes) for ex in before]
        changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
        if changed and any(a.sector_id not in project.sectors for _, a in changed):
            raise Refused(translate("Planning", "Choose a sector for the exhibitor"))
        withdrawn = [a.id for _, a in changed if not a.registered]
        count = len(ids)
        text = (
            translate("Planning", "Edit exhibitor {0}").format(ids[0])
            if count == 1
            else translate("Planning", "Edit %n exhibitor(s)", "", count)
        )
        super().__init__(
            project,
            [b for b, _ in changed],
            [a for _, a in changed],
            text,
            project.plan.without(withdrawn) if withdrawn else None,
        )

    @property
    def changes_anything(self) -> bool:
        return bool(self.after) or self.plan_after != self.plan_before


class WithdrawExhibitors(_ExhibitorsCommand):
    """Mark exhibitors withdrawn; they lose their stands (undo gives them back)."""

    def __init__(self, project: Project, ids: Iterable[str]) -> None:
        ids = [e for e in dict.fromkeys(ids) if project.exhibitors[e].registered]
        if not ids:
            raise Refused(translate("Planning", "The chosen exhibitors are already withdrawn"))
        before = [project.exhibitors[e] for e in ids]
        after = [replace(ex, status=ExhibitorStatus.WITHDRAWN) for ex in before]
        count = len(ids)
        text = (
            translate("Planning", "Withdraw exhibitor {0}").format(ids[0])
            if count == 1
            else translate("Planning", "Withdraw %n exhibitor(s)", "", count)
        )
        super().__init__(project, before, after, text, project.plan.without(ids))


class RestoreExhibitors(_ExhibitorsCommand):
    """Register withdrawn exhibitors again; they wait for a stand."""

    def __init__(self, project: Project, ids: Iterable[str]) -> None:
        ids = [e for e in dict.fromkeys(ids) if not project.exhibitors[e].registered]
        if not ids:
            raise Refused(translate("Planning", "The chosen exhibitors are not withdrawn"))
        before = [project.exhibitors[e] for e in ids]
        after = [replace(ex, status=ExhibitorStatus.REGISTERED) for ex in before]
        count = len(ids)
        text = (
            translate("Planning", "Restore exhibitor {0}").format(ids[0])
            if count == 1
            else translate("Planning", "Restore %n exhibitor(s)", "", count)
        )
        super().__init__(project, before, after, text)


class RemoveExhibitor(QUndoCommand):
    """Delete an exhibitor, its stand, and the other exhibitors' mentions of it (as competitor
    or partner); undo puts all of them back. The restored exhibitor is listed last."""

    def __init__(self, project: Project, exhibitor_id: str) -> None:
        super().__init__(translate("Planning", "Remove exhibitor {0}").format(exhibitor_id))
        self.project = project
        self.exhibitor = project.exhibitors[exhibitor_id]
        self.plan_before = project.plan
        self.mentions_before = [
            ex
            for ex in project.exhibitors.values()
            if exhibitor_id in ex.competitors or exhibitor_id in ex.partners
        ]
        self.mentions_after = [
            replace(
                ex,
                competitors=tuple(e for e in ex.competitors if e != exhibitor_id),
                partners=tuple(e for e in ex.partners if e != exhibitor_id),
            )
            for ex in self.mentions_before
        ]

    def redo(self) -> None:
        p = self.project
        if self.exhibitor.id in p.exhibitors:
            p.remove_exhibitor(self.exhibitor.id)
        if self.mentions_after:
            p.put_exhibitors(self.mentions_after)

    def undo(self) -> None:
        p = self.project
        p.put_exhibitors([self.exhibitor, *self.mentions_before])
        if p.plan != self.plan_before:
            p.set_plan(self.plan_before)
