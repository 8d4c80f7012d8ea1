"""How the solver runs, and the CP-SAT parameters that follow from it.

The reproducible profile (default, as in the project's settings) gives the same plan for the
same problem and seed on every run: CP-SAT's interleaved search (subsolvers take turns in a
fixed order instead of racing), a fixed random seed, and a *deterministic* time limit (CP-SAT's
own work counter, roughly seconds on this machine) instead of the wall clock; the model is
built from sorted ids. A wall-clock safety net of 3 × the limit + 5 s stops runaway runs (a
run that hits it may differ). The fast profile races subsolvers against the wall clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ortools.sat.python import cp_model

from qods_planner.messages import tr
from qods_planner.model import SolverSettings

from .limits import RESOLVE_LIMIT_S, limit_for

PRESOLVE = ("light", "default", "off")


@dataclass(frozen=True, slots=True)
class SolveParams:
    """Time limit in seconds (deterministic seconds when `reproducible`), seed, workers.

    `presolve`: "light" (one presolve pass, no probing or symmetry: measured 5–10× faster to the
    first CP-SAT plan), "default" or "off". `resolve_share`: the share of the time a re-solve
    spends minimising moves before improving quality. `windows_above`: a fresh solve with more
    (exhibitor, placement) pairs than this improves the plan window by window (measured better
    than one whole model from ~200 exhibitors on). `max_candidates`: above this many pairs a
    re-solve's quality phase keeps, per exhibitor, the candidates nearest its repaired stand.
    `anneal_share`: the share of a fresh solve's time the annealer improves the greedy plan
    before CP-SAT takes over (measured: 30 % better plans at 200–400 exhibitors than CP-SAT
    alone); `anneal_share_windows` the same above `windows_above`, where CP-SAT's windows
    add little after annealing. `lp_bound_max`: up to this many pairs PDLP computes the LP
    bound alongside (≈ 14 s at 400 exhibitors, 77 k pairs; not within a minute at 1,000).
    `lp_pairs_per_s`: a re-solve computes the LP bound of its quality phase only when it has
    at most this many pairs per second of that phase, so that PDLP can finish in it (measured
    beside CP-SAT: 18,600 pairs in 1–4.5 s; 77,566 pairs in 18 s, which a 10 s re-solve would
    only pay for).
    `wall_limit_s`: the wall-clock limit of the whole solve, the time limit when None. Every
    profile stops by it; only a check of reproducibility on a busy machine raises it.
    `waitlist_share`: at most this share of a fresh solve's time goes to minimising the
    waitlist first, on tight venues (it usually ends sooner, with the minimum proven).
    `bound_search_max`: up to this many pairs CP-SAT's LB-tree search tightens the bound on a
    thread while the annealer runs (measured: it helps at 50 exhibitors, ≈ 1,200 pairs, and
    brings nothing at 200, ≈ 18,600).
    `extra_moves`: a re-solve's trade-off frontier reaches from the fewest moves m to m +
    `extra_moves` (0: the minimal-move plan only); `frontier_point_s`: the search time of each
    point beyond m (deterministic seconds when `reproducible`).
    `resolve_limit_s`: a re-solve's time limit is at most this (`for_problem`). The re-solve
    targets are the minimal-move plan within 1 s and the whole frontier within 10 s; at the
    project's default 30 s, re-solves of 200–400 exhibitors showed their frontier after 12–28 s
    and returned the same plans as with 10 s (measured: benchmarks/analysis-resolve.md).
    """

    time_limit_s: float = 30.0
    wall_limit_s: float | None = None
    seed: int = 0
    workers: int = 2
    reproducible: bool = True
    presolve: str = "light"
    resolve_share: float = 0.5
    explain: bool = True
    explain_time_s: float = 2.0
    max_candidates: int = 150_000
    windows_above: int = 10_000
    anneal_share: float = 0.5
    anneal_share_windows: float = 0.8
    lp_bound_max: int = 100_000
    bound_search_max: int = 5_000
    lp_pairs_per_s: int = 4_000
    waitlist_share: float = 0.5
    log: bool = False
    extra_moves: int = 5
    frontier_point_s: float = 1.0
    resolve_limit_s: float = RESOLVE_LIMIT_S

    def __post_init__(self) -> None:
        if not self.time_limit_s > 0:
            raise ValueError(tr("time limit must be > 0 s, got {value}", value=self.time_limit_s))
        if not self.resolve_limit_s > 0:
            raise ValueError(
                tr("time limit must be > 0 s, got {value}", value=self.resolve_limit_s)
            )
        if self.wall_limit_s is not None and not self.wall_limit_s > 0:
            raise ValueError(tr("time limit must be > 0 s, got {value}", value=self.wall_limit_s))
        if self.workers < 1:
            raise ValueError(tr("workers must be ≥ 1, got {value}", value=self.workers))
        if self.presolve not in PRESOLVE:
            raise ValueError(
                tr(
                    "presolve must be one of {choices}, got {value!r}",
                    choices=str(PRESOLVE),
                    value=self.presolve,
                )
            )
        for share in (self.anneal_share, self.anneal_share_windows):
            if not 0 <= share < 1:
                raise ValueError(tr("anneal share must lie in [0, 1), got {value}", value=share))
        if not 0 < self.waitlist_share < 1:
            raise ValueError(
                tr("waitlist share must lie in (0, 1), got {value}", value=self.waitlist_share)
            )
        if not 0 <= self.extra_moves <= 20:
            raise ValueError(
                tr("extra moves must lie in [0, 20], got {value}", value=self.extra_moves)
            )
        if not 0 < self.resolve_share < 1:
            raise ValueError(
                tr("resolve share must lie in (0, 1), got {value}", value=self.resolve_share)
            )

    @property
    def wall_s(self) -> float:
        """The wall-clock limit of the whole solve."""
        return self.time_limit_s if self.wall_limit_s is None else self.wall_limit_s

    def for_problem(self, is_resolve: bool) -> SolveParams:
        """The parameters a solve runs with: a re-solve's time limit is at most
        `resolve_limit_s`; a fresh solve's is the time limit."""
        limit = limit_for(self.time_limit_s, is_resolve, self.resolve_limit_s)
        return self if limit == self.time_limit_s else replace(self, time_limit_s=limit)

    @classmethod
    def from_settings(cls, settings: SolverSettings, **overrides: object) -> SolveParams:
        """The project's solver settings, with any field overridden by keyword."""
        base = cls(
            time_limit_s=float(settings.time_limit_s),
            seed=settings.seed,
            workers=settings.workers,
            reproducible=settings.reproducible,
            extra_moves=settings.extra_moves,
        )
        return replace(base, **overrides) if overrides else base  # type: ignore[arg-type]  # fields checked by __post_init__


