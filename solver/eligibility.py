"""Why a placement cannot be an exhibitor's stand, in the organiser's words.

The vectorised filter in `instance` decides candidates; this says *why not* for one
(exhibitor, placement), for explanations and for the reasons of a re-solve's changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .instance import Instance


def m2(area_cm2: int) -> str:
    return f"{area_cm2 / 10_000:g} m²"


def span(lo: int, hi: int) -> str:
    """'36–48 m²', or '36 m²' when both ends are equal."""
    return m2(lo) if lo == hi else f"{m2(lo)[:-3]}–{m2(hi)}"


def needs_text(e) -> str:
    """'power and water', or '' when the exhibitor needs nothing special."""
    offered = (("power", e.power), ("water", e.water), ("heavy floor", e.heavy_floor))
    wanted = [name for name, on in offered if on]
    return " and ".join(wanted)


def request_text(e, hall_names: dict[str, str] | None = None) -> str:
    """'36–48 m² with power in Hall B' — what the exhibitor's stand must offer."""
    text = span(e.min_area, e.max_area)
    needs = needs_text(e)
    if needs:
        text += f" with {needs}"
    if e.hall_required:
        name = (hall_names or {}).get(e.preferred_hall, e.preferred_hall)
        text += f" in {name}"
    return text


def static_unfit(inst: Instance, e: int, p: int, *, pinned_ok: bool = False) -> str | None:
    """The first hard rule that rules placement `p` out for exhibitor `e` on its own, or None.

    `pinned_ok` lets reserved booths pass (the exhibitor is pinned there).
    """
    ex = inst.ex[e]
    booths = [inst.problem.booths[b] for b in inst.p_booths[p]]
    blocked = [b.label for b in booths if b.status == "blocked"]
    if blocked:
        return f"uses blocked booth {', '.join(blocked)}"
    reserved = [b.label for b in booths if b.status == "reserved" and b.id not in ex.pinned]
    if reserved and not pinned_ok:
        return f"uses booth {', '.join(reserved)}, reserved for another exhibitor"
    if p >= inst.n_booths:
        shape = inst.problem.shapes[p - inst.n_booths]
        if shape.hall is None:
            return "spans two halls"
        if not shape.straight:
            return "is not a straight run of adjacent booths"
    area = int(inst.p_area[p])
    if not ex.min_area <= area <= ex.max_area:
        return f"is {m2(area)}; it accepts {span(ex.min_area, ex.max_area)}"
    lacking = [
        name
        for name, wanted, attr in (
            ("power", ex.power, "power"),
            ("water", ex.water, "water"),
            ("heavy floor", ex.heavy_floor, "heavy_floor"),
        )
        if wanted and not all(getattr(b, attr) for b in booths)
    ]
    if lacking:
        return f"lacks {' and '.join(lacking)}"
    if ex.hall_required and booths[0].hall != ex.preferred_hall:
        return f"is in {booths[0].hall}, not the required hall {ex.preferred_hall}"
    return None


def fixed_conflict(inst: Instance, e: int, p: int) -> str | None:
    """Why `p` is ruled out by someone else's pinned or locked stand, or None."""
    booths = set(inst.p_booths[p])
    for other, q in enumerate(inst.fixed):
        if q is None or other == e:
            continue
        if booths & set(inst.p_booths[q]):
            return f"is kept for {inst.fixed_kind[other]} {inst.ex[other].name}"
    for c in inst.competitors[e]:
        q = inst.fixed[c]
        if q is None:
            continue
        if any(n in booths for b in inst.p_booths[q] for n, _f, apart in inst.nbrs[b] if apart):
            return f"is next to competitor {inst.ex[c].name}, who is {inst.fixed_kind[c]}"
    return None
