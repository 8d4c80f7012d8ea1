"""Known clashes that make an instance infeasible, provably by counting.

The water clash: more exhibitors need water on a stand of at least 36 m² than the water
booths can hold. Such a stand needs ≥ 36 m² of available (not blocked, not reserved) booths
that all offer water, stands never share a booth, so at most
⌊available water area / 36 m²⌋ of them can be placed (`water_clash_capacity`).
"""

from __future__ import annotations

import random
from dataclasses import replace

from ..model.booth import BoothStatus
from ..model.exhibitor import Exhibitor, Needs, PriorityTier
from ..model.project import Project
from .names import Namer
from .people import STANDARD_M2, registration_date

CLASH_M2 = 36


def water_clash_capacity(project: Project) -> int:
    """An upper bound on how many exhibitors needing water and ≥ 36 m² can get a stand."""
    area = sum(
        b.area for b in project.booths.values() if b.water and b.status is BoothStatus.AVAILABLE
    )
    return area // (CLASH_M2 * 10_000)


def needs_water_clash(ex: Exhibitor) -> bool:
    """True for a registered exhibitor who needs water and at least 36 m²."""
    return ex.registered and ex.needs.water and ex.min_m2 >= CLASH_M2


def add_water_clash(project: Project, rng: random.Random, id_width: int) -> list[str]:
    """Make one more exhibitor than `water_clash_capacity` need water and ≥ 36 m². When there
    are too few unpinned exhibitors, water is first taken from the largest water booths
    (and only when there are none at all is a new exhibitor added). Returns their ids."""
    pool = sorted(e.id for e in project.exhibitors.values() if not e.pinned_booths)
    if pool:
        _limit_water(project, len(pool) - 1)
    want = water_clash_capacity(project) + 1
    chosen = sorted(rng.sample(pool, min(want, len(pool))))
    changed = []
    for eid in chosen:
        ex = project.exhibitors[eid]
        req = max(ex.requested_m2, float(CLASH_M2))
        changed.append(
            replace(
                ex,
                needs=replace(ex.needs, water=True),
                requested_m2=req,
                min_m2=max(ex.min_m2, float(CLASH_M2)),
                max_m2=max(ex.max_m2, req),
            )
        )
    project.put_exhibitors(changed)
    extra = add_overflow(project, want - len(chosen), rng, id_width, clash=True)
    return chosen + extra


def _limit_water(project: Project, capacity: int) -> None:
    """Take water from the largest available water booths until at most `capacity` clash
    stands fit."""
    water = sorted(
        (b for b in project.booths.values() if b.water and b.status is BoothStatus.AVAILABLE),
        key=lambda b: (-b.area, b.id),
    )
    area = sum(b.area for b in water)
    dry = []
    for booth in water:
        if area // (CLASH_M2 * 10_000) <= capacity:
            break
        area -= booth.area
        dry.append(replace(booth, water=False))
    if dry:
        project.put_booths(dry)


def add_overflow(
    project: Project, count: int, rng: random.Random, id_width: int, clash: bool = False
) -> list[str]:
    """`count` more exhibitors with usual requests (or water + ≥ 36 m² when `clash`)."""
    if count <= 0:
        return []
    namer = Namer(rng, {e.name_fa for e in project.exhibitors.values()})
    sectors = sorted({e.sector_id for e in project.exhibitors.values() if not e.pinned_booths}) or [
        "auto-parts"
    ]
    start = project.event.start or "2026-10-04"
    n = len(project.exhibitors)
    new = []
    for _ in range(count):
        n += 1
        sector = rng.choice(sectors)
        fa, en = namer.name(sector)
        size = float(
            rng.choice([s for s in STANDARD_M2 if s >= CLASH_M2] if clash else STANDARD_M2[:6])
        )
        new.append(
            Exhibitor(
                id=f"E{n:0{id_width}d}",
                name_fa=fa,
                name_en=en,
                sector_id=sector,
                requested_m2=size,
                min_m2=size,
                max_m2=size * 1.5,
                needs=Needs(power=True, water=clash),
                registered_on=registration_date(start, PriorityTier.REGULAR, rng),
            )
        )
    project.put_exhibitors(new)
    return [e.id for e in new]
