"""Build the frozen `Problem` from a `Project` (the only place that reads the editor's model)."""

from __future__ import annotations

from collections.abc import KeysView

from ..layout import Layout, Relation, layout_of
from ..model.exhibitor import Exhibitor
from ..model.fair_order import fair_order
from ..model.plan import Plan
from ..model.project import Project
from .problem import (
    BoothData,
    EdgeData,
    ExhibitorData,
    HallData,
    Problem,
    SectorData,
    Stands,
    StandShape,
)


def build_problem(
    project: Project,
    *,
    fresh: bool = False,
    reference: Plan | None = None,
    keep_confirmed: bool | None = None,
) -> Problem:
    """Snapshot `project` for solving.

    Re-solve (default): start from `project.plan`, count moves against `reference` (default:
    the published baseline when there is one, else `project.plan` itself when it holds any
    stand — the one reference the app, the command line and the benchmarks share).
    `fresh=True`: start from nothing and count no moves; locked stands of `project.plan` are
    still kept, since a lock is the organiser's explicit decision. A re-solve keeps faith with
    confirmed exhibitors — registered ones with a stand in the published baseline must get a
    stand — unless `keep_confirmed` (default: the project's solver setting) is False. Only
    registered exhibitors are planned; ids are sorted everywhere so the same project always
    yields the same problem.
    """
    layout = layout_of(project)
    registered = {e.id: e for e in project.exhibitors.values() if e.registered}
    current = _known_stands(project, project.plan, registered)
    locked = tuple(sorted(e for e in project.plan.locked if e in dict(current)))
    if fresh:
        start = tuple((e, s) for e, s in current if e in locked)
        ref_plan = None
    else:
        start = current
        ref_plan = reference if reference is not None else default_reference(project)
    ref = None if ref_plan is None else tuple(sorted(ref_plan.stands.items()))
    released_from = ref_plan if ref_plan is not None else project.plan
    released = tuple(
        (e, s)
        for e, s in sorted(released_from.stands.items())
        if e in project.exhibitors and e not in registered
    )
    rank = {
        e: i for i, e in enumerate(fair_order(registered.values(), project.settings.priority_order))
    }
    exhibitors = tuple(
        _exhibitor(registered[e], rank[e], project.booths.keys()) for e in sorted(registered)
    )
    extra = [s for _, s in start] + [s for _, s in ref or ()] + [e.pinned for e in exhibitors]
    return Problem(
        name=project.event.name_en or project.event.name_fa,
        halls=tuple(
            HallData(h.id, h.name_en or h.name_fa)
            for h in sorted(project.halls.values(), key=lambda h: h.id)
        ),
        sectors=tuple(
            SectorData(s.id, s.name_en or s.name_fa, s.max_stands)
            for s in sorted(project.sectors.values(), key=lambda s: s.id)
        ),
        complementarity=tuple((a, b, w) for (a, b), w in project.complementarity.weights.items()),
        booths=_booths(project, layout),
        edges=_edges(project, layout),
        shapes=_shapes(project, layout, exhibitors, extra),
        exhibitors=exhibitors,
        competitors=tuple(
            p for p in sorted(project.symmetric_pairs("competitors")) if set(p) <= registered.keys()
        ),
        partners=tuple(
            p for p in sorted(project.symmetric_pairs("partners")) if set(p) <= registered.keys()
        ),
        weights=project.settings.weights,
        start=start,
        reference=ref,
        locked=locked,
        released=released,
        released_names=tuple(
            (e, project.exhibitors[e].name_fa, project.exhibitors[e].name_en) for e, _s in released
        ),
        confirmed=() if fresh else confirmed_exhibitors(project, keep_confirmed),
    )


def default_reference(project: Project) -> Plan | None:
    """The plan a re-solve counts moves against: the published baseline when there is one,
    else the current plan when it holds any stand, else none (a fresh solve)."""
    if project.baseline is not None and project.baseline.stands:
        return project.baseline
    return project.plan if project.plan.stands else None


