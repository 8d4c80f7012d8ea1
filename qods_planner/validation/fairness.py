"""The fair order in a plan: priority inversions and the fairness certificate.

A *priority inversion* is a place a higher-ranked exhibitor (`model.fair_order`) fits, and
has a claim to, held by a lower-ranked one:

- **waitlist**: H is waitlisted, L holds a stand, H ranks above L and waitlisting L costs no
  more than waitlisting H, and H could take L's stand (L to the waitlist) under every hard
  rule;
- **choice**: H and L hold stands, H ranks above L, H chose a booth of L's stand above every
  booth of its own, and the two could trade stands under every hard rule.

A pinned or locked holder, or a holder on its published stand (when moves count), keeps its
place, and a confirmed exhibitor (one with a published stand) is never waitlisted by a
re-solve: those are reasons, not inversions. The solver leaves none (`solver/rank_repair.py`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..messages import tr
from ..model.fair_order import fair_order
from ..model.plan import Plan
from .facts import WAITLIST_TIER_FACTOR, PlanFacts
from .hard_rules import apart_relations, stand_violations
from .validation_report import Violation

Stands = dict[str, tuple[str, ...] | None]


@dataclass(frozen=True, slots=True)
class Inversion:
    kind: str  # "waitlist" or "choice"
    higher: str
    lower: str
    booths: tuple[str, ...]  # the lower-ranked exhibitor's stand


class Fit:
    """Whether an exhibitor could stand somewhere with a few stands changed."""

    def __init__(self, facts: PlanFacts) -> None:
        self.facts = facts
        project = facts.project
        self.near: dict[str, set[str]] = {}
        enabled = apart_relations(facts)
        for a, b, rel in facts.neighbour_pairs:
            if rel in enabled:
                self.near.setdefault(a, set()).add(b)
                self.near.setdefault(b, set()).add(a)
        self.rivals: dict[str, set[str]] = {}
        for a, b in project.symmetric_pairs("competitors"):
            self.rivals.setdefault(a, set()).add(b)
            self.rivals.setdefault(b, set()).add(a)
        self.sector_count = Counter(project.exhibitors[e].sector_id for e in facts.placed)

    def stand_of(self, eid: str, changed: Stands) -> tuple[str, ...] | None:
        if eid in changed:
            return changed[eid]
        return self.facts.placed.get(eid)

    def fits(self, eid: str, stand: tuple[str, ...], changed: Stands) -> bool:
        """`eid` may hold `stand` when the stands in `changed` are as given (None: waitlisted)."""
        facts, project = self.facts, self.facts.project
        ex = project.exhibitors[eid]
        if ex.pinned_booths and tuple(sorted(ex.pinned_booths)) != tuple(sorted(stand)):
            return False
        alone = PlanFacts(project, Plan({eid: stand}))
        if any(v.hard for v in stand_violations(alone, eid)):
            return False
        around = {n for b in stand for n in self.near.get(b, ())}
        for rival in self.rivals.get(eid, ()):
            theirs = self.stand_of(rival, changed)
            if theirs and around.intersection(theirs):
                return False
        cap = project.sectors[ex.sector_id].max_stands
        if cap is not None:
            count = self.sector_count[ex.sector_id]
            for other, new in changed.items():
                if project.exhibitors[other].sector_id == ex.sector_id:
                    count += (new is not None) - (other in facts.placed)
            if count > cap:
                return False
        return True


class Standing:
    """Who ranks where, and who keeps its place whatever the order (module doc)."""

    def __init__(self, facts: PlanFacts, baseline: Plan | None) -> None:
        project, plan = facts.project, facts.plan
        self.facts, self.baseline = facts, baseline
        registered = [e for e in project.exhibitors.values() if e.registered]
        order = fair_order(registered, project.settings.priority_order)
        self.rank = {e: i for i, e in enumerate(order)}
        self.factor = {e.id: WAITLIST_TIER_FACTOR[e.priority] for e in registered}
        keep = baseline is not None and project.settings.solver.keep_confirmed
        self.confirmed = set(baseline.stands) if keep and baseline is not None else set()
        self.waitlisted = [e for e in order if e not in plan.stands]
        self.placed = [e for e in order if e in facts.placed]

    def keeps_place(self, eid: str) -> bool:
        """Pinned, locked, or on its stand of the baseline the moves are counted against."""
        ex = self.facts.project.exhibitors[eid]
        plan, baseline = self.facts.plan, self.baseline
        on_published = baseline is not None and baseline.stands.get(eid) == plan.stands.get(eid)
        return bool(ex.pinned_booths) or eid in plan.locked or on_published

    def may_wait_for(self, low: str, high: str) -> bool:
        """Waitlisting `low` in favour of `high` costs no more and breaks no re-solve rule."""
        return self.factor[low] <= self.factor[high] and low not in self.confirmed

    def wanted(self, eid: str) -> tuple[str, ...]:
        """The booths `eid` chose above every booth of its own stand (all, when waitlisted)."""
        ex = self.facts.project.exhibitors[eid]
        own = self.facts.plan.stands.get(eid)
        met = ex.choice_met(own) if own else None
        return ex.choices[: (met or len(ex.choices) + 1) - 1]


def inversions(facts: PlanFacts, baseline: Plan | None = None) -> list[Inversion]:
    """Every priority inversion of `facts.plan` (see the module doc), highest-ranked first."""
    project, plan = facts.project, facts.plan
    standing, fit = Standing(facts, baseline), Fit(facts)
    rank = standing.rank
    found: list[Inversion] = []
    for h in standing.waitlisted:
        ex = project.exhibitors[h]
        for low in standing.placed:
            if rank[low] < rank[h] or standing.keeps_place(low):
                continue
            if not standing.may_wait_for(low, h):
                continue
            stand = plan.stands[low]
            area = sum(project.booths[b].area for b in stand if b in project.booths)
            if ex.min_cm2 <= area <= ex.max_cm2 and fit.fits(h, stand, {low: None, h: stand}):
                found.append(Inversion("waitlist", h, low, stand))
    for h in standing.placed:
        if standing.keeps_place(h):
            continue
        own = plan.stands[h]
        holders = dict.fromkeys(facts.owner[b] for b in standing.wanted(h) if b in facts.owner)
        for low in holders:
            if low == h or rank[low] < rank[h] or standing.keeps_place(low):
                continue
            theirs = plan.stands[low]
            trade: Stands = {h: theirs, low: own}
            if fit.fits(h, theirs, trade) and fit.fits(low, own, trade):
                found.append(Inversion("choice", h, low, theirs))
    return found


def inversion_violations(facts: PlanFacts, baseline: Plan | None) -> Iterator[Violation]:
    for inv in inversions(facts, baseline):
        if inv.kind == "waitlist":
            message = tr(
                "{higher} is waitlisted although it ranks above {lower} and fits its stand"
                " {booths}",
                higher=facts.who(inv.higher),
                lower=facts.who(inv.lower),
                booths=facts.labels(inv.booths),
            )
        else:
            message = tr(
                "{higher} chose {booths} above its own stand and ranks above {lower}, who holds"
                " them; the two could trade",
                higher=facts.who(inv.higher),
                lower=facts.who(inv.lower),
                booths=facts.labels(inv.booths),
            )
        yield Violation("priority_inversion", False, message, (inv.higher, inv.lower), inv.booths)
