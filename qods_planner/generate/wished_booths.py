"""Booth choices the way real registrations make them: 0–5 ranked booths per exhibitor,
clustered where everyone looks — near entrances, on corners, and around last year's place —
with some exhibitors accepting only their choices.

`add_choices(project, seed, last_year=None)` changes the exhibitors in place. `last_year` (a
plan) gives returning exhibitors their old booths first, as `copy-choices` would.
Deterministic: one `random.Random` seeded from `seed`.
"""

from __future__ import annotations

import random
from dataclasses import replace

from ..layout import layout_of
from ..model.booth import BoothKind, BoothStatus
from ..model.exhibitor import PriorityTier
from ..model.plan import Plan
from ..model.project import Project

MOST_CHOICES = 5
ONLY_SHARE = 0.08  # exhibitors that accept only their choices
NONE_SHARE = 0.2  # exhibitors that choose nothing


def add_choices(project: Project, seed: int, last_year: Plan | None = None) -> None:
    rng = random.Random(seed * 7919 + 17)
    layout = layout_of(project)
    usable = [b for b in project.booths.values() if b.status is BoothStatus.AVAILABLE]
    if not usable:
        return
    front = [b.id for b in usable if layout.premium.get(b.id)]
    corners = [b.id for b in usable if layout.kind(b.id) is not BoothKind.INLINE]
    by_hall: dict[str, list[str]] = {}
    for b in sorted(usable, key=lambda b: (b.hall_id, b.rect.y, b.rect.x)):
        by_hall.setdefault(b.hall_id, []).append(b.id)
    changed = []
    for ex in sorted(project.exhibitors.values(), key=lambda e: e.id):
        if ex.pinned_booths or rng.random() < NONE_SHARE:
            continue
        count = rng.randint(1, MOST_CHOICES)
        picked: list[str] = []
        old = last_year.stands.get(ex.id, ()) if last_year is not None else ()
        if old and ex.priority is PriorityTier.RETURNING:
            picked.extend(b for b in old if b in project.booths)
        pools = [front, corners] if rng.random() < 0.6 else [corners, front]
        for pool in pools:
            if pool and len(picked) < count:
                picked.append(rng.choice(pool))
        if len(picked) < count:  # near the first pick: people choose a spot, then its neighbours
            seed_booth = picked[0] if picked else rng.choice(usable).id
            row = by_hall[project.booths[seed_booth].hall_id]
            i = row.index(seed_booth) if seed_booth in row else 0
            for j in (i + 1, i - 1, i + 2, i - 2, i + 3):
                if 0 <= j < len(row) and len(picked) < count:
                    picked.append(row[j])
        choices = tuple(dict.fromkeys(picked))[:MOST_CHOICES]
        only = rng.random() < ONLY_SHARE and len(choices) >= 2
        changed.append(replace(ex, choices=choices, choices_only=only))
    project.put_exhibitors(changed)
