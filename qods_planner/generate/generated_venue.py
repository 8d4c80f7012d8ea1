"""The venue of a generated exhibition: halls side by side, their obstacles and booths.

Booths come out AVAILABLE and without services; the generator decides those later from the
hidden assignment. Ids follow the sweep order of each hall and are zero-padded, so sorting
ids keeps that order.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from ..messages import to_persian_digits, tr
from ..model.booth import Booth
from ..model.geometry import Rect
from ..model.venue import Entrance, Hall, Obstacle, ObstacleKind
from .halls import fit_hall

HALL_GAP = 2000  # cm of open ground drawn between halls
# Obstacle labels are shown on the plan, in the organisers' language.
OBSTACLE_LABELS = {
    ObstacleKind.PILLAR: "ستون",
    ObstacleKind.FIRE_EXIT: "خروج اضطراری",
    ObstacleKind.STAGE: "سن",
    ObstacleKind.SERVICE: "خدمات",
}
# Obstacle labels are shown on the plan, in the organisers' language.
OBSTACLE_LABELS = {ObstacleKind.PILLAR: "ستون", ObstacleKind.FIRE_EXIT: "خروج اضطراری"}


@dataclass
class Venue:
    halls: list[Hall]
    obstacles: list[Obstacle]
    booths: list[Booth]


def hall_names(index: int) -> tuple[str, str]:
    """Default Persian and English names of the hall numbered `index` (from 1)."""
    return f"سالن {to_persian_digits(str(index))}", f"Hall {index}"


def split_count(total: int, parts: int) -> list[int]:
    """`total` shared as evenly as possible, the first parts taking the remainder."""
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def build_venue(
    booths: int,
    halls: int,
    seed: int | str,
    names: list[tuple[str, str]] | None = None,
    per_hall: list[int] | None = None,
) -> Venue:
    """Draw `halls` halls holding `booths` booths in all (or `per_hall` booths each)."""
    if not 1 <= halls <= len(string.ascii_uppercase):
        raise ValueError(
            tr(
                "halls must be 1–{maximum}, got {value}",
                maximum=len(string.ascii_uppercase),
                value=halls,
            )
        )
    counts = per_hall or split_count(booths, halls)
    if len(counts) != halls or sum(counts) != booths or min(counts) < 1:
        raise ValueError(f"{booths} booths cannot be shared by {halls} halls as {counts}")
    rng = random.Random(f"venue/{seed}")
    venue = Venue([], [], [])
    x_offset = 0
    for i, count in enumerate(counts, start=1):
        hall_id, letter = f"H{i}", string.ascii_uppercase[i - 1]
        draft = fit_hall(count, rng, f"hall/{seed}/{i}")
        fa, en = names[i - 1] if names else hall_names(i)
        outline = Rect(x_offset, 0, draft.width, draft.depth)
        venue.halls.append(
            Hall(
                hall_id,
                fa,
                en,
                outline,
                tuple(Entrance(e.side, e.offset, e.width) for e in draft.entrances),
            )
        )
        kinds_seen: dict[str, int] = {}
        for kind, rect in draft.obstacles:
            n = kinds_seen[kind.value] = kinds_seen.get(kind.value, 0) + 1
            venue.obstacles.append(
                Obstacle(
                    f"{hall_id}-{kind.value.replace('_', '-')}-{n:02d}",
                    hall_id,
                    kind,
                    rect.moved(x_offset, 0),
                    f"{OBSTACLE_LABELS[kind]} {to_persian_digits(str(n))}",
                )
            )
        rects = draft.booth_rects
        digits = max(3, len(str(len(rects))))
        for n, rect in enumerate(rects, start=1):
            venue.booths.append(
                Booth(f"{letter}-{n:0{digits}d}", f"{letter}-{n}", hall_id, rect.moved(x_offset, 0))
            )
        x_offset += draft.width + HALL_GAP
    return venue
