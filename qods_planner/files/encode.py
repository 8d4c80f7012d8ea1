"""Project → plain JSON data, every field written, in a fixed key order."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..model.booth import Booth
from ..model.exhibitor import Exhibitor
from ..model.fair_order import ORDER_KEYS
from ..model.geometry import Rect
from ..model.plan import Plan
from ..model.project import Project
from ..model.settings import RuleWeights, Settings
from ..model.venue import Hall, Obstacle

FORMAT = "qods-planner-project"
FORMAT_VERSION = 1
EXTENSION = ".qods.json"


def _number(value: float) -> int | float:
    """Whole numbers as integers (`9`, not `9.0`), so hand-edited files stay tidy."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _rect(r: Rect) -> dict[str, int]:
    return {"x": r.x, "y": r.y, "w": r.w, "h": r.h}


def _hall(h: Hall) -> dict[str, Any]:
    return {
        "id": h.id,
        "name_fa": h.name_fa,
        "name_en": h.name_en,
        "outline": _rect(h.outline),
        "entrances": [
            {"side": d.side.value, "offset": d.offset, "width": d.width} for d in h.entrances
        ],
        **_unless_empty("sectors", list(h.sectors)),
    }


def _unless_empty(key: str, value: object) -> dict[str, Any]:
    """The fields this format version gained are written only when set, so a file that uses
    none of them stays readable by the program that wrote the format's first files."""
    return {key: value} if value else {}


def _obstacle(o: Obstacle) -> dict[str, Any]:
    return {
        "id": o.id,
        "hall": o.hall_id,
        "kind": o.kind.value,
        "rect": _rect(o.rect),
        "label": o.label,
    }


def _booth(b: Booth) -> dict[str, Any]:
    return {
        "id": b.id,
        "label": b.label,
        "hall": b.hall_id,
        "rect": _rect(b.rect),
        "power": b.power,
        "water": b.water,
        "heavy_floor": b.heavy_floor,
        "premium": b.premium,
        "status": b.status.value,
        **_unless_empty("sectors", list(b.sectors)),
    }


def _exhibitor(e: Exhibitor) -> dict[str, Any]:
    return {
        "id": e.id,
        "name_fa": e.name_fa,
        "name_en": e.name_en,
        "sector": e.sector_id,
        "requested_m2": _number(e.requested_m2),
        "min_m2": _number(e.min_m2),
        "max_m2": _number(e.max_m2),
        "needs": asdict(e.needs),
        "wishes": asdict(e.wishes),
        "priority": e.priority.value,
        "registered_on": e.registered_on,
        "competitors": list(e.competitors),
        "partners": list(e.partners),
        "pinned_booths": list(e.pinned_booths),
        "status": e.status.value,
        "phone": e.phone,
        "note": e.note,
        "language": e.language,
        **_unless_empty("choices", list(e.choices)),
        **_unless_empty("choices_only", e.choices_only),
        **_unless_empty("priority_points", e.priority_points),
    }


def _plan(p: Plan) -> dict[str, Any]:
    return {"stands": {e: list(b) for e, b in p.stands.items()}, "locked": sorted(p.locked)}


def _settings(s: Settings) -> dict[str, Any]:
    solver = asdict(s.solver)
    solver["time_limit_s"] = _number(solver["time_limit_s"])
    order = {} if s.priority_order == ORDER_KEYS else {"priority_order": list(s.priority_order)}
    weights = asdict(s.weights)
    if weights["choice"] == RuleWeights().choice:  # see `_unless_empty`
        del weights["choice"]
    return {
        "weights": weights,
        "neighbours": asdict(s.neighbours),
        "solver": solver,
        **order,
    }


def project_to_dict(project: Project) -> dict[str, Any]:
    """The whole project as JSON-ready data (lists keep the project's order)."""
    ev = project.event
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": project.id,
        "event": {
            "name_fa": ev.name_fa,
            "name_en": ev.name_en,
            "start": ev.start,
            "end": ev.end,
            "language": ev.language,
            "contact_fa": ev.contact_fa,
            "contact_en": ev.contact_en,
            "move_in_fa": ev.move_in_fa,
            "move_in_en": ev.move_in_en,
        },
        "halls": [_hall(h) for h in project.halls.values()],
        "obstacles": [_obstacle(o) for o in project.obstacles.values()],
        "booths": [_booth(b) for b in project.booths.values()],
        "sectors": [
            {
                "id": s.id,
                "name_fa": s.name_fa,
                "name_en": s.name_en,
                "colour": s.colour,
                **({} if s.max_stands is None else {"max_stands": s.max_stands}),
            }
            for s in project.sectors.values()
        ],
        "complementarity": [
            {"a": a, "b": b, "weight": w} for (a, b), w in project.complementarity.weights.items()
        ],
        "exhibitors": [_exhibitor(e) for e in project.exhibitors.values()],
        "plan": _plan(project.plan),
        "baseline": None if project.baseline is None else _plan(project.baseline),
        "settings": _settings(project.settings),
    }
