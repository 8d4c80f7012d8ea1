"""Exhibitors derived from the hidden assignment, so that the assignment obeys every hard rule.

Each exhibitor's request, needs and wishes are read off the stand it holds in the hidden
assignment: the stand's area lies in the accepted range, its booths offer every need, a
required hall is the stand's hall, and competitors are chosen among exhibitors whose stands
are not neighbours.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..default_sectors import HEAVY_SECTORS, WATER_SECTORS
from ..layout import Layout
from ..model.booth import Booth, BoothKind
from ..model.exhibitor import Exhibitor, Needs, PriorityTier, Wishes
from ..model.sector import Complementarity

# Standard stand sizes (m²) an exhibitor asks for.
STANDARD_M2 = (9, 12, 18, 24, 27, 36, 48, 54, 72, 108)

# The sweep order of sectors: value chains follow each other, so the hidden assignment puts
# complementary sectors near one another, as a good plan would.
SWEEP_ORDER = (
    "mining",
    "construction",
    "basic-metals",
    "machinery",
    "auto-parts",
    "high-tech",
    "electronics",
    "electrical",
    "chemicals",
    "plastics",
    "packaging",
    "food",
    "textiles",
    "banks",
    "gov-services",
    "industrial-estates",
)


@dataclass
class Seat:
    """One exhibitor-to-be: its stand in the hidden assignment and its sector."""

    stand: tuple[str, ...]
    sector: str
    pinned: bool = False
    name: tuple[str, str] | None = None
    priority: PriorityTier | None = None


def sweep_sectors(
    stands: Sequence[tuple[str, ...]],
    counts: dict[str, int],
    rng: random.Random,
    mixing: float = 0.1,
) -> list[str]:
    """Sectors for `stands` (in sweep order) in contiguous chunks along SWEEP_ORDER, with a
    share `mixing` of neighbouring swaps so clusters are not perfect."""
    order = [s for s in SWEEP_ORDER if s in counts] + sorted(set(counts) - set(SWEEP_ORDER))
    seq = [s for s in order for _ in range(counts[s])]
    if len(seq) != len(stands):
        raise ValueError(f"{len(seq)} sector places for {len(stands)} stands")
    for _ in range(round(len(seq) * mixing)):
        i = rng.randrange(len(seq))
        j = min(len(seq) - 1, i + rng.randint(1, 4))
        seq[i], seq[j] = seq[j], seq[i]
    return seq


def booth_services(
    booths: dict[str, Booth], holder_sector: dict[str, str], rng: random.Random
) -> dict[str, Booth]:
    """Power, water and heavy floor for every booth: power almost everywhere, water and heavy
    floor mostly where the hidden assignment put sectors that need them (so they cluster)."""
    out: dict[str, Booth] = {}
    for bid in sorted(booths):
        sector = holder_sector.get(bid)
        p, w, h = rng.random(), rng.random(), rng.random()
        out[bid] = replace(
            booths[bid],
            power=p < 0.88,
            water=w < (0.7 if sector in WATER_SECTORS else 0.06),
            heavy_floor=h < (0.9 if sector in HEAVY_SECTORS else 0.08),
        )
    return out


def request_for(area_m2: int, rng: random.Random, multi: bool) -> tuple[float, float, float]:
    """(requested, smallest, largest) m² around the stand's area `area_m2`, which they admit."""
    req = area_m2
    if rng.random() >= 0.6:
        near = [s for s in STANDARD_M2 if s != area_m2 and 0.75 * area_m2 <= s <= 1.34 * area_m2]
        if near:
            req = rng.choice(near)
    lo, hi = min(area_m2, req), max(area_m2, req)
    low_factor = rng.choice((0.9, 1.0)) if multi else rng.choice((0.7, 0.8, 0.9, 1.0))
    smallest = max(1, math.floor(lo * low_factor))
    largest = math.ceil(hi * rng.choice((1.0, 1.2, 1.5)))
    return float(req), float(smallest), float(largest)


