"""What an import would change, shown before it is applied, and applying it as one change."""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from enum import Enum

from ..messages import format_number, get_language, join, tr
from ..model import Booth, Exhibitor, Project
from ..text import format_jalali


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
        """ "2 new, 1 changed, 3 unchanged, 0 not in the sheet" in the current language."""
        return tr(
            "{added} new, {changed} changed, {unchanged} unchanged, {absent} not in the sheet",
            added=len(self.added),
            changed=len(self.changed),
            unchanged=len(self.unchanged),
            absent=len(self.not_in_sheet),
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


def booth_fields(booth: Booth) -> dict[str, object]:
    """A booth's fields as people read them: position and size in metres, status as its value."""
    return {
        "label": booth.label,
        "hall_id": booth.hall_id,
        "x": booth.rect.x / 100,
        "y": booth.rect.y / 100,
        "width": booth.rect.w / 100,
        "depth": booth.rect.h / 100,
        "power": booth.power,
        "water": booth.water,
        "heavy_floor": booth.heavy_floor,
        "premium": booth.premium,
        "status": booth.status.value,
    }


def booth_changes(old: Booth, new: Booth) -> tuple[FieldChange, ...]:
    """What a booth import changes in one booth, field by field."""
    a, b = booth_fields(old), booth_fields(new)
    return tuple(FieldChange(k, a[k], b[k]) for k in a if a[k] != b[k])


def field_label(field: str) -> str:
    """A field of `flat_fields` or `booth_fields` as people call it: its name in English
    ("requested_m2"), words in Persian ("متراژ درخواستی")."""
    labels = {
        "id": tr("id"),
        "name_fa": tr("name_fa"),
        "name_en": tr("name_en"),
        "sector_id": tr("sector_id"),
        "requested_m2": tr("requested_m2"),
        "min_m2": tr("min_m2"),
        "max_m2": tr("max_m2"),
        "needs.power": tr("needs.power"),
        "needs.water": tr("needs.water"),
        "needs.heavy_floor": tr("needs.heavy_floor"),
        "wishes.corner": tr("wishes.corner"),
        "wishes.island": tr("wishes.island"),
        "wishes.preferred_hall": tr("wishes.preferred_hall"),
        "wishes.hall_required": tr("wishes.hall_required"),
        "priority": tr("priority"),
        "registered_on": tr("registered_on"),
        "competitors": tr("competitors"),
        "partners": tr("partners"),
        "pinned_booths": tr("pinned_booths"),
        "choices": tr("choices"),
        "choices_only": tr("choices_only"),
        "priority_points": tr("priority_points"),
        "status": tr("status"),
        "phone": tr("phone"),
        "note": tr("note"),
        "label": tr("label"),
        "hall_id": tr("hall_id"),
        "x": tr("x"),
        "y": tr("y"),
        "width": tr("width"),
        "depth": tr("depth"),
        "power": tr("power"),
        "water": tr("water"),
        "heavy_floor": tr("heavy_floor"),
        "premium": tr("premium"),
    }
    return labels.get(field, field)


def value_text(field: str, value: object) -> str:
    """A field's value for reading, in the current language: yes/no, quantities in the
    reader's digits, tiers and statuses as words, Jalali dates in Persian, lists joined;
    ids, names and phone numbers as they are; "—" for nothing."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int | float):
        return format_number(value, get_language())
    if isinstance(value, tuple):
        return join(str(v) for v in value)
    words = {
        "sponsor": tr("sponsor"),
        "returning": tr("returning"),
        "regular": tr("regular"),
        "registered": tr("registered"),
        "withdrawn": tr("withdrawn"),
        "available": tr("available"),
        "blocked": tr("blocked"),
        "reserved": tr("reserved"),
    }
    if field in ("priority", "status"):
        return words.get(str(value), str(value))
    if field == "registered_on" and get_language() == "fa":
        return format_jalali(str(value), persian_digits=True)
    return str(value)


def change_text(change: FieldChange) -> str:
    """ "requested_m2: 9 → 18" (in Persian: "متراژ درخواستی: ۹ → ۱۸")."""
    old, new = value_text(change.field, change.old), value_text(change.field, change.new)
    return f"{field_label(change.field)}: {old} → {new}"  # no words of its own to translate


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
