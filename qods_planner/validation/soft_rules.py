"""Soft-rule shortfalls: what the plan could do better, each priced in score points.

A shortfall's `points` is exactly what it costs in `score` (the gain missed or the penalty
paid), except `sector_isolated`, which has no fixed price (0) and `wasted_area`, which is
reported only from 3 m² on although every whole m² is scored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..model.booth import BoothKind
from ..model.geometry import m2
from ..model.plan import Plan
from .facts import CM2_PER_M2, CORNER_KINDS, WAITLIST_TIER_FACTOR, PlanFacts
from .report import Violation
from .scoring import hall_wish_met, moved, partners_near

# Extra area from which a stand is reported as wasteful (the score counts every whole m²).
WASTE_REPORT_CM2 = 3 * CM2_PER_M2


def _soft(
    rule: str, message: str, exhibitors: tuple[str, ...], booths: tuple[str, ...], points: int
) -> Violation:
    return Violation(rule, False, message, exhibitors, booths, points)


def soft_violations(facts: PlanFacts, baseline: Plan | None) -> Iterator[Violation]:
    """Every soft-rule shortfall of `facts.plan`; moves only against `baseline` when given."""
    yield from _waitlisted(facts)
    for eid in facts.placed:
        yield from _wishes(facts, eid)
        yield from _waste(facts, eid)
    yield from _partners(facts)
    yield from _sector_isolated(facts)
    if baseline is not None:
        yield from _moves(facts, baseline)


def _waitlisted(facts: PlanFacts) -> Iterator[Violation]:
    w = facts.weights.waitlist
    for ex in facts.project.exhibitors.values():
        if ex.registered and ex.id not in facts.plan.stands:
            yield _soft(
                "waitlisted",
                f"{facts.who(ex.id)} is waitlisted ({ex.priority.value} tier)",
                (ex.id,),
                (),
                w * WAITLIST_TIER_FACTOR[ex.priority],
            )


def _wishes(facts: PlanFacts, eid: str) -> Iterator[Violation]:
    ex = facts.exhibitor(eid)
    stand = facts.plan.stands[eid]
    w = facts.weights
    if ex.wishes.corner or ex.wishes.island:
        kind = facts.stand_kind(eid)
        what = f"{kind.value} stand" if kind is not None else "stand"
        if ex.wishes.corner and kind not in CORNER_KINDS:
            yield _soft(
                "wish_corner_unmet",
                f"{facts.who(eid)} wished a corner but has the {what} {facts.labels(stand)}",
                (eid,),
                stand,
                w.corner_wish,
            )
        if ex.wishes.island and kind is not BoothKind.ISLAND:
            yield _soft(
                "wish_island_unmet",
                f"{facts.who(eid)} wished an island but has the {what} {facts.labels(stand)}",
                (eid,),
                stand,
                w.island_wish,
            )
    if hall_wish_met(facts, eid) is False:
        halls = ", ".join(sorted(facts.stand_halls(eid))) or "no known hall"
        yield _soft(
            "wish_hall_unmet",
            f"{facts.who(eid)} prefers hall {ex.wishes.preferred_hall} but has"
            f" {facts.labels(stand)} in hall {halls}",
            (eid,),
            stand,
            w.hall_wish,
        )


def _waste(facts: PlanFacts, eid: str) -> Iterator[Violation]:
    ex = facts.exhibitor(eid)
    area = facts.stand_area(eid)
    excess = area - ex.requested_cm2
    if excess >= WASTE_REPORT_CM2:
        stand = facts.plan.stands[eid]
        yield _soft(
            "wasted_area",
            f"{facts.who(eid)} asked for {ex.requested_m2:g} m² but {facts.labels(stand)}"
            f" cover {m2(area):g} m² ({m2(excess):g} m² more)",
            (eid,),
            stand,
            facts.weights.waste * (excess // CM2_PER_M2),
        )


def _partners(facts: PlanFacts) -> Iterator[Violation]:
    for a, b in sorted(facts.project.symmetric_pairs("partners")):
        if partners_near(facts, a, b) is False:
            yield _soft(
                "partners_apart",
                f"partners {facts.who(a)} ({facts.labels(facts.placed[a])}) and {facts.who(b)}"
                f" ({facts.labels(facts.placed[b])}) are not neighbours",
                (a, b),
                facts.placed[a] + facts.placed[b],
                facts.weights.partners,
            )


def _sector_isolated(facts: PlanFacts) -> Iterator[Violation]:
    """A placed exhibitor with no same-sector neighbour while others of its sector are placed
    in the same hall."""
    exhibitors = facts.project.exhibitors
    sector_of = {eid: exhibitors[eid].sector_id for eid in facts.placed}
    in_hall: Counter[tuple[str, str]] = Counter()
    for eid in facts.placed:
        hall = facts.stand_hall(eid)
        if hall is not None:
            in_hall[(sector_of[eid], hall)] += 1
    with_mate: set[str] = set()
    for _a, _b, _rel, ea, eb in facts.stand_pairs:
        if sector_of[ea] == sector_of[eb]:
            with_mate.update((ea, eb))
    for eid in facts.placed:
        hall = facts.stand_hall(eid)
        if hall is None or eid in with_mate or in_hall[(sector_of[eid], hall)] < 2:
            continue
        others = in_hall[(sector_of[eid], hall)] - 1
        sector = facts.project.sectors.get(sector_of[eid])
        sector_name = sector.name_en if sector is not None else sector_of[eid]
        stand = facts.plan.stands[eid]
        yield _soft(
            "sector_isolated",
            f"{facts.who(eid)} at {facts.labels(stand)} has no {sector_name} neighbour,"
            f" though {others} other {sector_name} exhibitor(s) stand in hall {hall}",
            (eid,),
            stand,
            0,
        )


def _moves(facts: PlanFacts, baseline: Plan) -> Iterator[Violation]:
    for eid in moved(facts, baseline):
        before = baseline.stands[eid]
        stand = facts.plan.stands.get(eid)
        now = f"now holds {facts.labels(stand)}" if stand else "is now waitlisted"
        yield _soft(
            "moved_from_baseline",
            f"{facts.who(eid)} held {facts.labels(before)} in the baseline plan and {now}",
            (eid,),
            tuple(sorted(set(before) | set(stand or ()))),
            facts.weights.move,
        )
