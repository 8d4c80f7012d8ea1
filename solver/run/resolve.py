"""A re-solve: the fewest waitlist and moves on the hard rules alone, then the quality with
both held, then the trade-off frontier beyond the minimal-move plan."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
from ortools.sat.python import cp_model

from ..built_model import BuiltModel
from ..evaluate import breakdown, is_valid, moved, total
from ..frontier import LP_GRACE_S, frontier_lps, trace_frontier
from ..instance import Instance
from ..integer_bound import INTEGER_MAX_PAIRS, integer_optimum, integer_solution
from ..lp_bound import LinearRelaxation, LpBound
from ..neighbourhood import total_candidates
from ..progress import is_cancelled
from ..result import FrontierPoint
from ..waitlist import waitlist_ceiling, waitlist_step
from ..waitlist_lp import on_grid, relax_dominant, round_plan, waitlist_line
from .bounds import reaches_lp_bound
from .dominant import betters, dominant, hold_dominant
from .phase import Phase, anneal_from, run_phase, search_around
from .state import Run

# The move-minimising model (hard rules only) stays on every candidate up to this many times
# `max_candidates`: it has no sector variables, so it builds and presolves far faster.
MOVES_MODEL_FACTOR = 4
# The search after each round of the relaxation gets this part of the last one's budget: a
# round's value may be out of reach (the restricted relaxation is fractional), and then the
# search runs to its end.
ROUND_SEARCH_PARTS = 4
INTEGER_S = 1.5  # SCIP's limit for each integer optimum (`integer_bound`), within the clock
LINE_S = 1.0  # GLOP's limit for each extra waitlist line (`_waitlist_lines`), within the clock
LINE_MIN_S = 0.05  # with less left on the clock, no more lines


def resolve(run: Run, model_inst: Instance, best: np.ndarray) -> np.ndarray:
    """Minimise waitlist + moves on the hard rules alone (a much smaller model, on every
    candidate while that stays moderate, so the minimum is proven for the whole problem),
    then hold both and maximise the score on the full model."""
    inst = run.inst
    # The frontier's points come after this search, within the same limit.
    frontier_s = run.params.extra_moves * run.params.frontier_point_s
    limit = max(0.1, run.search_limit() - min(frontier_s, 0.5 * run.search_limit()))
    repaired_at = run.tracker.elapsed()
    whole = total_candidates(inst) <= MOVES_MODEL_FACTOR * run.params.max_candidates
    hard = run.build(inst if whole else model_inst, soft=False, record_rows=whole)
    if is_cancelled(run.cancel):
        return best
    repaired = best
    reached = dominant(inst, best)
    # The relaxation's bound proves the repaired plan's moves fewest in a fraction of a
    # second on most changes, where the search may take the whole phase (measured:
    # docs/benchmarks.md); it holds for the whole problem only on the whole model.
    lowest, rounded = None, None
    found_at: dict[int, float] = {reached: repaired_at}  # waitlist + moves → first plan's time
    if whole and reached != 0:
        seconds = limit * run.params.resolve_share / 2
        early = _Rounds(run, hard, best, found_at, seconds / ROUND_SEARCH_PARTS)
        lowest, share, _done = relax_dominant(hard, run.clock.cap(limit), best, early)
        if dominant(inst, early.best) < lowest and total_candidates(inst) <= INTEGER_MAX_PAIRS:
            # The LP leaves it open; its integer optimum may close it where the search below
            # does not within the phase (the sold-out 200-exhibitor venue: measured,
            # benchmarks/analysis-resolve.md).
            exact = integer_optimum(hard, hard.objective.dominant(), run.clock.cap(INTEGER_S))
            if exact is not None:
                lowest = min(lowest, on_grid(inst, exact))
                run.stats["moves_from_integer"] = 1
        run.stats["moves_relaxation"] = lowest
        run.dominant_ceiling = lowest
        if dominant(inst, early.best) < lowest:
            # From the repaired plan, not the rounds' best: the search keeps everyone else
            # where its start has them, and from a round's plan it missed the fewest moves
            # (the 200 late batch: 9 moves unproven, where from the repaired plan 8, proven).
            rounded = _relaxed_resolve(run, hard, best, share, lowest, seconds)
        if early.best is not best and (
            rounded is None or dominant(inst, early.best) >= dominant(inst, rounded)
        ):
            rounded = early.best
        if rounded is not None:
            found_at.setdefault(dominant(inst, rounded), run.tracker.elapsed())
    if reached == 0 or (lowest is not None and reached >= lowest):
        # Nobody waits and nobody moves, or the relaxation proves no plan costs less: no
        # search needed. (With confirmed exhibitors kept, the core-guided search did not
        # prove even the first within the phase at 400 exhibitors: measured,
        # docs/benchmarks.md.)
        first = Phase(cp_model.OPTIMAL, None, reached, 0.0)
    elif rounded is not None and lowest is not None and dominant(inst, rounded) >= lowest:
        first = Phase(cp_model.OPTIMAL, rounded, lowest, 0.0)
        run.stats["fewest_moves_from_relaxation"] = 1
    else:
        # Core-guided search proves the fewest moves in about a second where the LP-based
        # interleaved search does not in a minute (measured at 400 exhibitors), so this
        # phase always races its workers against the wall clock.
        first = run_phase(
            run,
            hard,
            "dominant",
            best if rounded is None else rounded,
            limit * run.params.resolve_share,
            parallel=True,
            worker="core",
        )
        if rounded is not None and (
            first.assign is None or dominant(inst, rounded) > dominant(inst, first.assign)
        ):
            first = replace(first, assign=rounded)
    reached_now = None if first.assign is None else dominant(inst, first.assign)
    fewer = reached_now is not None and reached_now > reached
    if fewer and lowest is not None and reached_now is not None and reached_now >= lowest:
        first = replace(first, status=cp_model.OPTIMAL)  # it reaches the relaxation's bound
    if fewer:
        best = run.better(best, first.assign, force=True)
    # when a plan of the fewest waitlist and moves reached was first in hand
    run.times["minimal_moves_plan"] = found_at.get(dominant(inst, best), run.tracker.elapsed())
    run.moves_proven = first.status == cp_model.OPTIMAL and (
        whole or run.scope == "full" or reached == 0
    )
    if run.moves_proven:
        run.times["moves_proven"] = run.tracker.elapsed()
        run.dominant_ceiling = dominant(inst, best)
    if is_cancelled(run.cancel):
        return best
    waiting = breakdown(inst, best)["waitlist"]
    if whole and run.params.extra_moves > 0 and waiting < 0:
        run.extra_lines = _waitlist_lines(run, hard, best, waiting)
    # The frontier's LPs start now, beside the quality phase: at 400 exhibitors they need
    # 5–8 s of GLOP in all, more than the frontier's own time (measured).
    run.frontier_lps = frontier_lps(
        inst,
        best,
        params=run.params,
        cap_bound=run.cap_bound(),
        waitlist_lines=run.waitlist_lines(),
        seconds=run.clock.left() + LP_GRACE_S,
    )
    quality_s = max(0.1, limit * (1 - run.params.resolve_share))
    # The LP bound needs the whole problem (a neighbourhood model's would not hold for
    # it), and is worth its CPU only when PDLP can finish within the quality phase.
    pairs = total_candidates(inst)
    with_lp = (
        model_inst is inst
        and pairs <= run.params.lp_bound_max
        and pairs <= run.params.lp_pairs_per_s * run.lp_seconds(quality_s)
    )
    bm = run.build(model_inst, record_rows=with_lp)
    if is_cancelled(run.cancel):
        return best
    if run.params.extra_moves > 0:
        # The frontier's model is this one before the holds below: a copy takes 0.03 s
        # where a second build took 0.6 s at 400 exhibitors (measured).
        run.frontier_model = bm.copy()
    # Reproducible and raced: the raced phase may pick any of several minimal-move plans,
    # so hold only the value it reached and start from the repaired plan; the result then
    # stays the same run after run.
    held_together = fewer and run.params.reproducible
    hold_dominant(bm, inst, best, combined=held_together)
    if with_lp:
        # With everyone but the few movers held at home, the LP is nearly integral: its
        # bound often equals the repaired plan's score and proves it best in a second or
        # two, where CP-SAT's own bound stays far off (measured: docs/benchmarks.md).
        objective = bm.objective.full()
        run.lp = LpBound(lambda: LinearRelaxation(bm.pm, *objective), run.lp_seconds(quality_s))
    hint = repaired
    anneal_share = run.params.anneal_share
    if not held_together:
        # The annealer never takes a step that moves someone off the baseline (a move
        # costs more than any soft gain), so it improves quality with moves held. Below
        # `windows_above` CP-SAT proves this phase in a fraction of a second on its own.
        if anneal_share > 0 and total_candidates(inst) > run.params.windows_above:
            best = anneal_from(run, best, quality_s * anneal_share)
            quality_s = max(0.1, quality_s * (1 - anneal_share))
        hint = best
    second = run_phase(run, bm, "full", hint, quality_s)
    # Reproducible and raced: take the quality phase's plan even when the raced one
    # scored higher, so that the same input always gives the same plan.
    forced = held_together and second.assign is not None
    best = run.better(best, second.assign, force=forced)
    rounded_lp = _fewest_moves_lp_plan(run, best)
    searched = second.status == cp_model.OPTIMAL and rounded_lp is None
    best = best if rounded_lp is None else rounded_lp
    proven = searched or reaches_lp_bound(run, best)
    run.proven = proven and bool(run.moves_proven)
    if run.scope == "full":
        run.scope = "moves_fixed"
    return best


def _fewest_moves_lp_plan(run: Run, best: np.ndarray) -> np.ndarray | None:
    """The frontier's movers' LP for the fewest moves, rounded (`FewestMovesLp`), when it is
    a valid plan that waitlists and moves no more than `best` and scores higher; else None.
    Waited for up to the clock, so that the plan stays the same run after run (when the
    clock ends the wait first, the run says it was cut by the clock). Measured
    (benchmarks/analysis-resolve.md): after a late batch at 200 exhibitors the LP's plan
    scored 973 against the search's 794, where 60 s of search found no better than 794."""
    lps = run.frontier_lps
    if lps is None or is_cancelled(run.cancel):
        return None
    plan = lps.fewest_plan(run.clock.left(), lambda: is_cancelled(run.cancel))
    if is_cancelled(run.cancel):
        return None
    if not lps.fewest.ended.is_set() and run.params.reproducible:
        run.clock.note_cut("movers_lp")  # the clock, not the LP, decided: no promise kept
    if plan is None or not run.keeps_waitlist(plan) or not betters(run.inst, plan, best):
        return None
    run.tracker.plan_found(total(run.inst, plan), plan, solver=False)
    run.stats["plan_from_movers_lp"] = 1
    run.kept = plan
    return plan


