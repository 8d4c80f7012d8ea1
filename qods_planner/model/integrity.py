"""Whole-project rules that a loaded or edited project must satisfy.

These are about the data, not the plan's quality: a booth outside its hall, two booths
overlapping, an exhibitor of an unknown sector. The validator judges plans; this judges the
project that plans are made for.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..messages import tr
from .exhibitor import Exhibitor
from .geometry import Rect
from .project import Project
from .venue import obstacle_kind_name


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule: `where` names the entity (e.g. "booth A-12"), `message` says why.

    Both are in the language of the moment they were made. `entity`, `key` and `attribute`
    say the same in identifiers, for finding the problem in a file (`files.locate`): the kind
    of entity ("booth", "obstacle", "exhibitor", "plan", "baseline", "complementarity"), its
    id (the exhibitor's id for a plan), and the field at fault. They do not take part in
    comparisons.
    """

    where: str
    message: str
    entity: str = field(default="", compare=False)
    key: str = field(default="", compare=False)
    attribute: str = field(default="", compare=False)

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


def _booth_where(label: str) -> str:
    return tr("booth {label}", label=label)


def _exhibitor_faults(project: Project, ex: Exhibitor) -> Iterator[tuple[str, str]]:
    """(field at fault, message) for every unknown id an exhibitor names."""
    if ex.sector_id not in project.sectors:
        yield "sector", tr("has unknown sector {sector!r}", sector=ex.sector_id)
    for other in ex.competitors:
        if other not in project.exhibitors:
            yield "competitors", tr("names unknown competitor {id!r}", id=other)
    for other in ex.partners:
        if other not in project.exhibitors:
            yield "partners", tr("names unknown partner {id!r}", id=other)
    for bid in ex.pinned_booths:
        if bid not in project.booths:
            yield "pinned_booths", tr("is pinned to unknown booth {booth!r}", booth=bid)
    for bid in ex.choices:
        if bid not in project.booths:
            yield "choices", tr("chooses unknown booth {booth!r}", booth=bid)
    hall = ex.wishes.preferred_hall
    if hall is not None and hall not in project.halls:
        yield "wishes.preferred_hall", tr("prefers unknown hall {hall!r}", hall=hall)


def project_problems(project: Project) -> list[Problem]:
    """Every integrity problem of the project, in a stable order. Empty means sound."""
    problems: list[Problem] = []
    add = problems.append
    booths_by_hall: dict[str, list[tuple[str, Rect]]] = defaultdict(list)

    for ob in project.obstacles.values():
        where = tr("obstacle {id}", id=ob.id)
        hall = project.halls.get(ob.hall_id)
        if hall is None:
            message = tr("is in unknown hall {hall!r}", hall=ob.hall_id)
            add(Problem(where, message, "obstacle", ob.id, "hall"))
        elif not hall.outline.contains(ob.rect):
            message = tr("lies outside hall {hall}", hall=hall.id)
            add(Problem(where, message, "obstacle", ob.id, "rect"))

    for hall in project.halls.values():
        for sid in hall.sectors:
            if sid not in project.sectors:
                message = tr("is bound to unknown sector {sector!r}", sector=sid)
                add(Problem(tr("hall {id}", id=hall.id), message, "hall", hall.id, "sectors"))

    labels: dict[str, str] = {}
    for booth in project.booths.values():
        for sid in booth.sectors:
            if sid not in project.sectors:
                message = tr("is bound to unknown sector {sector!r}", sector=sid)
                add(Problem(_booth_where(booth.label), message, "booth", booth.id, "sectors"))
        if booth.label in labels:
            message = tr("has the same label as booth {other}", other=labels[booth.label])
            add(Problem(_booth_where(booth.label), message, "booth", booth.id, "label"))
        labels.setdefault(booth.label, booth.id)
        hall = project.halls.get(booth.hall_id)
        if hall is None:
            message = tr("is in unknown hall {hall!r}", hall=booth.hall_id)
            add(Problem(_booth_where(booth.label), message, "booth", booth.id, "hall"))
            continue
        if not hall.outline.contains(booth.rect):
            message = tr("lies outside hall {hall}", hall=hall.id)
            add(Problem(_booth_where(booth.label), message, "booth", booth.id, "rect"))
        booths_by_hall[booth.hall_id].append((booth.id, booth.rect))

    for hall_id, rects in booths_by_hall.items():
        for a, b in overlapping_pairs(rects):
            la, lb = project.booths[a].label, project.booths[b].label
            message = tr("overlaps booth {other}", other=lb)
            add(Problem(_booth_where(la), message, "booth", a, "rect"))
        obstacles = [o for o in project.obstacles.values() if o.hall_id == hall_id]
        for bid, rect in rects:
            for ob in obstacles:
                if rect.overlaps(ob.rect):
                    kind = obstacle_kind_name(ob.kind)
                    message = tr("covers {obstacle} {id}", obstacle=kind, id=ob.id)
                    where = _booth_where(project.booths[bid].label)
                    add(Problem(where, message, "booth", bid, "rect"))

    for ex in project.exhibitors.values():
        for attribute, message in _exhibitor_faults(project, ex):
            where = tr("exhibitor {id}", id=ex.id)
            add(Problem(where, message, "exhibitor", ex.id, attribute))

    for weights_pair in project.complementarity.weights:
        for sid in weights_pair:
            if sid not in project.sectors:
                message = tr("names unknown sector {sector!r}", sector=sid)
                add(Problem(tr("complementarity"), message, "complementarity"))

    for entity, plan in (("plan", project.plan), ("baseline", project.baseline)):
        if plan is None:
            continue
        name = tr("plan") if entity == "plan" else tr("baseline plan")
        for eid, booth_ids in plan.stands.items():
            if eid not in project.exhibitors:
                message = tr("gives a stand to unknown exhibitor {id!r}", id=eid)
                add(Problem(name, message, entity, eid))
            for bid in booth_ids:
                if bid not in project.booths:
                    message = tr("gives exhibitor {id} unknown booth {booth!r}", id=eid, booth=bid)
                    add(Problem(name, message, entity, eid))
    return problems
