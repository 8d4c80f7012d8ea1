"""What an import would change, shown before it is applied, and applying it as one change."""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from enum import Enum

from ..model import Exhibitor, Project


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True, slots=True)
class ExhibitorChange:
    old: Exhibitor
    new: Exhibitor
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class ExhibitorDiff:
    """Imported exhibitors against the project: new ones, changed ones (field by field),
    unchanged ids, and ids of project exhibitors the sheet does not mention (left as they are)."""

    added: tuple[Exhibitor, ...]
    changed: tuple[ExhibitorChange, ...]
    unchanged: tuple[str, ...]
    not_in_sheet: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.added and not self.changed

    def to_apply(self) -> list[Exhibitor]:
        return [*self.added, *(c.new for c in self.changed)]

    def summary(self) -> str:
        return (
            f"{len(self.added)} new, {len(self.changed)} changed, "
            f"{len(self.unchanged)} unchanged, {len(self.not_in_sheet)} not in the sheet"
        )


def flat_fields(ex: Exhibitor) -> dict[str, object]:
    """Field name → plain value, nested needs/wishes as "needs.power", enums as their value."""
    out: dict[str, object] = {}
    for f in fields(ex):
        value = getattr(ex, f.name)
        if is_dataclass(value):
            for sub in fields(value):
                out[f"{f.name}.{sub.name}"] = _plain(getattr(value, sub.name))
        else:
            out[f.name] = _plain(value)
    return out


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def diff_exhibitors(project: Project, exhibitors: list[Exhibitor]) -> ExhibitorDiff:
    added: list[Exhibitor] = []
    changed: list[ExhibitorChange] = []
    unchanged: list[str] = []
    for new in exhibitors:
        old = project.exhibitors.get(new.id)
        if old is None:
            added.append(new)
            continue
        a, b = flat_fields(old), flat_fields(new)
        delta = tuple(FieldChange(k, a[k], b[k]) for k in a if a[k] != b[k])
        if delta:
            changed.append(ExhibitorChange(old, new, delta))
        else:
            unchanged.append(new.id)
    seen = {e.id for e in exhibitors}
    absent = tuple(e for e in project.exhibitors if e not in seen)
    return ExhibitorDiff(tuple(added), tuple(changed), tuple(unchanged), absent)


def apply_exhibitors(project: Project, diff: ExhibitorDiff) -> dict[str, Exhibitor | None]:
    """Put the new and changed exhibitors into the project as one change; returns what each id
    held before (None for new ones), which `restore_exhibitors` puts back."""
    before: dict[str, Exhibitor | None] = {
        e.id: project.exhibitors.get(e.id) for e in diff.to_apply()
    }
    if before:
        project.put_exhibitors(diff.to_apply())
    return before


def restore_exhibitors(project: Project, before: dict[str, Exhibitor | None]) -> None:
    """Undo `apply_exhibitors`: old values back, new exhibitors removed."""
    old = [e for e in before.values() if e is not None]
    if old:
        project.put_exhibitors(old)
    for eid, e in before.items():
        if e is None and eid in project.exhibitors:
            project.remove_exhibitor(eid)
