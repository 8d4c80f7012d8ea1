"""The choices family: generated fairs whose exhibitors rank the booths they want.

    python -m benchmarks.choices_family             # 50, 200, 400 × seeds 1–2, 10 s each
    python -m benchmarks.choices_family --sizes 50 --seeds 1
    python -m benchmarks.choices_family --report-only
    python -m benchmarks.choices_family --sizes 50,200 --limit 60   # the app's default limit

Each instance is a generated fair, roomy (1.1 booths per exhibitor) or sold out (the tight
family's `multi` shape), given 0–5 ranked choices per exhibitor clustered the way real choices
are (`qods_planner.generate.wished_booths`: near entrances, on corners, around one spot; 8 %
accept only their choices). It is solved fresh twice — without choices and with — and, sold
out, with three seeds. Reported: the share of exhibitors with choices that got their first
choice and any choice, the fair order's inversions by the validator (target 0: justified envy
and waitlist order), the waitlist cost and the rest of the score against the run without
choices (no loss expected), the time, and whether the seeds that tie on the score give the
same plan. Results land in benchmarks/results/choices/<instance>.json (choices-<limit>s/ for
another limit); the section of docs/benchmarks.md between the choices markers (of that limit)
is rendered from them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import maximum_bipartite_matching

from qods_planner.generate import SHAPES, generate_project, generate_tight
from qods_planner.generate.wished_booths import add_choices
from qods_planner.model import Project
from qods_planner.snapshot import build_problem
from qods_planner.validation import check, fairness_certificate
from solver import SolveParams, solve
from solver.indexing import build_instance

from .page_sections import replace_section

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results" / "choices"
SIZES = (50, 200, 400)
SEEDS = (1, 2)
TIE_SEEDS = (0, 1, 2)
LIMIT_S = 10.0
BEGIN, END = "<!-- choices family: begin -->", "<!-- choices family: end -->"


def venue(exhibitors: int, kind: str, seed: int) -> Project:
    if kind == "tight":
        return generate_tight(
            exhibitors, exhibitors, max(1, exhibitors // 400), seed, SHAPES["multi"]
        )
    return generate_project(exhibitors, exhibitors * 11 // 10, max(1, exhibitors // 400), seed)


def results_dir(limit: float) -> Path:
    return RESULTS if limit == LIMIT_S else RESULTS.with_name(f"choices-{limit:g}s")


def markers(limit: float) -> tuple[str, str]:
    if limit == LIMIT_S:
        return BEGIN, END
    return (
        f"<!-- choices family {limit:g} s: begin -->",
        f"<!-- choices family {limit:g} s: end -->",
    )


def solve_once(project: Project, seed: int, limit: float) -> dict:
    params = SolveParams.from_settings(project.settings.solver, time_limit_s=limit, seed=seed)
    start = time.perf_counter()
    result = solve(build_problem(project, fresh=True), params)
    seconds = time.perf_counter() - start
    plan = result.plan
    report = check(project, plan)
    with_choices = [e for e in project.registered() if e.choices]
    met = [e.choice_met(plan.stands[e.id]) if e.id in plan.stands else None for e in with_choices]
    cert = fairness_certificate(project, plan)
    only_waiting = sum(1 for e in project.waitlist(plan) if project.exhibitors[e].choices_only)
    breakdown = dict(report.score.breakdown)
    return {
        "status": result.status.value,
        "seconds": round(seconds, 2),
        "score": report.score.total,
        "breakdown": breakdown,
        "rest_of_score": report.score.total - breakdown["waitlist"] - breakdown["choice"],
        "waitlist_cost": -breakdown["waitlist"],
        "waitlisted": sorted(project.waitlist(plan)),
        "with_choices": len(with_choices),
        "first_choice": sum(1 for k in met if k == 1),
        "any_choice": sum(1 for k in met if k is not None),
        "inversions": cert["inversions"],
        "waiting_choices_only": only_waiting,
        "first_bound": first_choice_bound(project),
        "any_bound": any_choice_bound(project),
        "hard": len(report.hard),
        "stands": {e: list(s) for e, s in sorted(plan.stands.items())},
    }


def any_choice_bound(project: Project) -> int:
    """At most this many exhibitors can meet a choice: stands share no booth, so each needs a
    chosen booth of its own that one of its candidate stands covers (a maximum matching of
    exhibitors to those booths; areas, services and zones make many chosen booths unusable)."""
    inst = build_instance(build_problem(project, fresh=True))
    people = [e for e in range(inst.n_ex) if inst.ex[e].choices]
    rows: list[int] = []
    cols: list[int] = []
    for i, e in enumerate(people):
        chosen = {inst.bidx[b] for b in inst.ex[e].choices if b in inst.bidx}
        usable: set[int] = set()
        for p in inst.cands[e].tolist():
            usable |= chosen.intersection(inst.p_booths[p])
        rows += [i] * len(usable)
        cols += sorted(usable)
    if not rows:
        return 0
    graph = csr_matrix(([1] * len(rows), (rows, cols)), shape=(len(people), inst.n_booths))
    return int((maximum_bipartite_matching(graph, perm_type="column") >= 0).sum())


def first_choice_bound(project: Project) -> int:
    """At most this many exhibitors can meet their first choice: the distinct first choices
    that a candidate stand of the one choosing it covers."""
    inst = build_instance(build_problem(project, fresh=True))
    firsts = set()
    for e, data in enumerate(inst.ex):
        b = inst.bidx.get(data.choices[0]) if data.choices else None
        if b is not None and any(b in inst.p_booths[p] for p in inst.cands[e].tolist()):
            firsts.add(b)
    return len(firsts)


def run_instance(exhibitors: int, kind: str, seed: int, limit: float = LIMIT_S) -> dict:
    plain = venue(exhibitors, kind, seed)
    without = solve_once(plain, 0, limit)
    chosen = venue(exhibitors, kind, seed)
    add_choices(chosen, seed)
    runs = {s: solve_once(chosen, s, limit) for s in (TIE_SEEDS if kind == "tight" else (0,))}
    first = runs[0]
    tied = [s for s, r in runs.items() if r["score"] == first["score"]]
    return {
        "instance": f"choices-{exhibitors:04d}-{kind}-s{seed}",
        "exhibitors": exhibitors,
        "kind": kind,
        "seed": seed,
        "limit_s": limit,
        "without": {k: v for k, v in without.items() if k != "stands"},
        "with": {k: v for k, v in first.items() if k != "stands"},
        "seeds": {
            str(s): {k: r[k] for k in ("score", "waitlist_cost", "inversions", "seconds")}
            for s, r in runs.items()
        },
        "tied_seeds": tied,
        "tied_same_plan": all(runs[s]["stands"] == first["stands"] for s in tied),
        "tied_same_waitlist": all(runs[s]["waitlisted"] == first["waitlisted"] for s in tied),
    }


def section(rows: list[dict], limit: float = LIMIT_S) -> str:
    title = "## The choices family: ranked booth choices and the fair order"
    lines = [
        title if limit == LIMIT_S else f"## The choices family at {limit:g} s",
        "",
        "Generated fairs with 0–5 ranked choices per exhibitor",
        f"(`python -m benchmarks.choices_family`, fresh solves of {limit:g} s, reproducible",
        "profile, seed 0; sold-out venues also with seeds 1 and 2). *First* / *any*: exhibitors",
        "with choices that got their first / any choice; in brackets the most any plan could give:",
        "the distinct first choices a stand of the chooser can cover, and a maximum matching of",
        "exhibitors to the chosen booths a stand of theirs can cover (stands share no booth; many",
        "chosen booths are the wrong size for the one choosing them). *Only-choosers*: waitlisted",
        "exhibitors that accept only their choices (the hard rule `outside_choices` keeps them out",
        "of every other place).",
        "*Inversions*: the validator's priority inversions of the plan (target 0). *Waitlist* and",
        "*rest*: the waitlist cost and the score without the waitlist and choice terms, without",
        "choices → with choices. *Ties*: seeds whose plans tie on the score, and whether they give",
        "the same plan (and the same waitlist).",
        "",
        "| instance | with choices | first (bound) | any (bound) | inversions | waitlist"
        " | of it, only-choosers | rest | time, s | ties |",
        "|---|---:|---:|---:|---:|---|---:|---|---:|---|",
    ]
    for r in sorted(rows, key=lambda r: r["instance"]):
        w, o = r["with"], r["without"]
        n = max(1, w["with_choices"])
        if len(r["seeds"]) > 1:
            same = (
                "same plan"
                if r["tied_same_plan"]
                else ("same waitlist" if r["tied_same_waitlist"] else "differ")
            )
            ties = f"{len(r['tied_seeds'])}/{len(r['seeds'])} tie: {same}"
        else:
            ties = "—"
        lines.append(
            f"| {r['instance']} | {w['with_choices']} "
            f"| {100 * w['first_choice'] / n:.0f} % ({100 * w['first_bound'] / n:.0f} %) "
            f"| {100 * w['any_choice'] / n:.0f} % ({100 * w['any_bound'] / n:.0f} %) "
            f"| {w['inversions']} | {o['waitlist_cost']:,} → {w['waitlist_cost']:,} "
            f"| {w['waiting_choices_only']} "
            f"| {o['rest_of_score']:,} → {w['rest_of_score']:,} | {w['seconds']:.1f} | {ties} |"
        )
    return "\n".join(lines)


def render_into(page: Path, rows: list[dict], limit: float = LIMIT_S) -> None:
    """Replace the choices section of `page` for `limit` (or append it)."""
    replace_section(page, *markers(limit), section(rows, limit))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.choices_family")
    parser.add_argument("--sizes", help="comma-separated exhibitor counts")
    parser.add_argument("--seeds", help="comma-separated instance seeds")
    parser.add_argument("--kinds", default="roomy,tight")
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--limit", type=float, default=LIMIT_S, help="seconds per solve")
    parser.add_argument("--page", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    results = results_dir(args.limit)
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(SIZES)
    seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else list(SEEDS)
    results.mkdir(parents=True, exist_ok=True)
    if not args.report_only:
        for n in sizes:
            for kind in args.kinds.split(","):
                for seed in seeds:
                    row = run_instance(n, kind, seed, args.limit)
                    (results / f"{row['instance']}.json").write_text(json.dumps(row, indent=1))
                    print(row["instance"], row["with"]["inversions"], row["with"]["seconds"])
    rows = [json.loads(p.read_text()) for p in sorted(results.glob("*.json"))]
    render_into(args.page, rows, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
