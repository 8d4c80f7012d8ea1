"""Confirmed exhibitors keep a stand: the hard rule of re-solving that a published exhibitor,
still registered, is never waitlisted (it may move, at the usual cost).

The repair and the restore pass place confirmed exhibitors first and price leaving one waiting
above any number of moves. When that still leaves one waiting, `place_confirmed` first rounds
the relaxation of the hard rules (`waitlist_lp`) to a plan; failing that it asks CP-SAT
for a plan of the hard rules in which every confirmed exhibitor has a stand — each under its
own assumption literal, so that when no such plan exists the infeasible core names the
confirmed exhibitors that clash, phrased as the waitlist's reasons are.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from ortools.sat.python import cp_model

from qods_planner.messages import tr

from .built_model import build_model
from .evaluate import is_valid
from .explain import names, no_candidate_reason, phrase_core
from .instance import Instance
from .lp_bound import LinearRelaxation
from .stand_rules.reason_words import m2
from .waitlist_lp import round_plan

SHRINK_S = 2.0  # at most this long to make the clashing set smaller


@dataclass(frozen=True)
class Placed:
    """What `place_confirmed` found: a valid plan (`assign`), or none with the reasons
    (`infeasible`: proven impossible; otherwise the time ran out)."""

    assign: np.ndarray | None
    lines: tuple[str, ...] = ()
    infeasible: bool = False


def waiting_confirmed(inst: Instance, assign: np.ndarray) -> list[int]:
    """Confirmed exhibitors without a stand in `assign`."""
    return [e for e, must in enumerate(inst.must) if must and assign[e] < 0]


def place_confirmed(
    inst: Instance, assign: np.ndarray, *, budget_s: float, seed: int, cancel=None
) -> Placed:
    """A valid plan near `assign` in which every confirmed exhibitor has a stand (fewest
    waitlist + moves within `budget_s`), or why there is none."""
    lonely = [e for e in waiting_confirmed(inst, assign) if len(inst.cands[e]) == 0]
    if lonely:  # no candidate at all: the reason needs no search
        lines = tuple(_no_room(inst, [e], no_candidate_reason(inst, e)) for e in lonely)
        return Placed(None, lines, True)
    rounded, impossible = _rounded(inst, budget_s)
    if rounded is not None:
        return Placed(rounded)
    if impossible:
        waiting = waiting_confirmed(inst, assign)
        return Placed(None, (_no_room(inst, waiting, _too_little_room(inst, waiting)),), True)
    bm = build_model(inst, soft=False, confirmed="assumable")
    must = [e for e, m in enumerate(inst.must) if m and e in bm.constraints.kept_if]
    lits = [bm.constraints.kept_if[e] for e in must]
    bm.use_objective("dominant")
    bm.hint(assign)
    bm.pm.set_assumptions(lits)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1  # sufficient assumptions need a single worker
    solver.parameters.max_time_in_seconds = max(0.1, budget_s)
    solver.parameters.random_seed = seed
    status = solver.solve(bm.pm.model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        found = bm.v.extract(np.asarray(solver.response_proto.solution, dtype=np.int64))
        if is_valid(inst, found):
            return Placed(found)
    if status != cp_model.INFEASIBLE:
        return Placed(
            None,
            (
                tr(
                    "no plan that keeps a stand for every confirmed exhibitor was found in"
                    " {seconds:.0f} s; try a longer time limit, or allow confirmed exhibitors"
                    " to be waitlisted",
                    seconds=budget_s,
                ),
            ),
        )
    lit_to_e = {bm.constraints.kept_if[e]: e for e in must}
    core = sorted(
        {lit_to_e[x] for x in solver.sufficient_assumptions_for_infeasibility() if x in lit_to_e}
    )
    core = core or sorted(waiting_confirmed(inst, assign))
    core = _shrink(bm, core, budget_s=min(budget_s, SHRINK_S), seed=seed)
    return Placed(None, (_no_room(inst, core, phrase_core(inst, core)),), True)


def _rounded(inst: Instance, budget_s: float) -> tuple[np.ndarray | None, bool]:
    """A valid plan rounded from the relaxation of the hard rules with every confirmed
    exhibitor placed, or None (the relaxation has none, or its rounding leaves one out); and
    whether the relaxation has no solution at all, which proves that no plan keeps them all.
    Measured: a closed section at 50 exhibitors gives a plan in 0.3 s where the search with
    assumptions took 2.5 s; the re-solve then minimises waitlist and moves from it. On a
    sold-out venue with a section closed, the search with assumptions ran out of time where
    the relaxation proves the clash in a second (tight benchmark family)."""
    hard = build_model(inst, soft=False, confirmed="hard", record_rows=True)
    variables, points, constant = hard.objective.dominant()
    relaxation = LinearRelaxation(hard.pm, variables, points, constant)
    # The whole LP, not column generation: the plan here leaves a confirmed exhibitor out, so
    # its columns hold no solution, and the LP exists to prove when none exists at all.
    share, _duals, done = relaxation.solve_exact(budget_s)
    if not done:
        return None, relaxation.infeasible
    v = hard.v
    plan = round_plan(inst, hard, share[v.x0 : v.x0 + v.n_x])
    return (plan if is_valid(inst, plan) else None), False


def _too_little_room(inst: Instance, waiting: list[int]) -> str:
    """Why every confirmed exhibitor cannot have a stand, when the relaxation proves it: by
    area when their smallest possible stands together exceed the booths still open, else in
    general words; `waiting` are those the repaired plan leaves without one."""
    confirmed = [e for e, m in enumerate(inst.must) if m]
    need = sum(int(inst.p_area[inst.cands[e]].min()) for e in confirmed if len(inst.cands[e]))
    open_booths = {
        b for e in range(inst.n_ex) for p in inst.cands[e].tolist() for b in inst.p_booths[p]
    }
    have = sum(int(inst.p_area[b]) for b in open_booths)  # a booth is its own placement
    if need > have:
        return tr(
            "confirmed exhibitors ({count}) need at least {need} together and the booths still"
            " open offer {have}; without a stand: {names}",
            count=len(confirmed),
            need=m2(need),
            have=m2(have),
            names=names(inst, waiting),
        )
    return tr(
        "no arrangement of the booths still open gives every confirmed exhibitor ({count}) a"
        " stand it fits (even split fractionally); without a stand: {names}",
        count=len(confirmed),
        names=names(inst, waiting),
    )


def _shrink(bm, core: list[int], *, budget_s: float, seed: int) -> list[int]:
    """A smaller core: drop each member whose removal leaves the rest infeasible (CP-SAT's
    core is "minimised but not guaranteed minimal": measured naming all 49 confirmed
    exhibitors of an instance where 2 clash). Feasibility only, each query ≤ 0.2 s, until
    `budget_s` is spent."""
    deadline = time.perf_counter() + budget_s
    bm.pm.proto.clear_objective()
    kept = list(core)
    for e in list(core):
        if time.perf_counter() > deadline or len(kept) <= 1:
            break
        trial = [x for x in kept if x != e]
        bm.pm.set_assumptions([bm.constraints.kept_if[x] for x in trial])
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_time_in_seconds = max(0.05, min(0.2, deadline - time.perf_counter()))
        solver.parameters.random_seed = seed
        if solver.solve(bm.pm.model) == cp_model.INFEASIBLE:
            lit_to_e = {bm.constraints.kept_if[x]: x for x in trial}
            found = solver.sufficient_assumptions_for_infeasibility()
            smaller = sorted({lit_to_e[x] for x in found if x in lit_to_e})
            kept = smaller if smaller and len(smaller) < len(trial) else trial
    return kept


def _no_room(inst: Instance, members: list[int], why: str) -> str:
    """The explanation line; `why` names the members when it is a core's phrase, not when it
    is one exhibitor's static reason (then the name comes first)."""
    if len(members) == 1 and inst.ex[members[0]].name not in why:
        why = f"{inst.ex[members[0]].name}: {why}"  # punctuation only, the same in Persian
    return tr(
        "confirmed exhibitors cannot all keep a stand: {why}. Allow confirmed exhibitors to be"
        " waitlisted (solver settings, or --may-waitlist-confirmed) to plan anyway",
        why=why,
    )
