"""Each hall's plan as inline SVG for the floor map, in cm (the viewBox is the hall's outline
with a margin). Texts carry both languages (`data-fa`, `data-en`); the page's script shows
one and fits the stands' names to their stands. No outside reference of any kind."""

from __future__ import annotations

from html import escape

from ...model import BoothStatus, ObstacleKind, Project, Side
from ..stand_facts import PlacedStand
from .outline import path_data

MARGIN_CM = 250  # room around the walls for the entrances' words
LABEL_CM = 32  # booth labels' size in cm of floor (the map zooms; text scales with it)
DOOR_CM = 90
OBSTACLE_FILL = {
    ObstacleKind.PILLAR: "#455a64",
    ObstacleKind.STAGE: "#a1887f",
    ObstacleKind.FIRE_EXIT: "#ffcdd2",
    ObstacleKind.SERVICE: "#cfd8dc",
}


def _a(value: object) -> str:
    return escape(str(value), quote=True)


def hall_svg(
    project: Project,
    hall_id: str,
    stands: dict[str, PlacedStand],
    words: dict[str, dict[str, str]],
    language: str,
) -> str:
    """The SVG of hall `hall_id`; `words[lang]` holds "entrance", "pillar", … in each language."""
    hall = project.halls[hall_id]
    o = hall.outline
    x0, y0, w, h = o.x - MARGIN_CM, o.y - MARGIN_CM, o.w + 2 * MARGIN_CM, o.h + 2 * MARGIN_CM
    title_id = f"plan-title-{_a(hall_id)}"
    parts = [
        f'<svg class="plan" xmlns="http://www.w3.org/2000/svg" viewBox="{x0} {y0} {w} {h}"'
        f' data-home="{x0} {y0} {w} {h}" role="img" aria-labelledby="{title_id}"'
        ' preserveAspectRatio="xMidYMid meet">',
        f'<title id="{title_id}" data-fa="{_a(hall.name_fa)}" data-en="{_a(hall.name_en)}">'
        f"{escape(hall.name(language))}</title>",
        f'<rect class="floor" x="{o.x}" y="{o.y}" width="{o.w}" height="{o.h}"/>',
    ]
    occupant = {b: eid for eid, s in stands.items() for b in s.booth_ids}
    for booth in project.booths.values():
        if booth.hall_id != hall_id:
            continue
        r = booth.rect
        css = "booth"
        if booth.id not in occupant:
            css += {BoothStatus.BLOCKED: " blocked", BoothStatus.RESERVED: " reserved"}.get(
                booth.status, " free"
            )
        owner = occupant.get(booth.id)
        extra = ""
        if owner is not None:
            sector = project.exhibitors[owner].sector_id
            colour = project.sectors[sector].colour if sector in project.sectors else "#cccccc"
            extra = f' data-ex="{_a(owner)}" style="fill:{colour}"'
        parts.append(
            f'<rect class="{css}" data-booth="{_a(booth.id)}" x="{r.x}" y="{r.y}"'
            f' width="{r.w}" height="{r.h}"{extra}/>'
        )
    for obstacle in project.obstacles.values():
        if obstacle.hall_id != hall_id:
            continue
        r = obstacle.rect
        parts.append(
            f'<rect class="obstacle {obstacle.kind.value}" x="{r.x}" y="{r.y}" width="{r.w}"'
            f' height="{r.h}" style="fill:{OBSTACLE_FILL[obstacle.kind]}"/>'
        )
    for eid, stand in stands.items():
        if stand.hall_id != hall_id:
            continue
        ex = project.exhibitors[eid]
        rects = [project.booths[b].rect for b in stand.booth_ids]
        x1, y1 = min(r.x for r in rects), min(r.y for r in rects)
        x2, y2 = max(r.right for r in rects), max(r.bottom for r in rects)
        parts.append(
            f'<g class="stand" data-ex="{_a(eid)}" data-sector="{_a(ex.sector_id)}">'
            f'<path class="edge" d="{path_data(rects)}"/>'
            f'<text class="name" x="{(x1 + x2) / 2}" y="{(y1 + y2) / 2 + LABEL_CM / 2}"'
            f' data-w="{x2 - x1}" data-h="{y2 - y1}" data-top="{y1}"'
            f' data-fa="{_a(ex.name_fa)}" data-en="{_a(ex.name_en or ex.name_fa)}">'
            f"{escape(ex.name(language))}</text></g>"
        )
    for booth in project.booths.values():
        if booth.hall_id != hall_id:
            continue
        r = booth.rect
        if min(r.w, r.h) < 2 * LABEL_CM:
            continue
        parts.append(
            f'<text class="label" x="{r.x + 12}" y="{r.y + LABEL_CM + 6}"'
            f' data-xl="{r.x + 12}" data-xr="{r.right - 12}" data-booth="{_a(booth.id)}"'
            f' aria-hidden="true">{escape(booth.label)}</text>'
        )
    for i, door in enumerate(hall.entrances):
        r = door.rect_on(hall.outline)
        if door.side in (Side.TOP, Side.BOTTOM):
            y = o.y if door.side is Side.TOP else o.bottom
            line = f'x1="{r.x}" y1="{y}" x2="{r.right}" y2="{y}"'
            tx: float = r.x + r.w / 2
            ty: float = y - 60 if door.side is Side.TOP else y + 60 + DOOR_CM
        else:
            x = o.x if door.side is Side.LEFT else o.right
            line = f'x1="{x}" y1="{r.y}" x2="{x}" y2="{r.bottom}"'
            tx = x - 40 if door.side is Side.LEFT else x + 40
            ty = r.y + r.h / 2 + DOOR_CM / 3
        anchor = {"left": "end", "right": "start"}.get(door.side.value, "middle")
        parts.append(f'<line class="door" data-door="{i}" {line}/>')
        parts.append(
            f'<text class="door-word" x="{tx}" y="{ty}" text-anchor="{anchor}"'
            f' data-fa="{_a(words["fa"]["entrance"])}" data-en="{_a(words["en"]["entrance"])}"'
            f' aria-hidden="true">{escape(words[language]["entrance"])}</text>'
        )
    parts.append(
        f'<rect class="wall" x="{o.x}" y="{o.y}" width="{o.w}" height="{o.h}" fill="none"/>'
    )
    parts.append("</svg>")
    return "".join(parts)
