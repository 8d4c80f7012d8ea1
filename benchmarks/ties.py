"""The ties family: small fairs with many equally good plans, each solved with three seeds.

    python -m benchmarks.ties                  # every instance, seeds 1–3, 10 s each
    python -m benchmarks.ties --limit 30       # the same at the app's default limit
    python -m benchmarks.ties --report-only

The target (issue 21): the same plan for every seed whenever the plans tie on the score.
Each instance is solved fresh with seeds 1, 2 and 3, with the tie-break (`solver/run/
tie_break.py`) and SCIP's plan of small fairs (`solver/integer_plan.py`) and, as the
baseline, without either. Reported: how many seeds proved their
plan best, the scores, and how many different plans the seeds that tie on the score gave
(target 1), and how many different waitlists all three seeds gave (the issue's first
complaint: three seeds, three waitlists at one score). Results land in
benchmarks/results/ties/<instance>.json (ties-30s/ for `--limit 30`); the section of
docs/benchmarks.md between that run's markers is rendered from them.

Instances: `rows-N`, two rows of identical booths and N one-booth exhibitors of three
sectors (the symmetric worst case); `roomy-N` and `tight-N`, generated fairs (1.1 booths per
exhibitor, and the tight family's sold-out `multi` shape); the small-demo sample.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from qods_planner.files.storage import load_project
from qods_planner.generate import SHAPES, generate_project, generate_tight
from qods_planner.model import Booth, Complementarity, Exhibitor, Hall, Project, Rect, Sector
from qods_planner.snapshot import build_problem
from qods_planner.validation import check
from solver import SolveParams, solve

from .page_sections import replace_section

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
SEEDS = (1, 2, 3)
LIMIT_S = 10.0
MODULE_CM = 300


def rows(n: int) -> Project:
    """Two rows of n − n // 6 identical booths each, n one-booth exhibitors of three sectors,
    two of them complementary."""
    project = Project()
    per_row = n - n // 6
    project.put_hall(Hall("H1", "سالن ۱", "Hall 1", Rect(0, 0, per_row * MODULE_CM, 1000)))
    for sid, colour in (("auto", "#1f77b4"), ("metal", "#ff7f0e"), ("food", "#2ca02c")):
        project.put_sector(Sector(sid, sid, sid, colour))
    project.set_complementarity(Complementarity({("auto", "metal"): 2}))
    for r, y in enumerate((0, 2 * MODULE_CM)):
        for i in range(per_row):
            bid = f"{'AB'[r]}{i + 1}"
            project.put_booth(Booth(bid, bid, "H1", Rect(i * MODULE_CM, y, MODULE_CM, MODULE_CM)))
    for i in range(n):
        eid = f"e{i + 1:02d}"
        project.put_exhibitor(Exhibitor(eid, eid, eid, ("auto", "metal", "food")[i % 3], 9, 9, 9))
    return project


def instances() -> dict[str, Callable[[], Project]]:
    out: dict[str, Callable[[], Project]] = {}
    for n in (6, 12, 24):
        out[f"rows-{n:02d}"] = lambda n=n: rows(n)
    for n in (10, 20, 40):
        out[f"roomy-{n:02d}"] = lambda n=n: generate_project(n, n * 11 // 10, 1, 1)
        out[f"tight-{n:02d}"] = lambda n=n: generate_tight(n, n, 1, 1, SHAPES["multi"])
    out["small-demo"] = lambda: load_project(ROOT / "samples" / "small-demo.qods.json")
    return out


def results_dir(limit_s: float) -> Path:
    return RESULTS / ("ties" if limit_s == LIMIT_S else f"ties-{limit_s:g}s")


def markers(limit_s: float) -> tuple[str, str]:
    name = "ties family" if limit_s == LIMIT_S else f"ties family {limit_s:g} s"
    return f"<!-- {name}: begin -->", f"<!-- {name}: end -->"


def solve_seeds(project: Project, tie_break: bool, limit_s: float) -> list[dict]:
    runs = []
    for seed in SEEDS:
        params = SolveParams.from_settings(project.settings.solver, time_limit_s=limit_s, seed=seed)
        problem = build_problem(project, fresh=True)
        start = time.perf_counter()
        if tie_break:
            result = solve(problem, params)
        else:
            with (
                mock.patch("solver.api.tie_break", lambda _run, best: best),
                mock.patch("solver.run.fresh.INTEGER_PLAN_MAX", 0),
            ):
                result = solve(problem, params)
        seconds = time.perf_counter() - start
        report = check(project, result.plan)
        runs.append(
            {
                "seed": seed,
                "status": result.status.value,
                "score": report.score.total,
                "hard": len(report.hard),
                "seconds": round(seconds, 2),
                "tie_break": result.stats.get("tie_break"),
                "integer_plan": result.stats.get("integer_plan", 0),
                "integer_bound": result.stats.get("integer_bound"),
                "stands": {e: list(s) for e, s in sorted(result.plan.stands.items())},
                "waitlist": sorted(w.exhibitor for w in result.waitlist),
            }
        )
    return runs


def summary(runs: list[dict]) -> dict:
    """Seeds that tie with the best score reached, and the distinct plans among them."""
    top = max(r["score"] for r in runs)
    tied = [r for r in runs if r["score"] == top]
    plans = {json.dumps(r["stands"], sort_keys=True) for r in tied}
    waitlists = {json.dumps(r["waitlist"]) for r in runs}
    return {
        "waitlists": len(waitlists),
        "proven": sum(1 for r in runs if r["status"] == "optimal"),
        "scores": [r["score"] for r in runs],
        "tied": len(tied),
        "plans": len(plans),
        "seconds": round(max(r["seconds"] for r in runs), 1),
        "hard": sum(r["hard"] for r in runs),
    }


def scip_proved(run: dict) -> bool:
    """The seed returned SCIP's plan and it scores SCIP's bound (`integer_proven`)."""
    bound = run["integer_bound"]
    return run["integer_plan"] == 1 and bound is not None and run["score"] >= bound


def run_instance(name: str, make: Callable[[], Project], limit_s: float) -> dict:
    project = make()
    before = solve_seeds(project, tie_break=False, limit_s=limit_s)
    after = solve_seeds(project, tie_break=True, limit_s=limit_s)
    return {
        "instance": name,
        "exhibitors": len(project.registered()),
        "booths": len(project.booths),
        "limit_s": limit_s,
        "without": summary(before),
        "with": summary(after),
        "broken": [r["tie_break"] for r in after],
        "integer": [r["integer_plan"] for r in after],
        "integer_proven": [int(scip_proved(r)) for r in after],
    }


def section(rows_: list[dict], limit_s: float) -> str:
    title = "" if limit_s == LIMIT_S else f", at {limit_s:g} s"
    lines = [
        f"## The ties family: the same plan for every seed{title}",
        "",
        f"Small fairs with many equally good plans (`python -m benchmarks.ties`, fresh solves of"
        f" {limit_s:g} s, seeds {', '.join(map(str, SEEDS))}), without and with the tie-break",
        "(`solver/run/tie_break.py`). *Proven*: seeds whose plan is proven best of all plans",
        "(status optimal). *Broken*: seeds whose tie-break proved its least key (among the plans",
        "of the proven score, or, unproven, of at least the score found). *SCIP*: seeds given",
        "SCIP's plan (`solver/integer_plan.py`, up to 1,000 candidate pairs; in brackets those",
        "it proved best), the plan the tie-break starts from and keeps when it proves no least",
        "key. *Tied*: seeds reaching the best score of the three. *Plans*: different plans among",
        "them (target 1); *without* is the same solve without the tie-break and SCIP's plan.",
        "*Waitlists*: different waitlists among the three seeds (with).",
        "",
        "| instance | exhibitors / booths | proven | broken | SCIP | tied | plans without → with"
        " | waitlists | scores with | slowest seed, s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in sorted(rows_, key=lambda r: r["instance"]):
        w, o = r["with"], r["without"]
        scores = " / ".join(f"{s:,}" for s in w["scores"])
        proven_by_scip = sum(r.get("integer_proven", r.get("integer", ())))
        lines.append(
            f"| {r['instance']} | {r['exhibitors']} / {r['booths']} | {w['proven']}/{len(SEEDS)}"
            f" | {sum(1 for b in r['broken'] if b == 1)}/{len(SEEDS)}"
            f" | {sum(r.get('integer', ()))}/{len(SEEDS)} ({proven_by_scip})"
            f" | {w['tied']}/{len(SEEDS)} | {o['plans']} → {w['plans']}"
            f" | {w.get('waitlists', '–')} | {scores} | {w['seconds']:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ties")
    parser.add_argument("--only", help="comma-separated instance names")
    parser.add_argument("--limit", type=float, default=LIMIT_S, help="seconds per solve")
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--page", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    folder = results_dir(args.limit)
    folder.mkdir(parents=True, exist_ok=True)
    if not args.report_only:
        chosen = set(args.only.split(",")) if args.only else None
        for name, make in instances().items():
            if chosen is None or name in chosen:
                row = run_instance(name, make, args.limit)
                (folder / f"{name}.json").write_text(json.dumps(row, indent=1))
                print(name, row["without"], row["with"], flush=True)
    rows_ = [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]
    render_into(args.page, rows_, args.limit)
    return 0


def render_into(page: Path, rows_: list[dict], limit_s: float = LIMIT_S) -> None:
    """Replace the section of `page` for runs of `limit_s` (or append it)."""
    begin, end = markers(limit_s)
    replace_section(page, begin, end, section(rows_, limit_s))


if __name__ == "__main__":
    sys.exit(main())
