"""Compare two benchmark runs plan by plan: a change that should not change behaviour (issue
#20, the house) must give the same score, waitlist and moves on every stored instance.

    python -m benchmarks.same_plans BEFORE_DIR AFTER_DIR

Each directory holds the JSON results `benchmarks.run` writes (benchmarks/results/<profile>/).
Prints one line per instance and solve, and exits 1 when a plan's figures differ: the fresh
plan's score and waitlist, each re-solve's moves, quality, evictions and refusal. The status
word and the frontier's points beyond the first are listed but may differ between two runs of
the same code: they depend on where the wall clock cut a search on a shared machine. A solve
the wall clock cut (`cut_by_clock`, a reproducible run that was not) is marked: its plan may
differ between two runs of the same code, and everything solved from it with it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

FRESH = ("objective", "waitlisted", "valid")
RESOLVE = ("moves", "quality", "evicted", "refused", "valid")


def figures(result: dict) -> dict[str, tuple]:
    """What must not change: per solve, the figures a plan is judged by."""
    out = {"fresh": tuple(result["fresh"].get(k) for k in FRESH)}
    for change, r in sorted(result.get("resolve", {}).items()):
        out[f"re-solve {change}"] = tuple(r.get(k) for k in RESOLVE)
    return out


def clocked(result: dict) -> dict[str, tuple]:
    """What may change with the machine's load: status words and the frontier's points."""
    out = {"fresh": (result["fresh"].get("status"),)}
    for change, r in sorted(result.get("resolve", {}).items()):
        frontier = tuple((p["moves"], p["score"]) for p in r.get("frontier") or ())
        out[f"re-solve {change}"] = (r.get("status"), frontier)
    return out


def _cut(result: dict) -> set[str]:
    """The solves of `result` the wall clock cut (recorded since the house's benchmarks)."""
    cut = {"fresh"} if result["fresh"].get("cut_by_clock") else set()
    return cut | {
        f"re-solve {change}"
        for change, r in result.get("resolve", {}).items()
        if r.get("cut_by_clock")
    }


def compare(before: Path, after: Path) -> list[str]:
    """Lines naming every instance and solve whose figures differ (empty: all the same)."""
    differ = []
    for path in sorted(before.glob("*.json")):
        other = after / path.name
        if not other.exists():
            differ.append(f"{path.name}: missing after")
            continue
        ra, rb = json.loads(path.read_text()), json.loads(other.read_text())
        a, b = figures(ra), figures(rb)
        ca, cb = clocked(ra), clocked(rb)
        cut = _cut(ra) | _cut(rb)
        for solve in sorted(a.keys() | b.keys()):
            same = a.get(solve) == b.get(solve)
            note = "" if ca.get(solve) == cb.get(solve) else "  (status or frontier differ)"
            if solve in cut:
                note += "  (cut by the clock)"
            print(f"{path.stem:<14} {solve:<28} {'same' if same else 'DIFFERENT'}{note}")
            if not same:
                differ.append(f"{path.stem} {solve}: {a.get(solve)} -> {b.get(solve)}")
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    differ = compare(args.before, args.after)
    for line in differ:
        print(line)
    print(f"{len(differ)} difference(s)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
