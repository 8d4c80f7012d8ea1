"""Tight venues: sold-out fairs in odd halls, where the waitlist is the first problem.

`tighten(project, Tight(...), seed)` changes a generated project the way real venues and
registrations differ from the generator's tidy ones:

- `odd_sizes`: some rows of booths are 2.5 m (or 5.5 m) deep instead of 3 m (or 6 m), and the
  last booth of some rows is 0.5–1 m narrower, so areas stop being multiples of 9 m²;
- `pillars`: perimeter booths give way to pillars (the booth is removed, a 60 cm pillar stands
  in its place), so perimeter rows are broken;
- `rare_water`: water stays on a few booths only, and more exhibitors need it;
- `cliques`: whole groups of same-sector exhibitors are each other's competitors;
- `multi_booth`: a share of exhibitors asks for twice the area, so they need several booths;
- `demand`: late registrations are added until the requested area is `demand` times the area
  of the available booths.

Pinned exhibitors and their reserved booths are never touched, so the instance stays
solvable (anyone may be waitlisted); it is no longer feasible by construction.
Deterministic: one `random.Random` seeded from `seed`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from itertools import combinations

from ..messages import to_persian_digits, tr
from ..model.booth import Booth, BoothStatus
from ..model.exhibitor import Exhibitor
from ..model.geometry import Rect
from ..model.project import Project
from ..model.venue import Obstacle, ObstacleKind
from .clash import add_overflow

PILLAR_CM = 60
CLIQUE_MAX = 6


@dataclass(frozen=True)
class Tight:
    """Which pressures to apply; `demand` is requested area / available area (1.0–1.5)."""

    demand: float = 1.15
    odd_sizes: bool = True
    pillars: bool = True
    rare_water: bool = True
    cliques: bool = True
    multi_booth: bool = True

    def __post_init__(self) -> None:
        if not 0.5 <= self.demand <= 2.0:
            raise ValueError(
                tr(
                    "demand must lie between {low} and {high} %, got {value}",
                    low=50,
                    high=200,
                    value=round(self.demand * 100),
                )
            )


# The shapes kept in the benchmarks: each stresses the waitlist through a different rule.
SHAPES: dict[str, Tight] = {
    "odd": Tight(demand=1.15, rare_water=False, cliques=False, multi_booth=False),
    "clique": Tight(demand=1.10, odd_sizes=False, pillars=False, multi_booth=False),
    "multi": Tight(demand=1.20, odd_sizes=False, rare_water=False, cliques=False),
    "mixed": Tight(demand=1.15),
}


def tighten(project: Project, tight: Tight, seed: int) -> None:
    """Apply `tight` to `project` in place (see the module doc)."""
    rng = random.Random(f"tight/{seed}")
    with project.quiet():
        if tight.odd_sizes:
            _odd_sizes(project, rng)
        if tight.pillars:
            _pillars(project, rng)
        if tight.rare_water:
            _rare_water(project, rng)
        if tight.multi_booth:
            _multi_booth(project, rng)
        if tight.cliques:
            _cliques(project, rng)
        _demand(project, tight.demand, rng)


def available_area_cm2(project: Project) -> int:
    return sum(b.area for b in project.booths.values() if b.status is BoothStatus.AVAILABLE)


def requested_area_cm2(project: Project) -> int:
    return sum(e.requested_cm2 for e in project.registered())


def _free(project: Project) -> list[Booth]:
    """Booths no pinned exhibitor holds, in id order."""
    return [b for _, b in sorted(project.booths.items()) if b.status is not BoothStatus.RESERVED]


def _rows(booths: list[Booth]) -> dict[tuple[str, int, int], list[Booth]]:
    rows: dict[tuple[str, int, int], list[Booth]] = {}
    for b in booths:
        rows.setdefault((b.hall_id, b.rect.y, b.rect.h), []).append(b)
    return rows


def _odd_sizes(project: Project, rng: random.Random) -> None:
    changed: list[Booth] = []
    for (_hall, _y, h), row in sorted(_rows(_free(project)).items()):
        row = sorted(row, key=lambda b: b.rect.x)
        if h in (300, 600) and rng.random() < 0.35:  # shallower row, the front edge kept
            row = [replace(b, rect=replace(b.rect, h=h - 50)) for b in row]
        if rng.random() < 0.3:  # the row's last booth is cut short by the wall
            last = row[-1]
            cut = rng.choice((50, 100))
            if last.rect.w - cut >= 200:
                row[-1] = replace(last, rect=replace(last.rect, w=last.rect.w - cut))
        changed += [b for b in row if b != project.booths[b.id]]
    project.put_booths(changed)


def _on_wall(project: Project, booth: Booth) -> bool:
    o, r = project.halls[booth.hall_id].outline, booth.rect
    return r.x == o.x or r.y == o.y or r.right == o.right or r.bottom == o.bottom


def _pillars(project: Project, rng: random.Random) -> None:
    wall = [b for b in _free(project) if _on_wall(project, b)]
    chosen = sorted(rng.sample(wall, len(wall) // 10), key=lambda b: b.id) if wall else []
    project.remove_booths([b.id for b in chosen])
    for n, booth in enumerate(chosen, start=1):
        r = booth.rect
        pillar = Rect(
            r.x + (r.w - PILLAR_CM) // 2, r.y + (r.h - PILLAR_CM) // 2, PILLAR_CM, PILLAR_CM
        )
        project.put_obstacle(
            Obstacle(
                f"{booth.hall_id}-row-pillar-{n:03d}",
                booth.hall_id,
                ObstacleKind.PILLAR,
                pillar,
                f"ستون {to_persian_digits(str(n))}",
            )
        )


def _unpinned(project: Project) -> list[Exhibitor]:
    return [e for _, e in sorted(project.exhibitors.items()) if not e.pinned_booths]


def _rare_water(project: Project, rng: random.Random) -> None:
    booths = _free(project)
    wet = {b.id for b in rng.sample(booths, max(1, len(booths) // 25))}
    project.put_booths([replace(b, water=b.id in wet) for b in booths])
    people = _unpinned(project)
    thirsty = {e.id for e in rng.sample(people, len(people) // 12)}
    project.put_exhibitors(
        [replace(e, needs=replace(e.needs, water=e.id in thirsty)) for e in people]
    )


def _multi_booth(project: Project, rng: random.Random) -> None:
    people = _unpinned(project)
    bigger = rng.sample(people, len(people) // 5)
    project.put_exhibitors(
        [
            replace(e, requested_m2=e.requested_m2 * 2, min_m2=e.min_m2 * 2, max_m2=e.max_m2 * 2)
            for e in bigger
        ]
    )


def _cliques(project: Project, rng: random.Random) -> None:
    """Up to three sectors each get a group of up to six mutual competitors."""
    by_sector: dict[str, list[str]] = {}
    for e in _unpinned(project):
        by_sector.setdefault(e.sector_id, []).append(e.id)
    big = sorted(
        (s for s in by_sector if len(by_sector[s]) >= 3), key=lambda s: (-len(by_sector[s]), s)
    )
    pairs: set[tuple[str, str]] = set()
    for sector in big[:3]:
        members = sorted(rng.sample(by_sector[sector], min(CLIQUE_MAX, len(by_sector[sector]))))
        pairs |= set(combinations(members, 2))
    rivals: dict[str, set[str]] = {}
    for a, b in pairs:
        rivals.setdefault(a, set()).add(b)
        rivals.setdefault(b, set()).add(a)
    changed = []
    for eid in sorted(rivals):
        e = project.exhibitors[eid]
        comp = set(e.competitors) | rivals[eid]
        changed.append(
            replace(
                e, competitors=tuple(sorted(comp)), partners=tuple(sorted(set(e.partners) - comp))
            )
        )
    # A partner of a new competitor must drop the pair on its side too.
    for e in changed:
        for other in set(project.exhibitors[e.id].partners) - set(e.partners):
            o = project.exhibitors[other]
            if o.id not in rivals:
                changed.append(replace(o, partners=tuple(p for p in o.partners if p != e.id)))
    project.put_exhibitors(changed)


def _demand(project: Project, demand: float, rng: random.Random) -> None:
    """Late registrations until the requested area reaches `demand` × the available area."""
    target = demand * available_area_cm2(project)
    width = max((len(e) - 1 for e in project.exhibitors), default=3)
    while requested_area_cm2(project) < target:
        add_overflow(project, 1, rng, width)
