"""Last year's place: copy an earlier fair's stands into this fair's booth choices.

`earlier_stands(path)` reads who stood where at an earlier fair, from its project file or from
the workbook it exported (the Assignments sheet: id, names, booth labels). `copy_choices`
matches those exhibitors to this project's by id, else by name (Persian or English, spelt
loosely: ی/ي, ک/ك, ZWNJ, digits), finds their booths here by label, and makes those booths each
returning exhibitor's first choices (its own choices follow). It reports whom it could not
match and which booths this venue no longer has. Nothing is changed until the caller puts the
returned exhibitors into the project (the app as one undo step).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .excel.export.labels import META_SHEET, header_lookup
from .excel.workbook import display, open_workbook, read_grid
from .files import load_project
from .messages import tr
from .model import Exhibitor, Project
from .model.model_error import ModelError
from .text import normalise_key

_LABELS_APART = re.compile(r"\s*[,،؛;]\s*")


@dataclass(frozen=True, slots=True)
class EarlierStand:
    """One exhibitor's stand at the earlier fair, by booth labels."""

    id: str
    name_fa: str
    name_en: str
    labels: tuple[str, ...]


@dataclass
class CopyReport:
    copied: dict[str, tuple[str, ...]] = field(default_factory=dict)  # exhibitor → booth ids
    unmatched: list[EarlierStand] = field(default_factory=list)
    missing_booths: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id → labels


def earlier_stands(path: Path) -> list[EarlierStand]:
    """The stands of an earlier fair's project file (.json) or exported workbook (.xlsx)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _from_export(path)
    project = load_project(path)
    out = []
    for eid, booths in sorted(project.plan.stands.items()):
        ex = project.exhibitors.get(eid)
        if ex is None:
            continue
        labels = tuple(project.booths[b].label for b in booths if b in project.booths)
        out.append(EarlierStand(eid, ex.name_fa, ex.name_en, labels))
    return out


def _from_export(path: Path) -> list[EarlierStand]:
    wb = open_workbook(path)
    lookup = header_lookup("assignments")
    for title in wb.sheetnames:
        if title == META_SHEET:
            continue
        grid = read_grid(wb, title)
        for r in sorted({r for r, _ in grid.values})[:5]:
            columns = {
                lookup[k]: c
                for c, v in grid.row_values(r).items()
                if (k := normalise_key(display(v))) in lookup
            }
            if "id" not in columns or "booths" not in columns:
                continue
            out = []
            for row in sorted({rr for rr, _ in grid.values if rr > r}):
                cells = grid.row_values(row)
                eid = display(cells.get(columns["id"])).strip()
                booths = display(cells.get(columns["booths"])).strip()
                if not eid or not booths:
                    continue
                name_fa = display(cells.get(columns.get("name_fa", -1))).strip()
                name_en = display(cells.get(columns.get("name_en", -1))).strip()
                labels = tuple(b for b in _LABELS_APART.split(booths) if b)
                out.append(EarlierStand(eid, name_fa, name_en, labels))
            return out
    raise ModelError(tr("this workbook has no Assignments sheet of a Qods Planner export"))


def copy_choices(
    project: Project, earlier: list[EarlierStand]
) -> tuple[list[Exhibitor], CopyReport]:
    """The exhibitors whose choices change (last year's booths first), and the report."""
    by_id = project.exhibitors
    by_name: dict[str, str] = {}
    for ex in by_id.values():
        for name in (ex.name_fa, ex.name_en):
            if name:
                by_name.setdefault(normalise_key(name), ex.id)
    booth_of = {normalise_key(b.label): b.id for b in project.booths.values()}
    report = CopyReport()
    changed: list[Exhibitor] = []
    for stand in earlier:
        eid = stand.id if stand.id in by_id else None
        for name in (stand.name_fa, stand.name_en):
            if eid is None and name:
                eid = by_name.get(normalise_key(name))
        if eid is None:
            report.unmatched.append(stand)
            continue
        found = [booth_of.get(normalise_key(label)) for label in stand.labels]
        missing = tuple(lab for lab, b in zip(stand.labels, found, strict=True) if b is None)
        if missing:
            report.missing_booths[eid] = missing
        booths = tuple(dict.fromkeys(b for b in found if b is not None))
        if not booths:
            continue
        ex = by_id[eid]
        choices = tuple(dict.fromkeys((*booths, *ex.choices)))
        if choices != ex.choices:
            changed.append(replace(ex, choices=choices))
            report.copied[eid] = booths
    return changed, report
