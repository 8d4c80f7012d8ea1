"""The trade-off frontier of a re-solve: the best plan with the fewest moves m, then with at
most m + 1, m + 2, … m + K moves — what each extra move buys, for the organiser to choose.

Every point holds the waitlist at most as costly as the minimal-move plan's (no point waitlists
more to gain quality) and every hard rule, confirmed exhibitors included. Its *score* is the
plan's score without the moves penalty (what the plan is worth on the floor; the full score,
`objective`, subtracts the move weight per move). One CP-SAT model serves every point: the
moves cap is one linear constraint whose bound is raised point by point, and each search is
hinted with the previous point's plan (valid under the looser cap), so a point never scores
below the one before. Presolve is off for these searches: with it, CP-SAT spent a point's whole
budget presolving the 200-exhibitor model and returned no plan (measured); without it the hint
is the first plan at once. A point is `proven` when CP-SAT closes its search or its score reaches
the lowest valid bound (CP-SAT's, counting's, the reference plan's for its cap, the movers' LP),
else it carries the gap to that bound.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

import numpy as np
from ortools.sat.python import cp_model

from .bound import counting_bound
from .built_model import BuiltModel
from .change_list import list_changes
from .evaluate import breakdown, is_valid, moved
from .instance import Instance
from .lp_bound import BoundStep, LinearRelaxation, LpBounds, WarmGlop, fresh_bound
from .move_bound import MoveBound
from .movers_lp import CapRows, cap_relaxation, cap_rows_relaxation, rounded_plan
from .neighbourhood import total_candidates
from .params import SolveParams, cp_parameters
from .progress import CancelFlag, Watchdog, is_cancelled
from .relocate import Relocations, quality
from .result import FrontierPoint, WaitlistEntry
from .waitlist import waitlist_ceiling, waitlist_step
from .why_waitlisted import waitlist_reasons


def point_of(
    inst: Instance,
    assign: np.ndarray,
    *,
    cap: int,
    bound: int | None,
    proven: bool,
    seconds: float,
    changes: tuple,
    waitlist: tuple,
) -> FrontierPoint:
    """A frontier point for plan `assign` under a cap of `cap` moves; `bound` is an upper
    bound on the score (without moves) at that cap; `seconds` since the solve started."""
    terms = breakdown(inst, assign)
    score = sum(v for k, v in terms.items() if k != "moves")
    floor = score - terms["waitlist"]
    proven = proven or (bound is not None and score >= bound)  # the plan reaches a bound
    if proven:
        bound = score
    # Relative to what the stands earn on the floor: a long waitlist makes the score itself
    # negative, and a gap or a gain relative to it would mean nothing.
    gap = None if bound is None else max(0.0, (bound - score) / max(1, abs(floor)))
    stands = {inst.ex[e].id: inst.stand(int(p)) for e, p in enumerate(assign) if p >= 0}
    return FrontierPoint(
        moves=cap,
        moved=len(moved(inst, assign)),
        score=score,
        floor=floor,
        objective=sum(terms.values()),
        bound=bound,
        proven=proven,
        gap=gap,
        seconds=seconds,
        stands=stands,
        changes=changes,
        waitlist=waitlist,
    )


def trace_frontier(
    inst: Instance,
    model_inst: Instance,
    best: np.ndarray,
    *,
    build: Callable[..., BuiltModel],
    params: SolveParams,
    dropped: dict[int, str],
    cancel: CancelFlag | None,
    elapsed: Callable[[], float],
    waitlist_lines: list[tuple[int, int]] | None = None,
    time_left: Callable[[], float] | None = None,
    cap_bound: MoveBound | None = None,
    lps: CapLps | None = None,
    seeds: list[np.ndarray] | None = None,
) -> tuple[list[FrontierPoint], int | None]:
    """The points m + 1 … m + `params.extra_moves` after the minimal-move plan `best` (whose
    point the caller makes from the main search's result). `model_inst` is the instance the
    model is built on (a neighbourhood model on large problems: its points are then not
    proven for the whole problem). `waitlist_lines`: lines (w, c) with waitlist − w × moves
    ≤ c in every valid plan (`waitlist_ceiling`), which bound what extra moves can save on
    the waitlist.

    Bounds, the lowest that holds: CP-SAT's for the point; for the stands and pairs,
    counting's or the reference plan's bound for the cap (`move_bound`), plus the waitlist
    the cap allows (`waitlist_ceiling`); and the movers' LPs (`lps`, from `frontier_lps`:
    the caller starts them early, this waits for them, as long as when it started them
    itself, and stops them). A bound for a looser cap holds for every tighter one (a
    tighter cap only lowers the best score), so each point also takes every later point's
    bound. `seeds`: valid plans (the waitlist lines' integer plans) each point with enough
    moves for them also starts from.
    """
    extra = params.extra_moves
    if extra <= 0 or is_cancelled(cancel):
        return [], None
    began = time.perf_counter()
    m = len(moved(inst, best))
    reached = breakdown(inst, best)
    lines = usable_lines(inst, best, waitlist_lines)
    whole = model_inst is inst
    budget = extra * params.frontier_point_s
    bm = build(model_inst)
    terms = bm.objective.terms()
    wait_vars, wait_points, wait_const = terms["waitlist"]
    move_vars, move_points, move_const = terms["moves"]
    weight = inst.problem.weights.move
    step = waitlist_step(inst)
    wait_row = None
    if len(wait_vars):
        # Its ceiling is set per cap, below. The lines themselves as rows (waitlist − w ×
        # moves ≤ c) cost CP-SAT its bound: at 50 exhibitors, a new competitor pair allowed
        # to evict, m + 5 went from 3.5 % to 460 % with them (measured); the LPs take them.
        wait_row = len(bm.pm.proto.constraints)
        bm.pm.linear(wait_vars.tolist(), wait_points.tolist(), reached["waitlist"] - wait_const, 0)
    cap_row = len(bm.pm.proto.constraints)
    most = int(move_points.sum())
    # moves ≤ cap  ⇔  const + Σ points·keep ≥ −weight·cap
    bm.pm.linear(move_vars.tolist(), move_points.tolist(), -weight * (m + extra) - move_const, most)
    parts = [t for rule, t in terms.items() if rule != "moves"]
    variables = np.concatenate([p[0] for p in parts])
    points = np.concatenate([np.asarray(p[1], dtype=np.int64) for p in parts])
    constant = int(sum(p[2] for p in parts))
    bm.pm.set_objective(variables.tolist(), points.tolist(), constant)
    soft_bound = counting_bound(inst, soft_only=True)
    caps: list[int] = [] if lps is None else lps.caps
    lp_values: list[int | None] = [None] * len(caps)
    found_points: list[tuple[int, np.ndarray, bool, int | None, float]] = []
    current = best
    relocations = Relocations(inst)
    try:
        for k in range(1, extra + 1):
            if is_cancelled(cancel):
                break
            cap = m + k
            bm.pm.proto.constraints[cap_row].linear.domain[0] = -weight * cap - move_const
            if wait_row is not None:
                domain = bm.pm.proto.constraints[wait_row].linear.domain
                ceiling = waitlist_ceiling(lines, cap, step) - wait_const
                domain[1] = max(domain[0], ceiling)
            # From the point before and from the minimal-move plan: a chain needs two moves,
            # which the point before may have spent on a single one.
            starts = [current] if current is best else [current, best]
            # ... and from any valid plan found elsewhere within the cap (`seeds`), keeping
            # the waitlist no costlier than the minimal-move plan's
            starts += [
                s
                for s in seeds or ()
                if len(moved(inst, s)) <= cap
                and breakdown(inst, s)["waitlist"] >= reached["waitlist"]
            ]
            current = max(
                (relocations.relocate(start, cap) for start in starts),
                key=lambda plan: quality(inst, plan),
            )
            # Out of time, a point still gets its relocations and its bounds (a fraction of a
            # second): the organiser is shown every point the settings ask for.
            left = None if time_left is None else time_left() / (extra - k + 1)
            status, solver = cp_model.UNKNOWN, None
            if left is None or left >= MIN_SEARCH_S:
                bm.hint(current)
                solver = cp_parameters(replace(params, presolve="off"), params.frontier_point_s)
                if left is not None:  # the wall clock holds here too
                    solver.parameters.max_time_in_seconds = min(
                        solver.parameters.max_time_in_seconds, left
                    )
                with Watchdog(solver, cancel):
                    status = solver.solve(bm.pm.model)
            found = None
            if solver is not None and status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                found = bm.v.extract(np.asarray(solver.response_proto.solution, dtype=np.int64))
            if (
                found is not None
                and is_valid(inst, found)
                and len(moved(inst, found)) <= cap
                and quality(inst, found) >= quality(inst, current)
            ):
                current = found
            proven = status == cp_model.OPTIMAL and whole and not is_cancelled(cancel)
            bounds = []
            waitlist_cap = waitlist_ceiling(lines, cap, step)
            if whole:
                bounds.append(soft_bound + waitlist_cap)
            floor_cap = None if cap_bound is None else cap_bound.bound(cap)
            if floor_cap is not None:  # valid for the whole problem, whatever the model
                bounds.append(floor_cap + waitlist_cap)
            if solver is not None and status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and whole:
                # CP-SAT's bound means something only once its search has a plan.
                bounds.append(int(np.floor(solver.best_objective_bound + 1e-6)))
            found_points.append((cap, current, proven, min(bounds) if bounds else None, elapsed()))
        if lps is not None and not is_cancelled(cancel):
            # as long as when the frontier started them itself, with its own budget
            wait = began + budget + 1.0 - time.perf_counter()
            if time_left is not None:  # the LP may finish a little after the clock
                wait = min(wait, max(LP_GRACE_S, time_left()))
            lp_values = lps.lps.results(wait)  # the waitlist is in these LPs
    finally:
        if lps is not None:
            lps.lps.stop()
            lps.lps.join(LP_JOIN_S)  # a process must not exit while GLOP runs on its thread
    # A bound for a looser cap holds for every tighter one (a tighter cap only lowers the best
    # score): each point takes the lowest bound of its own and every later point's.
    lp_at: dict[int, int] = {}
    for cap, value in zip(caps, lp_values, strict=True):
        if value is not None:
            lp_at[cap] = min(value, lp_at.get(cap, value))
    looser = None
    tightened = []
    for cap, plan, proven, bound, seconds in reversed(found_points):
        for other in (looser, lp_at.get(cap)):
            if other is not None:
                bound = other if bound is None else min(bound, other)
        looser = bound
        tightened.append((cap, plan, proven, bound, seconds))
    # ... and so do the minimal-move plan's point, which the caller makes
    at_m = min((b for b in (lp_at.get(m), looser) if b is not None), default=None)
    points_out: list[FrontierPoint] = []
    for cap, plan, proven, bound, seconds in reversed(tightened):
        reasons = waitlist_reasons(inst, plan, budget_s=0.0, seed=params.seed, resolve=True)
        waitlist = tuple(
            WaitlistEntry(inst.ex[e].id, inst.ex[e].name, reasons[e][1], reasons[e][0])
            for e in sorted(reasons)
        )
        points_out.append(
            point_of(
                inst,
                plan,
                cap=cap,
                bound=bound,
                proven=proven,
                seconds=seconds,
                changes=list_changes(inst, plan, dropped, {e: r[1] for e, r in reasons.items()}),
                waitlist=waitlist,
            )
        )
    return points_out, at_m


@dataclass(frozen=True)
class CapLps:
    """The frontier's movers' LPs (`frontier_lps`), solving on their thread: the bound for
    at most `caps[i]` moves is `lps.values[i]` once solved; `fewest` is the first of them,
    for the fewest moves, with its plan."""

    caps: list[int]
    lps: LpBounds
    fewest: FewestMovesLp

    def fewest_plan(self, wait_s: float, cancelled: Callable[[], bool]) -> np.ndarray | None:
        """`fewest`'s plan, waiting at most `wait_s` seconds for its step to end; None at
        once when the LPs' thread ended without it, or on a cancel."""
        deadline = time.perf_counter() + wait_s
        while not self.fewest.ended.wait(WAIT_SLICE_S):
            if self.lps.done() or cancelled() or time.perf_counter() >= deadline:
                break
        return self.fewest.found


class FewestMovesLp:
    """The movers' LP for the fewest moves m as a step of `LpBounds`: its bound, and its
    solution rounded to a plan (`found`, once `ended`; None unless GLOP finished). GLOP is
    deterministic, so the plan is the same run after run whenever the step ends before the
    wait for it does (`CapLps.fewest_plan`)."""

    def __init__(self, build: Callable[[], tuple[LinearRelaxation, CapRows]], mb: MoveBound):
        self.build, self.mb = build, mb
        self.found: np.ndarray | None = None
        self.ended = threading.Event()

    def step(self, left: float, box: list, stopped: threading.Event) -> int | None:
        try:
            started = time.perf_counter()
            relaxation, rows = self.build()
            left -= time.perf_counter() - started
            if stopped.is_set() or left <= 0:
                return None
            values, duals, optimal = relaxation.solve_exact(left, box=box)
            if optimal and not stopped.is_set():
                self.found = rounded_plan(self.mb, rows, values)
            return relaxation.bound(duals)
        finally:
            self.ended.set()


def usable_lines(
    inst: Instance, best: np.ndarray, waitlist_lines: list[tuple[int, int]] | None
) -> list[tuple[int, int]]:
    """The lines of `waitlist_lines` the minimal-move plan `best` keeps. One it broke would
    be a bug: it would leave the movers' LPs without a solution, and a ceiling below the plan
    would make CP-SAT's model infeasible, on which CP-SAT without presolve aborts the
    process (seen with a broken row in a test)."""
    m = len(moved(inst, best))
    waiting = breakdown(inst, best)["waitlist"]
    return [(w, c) for w, c in waitlist_lines or () if waiting - w * m <= c]


def frontier_lps(
    inst: Instance,
    best: np.ndarray,
    *,
    params: SolveParams,
    cap_bound: MoveBound,
    waitlist_lines: list[tuple[int, int]] | None,
    seconds: float,
) -> CapLps | None:
    """The movers' LPs (`cap_relaxation`, the waitlist in them) for the frontier after the
    minimal-move plan `best`, started on a thread for at most `seconds`: first m's, whose
    plan the quality phase's may yield to (`FewestMovesLp`; the smallest LP: under 0.1 s at
    400 exhibitors but for a late batch); of the loosest cap m + K with pairs halved, as its
    bound holds for every point (0.2–1 s of GLOP at 400); then with pairs whole, m + 1 as
    its own LP, m + K (1–3.6 s at 400), and m + K − 1 … m + 2 from m + K's basis, the cap
    lowered (`WarmGlop`: 0.3–0.5 s a cap at 400, where each took 1.5–2.9 s as its own LP,
    so that at 400 they had not all finished within a 10 s re-solve). GLOP releases the GIL
    and a build takes 0.06–0.2 s at 400 (measured): the searches beside them are not held
    back. None without extra moves, or above `params.lp_bound_max` candidate pairs. They hold
    for the whole problem whatever model is searched."""
    extra = params.extra_moves
    if extra <= 0 or total_candidates(inst) > params.lp_bound_max:
        return None
    m = len(moved(inst, best))
    lines = usable_lines(inst, best, waitlist_lines)
    loosest = m + extra

    def lp(cap: int, whole_pairs: bool = True) -> LinearRelaxation:
        return cap_relaxation(cap_bound, inst, cap, whole_pairs=whole_pairs, waitlist_lines=lines)

    def loosest_lp() -> tuple[LinearRelaxation, Callable[[int], dict[int, float]]]:
        relaxation, rows = cap_rows_relaxation(cap_bound, inst, loosest, waitlist_lines=lines)
        return relaxation, rows.sides

    warm = WarmGlop(loosest_lp)
    fewest = FewestMovesLp(
        partial(cap_rows_relaxation, cap_bound, inst, m, waitlist_lines=lines), cap_bound
    )
    tight = list(range(m + 1, min(m + 2, loosest)))  # small LPs, solved as their own
    from_loosest = list(range(loosest - 1, m + 1, -1))  # from the loosest's basis
    caps = [m, loosest, *tight, loosest, *from_loosest]
    steps: list[BoundStep] = [
        fewest.step,
        fresh_bound(partial(lp, loosest, False)),
        *(fresh_bound(partial(lp, c)) for c in tight),
        warm.step(),
        *(warm.step(c) for c in from_loosest),
    ]
    return CapLps(caps, LpBounds(steps, seconds), fewest)


MIN_SEARCH_S = 0.05  # below this share of the clock, a point is relocations only
LP_JOIN_S = 1.0  # at most this long for the stopped LP's thread to end
LP_GRACE_S = 1.0  # the movers' LP is waited for this long past the clock (0.25–1.3 s measured)
WAIT_SLICE_S = 0.05  # how often a wait for the fewest moves' LP looks for a cancel
