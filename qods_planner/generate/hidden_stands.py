"""Chooses the hidden assignment's stands: reserved booths for pinned exhibitors, blocked
booths, multi-booth runs and single booths, one stand per exhibitor, no booth twice.

Everything is drawn from sorted ids with one `random.Random`, so the same seed gives the same
stands.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..layout import Layout
from ..messages import tr
from ..model.project import Project

MAX_RUN = 3
MAX_RUN_M2 = 108


@dataclass
class StandChoice:
    """The stands of the hidden assignment (sorted by first booth id) and the booth statuses."""

    pinned: list[tuple[str, ...]]  # one reserved booth each, near an entrance
    stands: list[tuple[str, ...]]  # everyone else's stands, single booths or straight runs
    blocked: list[str]


def usable_booths(booths: int, exhibitors: int) -> tuple[int, int]:
    """(blocked booths, spare booths left for runs) when `exhibitors` share `booths`."""
    spare = booths - exhibitors
    blocked = min(round(booths * 0.02), max(spare, 0) // 4)
    return blocked, max(spare - blocked, 0)


def near_entrance_order(project: Project, layout: Layout) -> list[str]:
    """Booth ids by distance to their hall's main (first) entrance, then by id."""
    doors = {
        h.id: [d.rect_on(h.outline) for d in h.entrances[:1]] or [h.outline]
        for h in project.halls.values()
    }

    def distance(bid: str) -> float:
        rect = layout.rects[bid]
        return min(rect.gap_to(d) for d in doors[layout.hall_of[bid]])

    return sorted(sorted(layout.rects), key=distance)


def choose_stands(
    project: Project,
    layout: Layout,
    rng: random.Random,
    exhibitors: int,
    pinned: int,
    run_share: float = 0.06,
) -> StandChoice:
    """Stands for `exhibitors` exhibitors, `pinned` of them on single reserved booths.

    Raises ValueError when the booths cannot hold that many stands.
    """
    ids = sorted(project.booths)
    if exhibitors > len(ids):
        raise ValueError(
            tr(
                "{exhibitors} exhibitor(s) cannot all get one of {booths} booth(s)",
                exhibitors=exhibitors,
                booths=len(ids),
            )
        )
    blocked_n, extra = usable_booths(len(ids), exhibitors)

    small = [b for b in near_entrance_order(project, layout) if layout.rects[b].area <= 360_000]
    pinned_booths = small[:pinned]
    if len(pinned_booths) < pinned:
        raise ValueError(
            tr(
                "there are not {count} booth(s) of at most {area} m² to reserve",
                count=pinned,
                area=36,
            )
        )
    used = set(pinned_booths)
    blocked = sorted(rng.sample([b for b in ids if b not in used], blocked_n))
    used.update(blocked)

    runs: list[tuple[str, ...]] = []
    want = round((exhibitors - pinned) * run_share)
    candidates = [
        run
        for run in layout.runs(MAX_RUN)
        if used.isdisjoint(run) and sum(layout.rects[b].area for b in run) <= MAX_RUN_M2 * 10_000
    ]
    rng.shuffle(candidates)
    for run in candidates:
        if len(runs) >= want or extra < len(run) - 1:
            break
        if used.isdisjoint(run):
            runs.append(run)
            used.update(run)
            extra -= len(run) - 1

    singles = [b for b in ids if b not in used]
    need = exhibitors - pinned - len(runs)
    if need < 0:
        raise ValueError("more runs than exhibitors")  # cannot happen: want ≤ exhibitors
    chosen = sorted(rng.sample(singles, need))
    stands = sorted([(b,) for b in chosen] + runs)
    return StandChoice([(b,) for b in sorted(pinned_booths)], stands, blocked)
