"""The lowest-ranked waitlist: among the plans of the least waitlist cost, the one that places
the highest-ranked exhibitors (issue 21: "the waitlist holds the lowest-ranked exhibitors, the
solver makes this so, lexicographically, not the seed").

The fair waitlist (`rank_repair.fair_waitlist`) makes one exchange at a time: a waitlisted
exhibitor takes the stand of a lower-ranked one. Where placing it takes a chain of moves (it
fits only a higher-ranked exhibitor's stand, who could stand where a lower-ranked one does),
no exchange does it, and which of the two waited followed the search's plan, and so the seed:
measured on a sold-out fair of 41 exhibitors in 38 booths, two seeds waitlisted two different
exhibitors at the same cost.

Rule: go through the exhibitors from the highest rank down, keeping a set held placed (every
exhibitor ranked above that some plan of the least cost places together with those already
held). One placed in the current plan joins it (the plan is the witness). One waitlisted
joins it when SCIP, over the hard rules' rows with the cost as one more row, finds a plan of
that cost placing it with everyone held, which becomes the current plan; when SCIP proves
there is none, it waits in every such plan. The plan at the end places the lexicographically
highest-ranked set. (CP-SAT, asked first, found such plans at once but did not prove a
"none" on a sold-out fair of 41 exhibitors within 2.4 s.) When a search ends undecided (time),
the pass stops with the plan it has, and the report says the waitlist was not settled."""

from __future__ import annotations

import time

import numpy as np

from ..built_model import BuiltModel
from ..evaluate import is_valid
from ..integer_bound import solve_integer
from ..lp_bound import LinearRelaxation
from ..neighbourhood import total_candidates
from ..progress import is_cancelled
from ..waitlist import waitlist_cost
from .state import Run

# The share of the search's budget the pass may take, in wall seconds.
LOWEST_SHARE = 0.15
# Above this many candidate pairs the questions would eat the search: each took 0.1–0.2 s at
# 41–50 exhibitors (1,100–1,700 pairs) and 1.2–1.3 s at 200 (15,000 pairs, a sold-out venue
# of 10 waitlisted, where 15 % of a 30 s solve settled two); above, the waitlist is fair pair
# by pair only (`rank_repair.fair_waitlist`).
LOWEST_MAX = 5_000


def lowest_ranked_waitlist(run: Run, best: np.ndarray) -> np.ndarray:
    """`best` (a plan of the proven least waitlist cost), or a plan of the same cost whose
    waitlist is the lowest-ranked (see the module's rule). Sets the report's
    `lowest_waitlist`: 1 settled, 0 stopped undecided."""
    inst = run.inst
    cost = waitlist_cost(inst, best)
    if cost == 0 or not run.waitlist_proven or total_candidates(inst) > LOWEST_MAX:
        return best
    order = sorted(range(inst.n_ex), key=lambda e: inst.ex[e].rank)
    held: list[int] = []
    deadline = time.perf_counter() + run.clock.cap(run.search_limit() * LOWEST_SHARE)
    asked: _Questions | None = None
    settled = 1
    for e in order:
        if best[e] >= 0:
            held.append(e)
            if asked is not None:
                asked.hold(e)
            continue
        if not _could_stand(run, best, held, e):
            continue
        left = deadline - time.perf_counter()
        if is_cancelled(run.cancel) or left <= 0.01:
            settled = 0
            break
        if asked is None:
            asked = _Questions(run.build(inst, soft=False, stats=False, record_rows=True), cost)
            for h in held:
                asked.hold(h)
        found = asked.placing(e, left)
        if found is None:
            settled = 0  # undecided: the plan so far stays
            break
        if found is not False and is_valid(inst, found) and waitlist_cost(inst, found) <= cost:
            best = found
            held.append(e)
        elif found is not False:
            run.discarded += 1  # the rows leave out no hard rule a plan here can break
            settled = 0
            break
    run.stats["lowest_waitlist"] = settled
    return best


class _Questions:
    """SCIP over the hard rules' rows with the waitlist's cost at most `cost` as one more row,
    built once; `hold` keeps an exhibitor placed (its waitlist literal bounded to 0) in every
    question after it."""

    def __init__(self, hard: BuiltModel, cost: int) -> None:
        variables, points, constant = hard.objective.terms()["waitlist"]
        self.wait = hard.v.wait
        self.extract = hard.v.extract
        self.rows = LinearRelaxation(hard.pm, variables.tolist(), points.tolist(), constant)
        self.rows.add_row(variables.tolist(), points.tolist(), -cost - constant, 0)

    def hold(self, e: int, placed: bool = True) -> None:
        if e in self.wait:
            self.rows.upper[self.wait[e]] = 0 if placed else 1

    def placing(self, e: int, seconds: float):
        """A plan placing `e` with everyone held (then `e` stays held), False when there is
        none, None when undecided in time."""
        self.hold(e)
        found = solve_integer(self.rows, seconds, report_infeasible=True)
        if found is None or found.infeasible:
            self.hold(e, placed=False)
            return None if found is None else False
        return self.extract(found.values)


def _could_stand(run: Run, best: np.ndarray, held: list[int], e: int) -> bool:
    """Whether a plan of the same cost could place `e` with everyone `held`: it has somewhere
    to stand, and someone ranked below it is placed (such a plan waitlists someone placed
    now, else it would cost less than the least cost, and everyone placed ranked above `e`
    is held)."""
    inst = run.inst
    if inst.fixed[e] is not None or not len(inst.cands[e]):
        return False
    above = set(held)
    return any(best[o] >= 0 and o not in above for o in range(inst.n_ex) if o != e)