def needs_for(sector: str, stand: Sequence[Booth], rng: random.Random) -> Needs:
    """Needs that every booth of the stand offers."""
    power = all(b.power for b in stand)
    water = all(b.water for b in stand)
    heavy = all(b.heavy_floor for b in stand)
    p, w, h = rng.random(), rng.random(), rng.random()
    return Needs(
        power=power and p < 0.75,
        water=water and w < (0.7 if sector in WATER_SECTORS else 0.25),
        heavy_floor=heavy and h < (0.85 if sector in HEAVY_SECTORS else 0.1),
    )


def wishes_for(stand: tuple[str, ...], layout: Layout, halls: int, rng: random.Random) -> Wishes:
    kind = layout.stand_kind(stand)
    c, i, ph, hr = rng.random(), rng.random(), rng.random(), rng.random()
    corner = (kind is not BoothKind.INLINE and c < 0.35) or c < 0.03
    island = kind is BoothKind.ISLAND and i < 0.5
    hall = layout.hall_of[stand[0]] if halls > 1 and ph < 0.3 else None
    return Wishes(
        corner=corner,
        island=island,
        preferred_hall=hall,
        hall_required=hall is not None and hr < 0.3,
    )


def registration_date(event_start: str, tier: PriorityTier, rng: random.Random) -> str:
    """A day 10–150 days before the event; sponsors and returning exhibitors come early."""
    earliest = {PriorityTier.SPONSOR: 100, PriorityTier.RETURNING: 60}.get(tier, 10)
    days = rng.randint(earliest, 150)
    return (date.fromisoformat(event_start) - timedelta(days=days)).isoformat()


def pick_pairs(
    members: dict[str, list[str]],
    count: int,
    ok: Callable[[str, str], bool],
    rng: random.Random,
    taken: set[tuple[str, str]],
) -> list[tuple[str, str]]:
    """Up to `count` new sorted pairs within the groups of `members`, each passing `ok`."""
    groups = [g for g in sorted(members) if len(members[g]) >= 2]
    weights = [len(members[g]) for g in groups]
    found: list[tuple[str, str]] = []
    for _ in range(count * 30):
        if len(found) >= count or not groups:
            break
        g = rng.choices(groups, weights)[0]
        a, b = sorted(rng.sample(members[g], 2))
        if (a, b) not in taken and ok(a, b):
            taken.add((a, b))
            found.append((a, b))
    return found


def partner_pairs(
    sector_of: dict[str, str],
    matrix: Complementarity,
    count: int,
    rng: random.Random,
    taken: set[tuple[str, str]],
) -> list[tuple[str, str]]:
    """Up to `count` pairs of exhibitors from sectors complementing each other (weight ≥ 2)."""
    ids = sorted(sector_of)
    found: list[tuple[str, str]] = []
    for _ in range(count * 30):
        if len(found) >= count or len(ids) < 2:
            break
        a, b = sorted(rng.sample(ids, 2))
        if (a, b) not in taken and matrix.weight(sector_of[a], sector_of[b]) >= 2:
            taken.add((a, b))
            found.append((a, b))
    return found


def exhibitor_for(
    eid: str,
    seat: Seat,
    booths: dict[str, Booth],
    layout: Layout,
    halls: int,
    event_start: str,
    rng: random.Random,
) -> Exhibitor:
    """An exhibitor whose every hard rule its hidden stand `seat.stand` satisfies."""
    stand = [booths[b] for b in seat.stand]
    area = sum(b.area for b in stand) // 10_000
    tier = seat.priority or PriorityTier.REGULAR
    if seat.pinned:
        req = low = high = float(area)
        needs, wishes = Needs(power=all(b.power for b in stand)), Wishes()
    else:
        req, low, high = request_for(area, rng, multi=len(stand) > 1)
        needs = needs_for(seat.sector, stand, rng)
        wishes = wishes_for(seat.stand, layout, halls, rng)
    name_fa, name_en = seat.name or ("?", "")
    return Exhibitor(
        id=eid,
        name_fa=name_fa,
        name_en=name_en,
        sector_id=seat.sector,
        requested_m2=req,
        min_m2=low,
        max_m2=high,
        needs=needs,
        wishes=wishes,
        priority=tier,
        registered_on=registration_date(event_start, tier, rng),
        pinned_booths=seat.stand if seat.pinned else (),
    )
