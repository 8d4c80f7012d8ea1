"""`qods-planner solve PROJECT [--time-limit S] [--seed N] [--fresh] [--out FILE] [--report F]`.

When the project holds a plan, it is re-solved with the fewest moves (moves counted against
that plan; its locked exhibitors keep their stands); `--fresh` plans from scratch (locked
stands are still kept). The solved project is written to `--out`, by default next to the
input as NAME.solved.qods.json — the input file is never overwritten unless `--out` names it.
`--report` writes the JSON report documented in docs/solve-report.md. Exit code 0: a plan with
no hard violation; 1: no plan (infeasible) or, never expected, a hard violation; 2: the file
could not be read or written.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from qods_planner.cli.command_error import UserError
from qods_planner.files import load_project, save_project
from qods_planner.messages import join, tr
from qods_planner.messages.os_errors import os_reason
from qods_planner.model import Plan, Project
from qods_planner.model.settings import MAX_EXTRA_MOVES
from qods_planner.snapshot import build_problem, default_reference
from qods_planner.validation import Report, check, fairness_certificate

from .api import solve
from .params import SolveParams
from .result import SolveResult

REPORT_FORMAT = "qods-planner-solve-report"
REPORT_FORMAT_VERSION = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "solve",
        help=tr("assign booths to every exhibitor with the OR-Tools solver"),
        description=tr(
            "Assign booths. With a plan in the project, re-solve it with the fewest moves; "
            "with --fresh, plan from scratch. Writes the solved project to --out (default: "
            "NAME.solved.qods.json beside the input; the input is never overwritten unless "
            "--out names it) and, with --report, a JSON report (docs/solve-report.md)."
        ),
    )
    parser.add_argument("project", metavar="PROJECT", help=tr("project file (.json)"))
    parser.add_argument(
        "--time-limit",
        type=_positive,
        metavar="S",
        help=tr(
            "seconds of search (default: the project's solver settings, and at most 10 s for"
            " a re-solve)"
        ),
    )
    parser.add_argument(
        "--seed", type=_seed, metavar="N", help=tr("random seed (default: project's)")
    )
    parser.add_argument("--fresh", action="store_true", help=tr("ignore the current plan's stands"))
    parser.add_argument(
        "--fast",
        action="store_true",
        help=tr("race the search against the wall clock (faster, but runs may differ)"),
    )
    parser.add_argument(
        "--may-waitlist-confirmed",
        action="store_true",
        help=tr(
            "let the re-solve waitlist exhibitors that have a stand in the published plan"
            " (default: the project's setting; normally they always keep a stand)"
        ),
    )
    parser.add_argument(
        "--extra-moves",
        type=_extra_moves,
        metavar="K",
        help=tr(
            "re-solve: the trade-off frontier goes from the fewest moves m to m + K"
            " (default: the project's setting)"
        ),
    )
    parser.add_argument("--out", metavar="FILE", help=tr("where to write the solved project"))
    parser.add_argument("--report", metavar="FILE", help=tr("write a JSON report here"))
    parser.set_defaults(handler=run)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("time limit must be a number, got {text!r}", text=text)
        ) from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(
            tr("time limit must be between 0 and 3600 s, got {text}", text=text)
        )
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("seed must be a whole number, got {text!r}", text=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(tr("seed must be ≥ 0, got {value}", value=value))
    return value


def _extra_moves(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("extra moves must be a whole number, got {text!r}", text=text)
        ) from None
    if not 0 <= value <= MAX_EXTRA_MOVES:
        raise argparse.ArgumentTypeError(
            tr(
                "extra moves must be a whole number 0–{most}, got {value!r}",
                most=MAX_EXTRA_MOVES,
                value=value,
            )
        )
    return value


def default_out(path: Path) -> Path:
    """NAME.solved.qods.json beside NAME.qods.json (or NAME.json)."""
    name = path.name
    for suffix in (".qods.json", ".json"):
        if name.endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".solved.qods.json")
    return path.with_name(name + ".solved.qods.json")


def run(args: argparse.Namespace) -> int:
    path = Path(args.project)
    if not path.is_file():
        raise UserError(tr("no such project file: {path}", path=str(path)))
    project = load_project(path)
    overrides: dict[str, Any] = {}
    if args.time_limit is not None:  # asked for by name: a re-solve takes it too
        overrides["time_limit_s"] = overrides["resolve_limit_s"] = args.time_limit
    if args.seed is not None:
        overrides["seed"] = args.seed
    if args.fast:
        overrides["reproducible"] = False
    if args.extra_moves is not None:
        overrides["extra_moves"] = args.extra_moves
    params = SolveParams.from_settings(project.settings.solver, **overrides)
    # Moves are counted against the published plan when there is one, else the current plan:
    # the same reference as the desktop program's (`default_reference`).
    previous = None if args.fresh else default_reference(project)
    keep = False if args.may_waitlist_confirmed else None
    problem = build_problem(project, fresh=args.fresh, keep_confirmed=keep)
    params = params.for_problem(problem.is_resolve)  # the limit the report states
    result = solve(problem, params)
    out = Path(args.out) if args.out else default_out(path)
    report = None
    if result.plan is not None:
        report = check(project, result.plan, previous=previous)
        project.set_plan(result.plan)
        save_project(project, out)
    document = report_document(result, report, project, params, path, out, previous)
    document["settings"]["keep_confirmed"] = bool(problem.confirmed) or (
        keep is None and project.settings.solver.keep_confirmed
    )
    if args.report:
        _write_json(Path(args.report), document)
    labels = {b.id: b.label for b in project.booths.values()}
    for line in summary_lines(document, labels):
        print(line)
    if result.plan is None:
        return 1
    return 0 if report is not None and report.ok else 1


def report_document(
    result: SolveResult,
    report: Report | None,
    project: Project,
    params: SolveParams,
    source: Path,
    out: Path,
    previous: Plan | None,
) -> dict[str, Any]:
    """The JSON report (fields documented in docs/solve-report.md)."""
    return {
        "format": REPORT_FORMAT,
        "format_version": REPORT_FORMAT_VERSION,
        "project": str(source),
        "out": str(out) if result.plan is not None else None,
        "mode": "fresh" if previous is None else "resolve",
        "status": result.status.value,
        "objective": result.objective,
        "validator_score": report.score.total if report is not None else None,
        "breakdown": dict(result.breakdown),
        "bound": result.bound,
        "bound_scope": result.bound_scope,
        "gap": result.gap,
        "seconds": round(result.times.total, 3),
        "first_plan_seconds": round(result.times.first_plan, 3),
        "first_solver_plan_seconds": _round(result.times.first_solver_plan),
        "build_seconds": round(result.times.build, 3),
        "explain_seconds": round(result.times.explain, 3),
        "plans_found": result.plans_found,
        "greedy_objective": result.greedy_objective,
        "assigned": len(result.stands or {}),
        "waitlisted": [w.as_dict() for w in result.waitlist],
        "moves": result.moves,
        "moves_proven_minimal": result.moves_proven_minimal,
        "waitlist_cost": -int(result.breakdown.get("waitlist", 0)),
        "waitlist_bound": result.waitlist_bound,
        "waitlist_proven": result.waitlist_proven,
        "reproducible": result.reproducible,
        "not_reproducible_because": _why_not_reproducible(result, params),
        "changes": [c.as_dict() for c in result.changes],
        "evicted": [c.as_dict() for c in result.evicted],
        "frontier": [p.as_dict() for p in result.frontier],
        "explanation": list(result.explanation),
        "hard_violations": [v.as_dict() for v in report.hard] if report is not None else [],
        "fairness": (
            fairness_certificate(project, result.plan, previous)
            if result.plan is not None
            else None
        ),
        "settings": {
            "time_limit_s": params.time_limit_s,
            "seed": params.seed,
            "workers": params.workers,
            "reproducible": params.reproducible,
            "extra_moves": params.extra_moves,
        },
        "model": dict(result.stats),
    }


def _why_not_reproducible(result: SolveResult, params: SolveParams) -> str | None:
    """Why the same input and seed may give another plan, or None when they will not."""
    if result.reproducible:
        return None
    if not params.reproducible:
        return tr("the fast profile races its search against the wall clock")
    if result.cut_by_clock:
        return tr(
            "the time limit ({seconds} s of wall time) ended {phases} before its fixed budget of"
            " work",
            seconds=params.time_limit_s,
            phases=join(list(result.cut_by_clock)),
        )
    return None


def _waitlist_lines(doc: dict[str, Any]) -> list[str]:
    """Whether the waitlist is proven as short as any plan can make it (by priority)."""
    count, bound = len(doc["waitlisted"]), doc.get("waitlist_bound")
    if not count or bound is None:
        return []
    if doc.get("waitlist_proven"):
        return [waitlist_proven_text(count)]
    return [
        tr(
            "waitlist cost {cost}; no plan can cost less than {bound} (not proven minimal)",
            cost=doc["waitlist_cost"],
            bound=bound,
        )
    ]


def waitlist_proven_text(count: int) -> str:
    """ "31 on the waitlist — no plan can place more", true by priority: no plan waitlists a
    smaller tier-weighted cost."""
    if count == 1:
        return tr("{count} on the waitlist — no plan can place more (by priority)", count=count)
    return tr("{count} on the waitlist — no plan can place more (by priority)", count=count)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def summary_lines(doc: dict[str, Any], labels: Mapping[str, str]) -> list[str]:
    """The lines `solve` prints, in the current language (quantities in its digits). Booths
    are named by `labels` (booth id -> label), as on the plan and in the reasons."""
    lines = [tr("status: {status}", status=status_name(doc["status"]))]
    if doc["objective"] is not None:
        gap = "" if doc["gap"] is None else tr(", gap {gap:.1f} %", gap=100 * doc["gap"])
        lines.append(
            tr(
                "score {score} (bound {bound}{gap}); {assigned} assigned, {waitlisted} waitlisted,"
                " {moved} moved; {seconds:.1f} s",
                score=doc["objective"],
                bound=doc["bound"],
                gap=gap,
                assigned=doc["assigned"],
                waitlisted=len(doc["waitlisted"]),
                moved=doc["moves"],
                seconds=doc["seconds"],
            )
        )
    lines += _waitlist_lines(doc)
    if doc.get("not_reproducible_because") and doc["settings"]["reproducible"]:
        lines.append(tr("not reproducible: {why}", why=doc["not_reproducible_because"]))
    for w in doc["waitlisted"]:
        lines.append(
            tr(
                "waitlisted {name} ({id}): {reason}",
                name=w["name"],
                id=str(w["exhibitor"]),
                reason=w.get("brief") or w["reason"],
            )
        )
    for c in doc["changes"]:
        # No stand before (newly registered) or after (withdrawn, waitlisted): the reason says.
        before = join(labels.get(b, b) for b in c["from"]) or tr("no stand")
        after = join(labels.get(b, b) for b in c["to"]) or tr("no stand")
        lines.append(
            tr(
                "change {name} ({id}): {before} -> {after} ({why})",
                name=c["name"],
                id=str(c["exhibitor"]),
                before=before,
                after=after,
                why=c["why"],
            )
        )
    frontier = doc.get("frontier") or []
    if len(frontier) > 1:
        lines.append(tr("trade-off (moves: score without the moves penalty):"))
        for line in frontier_lines(frontier):
            lines.append("  " + line)
    for line in doc["explanation"]:
        lines.append(tr("cannot plan: {reason}", reason=line))
    for v in doc["hard_violations"]:
        lines.append(tr("HARD {rule}: {message}", rule=v["rule"], message=v["message"]))
    if doc["out"]:
        lines.append(tr("written: {path}", path=str(doc["out"])))
    return lines


def frontier_lines(frontier: list[dict[str, Any]]) -> list[str]:
    """One line per frontier point: "+2 moves: +3.1 %" — its score's gain over the minimal-move
    plan, relative to what that plan's stands earn on the floor — with its score and whether
    it is proven best for its moves (else its gap)."""
    base = frontier[0]
    out = []
    for i, point in enumerate(frontier):
        gain = 100 * (point["score"] - base["score"]) / max(1, abs(base["floor"]))
        if point["proven"]:
            proof = tr("proven")
        elif point["gap"] is None:
            proof = tr("gap unknown")
        else:
            proof = tr("gap {gap:.1f} %", gap=100 * point["gap"])
        if i == 0:
            head = tr("{moves} move(s) (fewest)", moves=point["moves"])
        elif i == 1:
            head = tr("+1 move: {gain:+.1f} %", gain=gain)
        else:
            head = tr("+{extra} moves: {gain:+.1f} %", extra=i, gain=gain)
        out.append(
            tr("{head}: score {score} ({proof})", head=head, score=point["score"], proof=proof)
        )
    return out


def status_name(status: str) -> str:
    """A `SolveStatus` value in the user's language ("optimal" in English)."""
    names = {
        "optimal": tr("optimal"),
        "feasible": tr("feasible"),
        "time_limit": tr("time_limit"),
        "cancelled": tr("cancelled"),
        "infeasible": tr("infeasible"),
        "no_plan": tr("no_plan"),
    }
    return names.get(status, status)


def _write_json(path: Path, document: dict[str, Any]) -> None:
    try:
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    except OSError as exc:
        raise UserError(
            tr(
                "cannot write the report {path}: {reason}",
                path=str(path),
                reason=os_reason(exc),
            )
        ) from None
