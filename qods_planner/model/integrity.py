"""Whole-project rules that a loaded or edited project must satisfy.

These are about the data, not the plan's quality: a booth outside its hall, two booths
overlapping, an exhibitor of an unknown sector. The validator judges plans; this judges the
project that plans are made for.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .geometry import Rect
from .project import Project


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule: `where` names the entity (e.g. "booth A-12"), `message` says why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def overlapping_pairs(rects: list[tuple[str, Rect]]) -> list[tuple[str, str]]:
    """Pairs of ids whose rectangles overlap (sweep along x; touching is fine)."""
    items = sorted(rects, key=lambda item: item[1].x)
    pairs: list[tuple[str, str]] = []
    active: list[tuple[str, Rect]] = []
    for rid, rect in items:
        active = [(a, r) for a, r in active if r.right > rect.x]
        pairs.extend((a, rid) for a, r in active if r.overlaps(rect))
        active.append((rid, rect))
    return pairs


def project_problems(project: Project) -> list[Problem]:
    """Every integrity problem of the project, in a stable order. Empty means sound."""
    problems: list[Problem] = []
    add = problems.append
    booths_by_hall: dict[str, list[tuple[str, Rect]]] = defaultdict(list)

    for ob in project.obstacles.values():
        hall = project.halls.get(ob.hall_id)
        if hall is None:
            add(Problem(f"obstacle {ob.id}", f"is in unknown hall {ob.hall_id!r}"))
        elif not hall.outline.contains(ob.rect):
            add(Problem(f"obstacle {ob.id}", f"lies outside hall {hall.id}"))

    labels: dict[str, str] = {}
    for booth in project.booths.values():
        where = f"booth {booth.label}"
        if booth.label in labels:
            add(Problem(where, f"has the same label as booth {labels[booth.label]}"))
        labels.setdefault(booth.label, booth.id)
        hall = project.halls.get(booth.hall_id)
        if hall is None:
            add(Problem(where, f"is in unknown hall {booth.hall_id!r}"))
            continue
        if not hall.outline.contains(booth.rect):
            add(Problem(where, f"lies outside hall {hall.id}"))
        booths_by_hall[booth.hall_id].append((booth.id, booth.rect))

    for hall_id, rects in booths_by_hall.items():
        for a, b in overlapping_pairs(rects):
            la, lb = project.booths[a].label, project.booths[b].label
            add(Problem(f"booth {la}", f"overlaps booth {lb}"))
        obstacles = [o for o in project.obstacles.values() if o.hall_id == hall_id]
        for bid, rect in rects:
            for ob in obstacles:
                if rect.overlaps(ob.rect):
                    add(
                        Problem(
                            f"booth {project.booths[bid].label}",
                            f"covers {ob.kind.value.replace('_', ' ')} {ob.id}",
                        )
                    )

    for ex in project.exhibitors.values():
        where = f"exhibitor {ex.id}"
        if ex.sector_id not in project.sectors:
            add(Problem(where, f"has unknown sector {ex.sector_id!r}"))
        for other in ex.competitors:
            if other not in project.exhibitors:
                add(Problem(where, f"names unknown competitor {other!r}"))
        for other in ex.partners:
            if other not in project.exhibitors:
                add(Problem(where, f"names unknown partner {other!r}"))
        for bid in ex.pinned_booths:
            if bid not in project.booths:
                add(Problem(where, f"is pinned to unknown booth {bid!r}"))
        hall = ex.wishes.preferred_hall
        if hall is not None and hall not in project.halls:
            add(Problem(where, f"prefers unknown hall {hall!r}"))

    for weights_pair in project.complementarity.weights:
        for sid in weights_pair:
            if sid not in project.sectors:
                add(Problem("complementarity", f"names unknown sector {sid!r}"))

    for name, plan in (("plan", project.plan), ("baseline plan", project.baseline)):
        if plan is None:
            continue
        for eid, booth_ids in plan.stands.items():
            if eid not in project.exhibitors:
                add(Problem(name, f"gives a stand to unknown exhibitor {eid!r}"))
            for bid in booth_ids:
                if bid not in project.booths:
                    add(Problem(name, f"gives exhibitor {eid} unknown booth {bid!r}"))
    return problems