def _waitlist_lines(
    run: Run, hard: BuiltModel, best: np.ndarray, reached: int
) -> list[tuple[int, int]]:
    """Lines of `waitlist_ceiling` for the frontier beyond the move weight's: the least
    waitlist of any plan (weight 0), and, when that still lets m + K moves shorten it, the
    waitlist less moves at a weight of half a waitlist step per K moves, which keeps K extra
    moves from paying for an exhibitor where the move weight's line lets them; `reached` is
    `best`'s waitlist term. Each LP is the hard rules' (0.05–0.6 s up to 400 exhibitors,
    measured), within the clock."""
    inst = run.inst
    step = waitlist_step(inst)
    extra = run.params.extra_moves
    cap = len(moved(inst, best)) + extra
    lines: list[tuple[int, int]] = []
    for weight in (0, step // (2 * extra)):
        if weight and not 0 < weight < inst.problem.weights.move:
            continue
        if waitlist_ceiling(lines + run.waitlist_lines(), cap, step) <= reached:
            break  # the waitlist cannot shrink within the frontier already
        seconds = run.clock.cap(LINE_S)
        if is_cancelled(run.cancel) or seconds < LINE_MIN_S:
            break
        line = waitlist_line(hard, weight, seconds)
        if line is not None:
            lines.append(line)
        open_still = waitlist_ceiling(lines + run.waitlist_lines(), cap, step) > reached
        if open_still and total_candidates(inst) <= INTEGER_MAX_PAIRS:
            # The LP is fractional; the integer optimum may close the line (the sold-out 200
            # venue's priority upgrade: 65,000 → 70,000, the plan's, in 1.3 s), and where it
            # does not, its plan shortens the waitlist within the frontier's moves (there
            # after a withdrawal: five moves place one more, which no search found).
            objective = hard.objective.waitlist_less_moves(weight)
            found = integer_solution(hard, objective, run.clock.cap(INTEGER_S))
            if found is not None:
                grid = math.gcd(step, weight)  # every plan's value is a multiple of it
                lines.append((weight, found[0] // grid * grid))
                plan = found[1]
                if is_valid(inst, plan) and len(moved(inst, plan)) <= cap:
                    run.frontier_seeds.append(plan)
    return lines


class _Rounds:
    """Makes a plan of each round of the relaxation's column generation: rounded, then the
    exact search around the rounding (`_relaxed_resolve`, from the repaired plan), up to the
    round's value. It keeps the best (`best`, which starts as the repaired plan): the fewest
    moves often come in the second round, long before the relaxation proves them (measured:
    docs/benchmarks.md)."""

    def __init__(
        self,
        run: Run,
        hard: BuiltModel,
        best: np.ndarray,
        found_at: dict[int, float],
        seconds: float,
    ) -> None:
        self.run, self.hard, self.best, self.found_at = run, hard, best, found_at
        self.repaired, self.seconds = best, seconds
        self.reached = dominant(run.inst, best)

    def __call__(self, share: np.ndarray, value: float) -> None:
        target = on_grid(self.run.inst, value)
        if target <= self.reached:
            # A relaxation no better than the plan in hand: its rounding, at most as good, is
            # not worth 0.07 s (a round of a sold-out venue at 400 exhibitors).
            return
        plan = _relaxed_resolve(self.run, self.hard, self.repaired, share, target, self.seconds)
        if plan is None:
            return
        cost = dominant(self.run.inst, plan)
        if cost > self.reached:
            self.best, self.reached = plan, cost
            self.found_at.setdefault(cost, self.run.tracker.elapsed())


def _relaxed_resolve(
    run: Run, hard: BuiltModel, best: np.ndarray, share: np.ndarray, lowest: int, seconds: float
) -> np.ndarray | None:
    """A plan costing less waitlist and moves than `best`, from the relaxation: rounded
    (`waitlist_lp.round_plan`), then an exact search around what the rounding left in
    doubt while it stays above the bound `lowest`. None when neither does better. Measured:
    a closed section at 50 exhibitors reaches the bound in 0.3 s, where the core-guided
    search took 4 s."""
    inst = run.inst
    found = None
    rounded = round_plan(inst, hard, share)
    # A rounding may leave a confirmed exhibitor out: then it is no plan here.
    if is_valid(inst, rounded) and dominant(inst, rounded) > dominant(inst, best):
        found = best = rounded
    if dominant(inst, best) < lowest and not is_cancelled(run.cancel):
        phase = search_around(
            run, hard, share, best, seconds, lambda a: dominant(inst, a) >= lowest
        )
        if phase.assign is not None and not is_valid(inst, phase.assign):
            run.discarded += 1
        elif phase.assign is not None and dominant(inst, phase.assign) > dominant(inst, best):
            found = phase.assign
    if found is not None:
        run.tracker.plan_found(total(inst, found), found, solver=False)
    return found


def frontier(run: Run, model_inst: Instance, best: np.ndarray) -> list[FrontierPoint]:
    """The trade-off frontier beyond the minimal-move plan `best` (see `frontier`); the
    bound it finds for `best`'s own number of moves goes to `run.bound_at_fewest`."""
    points, run.bound_at_fewest = trace_frontier(
        run.inst,
        model_inst,
        best,
        build=lambda i: run.frontier_model or run.build(i, stats=False),
        params=run.params,
        dropped=run.dropped,
        cancel=run.cancel,
        elapsed=run.tracker.elapsed,
        waitlist_lines=run.waitlist_lines(),
        time_left=run.clock.left,
        cap_bound=run.cap_bound(),
        lps=run.frontier_lps,
        seeds=run.frontier_seeds,
    )
    return points
