"""The words the solver's reasons are made of: areas, services, requests, fixed kinds."""

from __future__ import annotations

from qods_planner.messages import join, tr
from qods_planner.snapshot import ExhibitorData


def m2(area_cm2: int) -> str:
    return tr("{area:g} m²", area=area_cm2 / 10_000)


def span(lo: int, hi: int) -> str:
    """'36–48 m²', or '36 m²' when both ends are equal."""
    if lo == hi:
        return m2(lo)
    return tr("{low:g}–{high:g} m²", low=lo / 10_000, high=hi / 10_000)


def needs_text(e: ExhibitorData) -> str:
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


def request_text(e: ExhibitorData, hall_names: dict[str, str] | None = None) -> str:
    """'36–48 m² with power in Hall B' — what the exhibitor's stand must offer."""
    size = span(e.min_area, e.max_area)
    needs = needs_text(e)
    if not e.hall_required:
        return tr("{size} with {needs}", size=size, needs=needs) if needs else size
    hall = e.preferred_hall or ""  # a required hall is always named (ExhibitorData checks)
    name = (hall_names or {}).get(hall, hall)
    if needs:
        return tr("{size} with {needs} in {hall}", size=size, needs=needs, hall=name)
    return tr("{size} in {hall}", size=size, hall=name)
