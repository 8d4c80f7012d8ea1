"""Lookups about one plan, built once and shared by the rules and the score.

Everything here is linear in the size of the plan plus the number of neighbouring booth
pairs, so the validator can run live in the editor on thousands of booths.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property

from ..layout import Layout, Relation, layout_of
from ..messages import get_language, join, tr
from ..model.booth import BoothKind
from ..model.exhibitor import Exhibitor, PriorityTier
from ..model.plan import Plan
from ..model.project import Project

# What a stand on a premium booth is worth per tier (× weights.premium).
PREMIUM_TIER_VALUE: dict[PriorityTier, int] = {
    PriorityTier.SPONSOR: 3,
    PriorityTier.RETURNING: 1,
    PriorityTier.REGULAR: 0,
}

# How much waitlisting costs per tier (× weights.waitlist).
WAITLIST_TIER_FACTOR: dict[PriorityTier, int] = {
    PriorityTier.SPONSOR: 3,
    PriorityTier.RETURNING: 2,
    PriorityTier.REGULAR: 1,
}

# Stand kinds that satisfy a corner wish.
CORNER_KINDS = frozenset({BoothKind.CORNER, BoothKind.PENINSULA, BoothKind.ISLAND})

CM2_PER_M2 = 10_000


class PlanFacts:
    """Derived facts about `plan` on `project`.

    `placed` holds the stands that count: those of known, registered exhibitors. Where a
    booth is held twice (a hard violation), `owner` gives it to the holder whose id sorts
    first so the score stays defined.
    """

    def __init__(self, project: Project, plan: Plan) -> None:
        self.project = project
        self.plan = plan
        self.layout: Layout = layout_of(project)
        self.weights = project.settings.weights
        exhibitors = project.exhibitors
        self.placed: dict[str, tuple[str, ...]] = {
            eid: booths
            for eid, booths in plan.stands.items()
            if eid in exhibitors and exhibitors[eid].registered
        }
        # Every holder of each booth, over all stands of the plan (sorted exhibitor ids).
        self.holders: dict[str, list[str]] = defaultdict(list)
        for eid, booths in plan.stands.items():
            for bid in booths:
                self.holders[bid].append(eid)
        self.owner: dict[str, str] = {}
        for eid, booths in self.placed.items():
            for bid in booths:
                self.owner.setdefault(bid, eid)
        self._kinds: dict[str, BoothKind] = {}

    # -- names for messages ------------------------------------------------------------
    def who(self, eid: str) -> str:
        """An exhibitor as people know it: "name (id)", the name in the current language."""
        ex = self.project.exhibitors.get(eid)
        if ex is None:
            return tr("unknown exhibitor {id!r}", id=eid)
        return f"{ex.name(get_language())} ({eid})"

    def label(self, bid: str) -> str:
        booth = self.project.booths.get(bid)
        return booth.label if booth is not None else bid

    def labels(self, booth_ids: Iterable[str]) -> str:
        return join(self.label(b) for b in booth_ids)

    def exhibitor(self, eid: str) -> Exhibitor:
        return self.project.exhibitors[eid]

    # -- stands ------------------------------------------------------------------------
    def known_booths(self, eid: str) -> tuple[str, ...]:
        return tuple(b for b in self.plan.stands[eid] if b in self.project.booths)

    def stand_area(self, eid: str) -> int:
        """Total area of the stand's known booths, in cm²."""
        booths = self.project.booths
        return sum(booths[b].area for b in self.plan.stands[eid] if b in booths)

    def stand_halls(self, eid: str) -> set[str]:
        booths = self.project.booths
        return {booths[b].hall_id for b in self.plan.stands[eid] if b in booths}

    def stand_hall(self, eid: str) -> str | None:
        """The stand's hall, or None when it uses unknown booths or spans halls."""
        return self._stand_hall.get(eid)

    @cached_property
    def _stand_hall(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for eid, booths in self.plan.stands.items():
            known = self.known_booths(eid)
            halls = self.stand_halls(eid)
            if len(known) == len(booths) and len(halls) == 1:
                out[eid] = next(iter(halls))
        return out

    def stand_kind(self, eid: str) -> BoothKind | None:
        """The stand's kind from its open sides, or None when its hall is not defined."""
        if self.stand_hall(eid) is None:
            return None
        kinds = self._kinds
        if eid not in kinds:
            kinds[eid] = self.layout.stand_kind(self.plan.stands[eid])
        return kinds[eid]

    def on_premium(self, eid: str) -> bool:
        premium = self.layout.premium
        return any(premium.get(b, False) for b in self.plan.stands[eid])

    # -- neighbours --------------------------------------------------------------------
    @cached_property
    def neighbour_pairs(self) -> list[tuple[str, str, Relation]]:
        """The layout's neighbouring booth pairs (a < b), computed once per check."""
        return self.layout.neighbour_pairs()

    @cached_property
    def stand_pairs(self) -> list[tuple[str, str, Relation, str, str]]:
        """(booth a, booth b, relation, owner of a, owner of b) for every neighbouring booth
        pair whose booths are owned by two different placed stands, in a stable order."""
        owner = self.owner
        out = []
        for a, b, rel in self.neighbour_pairs:
            ea, eb = owner.get(a), owner.get(b)
            if ea is not None and eb is not None and ea != eb:
                out.append((a, b, rel, ea, eb))
        return out
