"""Measure one instance in its own process (so peak memory is the instance's own) and print
one JSON document: fresh solve with objective/bound checkpoints, re-solves per change kind,
explanations on the clash variant, cancel latency.

    python -m benchmarks.one INSTANCE.qods.json.gz --limit 60 --resolve-limit 10 [--compare]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import threading
import time
from pathlib import Path

from qods_planner.snapshot import build_problem
from qods_planner.validation import check, score
from solver import SolveParams, solve

from .changes import APPLY, KINDS
from .instances import load

CHECKPOINTS = (1, 5, 10, 30, 60)


def fresh(project, params: SolveParams) -> dict:
    trace: list[tuple[float, int | None, int | None]] = []
    start = time.perf_counter()
    problem = build_problem(project, fresh=True)
    snapshot_s = time.perf_counter() - start
    result = solve(
        problem, params, on_progress=lambda p: trace.append((p.seconds, p.objective, p.bound))
    )
    report = check(project, result.plan)
    at = {}
    for c in CHECKPOINTS:
        if c > params.time_limit_s + 1e-9:
            continue
        seen = [(o, b) for s, o, b in trace if s <= c]
        at[str(c)] = {
            "objective": seen[-1][0] if seen else None,
            "bound": next((b for _o, b in reversed(seen) if b is not None), None),
        }
    greedy = result.greedy_objective
    return {
        "status": result.status.value,
        "exhibitors": len(problem.exhibitors),
        "booths": len(problem.booths),
        "snapshot_s": snapshot_s,
        "first_plan_s": result.times.first_plan,
        "first_plan_incl_snapshot_s": snapshot_s + result.times.first_plan,
        "build_s": result.times.build,
        "first_solver_plan_s": result.times.first_solver_plan,
        "total_s": result.times.total,
        "objective": result.objective,
        "bound": result.bound,
        "bound_scope": result.bound_scope,
        "gap": result.gap,
        "greedy": greedy,
        "ratio_to_greedy": (result.objective / greedy) if greedy and greedy > 0 else None,
        "at": at,
        "valid": report.ok and report.score.total == result.objective,
        "waitlisted": len(result.waitlist),
        "model": dict(result.stats),
        "plans_found": result.plans_found,
        "cut_by_clock": list(result.cut_by_clock),
    }, result


def resolve_kinds(path: Path, solved_plan, params: SolveParams, compare: bool, kinds=KINDS) -> dict:
    """Each change kind applied to the solved plan, published first (as organisers do before
    last-minute changes), then re-solved: moves, proofs, the frontier, quality lost."""
    out = {}
    for kind in kinds:
        p = load(path)
        p.set_plan(solved_plan)
        p.set_baseline(solved_plan)  # published: moves count against it, its exhibitors stay
        APPLY[kind](p)
        previous = p.baseline
        problem = build_problem(p)
        result = solve(problem, params)
        refused = None
        if result.plan is None:
            # Confirmed exhibitors cannot all keep a stand: the solver says why; the organiser
            # would then allow evictions for this run, which is what is measured.
            refused = list(result.explanation)
            problem = build_problem(p, keep_confirmed=False)
            result = solve(problem, params)
        if result.plan is None:
            # Not even with evictions: the hard rules themselves cannot all hold after the
            # change. Recorded as such; the report shows "no plan" and leaves it out of the
            # figures a plan is judged by.
            out[kind] = {
                "status": result.status.value,
                "no_plan": True,
                "refused": refused,
                "explanation": list(result.explanation),
                "total_s": result.times.total,
            }
            continue
        report = check(p, result.plan, previous=previous)
        quality = result.objective - result.breakdown["moves"]
        entry = {
            "status": result.status.value,
            "moves": result.moves,
            "moves_proven_minimal": result.moves_proven_minimal,
            "minimal_moves_plan_s": result.times.minimal_moves_plan,
            "moves_proven_s": result.times.moves_proven,
            "total_s": result.times.total,
            "quality": quality,
            "bound": result.bound,
            "bound_scope": result.bound_scope,
            "gap": result.gap,
            "valid": report.ok and score(p, result.plan, previous).total == result.objective,
            "changes": len(result.changes),
            "evicted": len(result.evicted),
            "refused": refused,
            "confirmed": len(problem.confirmed),
            "confirmed_kept": sum(1 for e in problem.confirmed if e in (result.stands or {})),
            "published": len(previous.stands),
            "frontier": [_point(f) for f in result.frontier],
            "frontier_s": result.frontier[-1].seconds if result.frontier else None,
            "cut_by_clock": list(result.cut_by_clock),
        }
        if compare:
            again = solve(build_problem(p, fresh=True), params)
            entry["fresh_quality"] = again.objective
            entry["quality_loss"] = (again.objective - quality) / max(1, abs(again.objective))
            for point in entry["frontier"]:
                point["loss"] = (again.objective - point["score"]) / max(1, abs(again.objective))
        out[kind] = entry
    return out


def _point(point) -> dict:
    """A frontier point as the benchmark records it (its plan left out)."""
    return {
        "moves": point.moves,
        "moved": point.moved,
        "score": point.score,
        "floor": point.floor,
        "proven": point.proven,
        "gap": point.gap,
        "seconds": point.seconds,
    }


def explain(path: Path, params: SolveParams) -> dict | None:
    clash = path.with_name(path.name.replace(".qods.json.gz", "-clash.qods.json.gz"))
    if not clash.exists():
        return None
    project = load(clash)
    result = solve(build_problem(project, fresh=True), params)
    reasons = [w.reason for w in result.waitlist]
    return {
        "waitlisted": len(reasons),
        "with_reason": sum(1 for r in reasons if r),
        "from_cores": sum(1 for r in reasons if " exhibitors (" in r),
        "explain_s": result.times.explain,
        "example": reasons[0] if reasons else None,
    }


def cancel_latency(project, after_s: float = 1.0) -> dict:
    cancel = threading.Event()
    asked: list[float] = []

    def ask() -> None:
        asked.append(time.perf_counter())
        cancel.set()

    timer = threading.Timer(after_s, ask)
    problem = build_problem(project, fresh=True)
    timer.start()
    result = solve(problem, SolveParams(time_limit_s=120, reproducible=False), cancel=cancel)
    returned = time.perf_counter()
    timer.cancel()
    return {
        "status": result.status.value,
        "latency_s": returned - asked[0] if asked else None,
        "has_plan": result.plan is not None,
    }


def _commit() -> str:
    """The code measured (git's short id; "+" when the working tree differs)."""
    root = Path(__file__).resolve().parents[1]
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=root
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "solver", "qods_planner"],
        capture_output=True,
        text=True,
        cwd=root,
    ).stdout.strip()
    return (head or "unknown") + ("+" if dirty else "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("instance", type=Path)
    parser.add_argument("--limit", type=float, default=60.0)
    parser.add_argument("--resolve-limit", type=float, default=10.0)
    parser.add_argument("--compare", action="store_true", help="fresh solve per change too")
    parser.add_argument("--fast", action="store_true", help="non-reproducible profile")
    parser.add_argument("--kinds", help="comma-separated change kinds (default: all)")
    parser.add_argument(
        "--resolve-only", action="store_true", help="only the fresh solve and the re-solves"
    )
    args = parser.parse_args()
    project = load(args.instance)
    reproducible = not args.fast
    params = SolveParams(time_limit_s=args.limit, reproducible=reproducible)
    doc: dict = {
        "instance": args.instance.name,
        "limit_s": args.limit,
        "profile": "reproducible" if reproducible else "fast",
        "commit": _commit(),
    }
    doc["fresh"], result = fresh(project, params)
    rparams = SolveParams(
        time_limit_s=args.resolve_limit,
        resolve_limit_s=args.resolve_limit,  # as asked, not held to a re-solve's default 10 s
        reproducible=reproducible,
    )
    kinds = tuple(args.kinds.split(",")) if args.kinds else KINDS
    doc["resolve"] = resolve_kinds(args.instance, result.plan, rparams, args.compare, kinds)
    if not args.resolve_only:
        doc["explain"] = explain(args.instance, SolveParams(time_limit_s=5.0, reproducible=False))
        doc["cancel"] = cancel_latency(project)
    doc["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(doc))


if __name__ == "__main__":
    main()
