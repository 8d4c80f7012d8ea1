"""Soft-rule shortfalls: what the plan could do better, each priced in score points.

A shortfall's `points` is exactly what it costs in `score` (the gain missed or the penalty
paid), except `sector_isolated`, which has no fixed price (0) and `wasted_area`, which is
reported only from 3 m² on although every whole m² is scored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..messages import get_language, join, tr
from ..model.booth import BoothKind
from ..model.exhibitor import PriorityTier
from ..model.geometry import m2
from ..model.plan import Plan
from .choices import choice_unmet
from .facts import CM2_PER_M2, CORNER_KINDS, WAITLIST_TIER_FACTOR, PlanFacts
from .fairness import inversion_violations
from .hard_rules import stand_violations
from .scoring import hall_wish_met, moved, partners_near
from .validation_report import Violation

# Extra area from which a stand is reported as wasteful (the score counts every whole m²).
WASTE_REPORT_CM2 = 3 * CM2_PER_M2


def tier_name(tier: PriorityTier) -> str:
    """A priority tier as a word of the current language (sponsor, returning, regular)."""
    if tier is PriorityTier.SPONSOR:
        return tr("sponsor")
    if tier is PriorityTier.RETURNING:
        return tr("returning")
    return tr("regular")


def stand_kind_name(kind: BoothKind | None) -> str:
    """The stand's kind as words ("corner stand", …), or just "stand" when it is unknown."""
    if kind is BoothKind.INLINE:
        return tr("inline stand")
    if kind is BoothKind.CORNER:
        return tr("corner stand")
    if kind is BoothKind.PENINSULA:
        return tr("peninsula stand")
    if kind is BoothKind.ISLAND:
        return tr("island stand")
    return tr("stand")


def _soft(
    rule: str, message: str, exhibitors: tuple[str, ...], booths: tuple[str, ...], points: int
) -> Violation:
    return Violation(rule, False, message, exhibitors, booths, points)


def soft_violations(facts: PlanFacts, baseline: Plan | None) -> Iterator[Violation]:
    """Every soft-rule shortfall of `facts.plan`; moves only against `baseline` when given."""
    yield from _waitlisted(facts)
    for eid in facts.placed:
        yield from _wishes(facts, eid)
        yield from choice_unmet(facts, eid)
        yield from _waste(facts, eid)
    yield from _partners(facts)
    yield from _sector_isolated(facts)
    if baseline is not None:
        yield from _moves(facts, baseline)
    yield from inversion_violations(facts, baseline)


