"""A true reason for every waitlisted exhibitor, within a time budget.

Cheapest first: no place fits at all; a counting certificate (more exhibitors than the booths
that fit them hold); the whole problem asked which of the rest any plan with a waitlist (and
on re-solve, moves) no costlier than this one's could place — one question settles many, and
a "none of these" settles all that are left; then a small "can it be placed too?" question
around each exhibitor still open (an infeasible core, or a yes). Only a proven "no" allows
"taken by exhibitors placed first"; a "yes" says whom placing it would waitlist; no answer in
time says so ("not analysed in time").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

import numpy as np
from ortools.sat.python import cp_model

from qods_planner.messages import tr

from .evaluate import owners
from .explain import (
    CoreFinder,
    capacity_core,
    complete_lists,
    local_instance,
    names,
    no_candidate_reason,
    phrase_core,
    placed_model,
    plan_reason,
)
from .instance import Instance
from .placement_board import Board
from .sector_caps import cap_reason
from .waitlist import waitlist_cost

QUERY_S = 0.5  # at most per waitlisted exhibitor
MARGIN_S = 0.1  # kept back so that building a model and phrasing stay within the budget
# A local question larger than this takes more than a second to build (measured at 2,000
# exhibitors); its exhibitor goes on to the whole-problem question, or is not analysed.
LOCAL_MAX_CANDIDATES = 40_000
# The whole-problem question is built only up to this many candidates (≈ 1 s to build).
WHOLE_MAX_CANDIDATES = 100_000


class PlacementQuestion:
    """The whole problem, hard rules only, with its dominant cost (waitlist, and moves on a
    re-solve) held at most at the plan's: "is there such a plan that places e?"."""

    def __init__(self, inst: Instance, assign: np.ndarray) -> None:
        self.inst = inst
        self.bm, self.placed = placed_model(inst)
        pm = self.bm.pm
        variables, points, constant = self.bm.objective.dominant()
        values = np.asarray(self.bm.v.values(assign), dtype=np.int64)
        reached = constant + int(np.dot(np.asarray(points), values[np.asarray(variables)]))
        most = int(sum(p for p in points if p > 0))
        pm.linear(list(variables), list(points), reached - constant, max(most, reached - constant))
        self.bm.hint(assign)

    def placeable(self, among: list[int], time_s: float, seed: int):
        """Which of `among` some plan of no greater cost places: (plan, placed) for a plan
        placing the most of them (placed empty: none can be, proven), or None when time ran
        out before a plan placing any was found or the proof."""
        pm = self.bm.pm
        pm.set_objective([self.placed[e] for e in among], [1] * len(among), 0)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_time_in_seconds = max(0.05, time_s)
        solver.parameters.random_seed = seed
        status = solver.solve(pm.model)
        if status not in (cp_model.FEASIBLE, cp_model.OPTIMAL):
            return None
        plan = self.bm.v.extract(np.asarray(solver.response_proto.solution, dtype=np.int64))
        placed = [e for e in among if plan[e] >= 0]
        if not placed and status != cp_model.OPTIMAL:
            return None
        return plan, placed


def waitlist_reasons(
    inst: Instance,
    assign: np.ndarray,
    *,
    budget_s: float,
    seed: int,
    resolve: bool,
    proven: bool = False,
) -> dict[int, tuple[str, str]]:
    """(short, complete) reason for every waitlisted exhibitor, within about `budget_s`
    seconds. The short one shortens long lists of names and booths; the complete one lists
    every one. `proven`: the plan's waitlist (and moves, on re-solve) is proven minimal, so a
    plan placing a waitlisted exhibitor must waitlist someone else at least as costly."""
    deadline = time.perf_counter() + budget_s - MARGIN_S
    waiting = [e for e in range(inst.n_ex) if assign[e] < 0]
    phrases: dict[int, Callable[[], str]] = {}
    for e in waiting:
        if not len(inst.cands[e]):
            phrases[e] = partial(no_candidate_reason, inst, e)
        elif (full := cap_reason(inst, e, assign)) is not None:
            phrases[e] = partial(str, full)
    rest = sorted((e for e in waiting if e not in phrases), key=lambda e: (-inst.wcost[e], e))
    counted: dict = {}
    for e in rest:
        found = capacity_core(inst, e, counted) if time.perf_counter() < deadline else None
        if found is not None:
            phrases[e] = partial(phrase_core, inst, *found)
    owner = owners(inst, assign)
    open_ = [e for e in rest if e not in phrases]
    answers = _ask_whole(inst, assign, open_, deadline, seed)
    if not resolve:
        unanswered = [e for e in open_ if e not in answers]
        answers.update(_swaps(inst, assign, unanswered, deadline))
    for e, answer in answers.items():
        phrases[e] = partial(_answered, inst, e, assign, owner, answer, resolve, proven)
    # A core says who competes for what, better than "placed first": worth asking for the
    # proven ones too, while time is left.
    for e in (e for e in rest if e not in phrases or answers.get(e) is False):
        left = deadline - time.perf_counter()
        local = local_instance(inst, e, assign) if left > 4 * MARGIN_S else None
        if local is not None and sum(len(c) for c in local.cands) <= LOCAL_MAX_CANDIDATES:
            core = CoreFinder(local).core(e, assign, min(QUERY_S, left - 3 * MARGIN_S), seed)
            if core and not _all_free(inst, local, core):
                core = None  # it holds only with the outsiders kept on their stands
            if core:
                phrases[e] = partial(phrase_core, local, core)
                continue
            if core == []:
                phrases[e] = partial(_room, inst, e, assign, owner, resolve)
                continue
        if e not in phrases:
            phrases[e] = partial(_answered, inst, e, assign, owner, None, resolve, proven)
    out = {}
    for e, phrase in phrases.items():
        short = phrase()
        with complete_lists():
            out[e] = (short, phrase())
    return out


