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
joins it when a plan of that cost places it with everyone held, which becomes the current
plan; when there is none, it waits in every such plan. The plan at the end places the
lexicographically highest-ranked set.

Each question is the hard rules' rows with the cost as one more row and the held as bounds,
asked of the LP first (GLOP): no fractional plan proves "none", a whole one is a plan. Only a
fractional answer goes to SCIP, which took 1.0–1.4 s a question at 200 exhibitors where the
LP takes 0.04 s (CP-SAT, tried first, found plans at once but did not prove a "none" on a
sold-out fair of 41 exhibitors within 2.4 s). When a question ends undecided (time), the pass
stops with the plan it has, and the report says the waitlist was not settled."""

from __future__ import annotations

from itertools import islice
from typing import Literal

import numpy as np

from ..built_model import BuiltModel
from ..evaluate import is_valid
from ..integer_bound import solve_integer
from ..lp_bound import LinearRelaxation
from ..neighbourhood import total_candidates
from ..progress import is_cancelled
from ..waitlist import waitlist_cost
from .state import Run

# The share of the search's budget the pass may take. It is counted in questions, not on the
# clock, so that a reproducible run asks the same ones on any machine: each LP is charged
# `LP_SECONDS_PER_PAIR` a candidate pair (measured: 0.03 s at 15,000 pairs, 0.19–0.22 s at
# 68,500), and the charge comes out of the search's reproducible budget.
LOWEST_SHARE = 0.25
LP_SECONDS_PER_PAIR = 3.5e-6
# SCIP, for a fractional answer, may take this many LPs' worth, and at least `INTEGER_MIN_S`
# (measured: 0.13–0.16 s a question at 41–50 exhibitors, 1.0–1.4 s at 200). Its allowance
# is charged whole, however soon it ends, which keeps the charge the same on any machine.
INTEGER_LPS = 20
INTEGER_MIN_S = 0.2
# Above this many candidate pairs one LP takes seconds (4.5 s at 1,000 exhibitors); there the
# waitlist is fair pair by pair only (`rank_repair.fair_waitlist`).
LOWEST_MAX = 100_000
# An LP value this close to a whole number is that number (GLOP's tolerances are 1e-6).
INTEGRAL_EPS = 1e-5
# Fractional variables a question may fix to 1 looking for a plan before it asks SCIP.
DIVE_STEPS = 10


def lowest_ranked_waitlist(run: Run, best: np.ndarray) -> np.ndarray:
    """`best` (a plan of the proven least waitlist cost), or a plan of the same cost whose
    waitlist is the lowest-ranked (see the module's rule). Sets the report's
    `lowest_waitlist`: 1 settled, 0 stopped undecided."""
    inst = run.inst
    cost = waitlist_cost(inst, best)
    pairs = total_candidates(inst)
    if cost == 0 or not run.waitlist_proven or pairs > LOWEST_MAX:
        return best
    order = sorted(range(inst.n_ex), key=lambda e: inst.ex[e].rank)
    position = {e: at for at, e in enumerate(order)}
    budget = run.search_limit() * LOWEST_SHARE
    asked: _Questions | None = None
    settled = 1
    refused: set[int] = set()  # proven to wait in every plan of the least cost
    size = 2  # exhibitors asked about in one question
    for at, e in enumerate(order):
        if best[e] >= 0:
            if asked is not None:
                asked.hold(e)
            continue
        if e in refused:
            continue
        last = max((position[o] for o in range(inst.n_ex) if best[o] >= 0), default=-1)
        if not _could_stand(run, e, position[e] < last):
            continue
        if is_cancelled(run.cancel):
            settled = 0
            break
        if asked is None:
            hard = run.build(inst, soft=False, stats=False, record_rows=True)
            asked = _Questions(run, hard, cost, order, budget, pairs * LP_SECONDS_PER_PAIR)
            for h in order[:at]:
                if best[h] >= 0:
                    asked.hold(h)
        # Most answers are "none", and one proof can settle several: a plan placing one of
        # the exhibitors waiting next with everyone held above `e` would place it with those
        # held above itself. The LP of such a question is looser the more it asks about
        # (measured at 400 exhibitors: it proved four at once, not eight), so the group
        # doubles after a proof and halves, to no fewer than two, after none; then `e` is
        # asked about alone.
        rest = (o for o in order[at + 1 : last] if best[o] < 0 and o not in refused)
        group = [e, *islice((o for o in rest if _could_stand(run, o)), size - 1)]
        if len(group) > 1:
            if asked.placing(group, lp_only=True) is False:
                refused.update(group)
                size *= 2
                continue
            size = max(2, size // 2)
        found = asked.placing([e])
        if found is None:
            settled = 0  # undecided: the plan so far stays
            break
        if found is False:
            refused.add(e)
            continue
        if is_valid(inst, found) and waitlist_cost(inst, found) <= cost and found[e] >= 0:
            best = found
            asked.hold(e)
        else:
            run.discarded += 1  # the rows leave out no hard rule a plan here can break
            settled = 0
            break
    if asked is not None:
        run.deterministic_spent += budget - asked.left
    run.stats["lowest_waitlist"] = settled
    return best


class _Questions:
    """Plans of at most the least cost with the held exhibitors placed: GLOP over the hard
    rules' rows with the waitlist's cost as one more row, built once, and SCIP when the LP's
    answer is fractional, all within `budget` seconds counted `lp` an LP (see `LOWEST_SHARE`).
    `hold` keeps an exhibitor placed (its waitlist literal bounded to 0) in every question
    after it."""

    def __init__(
        self, run: Run, hard: BuiltModel, cost: int, order: list[int], budget: float, lp: float
    ) -> None:
        self.run = run
        self.left = budget
        self.lp = lp  # the charge of one LP
        variables, points, constant = hard.objective.terms()["waitlist"]
        self.wait = hard.v.wait
        self.extract = hard.v.extract
        self.rows = LinearRelaxation(hard.pm, variables.tolist(), points.tolist(), constant)
        self.rows.add_row(variables.tolist(), points.tolist(), -cost - constant, 0)
        # GLOP's presolve costs more than it saves on these questions (measured: 0.19–0.22 s
        # without it at 68,500 pairs, 0.25–0.29 s with it; 0.03 s and 0.045 s at 15,000).
        self.rows.glop_parameters = "use_preprocessing:false"
        # Every plan the questions allow costs the least cost, so the cost is no objective.
        # Weighing each waiting exhibitor by its rank instead makes the plans found place the
        # higher-ranked, which the later questions would otherwise each have to win back.
        self.rows.gain = np.zeros(self.rows.n)
        self.rows.constant = 0
        for position, e in enumerate(order):
            if e in self.wait:
                self.rows.gain[self.wait[e]] = position - len(order)

    def hold(self, e: int) -> None:
        if e in self.wait:
            self.rows.upper[self.wait[e]] = 0

    def placing(
        self, group: list[int], lp_only: bool = False
    ) -> np.ndarray | Literal[False] | None:
        """A plan placing at least one of `group` with everyone held, False when there is
        none, None when undecided within the budget. The LP answers first: no fractional
        plan proves "none", a whole one (or one made whole by `_dive`) is a plan; else SCIP.
        `lp_only`: only the LP's "none"."""
        waits = [self.wait[e] for e in group if e in self.wait]
        if len(waits) < len(group):
            return None  # one of them can never wait: not a question this pass asks
        rows = self.rows
        rows.add_row(waits, [1] * len(waits), -np.inf, len(waits) - 1)
        try:
            values = self._lp()
            if rows.infeasible:  # no fractional plan, so no plan
                return False
            if lp_only or values is None:
                return None
            plan = self._dive(values)
            if plan is not None:
                return plan
            seconds = min(self.left, max(INTEGER_LPS * self.lp, INTEGER_MIN_S))
            if seconds <= 0:
                return None
            self.left -= seconds
            found = solve_integer(rows, self.run.clock.cap(seconds), report_infeasible=True)
        finally:
            rows.drop_last_row()
            rows.infeasible = False
        if found is None:
            return None
        return False if found.infeasible else self.extract(found.values)

    def _lp(self) -> np.ndarray | None:
        """The LP's optimum (None when the budget or the clock ran out first; `rows.infeasible`
        when there is none), charged to the budget."""
        if self.left < self.lp or self.run.clock.over():
            return None
        self.left -= self.lp
        # The wall clock only guards a loaded machine: GLOP takes a fraction of this.
        values, _duals, finished = self.rows.solve_exact(self.run.clock.cap(10 * self.lp + 1))
        return values if finished else None

    def _dive(self, values: np.ndarray) -> np.ndarray | None:
        """A valid plan from the LP optimum `values`, when it is whole or becomes whole by
        fixing its largest fractional variable to 1 and solving again, up to `DIVE_STEPS`
        times; None otherwise (no proof of anything: a dive that fails may have fixed wrongly)."""
        rows, fixed = self.rows, list[int]()
        try:
            for _ in range(DIVE_STEPS + 1):
                fractional = np.nonzero(np.abs(values - np.rint(values)) >= INTEGRAL_EPS)[0]
                if not len(fractional):
                    plan = self.extract(np.rint(values).astype(np.int64))
                    return plan if is_valid(self.run.inst, plan) else None
                if len(fixed) == DIVE_STEPS:
                    return None
                j = int(fractional[np.argmax(values[fractional])])
                rows.lower[j] = 1
                fixed.append(j)
                found = self._lp()
                if found is None:
                    return None
                values = found
            return None
        finally:
            rows.lower[fixed] = 0
            rows.infeasible = False


def _could_stand(run: Run, e: int, below: bool = True) -> bool:
    """Whether a plan of the same cost could place `e` with everyone ranked above it who
    stands now: it has somewhere to stand, and someone ranked `below` it stands (such a
    plan waitlists someone standing now, else it would cost less than the least cost)."""
    inst = run.inst
    return below and inst.fixed[e] is None and len(inst.cands[e]) > 0
