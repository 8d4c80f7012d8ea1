"""Run the solver benchmarks and write docs/benchmarks.md.

    python -m benchmarks.run            # 50–2,000 exhibitors × 3 seeds, 60 s each (long)
    python -m benchmarks.run --quick    # 50–400 exhibitors, seed 1, 10 s each (minutes)
    python -m benchmarks.run --report-only   # rewrite the page from stored results

Each instance runs in its own process (`benchmarks.one`); its JSON lands in
benchmarks/results/<profile>-<limit>s/<instance>.json as soon as it finishes, so a long run that
is stopped keeps what it finished. The page is rendered from every stored result of the run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from .choices_family import RESULTS as CHOICES
from .choices_family import render_into as render_choices
from .instances import SEEDS, SIZES, ensure
from .report import write_page
from .ties import LIMIT_S as TIES_LIMIT_S
from .ties import render_into as render_ties
from .ties import results_dir as ties_dir
from .tight import RESULTS as TIGHT
from .tight import render_into as render_tight

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"


def run_dir(limit: float, fast: bool) -> Path:
    return RESULTS / f"{'fast' if fast else 'reproducible'}-{limit:g}s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    parser.add_argument("--quick", action="store_true", help="50–400 exhibitors, 1 seed, 10 s")
    parser.add_argument("--sizes", help="comma-separated exhibitor counts")
    parser.add_argument("--seeds", help="comma-separated seeds")
    parser.add_argument("--limit", type=float, help="seconds per fresh solve")
    parser.add_argument("--resolve-limit", type=float, help="seconds per re-solve")
    parser.add_argument("--fast", action="store_true", help="non-reproducible solver profile")
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--page", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else ([50, 200, 400] if args.quick else list(SIZES))
    )
    seeds = (
        [int(s) for s in args.seeds.split(",")]
        if args.seeds
        else ([1] if args.quick else list(SEEDS))
    )
    limit = args.limit or (10.0 if args.quick else 60.0)
    resolve_limit = args.resolve_limit or 10.0  # a re-solve's limit is at most 10 s
    out_dir = run_dir(limit, args.fast)
    if not args.report_only:
        out_dir.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            for seed in seeds:
                path = ensure(n, seed)
                if seed == seeds[0]:
                    ensure(n, seed, clash=True)
                cmd = [
                    sys.executable,
                    "-m",
                    "benchmarks.one",
                    str(path),
                    "--limit",
                    str(limit),
                    "--resolve-limit",
                    str(resolve_limit),
                ]
                if n <= 400:
                    cmd.append("--compare")
                if args.fast:
                    cmd.append("--fast")
                print(f"{path.name}: running …", flush=True)
                done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
                if done.returncode != 0:
                    print(done.stderr[-2000:], file=sys.stderr)
                    continue
                target = out_dir / path.name.replace(".qods.json.gz", ".json")
                target.write_text(done.stdout, "utf-8")
                print(f"{path.name}: done", flush=True)
    # The families' own folders (tight, ties, choices at each limit) have sections of their own.
    ties_folders = sorted(RESULTS.glob(f"{ties_dir(TIES_LIMIT_S).name}*"))
    choices_folders = sorted(RESULTS.glob(f"{CHOICES.name}*"))
    families = [TIGHT, *ties_folders, *choices_folders]
    runs = {
        d.name: _load(d)
        for d in sorted(RESULTS.iterdir(), key=_run_order)
        if d.is_dir() and d not in families
    }
    write_page(args.page, runs, INTRO)
    render_tight(args.page, _load(TIGHT))
    # The sections the other families wrote are kept when the page is rewritten.
    for folder in choices_folders:
        choices = _load(folder)
        if choices:
            render_choices(args.page, choices, choices[0]["limit_s"])
    for folder in ties_folders:
        ties = _load(folder)
        if ties:
            render_ties(args.page, ties, ties[0]["limit_s"])
    print(f"wrote {args.page} from {sum(len(r) for r in runs.values())} results")
    return 0


def _load(folder: Path) -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))]


def _run_order(d: Path) -> tuple[int, str]:
    """Longest limits first: the full run leads the page, quick runs follow."""
    try:
        limit = float(d.name.rsplit("-", 1)[1].rstrip("s"))
    except (IndexError, ValueError):
        limit = 0.0
    return (-int(limit), d.name)


INTRO = """
`python -m benchmarks.run` (full: 50, 200, 400, 1,000 and 2,000 exhibitors × seeds 1–3, 60 s
per fresh solve, 10 s per re-solve) or `python -m benchmarks.run --quick` (50–400, seed 1,
10 s / 10 s; a re-solve's limit is at most 10 s, so 10 s is what the organiser's re-solve
gets at the project's default 30 s; quick runs before 2026-12-06 19:00 UTC gave re-solves
5 s) measures the solver on generated instances stored in `benchmarks/instances/`
(1.2 booths per exhibitor, one hall per 400 exhibitors, feasible by construction; the `-clash`
variants add the generator's known clash for the explanation benchmark). Each instance runs in
its own process; results are kept in `benchmarks/results/` and this page is rendered from all
of them (`--report-only` re-renders).

Per instance: the snapshot (`build_problem`), the first complete plan (indexing + greedy,
`Times.first_plan`), the CP-SAT model build, the first CP-SAT plan, the objective (best so
far) and bound at 1/5/10/30/60 s, the final gap and bound scope (see docs/solver.md), the ratio
to the greedy's score and the process's peak memory; ten re-solves (one per change kind, all
the single changes together, a batch of late registrations — 10 % more exhibitors — and a
closed hall section — a run of 8 booths blocked), each after publishing the solved plan, with
their moves, the time to the minimal-move plan and to its proof, the trade-off frontier (6
points: fewest moves m … m + 5) and the quality lost against a fresh solve of the changed
project at each point (instances up to 400); the explanation time on the clash variant; the
latency of a cancel asked 1 s into a solve. Targets the solver issues set are judged per run.
"""


if __name__ == "__main__":
    sys.exit(main())