def _waitlisted(facts: PlanFacts) -> Iterator[Violation]:
    w = facts.weights.waitlist
    for ex in facts.project.exhibitors.values():
        if ex.registered and ex.id not in facts.plan.stands:
            yield _soft(
                "waitlisted",
                tr(
                    "{who} is waitlisted ({tier} tier)",
                    who=facts.who(ex.id),
                    tier=tier_name(ex.priority),
                ),
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
        what = stand_kind_name(kind)
        if ex.wishes.corner and kind not in CORNER_KINDS:
            yield _soft(
                "wish_corner_unmet",
                tr(
                    "{who} wished a corner but has the {stand} {booths}",
                    who=facts.who(eid),
                    stand=what,
                    booths=facts.labels(stand),
                ),
                (eid,),
                stand,
                w.corner_wish,
            )
        if ex.wishes.island and kind is not BoothKind.ISLAND:
            yield _soft(
                "wish_island_unmet",
                tr(
                    "{who} wished an island but has the {stand} {booths}",
                    who=facts.who(eid),
                    stand=what,
                    booths=facts.labels(stand),
                ),
                (eid,),
                stand,
                w.island_wish,
            )
    if hall_wish_met(facts, eid) is False:
        halls = join(sorted(facts.stand_halls(eid))) or tr("no known hall")
        yield _soft(
            "wish_hall_unmet",
            tr(
                "{who} prefers hall {hall} but has {booths} in hall {halls}",
                who=facts.who(eid),
                hall=ex.wishes.preferred_hall,
                booths=facts.labels(stand),
                halls=halls,
            ),
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
            tr(
                "{who} asked for {requested:g} m² but {booths} cover {area:g} m²"
                " ({excess:g} m² more)",
                who=facts.who(eid),
                requested=ex.requested_m2,
                booths=facts.labels(stand),
                area=m2(area),
                excess=m2(excess),
            ),
            (eid,),
            stand,
            facts.weights.waste * (excess // CM2_PER_M2),
        )


def _partners(facts: PlanFacts) -> Iterator[Violation]:
    for a, b in sorted(facts.project.symmetric_pairs("partners")):
        if partners_near(facts, a, b) is False:
            yield _soft(
                "partners_apart",
                tr(
                    "partners {first} ({first_booths}) and {second} ({second_booths}) are not"
                    " neighbours",
                    first=facts.who(a),
                    first_booths=facts.labels(facts.placed[a]),
                    second=facts.who(b),
                    second_booths=facts.labels(facts.placed[b]),
                ),
                (a, b),
                facts.placed[a] + facts.placed[b],
                facts.weights.partners,
            )


def _sector_isolated(facts: PlanFacts) -> Iterator[Violation]:
    """A placed exhibitor with no same-sector neighbour while others of its sector are placed
    in the same hall, and one of them could have stood beside it (`_mate_possible`)."""
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
    near: dict[str, set[str]] = {}
    for a, b, _rel in facts.neighbour_pairs:
        near.setdefault(a, set()).add(b)
        near.setdefault(b, set()).add(a)
    for eid in facts.placed:
        hall = facts.stand_hall(eid)
        if hall is None or eid in with_mate or in_hall[(sector_of[eid], hall)] < 2:
            continue
        mates = [
            e
            for e in facts.placed
            if e != eid and sector_of[e] == sector_of[eid] and facts.stand_hall(e) == hall
        ]
        if not _mate_possible(facts, eid, mates, near):
            continue
        others = in_hall[(sector_of[eid], hall)] - 1
        sector = facts.project.sectors.get(sector_of[eid])
        sector_name = sector.name(get_language()) if sector is not None else sector_of[eid]
        stand = facts.plan.stands[eid]
        yield _soft(
            "sector_isolated",
            tr(
                "{who} at {booths} has no {sector} neighbour, though {others} other {sector}"
                " exhibitor(s) stand in hall {hall}",
                who=facts.who(eid),
                booths=facts.labels(stand),
                sector=sector_name,
                others=others,
                hall=hall,
            ),
            (eid,),
            stand,
            0,
        )


def _mate_possible(facts: PlanFacts, eid: str, mates: list[str], near: dict[str, set[str]]) -> bool:
    """Whether one of `mates` (same sector, same hall) could have stood next to `eid`: on a
    free booth beside it, or on a neighbouring stand of someone who may move, under the rules
    of its own stand."""
    project, plan = facts.project, facts.plan
    stand = set(plan.stands[eid])
    places: set[tuple[str, ...]] = set()
    for b in stand:
        for n in near.get(b, set()) - stand:
            holder = facts.owner.get(n)
            if holder is None:
                places.add((n,))
            elif holder not in plan.locked and not project.exhibitors[holder].pinned_booths:
                places.add(plan.stands[holder])
    movable = [m for m in mates if not project.exhibitors[m].pinned_booths]
    movable = [m for m in movable if m not in plan.locked]
    for place in sorted(places):
        area = sum(project.booths[b].area for b in place if b in project.booths)
        for m in movable:
            ex = project.exhibitors[m]
            if not ex.min_cm2 <= area <= ex.max_cm2:
                continue
            alone = PlanFacts(project, Plan({m: place}))
            if not any(v.hard for v in stand_violations(alone, m)):
                return True
    return False


def _moves(facts: PlanFacts, baseline: Plan) -> Iterator[Violation]:
    for eid in moved(facts, baseline):
        before = baseline.stands[eid]
        stand = facts.plan.stands.get(eid)
        who, held = facts.who(eid), facts.labels(before)
        if stand:
            message = tr(
                "{who} held {before} in the baseline plan and now holds {booths}",
                who=who,
                before=held,
                booths=facts.labels(stand),
            )
        else:
            message = tr(
                "{who} held {before} in the baseline plan and is now waitlisted",
                who=who,
                before=held,
            )
        yield _soft(
            "moved_from_baseline",
            message,
            (eid,),
            tuple(sorted(set(before) | set(stand or ()))),
            facts.weights.move,
        )
