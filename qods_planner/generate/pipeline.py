"""The generator's pipeline: venue → hidden stands → sectors → services → exhibitors → pairs.

`build(spec)` returns the project (plan empty) and the hidden assignment (the witness) that
satisfies every hard rule of the validator. Only `random.Random` seeded from `spec.seed` is
used, ids are made in sorted order, so the same spec gives the same project.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from ..default_sectors import NON_COMMERCIAL, default_complementarity, default_sectors
from ..layout import analyse
from ..messages import tr
from ..model.booth import BoothStatus
from ..model.exhibitor import PriorityTier
from ..model.plan import Plan
from ..model.project import EventInfo, Project
from .generated_venue import build_venue
from .hidden_stands import choose_stands
from .names import Namer
from .people import (
    Seat,
    booth_services,
    exhibitor_for,
    partner_pairs,
    pick_pairs,
    sweep_sectors,
)

# Commercial sectors by Zipf rank; the flagship stays first, the rest are shuffled per seed.
FLAGSHIP = "auto-parts"
ZIPF_EXPONENT = 0.9


@dataclass
class Spec:
    """What to generate. Optional fields fall back to realistic defaults drawn from the seed."""

    exhibitors: int
    booths: int
    halls: int = 1
    seed: int = 0
    name_fa: str = "نمایشگاه صنعتی آزمایشی"
    name_en: str = "Generated industrial exhibition"
    start: str = "2026-10-04"
    end: str = "2026-10-07"
    project_id: str | None = None
    hall_names: list[tuple[str, str]] | None = None
    per_hall: list[int] | None = None
    sector_counts: dict[str, int] | None = None  # exhibitors per sector, pinned ones excluded
    pinned: int | None = None  # industrial estates on reserved booths near an entrance
    competitors: int | None = None
    partners: int | None = None
    sponsors: int | None = None
    id_width: int | None = None  # digits of exhibitor ids (default: enough for `exhibitors`)
    name_pool: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def zipf_counts(total: int, rng: random.Random) -> dict[str, int]:
    """`total` exhibitors over the commercial sectors, Zipf-sized (flagship largest), plus a
    few government desks and banks once the fair is big enough."""
    counts: dict[str, int] = {}
    if total >= 30:
        counts["gov-services"] = counts["banks"] = min(12, max(1, round(total * 0.03)))
    rest = total - sum(counts.values())
    others = [s.id for s in default_sectors() if s.id not in NON_COMMERCIAL and s.id != FLAGSHIP]
    rng.shuffle(others)
    ranks = [FLAGSHIP, *others]
    weights = [1 / (r + 1) ** ZIPF_EXPONENT for r in range(len(ranks))]
    scale = rest / sum(weights)
    shares = [w * scale for w in weights]
    floors = [int(s) for s in shares]
    left = rest - sum(floors)
    by_remainder = sorted(range(len(ranks)), key=lambda i: (floors[i] - shares[i], i))
    for i in by_remainder[:left]:
        floors[i] += 1
    counts.update({s: n for s, n in zip(ranks, floors, strict=True) if n})
    return counts


def _default_pinned(exhibitors: int) -> int:
    return 0 if exhibitors < 10 else min(4, max(1, exhibitors // 50))


def build(spec: Spec) -> tuple[Project, Plan]:
    """The project described by `spec` and its hidden assignment (see the module doc)."""
    _check(spec)
    rng = random.Random(spec.seed)
    venue = build_venue(spec.booths, spec.halls, spec.seed, spec.hall_names, spec.per_hall)
    project = Project(
        event=EventInfo(spec.name_fa, spec.name_en, spec.start, spec.end),
        id=spec.project_id
        or f"generated-s{spec.seed}-e{spec.exhibitors}-b{spec.booths}-h{spec.halls}",
    )
    with project.quiet():
        for hall in venue.halls:
            project.put_hall(hall)
        for obstacle in venue.obstacles:
            project.put_obstacle(obstacle)
        project.put_booths(venue.booths)
        for sector in default_sectors():
            project.put_sector(sector)
        project.set_complementarity(default_complementarity())
    layout = analyse(project)  # geometry only: statuses and services do not change it

    pinned = _default_pinned(spec.exhibitors) if spec.pinned is None else spec.pinned
    counts = spec.sector_counts or zipf_counts(spec.exhibitors - pinned, rng)
    if sum(counts.values()) + pinned != spec.exhibitors:
        raise ValueError(
            f"sector counts add up to {sum(counts.values())} + {pinned} pinned,"
            f" not {spec.exhibitors} exhibitors"
        )
    choice = choose_stands(project, layout, rng, spec.exhibitors, pinned)
    sectors = sweep_sectors(choice.stands, counts, rng)
    seats = [Seat(st, "industrial-estates", pinned=True) for st in choice.pinned]
    seats += [Seat(st, s) for st, s in zip(choice.stands, sectors, strict=True)]

    holder = {b: seat.sector for seat in seats for b in seat.stand}
    booths = booth_services(project.booths, holder, rng)
    for reserved in choice.pinned:
        booths[reserved[0]] = replace(booths[reserved[0]], status=BoothStatus.RESERVED)
    for bid in choice.blocked:
        booths[bid] = replace(booths[bid], status=BoothStatus.BLOCKED)
    with project.quiet():
        project.put_booths([booths[b] for b in project.booths])

    _priorities(seats, spec, layout, rng)
    _names(seats, spec, rng)
    rng.shuffle(seats)  # ids must not betray where the hidden assignment put anyone
    digits = spec.id_width or max(3, len(str(len(seats))))
    stand_of: dict[str, tuple[str, ...]] = {}
    exhibitors = []
    for n, seat in enumerate(seats, start=1):
        eid = f"E{n:0{digits}d}"
        stand_of[eid] = seat.stand
        exhibitors.append(
            exhibitor_for(eid, seat, project.booths, layout, spec.halls, spec.start, rng)
        )
    exhibitors = _with_pairs(exhibitors, stand_of, spec, project, layout, rng)
    with project.quiet():
        project.put_exhibitors(exhibitors)
    return project, Plan(stand_of)


def whole_number_message(name: str, value: object) -> str:
    """The message for an argument `name` that is not a whole number ≥ 1."""
    return tr(
        "{field} must be a whole number ≥ {minimum}, got {value!r}",
        field=name,
        minimum=1,
        value=value,
    )


def _check(spec: Spec) -> None:
    for name in ("exhibitors", "booths", "halls"):
        value = getattr(spec, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(whole_number_message(name, value))
    if not isinstance(spec.seed, int) or spec.seed < 0:
        raise ValueError(tr("seed must be a whole number ≥ 0, got {value!r}", value=spec.seed))
    if spec.halls > spec.booths:
        raise ValueError(
            tr("{halls} halls need at least {booths} booths", halls=spec.halls, booths=spec.halls)
        )
    if spec.exhibitors > spec.booths:
        raise ValueError(
            tr(
                "{exhibitors} exhibitor(s) cannot all get a stand from {booths} booth(s);"
                " ask for more booths or an infeasible instance",
                exhibitors=spec.exhibitors,
                booths=spec.booths,
            )
        )


def _priorities(seats: list[Seat], spec: Spec, layout, rng: random.Random) -> None:
    """A few sponsors on the largest stands (the flagship sector first), a quarter returning."""
    free = [s for s in seats if not s.pinned and s.sector not in NON_COMMERCIAL]
    n_sponsors = (
        spec.sponsors
        if spec.sponsors is not None
        else (0 if len(seats) < 10 else max(1, round(len(seats) * 0.02)))
    )

    def area(seat: Seat) -> int:
        return sum(layout.rects[b].area for b in seat.stand)

    ranked = sorted(free, key=lambda s: (-area(s), s.sector != FLAGSHIP, s.stand))
    flagship = [s for s in ranked if s.sector == FLAGSHIP][: max(1, n_sponsors // 2)]
    sponsors = (flagship + [s for s in ranked if s not in flagship])[:n_sponsors]
    for seat in sponsors:
        seat.priority = PriorityTier.SPONSOR
    for seat in seats:
        if seat.priority is None:
            seat.priority = PriorityTier.RETURNING if rng.random() < 0.25 else PriorityTier.REGULAR


def _names(seats: list[Seat], spec: Spec, rng: random.Random) -> None:
    pools = {sector: list(names) for sector, names in spec.name_pool.items()}
    namer = Namer(rng, {fa for names in pools.values() for fa, _ in names})
    for seat in seats:
        pool = pools.get(seat.sector)
        seat.name = pool.pop(0) if pool else namer.name(seat.sector)


def _with_pairs(exhibitors, stand_of, spec: Spec, project: Project, layout, rng):
    """Competitors (same sector, stands not neighbours) and partners (complementary sectors)."""
    n = len(exhibitors)
    sector_of = {e.id: e.sector_id for e in exhibitors}
    members: dict[str, list[str]] = {}
    for e in exhibitors:
        if not e.pinned_booths and e.sector_id not in NON_COMMERCIAL:
            members.setdefault(e.sector_id, []).append(e.id)

    def apart(a: str, b: str) -> bool:
        return layout.stand_relation(stand_of[a], stand_of[b]) is None

    taken: set[tuple[str, str]] = set()
    n_comp = max(1, n // 20) if n >= 4 else 0
    if spec.competitors is not None:
        n_comp = spec.competitors
    n_part = spec.partners if spec.partners is not None else n // 30
    competitors = pick_pairs(members, n_comp, apart, rng, taken)
    eligible = {m for group in members.values() for m in group}
    commercial = {e: s for e, s in sector_of.items() if e in eligible}
    partners = partner_pairs(commercial, project.complementarity, n_part, rng, taken)
    comp: dict[str, set[str]] = {}
    part: dict[str, set[str]] = {}
    for pairs, into in ((competitors, comp), (partners, part)):
        for a, b in pairs:
            into.setdefault(a, set()).add(b)
            into.setdefault(b, set()).add(a)
    return [
        replace(
            e,
            competitors=tuple(sorted(comp.get(e.id, ()))),
            partners=tuple(sorted(part.get(e.id, ()))),
        )
        for e in exhibitors
    ]
