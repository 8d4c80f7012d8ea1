"""The catalogue's content for visitors: sections by sector in value-chain order, each entry
with both names, booths, hall and sector; an alphabetical index in Persian and one in English.
Plain data; `ui.publishing.catalogue` prints it, `html_map` shows it."""

from __future__ import annotations

from dataclasses import dataclass

from ..layout import Layout
from ..model import Project
from ..text import normalise
from .collation import english_key, persian_key
from .stand_facts import PlacedStand, placed_stands
from .value_chain import value_chain_order


@dataclass(frozen=True, slots=True)
class Entry:
    exhibitor_id: str
    name_fa: str
    name_en: str  # the Persian name where the exhibitor has no English one
    labels: tuple[str, ...]
    hall_id: str
    sector_id: str

    def name(self, language: str) -> str:
        return self.name_fa if language == "fa" else self.name_en


@dataclass(frozen=True, slots=True)
class Section:
    sector_id: str
    name_fa: str
    name_en: str
    entries: tuple[Entry, ...]


def entries(project: Project, stands: dict[str, PlacedStand] | None = None) -> list[Entry]:
    """An entry for each placed, registered exhibitor, in the project's order."""
    stands = placed_stands(project) if stands is None else stands
    out = []
    for ex in project.exhibitors.values():
        stand = stands.get(ex.id)
        if stand is None or not ex.registered:
            continue
        out.append(
            Entry(
                ex.id,
                ex.name_fa,
                ex.name_en or ex.name_fa,
                stand.labels,
                stand.hall_id,
                ex.sector_id,
            )
        )
    return out


def sections(project: Project, layout: Layout | None = None) -> list[Section]:
    """Sectors with placed exhibitors, in value-chain order; entries in Persian alphabetical
    order within each."""
    found = entries(project, placed_stands(project, layout))
    out = []
    for sid in value_chain_order(project):
        mine = sorted(
            (e for e in found if e.sector_id == sid), key=lambda e: persian_key(e.name_fa)
        )
        if mine:
            s = project.sectors[sid]
            out.append(Section(sid, s.name_fa, s.name_en, tuple(mine)))
    return out


def index(found: list[Entry], language: str) -> list[tuple[str, list[Entry]]]:
    """The entries in `language`'s alphabetical order, grouped under their initial letter."""
    key = persian_key if language == "fa" else english_key
    ordered = sorted(found, key=lambda e: key(e.name(language)))
    groups: list[tuple[str, list[Entry]]] = []
    for e in ordered:
        initial = _initial(e.name(language), language)
        if not groups or groups[-1][0] != initial:
            groups.append((initial, []))
        groups[-1][1].append(e)
    return groups


def _initial(name: str, language: str) -> str:
    text = normalise(name)
    first = text[:1]
    if first.isdigit():
        return "0–9" if language == "en" else "۰–۹"
    return first.upper() if language == "en" else first
