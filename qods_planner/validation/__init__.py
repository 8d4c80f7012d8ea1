"""The solver-independent validator and scorer: the specification every plan is judged by.

`check(project, plan, previous)` returns a `Report` of `Violation`s (hard rules broken, soft
shortfalls) and the plan's `Score`; `score(project, plan, baseline)` computes the objective
alone. The rules and formulas are documented in docs/rules.md.
"""

from .certificate import fairness_certificate
from .check import check
from .facts import PREMIUM_TIER_VALUE, WAITLIST_TIER_FACTOR
from .scoring import score
from .validation_report import RULES, SCORE_TERMS, Report, Score, Violation

__all__ = [
    "PREMIUM_TIER_VALUE",
    "RULES",
    "SCORE_TERMS",
    "WAITLIST_TIER_FACTOR",
    "Report",
    "Score",
    "Violation",
    "check",
    "fairness_certificate",
    "score",
]
