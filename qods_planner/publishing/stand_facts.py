"""What an exhibitor, a visitor or the committee is told about one placed stand: its booths
in reading order, hall, area, services, kind and the nearest entrance. Plain data, no Qt."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from ..layout import Layout, layout_of
from ..messages import Message, format_area_m2, join, render
from ..model import BoothKind, Project, Rect, m2


@dataclass(frozen=True, slots=True)
class Door:
    """An entrance of a hall: its index in `Hall.entrances` and its distance from a stand."""

    hall_id: str
    index: int
    distance_cm: int


@dataclass(frozen=True, slots=True)
class PlacedStand:
    """One exhibitor's stand in the current plan (all its booths in one hall)."""

    exhibitor_id: str
    booth_ids: tuple[str, ...]
    labels: tuple[str, ...]  # booth labels in reading order ("A-2" before "A-11")
    hall_id: str
    area_cm2: int
    power: bool  # every booth of the stand offers it
    water: bool
    heavy_floor: bool
    kind: BoothKind
    door: Door | None  # the nearest entrance; None when the hall has none

    @property
    def area_m2(self) -> float:
        return m2(self.area_cm2)


def label_key(label: str) -> tuple:
    """Booth labels in reading order: runs of digits compare as numbers ("A-2" < "A-11")."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in ("".join(g) for _, g in itertools.groupby(label, str.isdigit))
    )


def _union(rects: list[Rect]) -> Rect:
    x0, y0 = min(r.x for r in rects), min(r.y for r in rects)
    x1, y1 = max(r.right for r in rects), max(r.bottom for r in rects)
    return Rect(x0, y0, x1 - x0, y1 - y0)


def _gap(a: Rect, b: Rect) -> float:
    """The shortest distance between two rectangles (0 when they touch or overlap)."""
    dx = max(0, b.x - a.right, a.x - b.right)
    dy = max(0, b.y - a.bottom, a.y - b.bottom)
    return math.hypot(dx, dy)


def nearest_door(project: Project, hall_id: str, booth_ids: tuple[str, ...]) -> Door | None:
    """The hall's entrance closest to the stand (straight line, edge to edge); ties go to
    the entrance listed first."""
    hall = project.halls[hall_id]
    if not hall.entrances:
        return None
    rects = [project.booths[b].rect for b in booth_ids]
    best = min(
        range(len(hall.entrances)),
        key=lambda i: (
            min(_gap(r, hall.entrances[i].rect_on(hall.outline)) for r in rects),
            i,
        ),
    )
    gap = min(_gap(r, hall.entrances[best].rect_on(hall.outline)) for r in rects)
    return Door(hall_id, best, round(gap))


def placed_stands(project: Project, layout: Layout | None = None) -> dict[str, PlacedStand]:
    """Exhibitor id → its stand, for every known exhibitor placed on existing booths."""
    layout = layout or layout_of(project)
    out: dict[str, PlacedStand] = {}
    for eid, ids in project.plan.stands.items():
        if eid not in project.exhibitors or not ids or any(b not in project.booths for b in ids):
            continue
        booths = [project.booths[b] for b in ids]
        hall_id = booths[0].hall_id
        out[eid] = PlacedStand(
            exhibitor_id=eid,
            booth_ids=tuple(ids),
            labels=tuple(sorted((b.label for b in booths), key=label_key)),
            hall_id=hall_id,
            area_cm2=sum(b.area for b in booths),
            power=all(b.power for b in booths),
            water=all(b.water for b in booths),
            heavy_floor=all(b.heavy_floor for b in booths),
            kind=layout.stand_kind(ids),
            door=nearest_door(project, hall_id, tuple(ids)),
        )
    return out


def stand_rect(project: Project, booth_ids: tuple[str, ...]) -> Rect:
    """The rectangle around a stand's booths."""
    return _union([project.booths[b].rect for b in booth_ids])


def labels_text(labels: tuple[str, ...] | list[str], language: str) -> str:
    """Booth labels as a list of `language` ("A-1، A-2" in Persian)."""
    return join(labels, "comma", language)


def kind_name(kind: BoothKind, language: str) -> str:
    """A stand kind as organisers call it (ردیفی, دو بر, سه بر, جزیره)."""
    return {
        BoothKind.INLINE: Message.of("inline (one open side)"),
        BoothKind.CORNER: Message.of("corner (two open sides)"),
        BoothKind.PENINSULA: Message.of("end of row (three open sides)"),
        BoothKind.ISLAND: Message.of("island (four open sides)"),
    }[kind].render(language)


def services_text(stand: PlacedStand, language: str) -> str:
    """The services every booth of the stand offers, or "none"."""
    parts = []
    if stand.power:
        parts.append(Message.of("power").render(language))
    if stand.water:
        parts.append(Message.of("water").render(language))
    if stand.heavy_floor:
        parts.append(Message.of("heavy floor").render(language))
    if not parts:
        return Message.of("no power, water or heavy floor").render(language)
    return join(parts, "comma", language)


def area_text(stand: PlacedStand, language: str) -> str:
    return format_area_m2(stand.area_m2, language)


def door_text(project: Project, door: Door | None, language: str) -> str:
    """ "the entrance on the bottom side, about 12 m away"."""
    if door is None:
        return Message.of("the hall has no entrance drawn").render(language)
    hall = project.halls[door.hall_id]
    side = hall.entrances[door.index].side
    # The words of `model.venue.side_name`, but in the reader's language, not the session's.
    side_words = render(_SIDE_KEYS[side.value], {}, language)
    metres = max(1, round(door.distance_cm / 100))
    if door.distance_cm < 100:
        return Message.of(
            "the entrance on the {side}, right beside the stand", side=side_words
        ).render(language)
    return Message.of(
        "the entrance on the {side}, about {metres} m away", side=side_words, metres=metres
    ).render(language)


_SIDE_KEYS = {
    "top": "top side",
    "right": "right side",
    "bottom": "bottom side",
    "left": "left side",
}