def _ask_whole(inst, assign, among: list[int], deadline: float, seed: int) -> dict:
    """Exhibitor -> a plan that places it (no costlier than `assign`) or False (no such plan),
    for as many of `among` as the time allows: each question asks for a plan placing the
    most of those still open, so one answer settles many."""
    answers: dict = {}
    pairs = sum(len(c) for c in inst.cands)
    # Building it takes about 1 s per 100,000 pairs: start only with time to ask as well.
    if not among or deadline - time.perf_counter() < 4 * MARGIN_S + pairs / 100_000:
        return answers
    if pairs > WHOLE_MAX_CANDIDATES:
        return answers
    question = PlacementQuestion(inst, assign)
    left = list(among)
    while left:
        time_s = deadline - time.perf_counter() - MARGIN_S
        if time_s < MARGIN_S:
            break
        found = question.placeable(left, time_s, seed)
        if found is None:
            break
        plan, placed = found
        if not placed:
            answers.update(dict.fromkeys(left, False))
            break
        answers.update(dict.fromkeys(placed, plan))
        left = [e for e in left if e not in placed]
    return answers


def _swaps(inst: Instance, assign: np.ndarray, among: list[int], deadline: float) -> dict:
    """Exhibitor -> a plan that places it instead of one holder of a candidate stand whose
    waitlisting costs no more (fresh solves): a plan of no greater waitlist cost placing it,
    found in milliseconds where the whole-problem question is too big to ask in time."""
    answers: dict = {}
    if not among:
        return answers
    board = Board(inst)
    for o, p in enumerate(assign):
        if p >= 0:
            board.place(o, int(p))
    for e in among:
        if time.perf_counter() > deadline:
            break
        for p in inst.cands[e].tolist():
            holders = board.occupants(p)
            if len(holders) != 1:
                continue
            (o,) = holders
            if inst.fixed[o] is not None or inst.wcost[o] > inst.wcost[e]:
                continue
            board.remove(o)
            if board.can_take(e, p):
                plan = np.asarray(assign).copy()
                plan[o], plan[e] = -1, p
                answers[e] = plan
            board.place(o, int(assign[o]))
            if e in answers:
                break
    return answers


def _room(inst: Instance, e: int, assign: np.ndarray, owner: np.ndarray, resolve: bool) -> str:
    """A plan placing everyone placed now and `e` too exists: the search ended first (fresh), or
    the moves it takes cost more than placing gains (re-solve)."""
    return plan_reason(inst, e, assign, owner) + (
        tr("; making room would move other exhibitors, which costs more than it gains")
        if resolve
        else tr("; room could be made by moving others, but the search ended first")
    )


def _all_free(inst: Instance, local: Instance, core: list[int]) -> bool:
    """Every member of the core kept all its candidates in the local question."""
    return all(len(local.cands[m]) == len(inst.cands[m]) for m in core)


def _answered(inst, e, assign, owner, answer, resolve: bool, proven: bool = False) -> str:
    if answer is None:
        return plan_reason(inst, e, assign, owner) + tr(
            "; not analysed in time whether another plan could place it"
        )
    if answer is False:
        return plan_reason(inst, e, assign, owner, proven=True) + (
            tr("; no plan that waitlists and moves no more places it")
            if resolve
            else tr("; no plan with a waitlist as short places it")
        )
    if waitlist_cost(inst, answer) < waitlist_cost(inst, assign) and not resolve:
        return _room(inst, e, assign, owner, resolve)
    instead = [o for o in range(inst.n_ex) if answer[o] < 0 and assign[o] >= 0]
    if not instead:
        return plan_reason(inst, e, assign, owner) + tr(
            "; it could be placed only by moving others, at a cost at least as high"
        )
    if proven:
        return plan_reason(inst, e, assign, owner) + tr(
            "; it could be placed only by waitlisting someone of equal or higher priority"
            " ({names})",
            names=names(inst, instead),
        )
    return plan_reason(inst, e, assign, owner) + tr(
        "; it could be placed by waitlisting others instead ({names})", names=names(inst, instead)
    )
