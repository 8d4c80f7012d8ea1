"""Render benchmark results as docs/benchmarks.md: the machine, one section per run, and each
target of the solver issue marked met / not met (or not measured)."""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path

from .changes import KINDS

MET, NOT_MET, UNMEASURED = "met", "**not met**", "not measured"


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import ortools

    return {
        "date": datetime.date.today().isoformat(),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "ortools": ortools.__version__,
        "os": f"{platform.system()} {platform.release()}",
    }


def _f(value, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _pct(value) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def _size(r: dict) -> int:
    return r["fresh"]["exhibitors"]


def targets(results: list[dict], limit: float) -> list[tuple[str, str, str]]:
    """(target, measured, verdict) for every target of the issue this run can judge."""
    out = []

    def judge(text, values, ok, fmt=_f):
        values = [v for v in values if v is not None]
        if not values:
            out.append((text, "–", UNMEASURED))
            return
        worst = max(values)
        out.append((text, fmt(worst) + " (worst)", MET if ok(worst) else NOT_MET))

    small = [r for r in results if _size(r) <= 400]
    big = [r for r in results if _size(r) >= 2000]
    judge(
        "complete valid plan ≤ 0.3 s up to 400 exhibitors (snapshot + greedy)",
        [r["fresh"]["first_plan_incl_snapshot_s"] for r in small],
        lambda v: v <= 0.3,
    )
    judge(
        "complete valid plan ≤ 1 s at 2,000 (snapshot + greedy)",
        [r["fresh"]["first_plan_incl_snapshot_s"] for r in big],
        lambda v: v <= 1.0,
    )
    judge("model build ≤ 5 s at 2,000", [r["fresh"]["build_s"] for r in big], lambda v: v <= 5)
    if limit >= 60:
        judge(
            "gap ≤ 5 % at 60 s (or optimal) up to 100 exhibitors",
            [_gap(r) for r in results if _size(r) <= 100],
            lambda v: v <= 0.05,
            _pct,
        )
        judge(
            "gap ≤ 20 % at 60 s at 200–400 exhibitors",
            [_gap(r) for r in results if 200 <= _size(r) <= 400],
            lambda v: v <= 0.20,
            _pct,
        )
    else:
        out.append(("gap targets at 60 s", f"run limit {limit:g} s", UNMEASURED))
    judge(
        "objective at the limit ≥ the greedy's, everywhere",
        [r["fresh"]["greedy"] - r["fresh"]["objective"] for r in results],
        lambda v: v <= 0,
        lambda v: (
            f"{-v} points above the greedy (least)" if v <= 0 else f"{v} points below the greedy"
        ),
    )
    res = [k for r in small for k in r["resolve"].values() if not k.get("no_plan")]
    judge(
        "re-solve ≤ 400: minimal-move plan ≤ 1 s",
        [k["minimal_moves_plan_s"] for k in res],
        lambda v: v <= 1.0,
    )
    unproven = [k for k in res if not k["moves_proven_minimal"]]
    judge(
        "re-solve ≤ 400: proven minimal ≤ 5 s",
        [k["moves_proven_s"] if k["moves_proven_minimal"] else 1e9 for k in res],
        lambda v: v <= 5.0,
        lambda v: "unproven in " + str(len(unproven)) if v >= 1e9 else _f(v),
    )
    # "≤ 2 % quality lost at minimal moves" is retired (issue 15): the frontier shows what each
    # extra move buys, and the loss against a fresh solve is reported per point (below).
    framed = [k for k in res if k.get("frontier")]
    judge(
        "re-solve ≤ 400: whole frontier (6 points) ≤ 10 s",
        [k["frontier_s"] for k in framed],
        lambda v: v <= 10.0,
    )
    judge(
        "re-solve ≤ 400: every frontier point proven or gap ≤ 1 %",
        [_worst_point_gap(k) for k in framed],
        lambda v: v <= 0.01,
        lambda v: "no bound" if v >= 1e9 else _pct(v),
    )
    judge(
        "re-solve ≤ 400: no published exhibitor loses its stand by default",
        [
            k["confirmed"] - k["confirmed_kept"] + k["evicted"]
            for k in framed
            if not k.get("refused")
        ],
        lambda v: v == 0,
        lambda v: "none lost" if v == 0 else f"{v} lost",
    )
    judge(
        "explanations ≤ 2 s",
        [(r.get("explain") or {}).get("explain_s") for r in results],
        lambda v: v <= 2.0,
    )
    judge(
        "cancel stops within 1 s", [r["cancel"]["latency_s"] for r in results], lambda v: v <= 1.0
    )
    judge(
        "every returned plan passes the validator with the same score",
        [
            0
            if r["fresh"]["valid"] and all(k.get("valid", True) for k in r["resolve"].values())
            else 1
            for r in results
        ],
        lambda v: v == 0,
        lambda v: "all valid" if v == 0 else "invalid",
    )
    return out


def _worst_point_gap(k: dict) -> float:
    """The largest gap of a re-solve's frontier points (proven: 0; no bound: 1e9)."""
    return max(
        0.0 if p["proven"] else (1e9 if p["gap"] is None else p["gap"]) for p in k["frontier"]
    )


def _gap(r: dict):
    return 0.0 if r["fresh"]["status"] == "optimal" else r["fresh"]["gap"]


def section(name: str, results: list[dict]) -> list[str]:
    results = sorted(results, key=lambda r: (_size(r), r["instance"]))
    limit = results[0]["limit_s"]
    commits = ", ".join(sorted({r.get("commit", "unknown") for r in results}))
    lines = [
        f"## Run `{name}` ({len(results)} instances, {results[0]['profile']} profile,"
        f" {limit:g} s per fresh solve; code {commits})",
        "",
        "### Targets",
        "",
        "| target | measured | verdict |",
        "|---|---|---|",
    ]
    lines += [f"| {t} | {m} | {v} |" for t, m, v in targets(results, limit)]
    checkpoints = [c for c in ("1", "5", "10", "30", "60") if float(c) <= limit]
    lines += [
        "",
        "### Fresh solves",
        "",
        "Seconds; objective (best so far) and bound at each checkpoint; gap at the end.",
        "",
        "| instance | booths | candidates | snapshot | first plan | build |"
        " first CP-SAT plan | "
        + " | ".join(f"obj/bound @{c}s" for c in checkpoints)
        + " | gap | greedy | ratio | peak MB | status |",
        "|" + "---|" * (10 + len(checkpoints)),
    ]
    for r in results:
        f = r["fresh"]
        cells = [
            f"{_f(f['at'][c]['objective'])} / {_f(f['at'][c]['bound'])}" if c in f["at"] else "–"
            for c in checkpoints
        ]
        lines.append(
            f"| {r['instance']} | {f['booths']} | {f['model'].get('candidates', '–')} |"
            f" {_f(f['snapshot_s'])} | {_f(f['first_plan_s'])} | {_f(f['build_s'])} |"
            f" {_f(f['first_solver_plan_s'])} | "
            + " | ".join(cells)
            + f" | {_pct(f['gap'])} ({f['bound_scope']}) | {f['greedy']} |"
            f" {_f(f['ratio_to_greedy'], 3)} | {r['peak_rss_mb']:.0f} | {f['status']} |"
        )
    lines += [
        "",
        "### Re-solves after one change",
        "",
        "moves (proven minimal?) · seconds to the minimal-move plan · seconds to the proof"
        " · quality lost against a fresh solve of the changed project.",
        "",
    ]
    lines += _per_kind(results, _moves_cell)
    lines += [
        "",
        "Status of each re-solve, and its gap when not proven best (the bound holds with"
        " waitlist and moves at their minimum: scope `moves_fixed`); – where the run predates"
        " this record.",
        "",
    ]
    lines += _per_kind(results, _status_cell)
    if any(k.get("frontier") for r in results for k in r["resolve"].values()):
        lines += [
            "",
            "### The trade-off frontier (moves against quality)",
            "",
            "Per re-solve: the score gain of m + 1 … m + 5 moves over the fewest moves m"
            " (score without the moves penalty), how many of the 6 points are proven best"
            " (else the worst gap), and the seconds until the last point was done.",
            "",
        ]
        lines += _per_kind(results, _frontier_cell)
        lines += [
            "",
            "Quality lost against a fresh solve of the changed project at m, m + 1 … m + 5"
            " moves (negative: the re-solve is better than the fresh solve of the same time).",
            "",
        ]
        lines += _per_kind(results, _loss_cell)
    lines += [
        "",
        "### Explanations and cancel",
        "",
        "| instance | waitlisted (clash variant) | with reason | from cores |"
        " explanation s | cancel latency s |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        e = r.get("explain") or {}
        lines.append(
            f"| {r['instance']} | {_f(e.get('waitlisted'))} | {_f(e.get('with_reason'))}"
            f" | {_f(e.get('from_cores'))} | {_f(e.get('explain_s'))} |"
            f" {_f(r['cancel']['latency_s'])} |"
        )
    example = next(
        (
            (r.get("explain") or {}).get("example")
            for r in results
            if (r.get("explain") or {}).get("example")
        ),
        None,
    )
    if example:
        lines += ["", f"An explanation as the organiser reads it: “{example}”"]
    return lines + [""]


ANALYSIS = Path(__file__).resolve().parent / "analysis.md"


def write_page(page: Path, runs: dict[str, list[dict]], intro: str) -> None:
    """The page: intro, machine, the hand-written analysis (benchmarks/analysis.md, if any),
    then one section per run."""
    info = machine()
    lines = [
        "# Solver benchmarks",
        "",
        intro.strip(),
        "",
        f"Rendered {info['date']} on {info['cpu']}, {info['cores']} cores, {info['os']},"
        f" Python {info['python']}, OR-Tools {info['ortools']}. The machine is shared with"
        " other work; figures are single runs and noisy.",
        "",
    ]
    # The hand-written readings: analysis.md, then one file per topic (analysis-*.md), so that
    # work on different parts of the solver adds its own file.
    for path in [ANALYSIS, *sorted(ANALYSIS.parent.glob("analysis-*.md"))]:
        if path.exists():
            lines += [path.read_text("utf-8").strip(), ""]
    for name, results in runs.items():
        if results:
            lines += section(name, results)
    page.write_text("\n".join(lines).rstrip() + "\n", "utf-8")


def _per_kind(results: list[dict], cell) -> list[str]:
    """A table of re-solves: one row per instance, one column per change kind."""
    lines = ["| instance | " + " | ".join(KINDS) + " |", "|" + "---|" * (1 + len(KINDS))]
    for r in results:
        cells = [cell(r["resolve"].get(kind)) for kind in KINDS]
        lines.append(f"| {r['instance']} | " + " | ".join(cells) + " |")
    return lines


def _moves_cell(k: dict | None) -> str:
    if k is None:
        return "–"
    if k.get("no_plan"):
        return "no plan"
    proven = "✓" if k["moves_proven_minimal"] else "?"
    return (
        f"{k['moves']}{proven} · {_f(k['minimal_moves_plan_s'])} ·"
        f" {_f(k['moves_proven_s'])} · {_pct(k.get('quality_loss'))}"
    )


def _status_cell(k: dict | None) -> str:
    if k is not None and k.get("no_plan"):
        return f"{k['status']} · no plan"
    if k is None or "gap" not in k:  # runs before the re-solve gap was recorded
        return "–"
    if k["status"] == "optimal":
        return "optimal"
    gap = "< 0.1 %" if k["gap"] is not None and k["gap"] < 0.001 else _pct(k["gap"])
    return f"{k['status']} · {gap}"


def _frontier_cell(k: dict | None) -> str:
    if not k or not k.get("frontier"):
        return "–"
    refused = "refused, then allowed: " if k.get("refused") else ""
    evicted = f" · {k['evicted']} evicted" if k.get("evicted") else ""
    points = k["frontier"]
    base = points[0]["score"]
    floor = abs(points[0].get("floor", base))
    gains = "/".join(f"{100 * (p['score'] - base) / max(1, floor):+.1f}" for p in points[1:])
    proven = sum(1 for p in points if p["proven"])
    worst = _worst_point_gap(k)
    proof = f"{proven}/{len(points)}✓"
    if proven < len(points):
        proof += " · ≤ " + ("no bound" if worst >= 1e9 else _pct(worst))
    return f"{refused}{gains} % · {proof} · {_f(k['frontier_s'], 1)} s{evicted}"


def _loss_cell(k: dict | None) -> str:
    if not k or not k.get("frontier") or "loss" not in k["frontier"][0]:
        return "–"
    return "/".join(f"{100 * p['loss']:.1f}" for p in k["frontier"]) + " %"