def cp_parameters(
    params: SolveParams,
    time_limit_s: float,
    *,
    workers: int | None = None,
    full_worker: str = "max_lp",
):
    """A `CpSolver` configured for one phase of `time_limit_s` seconds. `full_worker` is the
    subsolver that works on the whole problem: "max_lp" (the bound of the score) or "core"
    (core-guided search, which proves the fewest moves of a re-solve quickly)."""
    solver = cp_model.CpSolver()
    p = solver.parameters
    p.num_workers = workers or params.workers
    p.random_seed = params.seed
    p.log_search_progress = params.log
    # Full-problem worker with the whole LP (at-most-ones included): the only way the bound
    # moves on this model; default_lp's LP leaves the assignment constraints out.
    if p.num_workers > 1:
        p.subsolvers.append(full_worker)
    if params.reproducible:
        p.interleave_search = True
        p.max_deterministic_time = time_limit_s
        p.max_time_in_seconds = 3 * time_limit_s + 5
    else:
        p.max_time_in_seconds = time_limit_s
    if params.presolve == "light":
        p.cp_model_probing_level = 0
        p.max_presolve_iterations = 1
        p.symmetry_level = 0
    elif params.presolve == "off":
        p.cp_model_presolve = False
    return solver


def waitlist_parameters(params: SolveParams, time_limit_s: float):
    """A `CpSolver` for the waitlist-first phase: one worker, CP-SAT's default search and
    presolve. Measured on tight venues of 200 exhibitors: it proves the minimum waitlist in
    6–10 s, where the reproducible two-worker portfolio with light presolve had not found it
    in 20 s. One worker is deterministic, so a reproducible run only swaps the wall-clock
    limit for a deterministic one."""
    solver = cp_model.CpSolver()
    p = solver.parameters
    p.num_workers = 1
    p.random_seed = params.seed
    p.log_search_progress = params.log
    if params.reproducible:
        p.max_deterministic_time = time_limit_s
        p.max_time_in_seconds = 3 * time_limit_s + 5
    else:
        p.max_time_in_seconds = time_limit_s
    return solver
