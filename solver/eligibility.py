"""Why a placement cannot be an exhibitor's stand, in the organiser's words.

The vectorised filter in `instance` decides candidates; this says *why not* for one
(exhibitor, placement), for explanations and for the reasons of a re-solve's changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qods_planner.messages import join, tr

if TYPE_CHECKING:
    from .instance import Instance


def m2(area_cm2: int) -> str:
    return tr("{area:g} m²", area=area_cm2 / 10_000)


def span(lo: int, hi: int) -> str:
    """'36–48 m²', or '36 m²' when both ends are equal."""
    if lo == hi:
        return m2(lo)
    return tr("{low:g}–{high:g} m²", low=lo / 10_000, high=hi / 10_000)


def needs_text(e) -> str:
    """'power and water', or '' when the exhibitor needs nothing special."""
    offered = (("power", e.power), ("water", e.water), ("heavy floor", e.heavy_floor))
    return join((need_name(name) for name, on in offered if on), "and")


def need_name(name: str) -> str:
    """A service an exhibitor needs ("power", "water", "heavy floor") in the user's language."""
    if name == "power":
        return tr("power")
    if name == "water":
        return tr("water")
    return tr("heavy floor")


def kind_name(kind: str | None) -> str:
    """How a stand is fixed ("pinned" or "locked") in the user's language."""
    return tr("pinned") if kind == "pinned" else tr("locked")


def request_text(e, hall_names: dict[str, str] | None = None) -> str:
    """'36–48 m² with power in Hall B' — what the exhibitor's stand must offer."""
    size = span(e.min_area, e.max_area)
    needs = needs_text(e)
    if not e.hall_required:
        return tr("{size} with {needs}", size=size, needs=needs) if needs else size
    name = (hall_names or {}).get(e.preferred_hall, e.preferred_hall)
    if needs:
        return tr("{size} with {needs} in {hall}", size=size, needs=needs, hall=name)
    return tr("{size} in {hall}", size=size, hall=name)


def static_unfit(inst: Instance, e: int, p: int, *, pinned_ok: bool = False) -> str | None:
    """The first hard rule that rules placement `p` out for exhibitor `e` on its own, or None.

    `pinned_ok` lets reserved booths pass (the exhibitor is pinned there).
    """
    ex = inst.ex[e]
    booths = [inst.problem.booths[b] for b in inst.p_booths[p]]
    blocked = [b.label for b in booths if b.status == "blocked"]
    if blocked:
        return tr("uses blocked booth {labels}", labels=join(blocked))
    reserved = [b.label for b in booths if b.status == "reserved" and b.id not in ex.pinned]
    if reserved and not pinned_ok:
        return tr("uses booth {labels}, reserved for another exhibitor", labels=join(reserved))
    if p >= inst.n_booths:
        shape = inst.problem.shapes[p - inst.n_booths]
        if shape.hall is None:
            return tr("spans two halls")
        if not shape.straight:
            return tr("is not a straight run of adjacent booths")
    area = int(inst.p_area[p])
    if not ex.min_area <= area <= ex.max_area:
        return tr(
            "is {size}; it accepts {accepted}",
            size=m2(area),
            accepted=span(ex.min_area, ex.max_area),
        )
    lacking = [
        need_name(name)
        for name, wanted, attr in (
            ("power", ex.power, "power"),
            ("water", ex.water, "water"),
            ("heavy floor", ex.heavy_floor, "heavy_floor"),
        )
        if wanted and not all(getattr(b, attr) for b in booths)
    ]
    if lacking:
        return tr("lacks {needs}", needs=join(lacking, "and"))
    if ex.hall_required and booths[0].hall != ex.preferred_hall:
        return tr(
            "is in {hall}, not the required hall {required}",
            hall=booths[0].hall,
            required=ex.preferred_hall,
        )
    return None


def fixed_conflict(inst: Instance, e: int, p: int) -> str | None:
    """Why `p` is ruled out by someone else's pinned or locked stand, or None."""
    booths = set(inst.p_booths[p])
    for other, q in enumerate(inst.fixed):
        if q is None or other == e:
            continue
        if booths & set(inst.p_booths[q]):
            return tr(
                "is kept for {kind} {name}",
                kind=kind_name(inst.fixed_kind[other]),
                name=inst.ex[other].name,
            )
    for c in inst.competitors[e]:
        q = inst.fixed[c]
        if q is None:
            continue
        if any(n in booths for b in inst.p_booths[q] for n, _f, apart in inst.nbrs[b] if apart):
            return tr(
                "is next to competitor {name}, who is {kind}",
                name=inst.ex[c].name,
                kind=kind_name(inst.fixed_kind[c]),
            )
    return None
