"""The tight family's section of docs/benchmarks.md, rendered from its stored results."""

from __future__ import annotations

import platform
from datetime import date
from statistics import median


def _minimum(row: dict) -> int | None:
    """The proven minimum waitlist cost: the independent check's, else the solver's bound."""
    if row["check_proven"]:
        return row["check_minimum"]
    return row["waitlist_bound"] if row["waitlist_proven"] else None


def _excess(row: dict) -> float | None:
    """How many regular exhibitors' worth the waitlist is above its best known bound."""
    bounds = [row["waitlist_bound"]]
    if row["check_proven"]:
        bounds.append(row["check_minimum"])
    bounds = [b for b in bounds if b is not None]
    return (row["waitlist_cost"] - max(bounds)) / row["waitlist_unit"] if bounds else None


def _lowest(row: dict) -> str:
    """The pass's word (settled or not) and the HiGHS check: placeable of those asked."""
    settled = {1: "settled", 0: "not settled"}.get(row.get("lowest_waitlist"), "–")
    check = row.get("lowest_check")
    if not check:
        return settled
    found = len(check["placeable"])
    undecided = f", {check['undecided']} undecided" if check["undecided"] else ""
    return f"{settled}; {found} of {check['asked']} placeable{undecided} ({check['seconds']:.0f} s)"


def _met(ok: bool) -> str:
    return "met" if ok else "**not met**"


def section(rows: list[dict]) -> str:
    lines = [
        "## The tight family: sold-out venues in odd halls",
        "",
        f"Rendered {date.today().isoformat()} on {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, 2 cores (shared with "
        "other work: wall times are noisy). `python -m benchmarks.tight` (see its doc): "
        "`qods-planner generate --tight SHAPE` venues with about one booth per exhibitor, "
        "then late registrations up to 110–120 % of the available area; shapes `odd` (2.5 m "
        "rows, short last booths, pillars breaking perimeter rows), `clique` (rare water, "
        "groups of six mutual competitors), `multi` (a fifth ask for twice the area, pillars). "
        "A fresh solve in the default reproducible profile (30 s; 60 s at 1,000), then the "
        "independent check (`benchmarks/waitlist_milp.py`: its own integer program with only the "
        "hard rules, solved by HiGHS, not OR-Tools, up to 120 s) for the proven minimum "
        "waitlist. *Lowest-ranked*: whether the solver's pass settled the lowest-ranked "
        "waitlist (`model.lowest_waitlist`), and the independent check up to 20,000 candidate "
        "pairs, about 200 exhibitors "
        "(`waitlist_milp.placeable_waitlisted`, HiGHS, 60 s a question): of the waitlisted "
        "exhibitors with someone ranked below them standing, how many a plan of no greater "
        "cost could place together with everyone placed above them (0 expected).",
        "",
        "Waitlist figures are tier-weighted costs in regular exhibitors (5,000 points each); "
        "*reached* is when the solve's plan first had its final waitlist. A check marked * "
        "was taken from the check's earlier run on the same stored instance (`--reuse-check`): "
        "it depends on the instance alone.",
        "",
        "| instance | exh. | booths | waitlisted | waitlist | greedy's | proven min. "
        "(check, HiGHS) | solver's bound | proven | reached (s) | wall s / limit | status | gap | "
        "reproducible | discarded | not analysed | lowest-ranked (pass; check) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---:|---|---:|---:|---|",
    ]
    for r in sorted(rows, key=lambda r: r["instance"]):
        unit = r["waitlist_unit"]
        if r["check_minimum"] is None:
            check = f"none in {r['check_s']:.0f} s"
        else:
            proof = "" if r["check_proven"] else " (not proven)"
            check = f"{r['check_minimum'] / unit:g}{proof} in {r['check_s']:.0f} s"
        if r.get("check_reused"):
            check += " *"
        bound = "–" if r["waitlist_bound"] is None else f"{r['waitlist_bound'] / unit:g}"
        reached = "–" if r["waitlist_plan_s"] is None else f"{r['waitlist_plan_s']:.1f}"
        gap = "–" if r["gap"] is None else f"{100 * r['gap']:.1f} %"
        lines.append(
            f"| {r['instance']} | {r['exhibitors']} | {r['booths']} | {r['waitlisted']} | "
            f"{r['waitlist_cost'] / unit:g} | {r['greedy_waitlist_cost'] / unit:g} | {check} | "
            f"{bound} | {'yes' if r['waitlist_proven'] else 'no'} | {reached} | "
            f"{r['wall_s']:.1f} / {r['limit_s']:g} | {r['status']} | {gap} | "
            f"{'yes' if r['reproducible'] else 'no: ' + ', '.join(r['cut_by_clock'])} | "
            f"{r['discarded']} | {r['reasons_not_analysed']} | {_lowest(r)} |"
        )
    lines += ["", "### Targets", ""]
    small = [r for r in rows if r["exhibitors"] < 800]
    large = [r for r in rows if r["exhibitors"] >= 800]
    at_min = [r for r in small if _minimum(r) is not None and r["waitlist_cost"] <= _minimum(r)]
    lines.append(
        f"- Every tight instance up to 400 exhibitors reaches its proven minimum waitlist "
        f"within a 30 s solve: {len(at_min)} of {len(small)} — "
        f"{_met(len(at_min) == len(small) and bool(small))}."
    )
    within = [r for r in large if (_excess(r) or 0) <= 1]
    lines.append(
        f"- At 1,000 exhibitors the waitlist is within 1 of its bound at 60 s: {len(within)} of "
        f"{len(large)} — {_met(len(within) == len(large) and bool(large))}."
    )
    never_worse = [r for r in rows if r["waitlist_cost"] <= r["greedy_waitlist_cost"]]
    lines.append(
        f"- No returned plan waitlists more than the greedy's: {len(never_worse)} of "
        f"{len(rows)} — {_met(len(never_worse) == len(rows))}."
    )
    ratios = [r["wall_s"] / r["limit_s"] for r in rows]
    late = [r for r in rows if r["wall_s"] > r["limit_s"] + 1]
    if ratios:
        lines.append(
            f"- Wall time within S + 1 s: {len(rows) - len(late)} of {len(rows)} (wall / limit: "
            f"median {median(ratios):.2f}, max {max(ratios):.2f}) — {_met(not late)}."
        )
    checked = [r for r in rows if r.get("lowest_check")]
    if checked:
        fair = [r for r in checked if not r["lowest_check"]["placeable"]]
        lines.append(
            f"- Up to 20,000 candidate pairs, no waitlisted exhibitor could stand, at the same "
            f"cost, with everyone placed above it (HiGHS check): {len(fair)} of {len(checked)} — "
            f"{_met(len(fair) == len(checked))}."
        )
    valid = [r for r in rows if r["hard_violations"] == 0 and r["discarded"] == 0]
    lines.append(
        f"- Every plan passes the validator and no search plan was discarded: {len(valid)} of "
        f"{len(rows)} — {_met(len(valid) == len(rows))}."
    )
    return "\n".join(lines)
