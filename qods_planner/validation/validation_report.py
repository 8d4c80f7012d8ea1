"""What the validator returns: violations, the score, and the report that holds both.

Every rule has a stable snake_case id (`RULES`); tools, tests and the solver match on the id,
never on the message. Messages are for people and name exhibitors ("name (id)") and booths
(by label).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Rule id -> (hard?, one-line statement). The order here is the order of the report.
RULES: dict[str, tuple[bool, str]] = {
    "unknown_exhibitor": (True, "the plan gives a stand to an exhibitor the project lacks"),
    "withdrawn_assigned": (True, "a withdrawn exhibitor holds a stand"),
    "unknown_booth": (True, "a stand uses a booth the project lacks"),
    "booth_used_twice": (True, "a booth holds at most one stand"),
    "stand_spans_halls": (True, "all booths of a stand lie in one hall"),
    "stand_not_straight_run": (True, "a stand is one booth or a straight run of adjacent booths"),
    "area_outside_range": (True, "a stand's total area lies within the accepted range"),
    "need_not_met": (True, "every booth of a stand offers the power, water, floor asked for"),
    "booth_blocked": (True, "blocked booths are never used"),
    "booth_reserved": (True, "a reserved booth is used only by the exhibitor pinned there"),
    "pin_not_kept": (True, "a pinned exhibitor holds exactly its pinned booths"),
    "lock_not_kept": (True, "a locked exhibitor keeps its stand when the plan is re-solved"),
    "hall_required": (True, "a required hall is respected"),
    "outside_choices": (True, "an exhibitor that accepts only its choices stands inside them"),
    "sector_zone": (True, "a booth bound to sectors holds only their exhibitors"),
    "sector_cap": (True, "a capped sector has at most its number of stands"),
    "competitors_adjacent": (True, "competitors are never neighbours"),
    "waitlisted": (False, "every registered exhibitor gets a stand"),
    "wish_corner_unmet": (False, "an exhibitor who wishes a corner gets one"),
    "wish_island_unmet": (False, "an exhibitor who wishes an island gets one"),
    "wish_hall_unmet": (False, "an exhibitor gets the hall it prefers"),
    "choice_unmet": (False, "an exhibitor with booth choices gets one of them"),
    "partners_apart": (False, "partners are neighbours"),
    "sector_isolated": (False, "an exhibitor has a neighbour of its own sector"),
    "wasted_area": (False, "a stand is not much larger than requested"),
    "moved_from_baseline": (False, "an exhibitor keeps its stand of the baseline plan"),
    "priority_inversion": (
        False,
        "no exhibitor is refused a place it fits, and wants, for a lower-ranked one",
    ),
}

_RULE_ORDER = {rule: i for i, rule in enumerate(RULES)}

# Keys of `Score.breakdown`, in display order.
SCORE_TERMS: tuple[str, ...] = (
    "same_sector",
    "complementary",
    "premium",
    "corner_wish",
    "island_wish",
    "hall_wish",
    "choice",
    "partners",
    "waste",
    "waitlist",
    "moves",
)


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken hard rule or one soft-rule shortfall.

    `exhibitors` and `booths` hold ids (for highlighting); `points` is what a soft shortfall
    costs in the score (0 for hard rules and for shortfalls with no fixed price).
    """

    rule: str
    hard: bool
    message: str
    exhibitors: tuple[str, ...] = ()
    booths: tuple[str, ...] = ()
    points: int = 0

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"unknown rule id {self.rule!r}")
        if RULES[self.rule][0] != self.hard:
            raise ValueError(f"rule {self.rule} is {'hard' if RULES[self.rule][0] else 'soft'}")

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "hard": self.hard,
            "message": self.message,
            "exhibitors": list(self.exhibitors),
            "booths": list(self.booths),
            "points": self.points,
        }

    def sort_key(self) -> tuple[int, int, tuple[str, ...], tuple[str, ...]]:
        return (0 if self.hard else 1, _RULE_ORDER[self.rule], self.exhibitors, self.booths)


@dataclass(frozen=True, slots=True)
class Score:
    """The plan's objective in whole points: `total` == sum of `breakdown` (signed terms)."""

    total: int
    breakdown: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "breakdown": dict(self.breakdown)}


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the validator found about one plan: violations (hard first), score, counts."""

    violations: list[Violation]
    score: Score
    assigned: int = 0
    waitlisted: int = 0

    @property
    def hard(self) -> list[Violation]:
        return [v for v in self.violations if v.hard]

    @property
    def soft(self) -> list[Violation]:
        return [v for v in self.violations if not v.hard]

    @property
    def ok(self) -> bool:
        """True when no hard rule is broken (soft shortfalls are allowed)."""
        return not any(v.hard for v in self.violations)

    def by_rule(self, rule: str) -> list[Violation]:
        return [v for v in self.violations if v.rule == rule]

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "score": self.score.as_dict(),
            "assigned": self.assigned,
            "waitlisted": self.waitlisted,
            "hard_count": len(self.hard),
            "soft_count": len(self.soft),
            "violations": [v.as_dict() for v in self.violations],
        }