def confirmed_exhibitors(project: Project, keep: bool | None = None) -> tuple[str, ...]:
    """Registered exhibitors with a stand in the published baseline (sorted), or () when the
    rule is off (`keep`, default: the project's `keep_confirmed` setting) or nothing is
    published."""
    keep = project.settings.solver.keep_confirmed if keep is None else keep
    if not keep or project.baseline is None:
        return ()
    return tuple(
        sorted(
            e
            for e in project.baseline.stands
            if e in project.exhibitors and project.exhibitors[e].registered
        )
    )


def _known_stands(project: Project, plan: Plan, registered: dict) -> Stands:
    """Stands of registered exhibitors that use only existing booths."""
    return tuple(
        (e, s)
        for e, s in sorted(plan.stands.items())
        if e in registered and all(b in project.booths for b in s)
    )


def _exhibitor(ex: Exhibitor, rank: int, booths: KeysView[str]) -> ExhibitorData:
    return ExhibitorData(
        id=ex.id,
        name_fa=ex.name_fa,
        name_en=ex.name_en,
        sector=ex.sector_id,
        requested=ex.requested_cm2,
        min_area=ex.min_cm2,
        max_area=ex.max_cm2,
        power=ex.needs.power,
        water=ex.needs.water,
        heavy_floor=ex.needs.heavy_floor,
        wish_corner=ex.wishes.corner,
        wish_island=ex.wishes.island,
        preferred_hall=ex.wishes.preferred_hall,
        hall_required=ex.wishes.hall_required,
        tier=ex.priority.value,
        pinned=tuple(sorted(set(ex.pinned_booths))),
        choices=tuple(b for b in ex.choices if b in booths),
        choices_only=ex.choices_only,
        rank=rank,
    )


def _booths(project: Project, layout: Layout) -> tuple[BoothData, ...]:
    return tuple(
        BoothData(
            id=b.id,
            label=b.label,
            hall=b.hall_id,
            area=b.area,
            x=b.rect.x + b.rect.w // 2,
            y=b.rect.y + b.rect.h // 2,
            power=b.power,
            water=b.water,
            heavy_floor=b.heavy_floor,
            premium=bool(layout.premium.get(b.id, False)),
            status=b.status.value,
            kind=layout.kind(b.id).value,
            zone=tuple(sorted(project.zone(b.id))),
        )
        for b in sorted(project.booths.values(), key=lambda b: b.id)
    )


def _edges(project: Project, layout: Layout) -> tuple[EdgeData, ...]:
    rules = project.settings.neighbours
    apart = {
        Relation.SIDE_BY_SIDE: rules.competitors_side_by_side,
        Relation.BACK_TO_BACK: rules.competitors_back_to_back,
        Relation.FACING: rules.competitors_facing,
    }
    return tuple(
        EdgeData(a, b, rel.value, rel.factor, apart[rel]) for a, b, rel in layout.neighbour_pairs()
    )


def _shapes(
    project: Project,
    layout: Layout,
    exhibitors: tuple[ExhibitorData, ...],
    extra: list[tuple[str, ...]],
) -> tuple[StandShape, ...]:
    """Straight runs of usable booths whose area fits someone, plus the given fixed stands."""
    booths = project.booths
    if exhibitors:
        largest = max(e.max_area for e in exhibitors)
        smallest = min(e.min_area for e in exhibitors)
    else:
        largest = smallest = 0
    found: dict[tuple[str, ...], bool] = {}
    for row in layout.rows:
        for start in range(len(row)):
            area = 0
            for end in range(start, len(row)):
                booth = booths[row[end]]
                if booth.status.value != "available":
                    break
                area += booth.area
                if area > largest:
                    break
                if end > start and area >= smallest:
                    found[tuple(sorted(row[start : end + 1]))] = True
    for stand in extra:
        key = tuple(sorted(set(stand)))
        if len(key) >= 2 and key not in found and all(b in booths for b in key):
            halls = {booths[b].hall_id for b in key}
            found[key] = len(halls) == 1 and layout.is_straight_run(key)
    shapes = []
    for key in sorted(found):
        halls = {booths[b].hall_id for b in key}
        hall = next(iter(halls)) if len(halls) == 1 else None
        shapes.append(
            StandShape(
                booths=key,
                hall=hall,
                area=sum(booths[b].area for b in key),
                kind=layout.stand_kind(key).value if hall is not None else "inline",
                premium=any(layout.premium.get(b, False) for b in key),
                straight=found[key],
            )
        )
    return tuple(shapes)
