"""The tight family: sold-out venues in odd halls, where the waitlist is the first problem.

    python -m benchmarks.tight              # 50, 200, 400, 1,000 × shapes × seeds 1–2
    python -m benchmarks.tight --sizes 50,200 --shapes odd,clique --seeds 1
    python -m benchmarks.tight --report-only
    python -m benchmarks.tight --reuse-check  # the solver again; the check's figures kept

Instances come from `qods-planner generate --tight SHAPE` (see `qods_planner.generate.tight`)
and are stored in benchmarks/instances/tight-*.qods.json.gz. Each runs in its own process: a
fresh solve of 30 s (60 s at 1,000 exhibitors, in the default reproducible profile), then the
independent waitlist check (`benchmarks.waitlist_milp`, its own integer program in HiGHS) for the
proven minimum. Results land in benchmarks/results/tight/<instance>.json, and the section of
docs/benchmarks.md between the tight markers is rendered from them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qods_planner.files import save_project
from qods_planner.generate import SHAPES, generate_tight

from .instances import HERE, load
from .page_sections import replace_section

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results" / "tight"
SIZES = (50, 200, 400, 1000)
TIGHT_SHAPES = ("odd", "clique", "multi")
SEEDS = (1, 2)
# Candidate pairs up to which the lowest-ranked waitlist is checked: 4–6 s a question at 200
# exhibitors (15,000 pairs), minutes at 400 (up to 40 questions).
LOWEST_CHECK_PAIRS = 20_000
BEGIN, END = "<!-- tight family: begin -->", "<!-- tight family: end -->"


def limit_for(exhibitors: int) -> float:
    return 60.0 if exhibitors >= 1000 else 30.0


def name(exhibitors: int, shape: str, seed: int) -> str:
    return f"tight-{exhibitors:04d}-{shape}-s{seed}"


def ensure(exhibitors: int, shape: str, seed: int) -> Path:
    """The stored instance, written first if missing (about one booth per exhibitor)."""
    path = HERE / f"{name(exhibitors, shape, seed)}.qods.json.gz"
    if not path.exists():
        HERE.mkdir(parents=True, exist_ok=True)
        halls = max(1, exhibitors // 400)
        project = generate_tight(exhibitors, exhibitors, halls, seed, SHAPES[shape])
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / "p.qods.json"
            save_project(project, plain)
            path.write_bytes(gzip.compress(plain.read_bytes(), mtime=0))
    return path


def measure(path: Path, limit: float, reuse: dict | None = None) -> dict:
    """One instance: the solver's fresh solve and the independent minimum waitlist (taken
    from `reuse`, an earlier result of the same stored instance, when given: the check
    depends on the instance alone)."""
    from qods_planner.snapshot import build_problem
    from qods_planner.validation import check
    from solver import SolveParams, solve

    from .waitlist_milp import minimum_waitlist, placeable_waitlisted

    project = load(path)
    problem = build_problem(project, fresh=True)
    start = time.perf_counter()
    result = solve(problem, SolveParams(time_limit_s=limit))
    wall = time.perf_counter() - start
    report = check(project, result.plan)
    from solver.greedy import greedy
    from solver.indexing import build_instance
    from solver.neighbourhood import total_candidates
    from solver.waitlist import waitlist_cost

    inst = build_instance(problem)
    greedy_cost = waitlist_cost(inst, greedy(inst))
    if reuse is not None:
        minimum, proven, check_s = reuse["check_minimum"], reuse["check_proven"], reuse["check_s"]
    else:
        minimum, proven, check_s = minimum_waitlist(problem, seconds=120.0)
    # The lowest-ranked waitlist, checked in HiGHS up to `LOWEST_CHECK_PAIRS`.
    lowest = None
    if result.waitlist and total_candidates(inst) <= LOWEST_CHECK_PAIRS:
        lowest = placeable_waitlisted(problem, dict(result.plan.stands), seconds=60.0)
    return {
        "instance": path.name.replace(".qods.json.gz", ""),
        "exhibitors": len(problem.exhibitors),
        "booths": len(problem.booths),
        "limit_s": limit,
        "wall_s": wall,
        "status": result.status.value,
        "objective": result.objective,
        "validator_score": report.score.total,
        "hard_violations": len(report.hard),
        "gap": result.gap,
        "waitlisted": len(result.waitlist),
        "waitlist_cost": -result.breakdown.get("waitlist", 0),
        "greedy_waitlist_cost": greedy_cost,
        "waitlist_bound": result.waitlist_bound,
        "waitlist_proven": result.waitlist_proven,
        "waitlist_plan_s": result.times.waitlist_plan,
        "waitlist_unit": problem.weights.waitlist,
        "reproducible": result.reproducible,
        "cut_by_clock": list(result.cut_by_clock),
        "discarded": result.stats.get("discarded", 0),
        "check_minimum": minimum,
        "check_proven": proven,
        "check_s": check_s,
        "check_reused": reuse is not None,
        "reasons_not_analysed": sum("not analysed in time" in w.reason for w in result.waitlist),
        "lowest_waitlist": result.stats.get("lowest_waitlist"),
        "lowest_check": lowest,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tight")
    parser.add_argument("--sizes", help="comma-separated exhibitor counts")
    parser.add_argument("--shapes", help="comma-separated shapes")
    parser.add_argument("--seeds", help="comma-separated seeds")
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument(
        "--reuse-check",
        action="store_true",
        help="take the independent check's figures from the stored result of each instance",
    )
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one file
    parser.add_argument("--reuse", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--page", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    if args.one:
        reuse = json.loads(args.reuse.read_text("utf-8")) if args.reuse else None
        print(json.dumps(measure(Path(args.one), args.limit, reuse)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(SIZES)
    shapes = args.shapes.split(",") if args.shapes else list(TIGHT_SHAPES)
    seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else list(SEEDS)
    if not args.report_only:
        RESULTS.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            for shape in shapes:
                for seed in seeds:
                    path = ensure(n, shape, seed)
                    cmd = [sys.executable, "-m", "benchmarks.tight", "--one", str(path)]
                    cmd += ["--limit", str(limit_for(n))]
                    target = RESULTS / path.name.replace(".qods.json.gz", ".json")
                    if args.reuse_check and target.exists():
                        cmd += ["--reuse", str(target)]
                    print(f"{path.name}: running …", flush=True)
                    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
                    if done.returncode != 0:
                        print(done.stderr[-2000:], file=sys.stderr)
                        continue
                    target.write_text(done.stdout, "utf-8")
                    print(f"{path.name}: done", flush=True)
    rows = [json.loads(p.read_text("utf-8")) for p in sorted(RESULTS.glob("*.json"))]
    render_into(args.page, rows)
    print(f"wrote the tight family into {args.page} from {len(rows)} results")
    return 0


def render_into(page: Path, rows: list[dict]) -> None:
    """Replace the tight section of `page` (or append it)."""
    from .tight_report import section

    replace_section(page, BEGIN, END, section(rows))


if __name__ == "__main__":
    sys.exit(main())
