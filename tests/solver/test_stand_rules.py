"""Each stand rule's two faces agree with each other and with its twin in the validator.

For every rule of solver/stand_rules and sampled (exhibitor, placement) pairs of venues with
blocked and reserved booths, required halls, rare services and multi-booth shapes:
- the candidate mask rules the placement out exactly when the rule has a why-not sentence;
- the validator, judging a plan with that one stand, reports the rule's own violations
  exactly when the solver's rule says why not.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from qods_planner.generate import SHAPES, generate_project, generate_tight
from qods_planner.messages import get_language, set_language
from qods_planner.model import Plan
from qods_planner.model.booth import BoothStatus
from qods_planner.model.exhibitor import Needs, Wishes
from qods_planner.snapshot import build_problem
from qods_planner.validation import check
from solver.indexing import build_instance
from solver.stand_rules import RULES, StandRules
from solver.stand_rules.booth_status import BoothStatusRule
from solver.stand_rules.choices_only import ChoicesOnlyRule
from solver.stand_rules.required_hall import RequiredHallRule
from solver.stand_rules.sector_zone import SectorZoneRule
from solver.stand_rules.services import ServicesRule
from solver.stand_rules.stand_shape import StandShapeRule
from solver.stand_rules.stand_size import StandSizeRule

# The validator's violation codes of each solver rule (qods_planner/validation/hard_rules.py),
# in the order the rule names them, each with the words of the solver's sentence for it.
TWINS = {
    BoothStatusRule: {"booth_blocked": "blocked booth", "booth_reserved": "reserved for"},
    StandShapeRule: {"stand_spans_halls": "spans two halls", "stand_not_straight_run": "straight"},
    StandSizeRule: {"area_outside_range": "it accepts"},
    ServicesRule: {"need_not_met": "lacks"},
    RequiredHallRule: {"hall_required": "required hall"},
    ChoicesOnlyRule: {"outside_choices": "not among its chosen"},
    SectorZoneRule: {"sector_zone": "kept for"},
}


def _venue(name: str):
    """A venue where every stand rule bites: a blocked and a reserved booth, a required hall,
    services asked for that few booths offer, booths bound to sectors, exhibitors that accept
    only their choices."""
    project = (
        generate_project(24, 30, 2, seed=3)
        if name == "generated"
        else generate_tight(24, 26, 2, 4, SHAPES[name])
    )
    rng = random.Random(name)
    booths = sorted(project.booths)
    for b in rng.sample(booths, 2):
        project.put_booth(replace(project.booths[b], status=BoothStatus.BLOCKED))
    for b in rng.sample(booths, 2):
        project.put_booth(replace(project.booths[b], status=BoothStatus.RESERVED))
    halls = sorted(project.halls)
    sectors = sorted(project.sectors)
    for k, b in enumerate(rng.sample(booths, 6)):
        zone = (sectors[k % 2],) if k < 4 else tuple(sectors[:3])
        project.put_booth(replace(project.booths[b], sectors=zone))
    for i, eid in enumerate(sorted(project.exhibitors)):
        ex = project.exhibitors[eid]
        if i % 5 == 0:
            ex = replace(ex, wishes=Wishes(preferred_hall=halls[-1], hall_required=True))
        if i % 4 == 1:
            ex = replace(ex, needs=Needs(power=True, water=i % 8 == 1, heavy_floor=i % 3 == 0))
        if i % 6 == 2:
            ex = replace(ex, choices=tuple(rng.sample(booths, 4)), choices_only=True)
        project.put_exhibitor(replace(ex, pinned_booths=()))
    # Odd stands in the current plan become placements too: one across two halls, one of two
    # booths far apart in one hall.
    by_hall = {h: sorted(b for b in booths if project.booths[b].hall_id == h) for h in halls}
    first, second = sorted(project.exhibitors)[:2]
    project.plan = Plan(
        {
            first: tuple(sorted((by_hall[halls[0]][0], by_hall[halls[1]][0]))),
            second: (by_hall[halls[0]][1], by_hall[halls[0]][-1]),
        }
    )
    return project


@pytest.fixture(scope="module", params=["generated", "mixed", "multi"])
def venue(request):
    old = get_language()
    set_language("en")  # the sentences are matched in English
    project = _venue(request.param)
    inst = build_instance(build_problem(project))
    rng = random.Random(5)
    shapes = range(inst.n_booths, len(inst.p_booths))
    pairs = [
        (e, p)
        for e in range(inst.n_ex)
        for p in rng.sample(range(len(inst.p_booths)), min(12, len(inst.p_booths)))
    ] + [(e, p) for e in range(0, inst.n_ex, 4) for p in shapes]
    yield project, inst, pairs
    set_language(old)


def test_every_rule_is_listed_with_its_validator_twin():
    assert set(RULES) == set(TWINS)


@pytest.mark.parametrize("rule_type", RULES, ids=lambda r: r.__name__)
def test_a_rules_mask_and_its_sentence_agree(venue, rule_type):
    _project, inst, pairs = venue
    rule = rule_type(inst)
    seen = {True: 0, False: 0}
    for e, p in pairs:
        ex = inst.ex[e]
        allowed = bool(rule.allows(ex)[p])
        why = rule.why_not(ex, p, pinned_ok=False)
        assert allowed == (why is None), (ex.id, inst.stand(p), why)
        seen[allowed] += 1
    assert seen[False] > 0, "the venue never breaks this rule: the test would prove nothing"


@pytest.mark.parametrize("rule_type", RULES, ids=lambda r: r.__name__)
def test_a_rule_and_its_validator_twin_agree(venue, rule_type):
    project, inst, pairs = venue
    rule = rule_type(inst)
    for e, p in pairs[::3]:
        ex = inst.ex[e]
        plan = Plan({ex.id: inst.stand(p)})
        found = {
            v.rule for v in check(project, plan).violations if v.hard and ex.id in v.exhibitors
        }
        solver_says = rule.why_not(ex, p, pinned_ok=False)
        twins = [code for code in TWINS[rule_type] if code in found]
        assert (solver_says is not None) == bool(twins), (ex.id, inst.stand(p), solver_says, found)
        if twins:  # the same reason: the first the validator finds is the one the solver names
            assert TWINS[rule_type][twins[0]] in solver_says, (solver_says, twins)


def test_candidates_are_what_every_rule_allows(venue):
    _project, inst, pairs = venue
    rules = StandRules(inst)
    for e, p in pairs:
        if rules.why_not(inst.ex[e], p) is not None:
            assert not inst.is_candidate(e, p)
        elif not any(inst.fixed):  # nothing else narrows the candidates here
            assert inst.is_candidate(e, p)
