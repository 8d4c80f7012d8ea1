"""The validator tests' floor and report look-ups, shared by tests/core/test_validator_*.py.

The floor (hall H1, 30 m × 20 m, 3 m × 3 m booths):

    y=0    A1 A2 A3 A4      perimeter row on the top wall (A1, A4 corners; A2, A3 inline)
           -- aisle 3 m --  A_i faces B_i
    y=600  B1 B2 B3 B4      island block: B faces the aisle above,
    y=900  C1 C2 C3 C4      C backs onto B (B_i back to back with C_i)
    I1 at (2400, 1500)      a lone island booth

two_halls() adds hall H2 with booths D1, D2.
"""

from __future__ import annotations

from helpers.builders import TinyProject
from qods_planner.validation import Report, Violation


def floor() -> TinyProject:
    b = TinyProject()
    b.row("A", 4, x=600, y=0)
    b.row("B", 4, x=600, y=600)
    b.row("C", 4, x=600, y=900)
    b.booth("I1", 2400, 1500)
    return b


def only(report: Report, rule: str) -> Violation:
    found = report.by_rule(rule)
    assert len(found) == 1, [v.message for v in report.violations]
    return found[0]


def hard_rules(report: Report) -> list[str]:
    return [v.rule for v in report.hard]


def terms(report_or_score) -> dict[str, int]:
    s = report_or_score.score if isinstance(report_or_score, Report) else report_or_score
    return {k: v for k, v in s.breakdown.items() if v}


def two_halls() -> TinyProject:
    b = floor()
    b.hall("H2", x=4000, width=2000, depth=2000)
    b.row("D", 2, x=4000, y=0, hall="H2")
    return b


def only_for(report: Report, rule: str, eid: str) -> Violation:
    return next(v for v in report.by_rule(rule) if v.exhibitors == (eid,))
