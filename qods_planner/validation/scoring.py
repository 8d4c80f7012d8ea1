"""The plan's objective: the specification the solver's objective must equal.

The exact formulas are in docs/rules.md; in short, with `w = project.settings.weights` and
only the stands of known, registered exhibitors counting ("placed"):

- same_sector   +w.same_sector × factor, per neighbouring booth pair held by two different
                 stands of one sector (factor: side by side 2, back to back 1, facing 1)
- complementary +w.complementary × matrix weight × factor, per such pair of two sectors
- premium       +w.premium × tier value (sponsor 3, returning 1, regular 0), per stand with
                 at least one premium booth
- corner_wish   +w.corner_wish per stand wished a corner whose kind is corner/peninsula/island
- island_wish   +w.island_wish per stand wished an island whose kind is island
- hall_wish     +w.hall_wish per stand in its preferred (not required) hall
- choice        +w.choice × rank value (first 5, second 4, … later 1) of the best booth choice
                 the stand holds (`choices.choice_value`)
- partners      +w.partners per partner pair whose stands are neighbours (any relation)
- waste         −w.waste × (stand area − request) // 1 m², per stand larger than requested
- waitlist      −w.waitlist × tier factor (sponsor 3, returning 2, regular 1), per registered
                 exhibitor without a stand
- moves         −w.move per registered exhibitor whose baseline stand differs (only when a
                 baseline is given)
"""

from __future__ import annotations

from ..model.booth import BoothKind
from ..model.plan import Plan
from ..model.project import Project
from .choices import choice_points
from .facts import CM2_PER_M2, CORNER_KINDS, PREMIUM_TIER_VALUE, WAITLIST_TIER_FACTOR, PlanFacts
from .validation_report import SCORE_TERMS, Score


def score(project: Project, plan: Plan, baseline: Plan | None = None) -> Score:
    """The objective of `plan`; moves are counted only against `baseline` when given."""
    return score_facts(PlanFacts(project, plan), baseline)


def score_facts(facts: PlanFacts, baseline: Plan | None) -> Score:
    """`score` on lookups already built (the validator shares them)."""
    project, w = facts.project, facts.weights
    exhibitors = project.exhibitors
    terms = dict.fromkeys(SCORE_TERMS, 0)

    sector_of = {eid: exhibitors[eid].sector_id for eid in facts.placed}
    matrix = project.complementarity
    for _a, _b, rel, ea, eb in facts.stand_pairs:
        sa, sb = sector_of[ea], sector_of[eb]
        if sa == sb:
            terms["same_sector"] += w.same_sector * rel.factor
        else:
            terms["complementary"] += w.complementary * matrix.weight(sa, sb) * rel.factor

    for eid in facts.placed:
        ex = exhibitors[eid]
        if facts.on_premium(eid):
            terms["premium"] += w.premium * PREMIUM_TIER_VALUE[ex.priority]
        if ex.wishes.corner or ex.wishes.island:
            kind = facts.stand_kind(eid)
            if ex.wishes.corner and kind in CORNER_KINDS:
                terms["corner_wish"] += w.corner_wish
            if ex.wishes.island and kind is BoothKind.ISLAND:
                terms["island_wish"] += w.island_wish
        if hall_wish_met(facts, eid) is True:
            terms["hall_wish"] += w.hall_wish
        terms["choice"] += choice_points(facts, eid)
        excess = facts.stand_area(eid) - ex.requested_cm2
        if excess > 0:
            terms["waste"] -= w.waste * (excess // CM2_PER_M2)

    for a, b in sorted(project.symmetric_pairs("partners")):
        if partners_near(facts, a, b) is True:
            terms["partners"] += w.partners

    for ex in exhibitors.values():
        if ex.registered and ex.id not in facts.plan.stands:
            terms["waitlist"] -= w.waitlist * WAITLIST_TIER_FACTOR[ex.priority]

    if baseline is not None:
        terms["moves"] -= w.move * len(moved(facts, baseline))

    return Score(total=sum(terms.values()), breakdown=terms)


def hall_wish_met(facts: PlanFacts, eid: str) -> bool | None:
    """None when the rule does not apply (no preferred hall, or the hall is required)."""
    wishes = facts.exhibitor(eid).wishes
    if wishes.preferred_hall is None or wishes.hall_required:
        return None
    return facts.stand_hall(eid) == wishes.preferred_hall


def partners_near(facts: PlanFacts, a: str, b: str) -> bool | None:
    """None unless both partners are placed; else whether any booths of theirs neighbour."""
    stand_a, stand_b = facts.placed.get(a), facts.placed.get(b)
    if stand_a is None or stand_b is None:
        return None
    return facts.layout.stand_relation(stand_a, stand_b) is not None


def moved(facts: PlanFacts, baseline: Plan) -> list[str]:
    """Registered exhibitors whose stand in `baseline` differs from their stand now (sorted)."""
    exhibitors = facts.project.exhibitors
    stands = facts.plan.stands
    return [
        eid
        for eid, booths in baseline.stands.items()
        if eid in exhibitors and exhibitors[eid].registered and stands.get(eid) != booths
    ]
