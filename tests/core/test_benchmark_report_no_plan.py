"""The benchmark report (benchmarks/report.py) renders a re-solve that found no plan, even with
evictions allowed, as "no plan", and leaves it out of the figures a plan is judged by."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from benchmarks.report import section, targets

STORED = Path(__file__).resolve().parents[2] / "benchmarks" / "results" / "reproducible-10s"


def _with_no_plan() -> dict:
    result = json.loads((STORED / "gen-0050-s1.json").read_text(encoding="utf-8"))
    result = copy.deepcopy(result)
    result["resolve"]["booth_blocked"] = {
        "status": "infeasible",
        "no_plan": True,
        "refused": ["confirmed exhibitors cannot all keep a stand"],
        "explanation": ["no arrangement of the booths still open"],
        "total_s": 0.4,
    }
    return result


def test_a_re_solve_without_a_plan_is_shown_as_such():
    lines = section("check", [_with_no_plan()])
    rows = [line for line in lines if line.startswith("| gen-0050-s1")]
    assert any("| no plan |" in row for row in rows)
    assert any("infeasible · no plan" in row for row in rows)


def test_it_is_left_out_of_the_targets_a_plan_is_judged_by():
    result = _with_no_plan()
    verdicts = {text: (measured, verdict) for text, measured, verdict in targets([result], 10.0)}
    assert verdicts["every returned plan passes the validator with the same score"][0] == (
        "all valid (worst)"
    )
    assert verdicts["re-solve ≤ 400: minimal-move plan ≤ 1 s"][1] == "met"
