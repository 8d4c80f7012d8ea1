"""Sector zones and caps, two hard rules.

- `sector_zone`: a booth bound to sectors (its own list, else its hall's) holds only a stand of
  an exhibitor of one of them.
- `sector_cap`: a sector with `max_stands` has at most that many placed exhibitors.
Solver: `solver/stand_rules/sector_zone.py` and `solver/sector_caps.py`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..messages import get_language, join, tr
from .facts import PlanFacts
from .validation_report import Violation


def zone_refuses(facts: PlanFacts, eid: str, booths: tuple[str, ...]) -> tuple[str, ...]:
    """The booths of `booths` whose zone leaves out the exhibitor's sector."""
    project = facts.project
    sector = project.exhibitors[eid].sector_id
    known = (b for b in booths if b in project.booths)
    return tuple(b for b in known if (zone := project.zone(b)) and sector not in zone)


def sector_zone(facts: PlanFacts, eid: str) -> Iterator[Violation]:
    refused = zone_refuses(facts, eid, facts.plan.stands[eid])
    if not refused:
        return
    project, language = facts.project, get_language()
    zones = sorted({s for b in refused for s in project.zone(b)})
    names = join(project.sectors[s].name(language) for s in zones if s in project.sectors)
    yield Violation(
        "sector_zone",
        True,
        tr(
            "{who} is given {booths}, which are kept for {sectors}",
            who=facts.who(eid),
            booths=facts.labels(refused),
            sectors=names,
        ),
        (eid,),
        refused,
    )


def stands_per_sector(facts: PlanFacts) -> Counter[str]:
    exhibitors = facts.project.exhibitors
    return Counter(exhibitors[eid].sector_id for eid in facts.placed)


def sector_caps(facts: PlanFacts) -> Iterator[Violation]:
    counts = stands_per_sector(facts)
    exhibitors = facts.project.exhibitors
    for sector in facts.project.sectors.values():
        cap = sector.max_stands
        if cap is None or counts[sector.id] <= cap:
            continue
        holders = tuple(sorted(e for e in facts.placed if exhibitors[e].sector_id == sector.id))
        yield Violation(
            "sector_cap",
            True,
            tr(
                "sector {sector} has {count} stand(s); it may have at most {cap}",
                sector=sector.name(get_language()),
                count=counts[sector.id],
                cap=cap,
            ),
            holders,
        )
