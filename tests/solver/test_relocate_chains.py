"""The frontier's relocations (solver/relocate.py) find a chain: one exhibitor moved
to a free booth and another into the stand it left, when that is the best plan with two
moves, checked against every plan of a tiny venue scored by the validator."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from helpers.brute import valid_plans
from helpers.builders import TinyProject

from qods_planner.model import PriorityTier, Wishes
from qods_planner.snapshot import build_problem
from qods_planner.validation import score
from solver.indexing import build_instance
from solver.relocate import quality, relocate


def test_the_best_plan_with_two_moves_is_a_chain_and_relocations_find_it():
    """Row A1–A5 (A4 premium) and a lone booth C1. Published: e0 (food, wants a corner) A2,
    e1 (metal, sponsor) A1, e2 (food, sponsor) A3, e3 (automotive, returning, wants a corner)
    A4. The best plan with two moves makes room and fills it; one relocation at a time, the
    best single move first, does not reach it (found by a search over tiny venues: 42 points
    against 62)."""
    tiny = TinyProject()
    tiny.row("A", 5, x=0, y=0, w=300, h=300)
    tiny.booth("C1", 0, 1500, 300, 300)
    project = tiny.project
    project.put_booth(replace(project.booths["A4"], premium=True))
    for eid, sector, tier, corner in (
        ("e0", "food", PriorityTier.REGULAR, True),
        ("e1", "metal", PriorityTier.SPONSOR, False),
        ("e2", "food", PriorityTier.SPONSOR, False),
        ("e3", "auto", PriorityTier.RETURNING, True),
    ):
        tiny.exhibitor(
            eid, sector=sector, m2=9, max_m2=9, priority=tier, wishes=Wishes(corner=corner)
        )
    reference = tiny.place(e0=["A2"], e1=["A1"], e2=["A3"], e3=["A4"])
    inst = build_instance(build_problem(project, reference=reference))
    move_w = project.settings.weights.move
    best: dict[int, int] = {}
    for plan in valid_plans(project, 1):
        terms = dict(score(project, plan, reference).breakdown)
        moves = -terms.pop("moves") // move_w
        if terms.pop("waitlist"):
            continue  # the frontier never waitlists more than the published plan
        best[moves] = max(best.get(moves, -(10**9)), sum(terms.values()))
    within = {cap: max(v for m, v in best.items() if m <= cap) for cap in (0, 1, 2)}
    published = np.array([-1 if p is None else p for p in inst.ref], dtype=np.int64)
    assert within[2] > within[1] > within[0] == quality(inst, published)
    for cap in (1, 2):
        assert quality(inst, relocate(inst, published, cap)) == within[cap]
