"""Rule weights, neighbour definitions and solver settings stored in the project.

The plan's score (see `qods_planner.validation.score`) is, in whole points:

  gains
    same_sector   × relation factor, per neighbouring booth pair held by two stands of one sector
    complementary × matrix weight × relation factor, per such pair of two different sectors
    premium       × tier value (sponsor 3, returning 1, regular 0), per stand on a premium booth
    corner_wish / island_wish / hall_wish, per wish met
    choice        × rank value (first choice 5, second 4, … fifth and later 1), per stand that
                  holds one of its exhibitor's booth choices (the best one met counts)
    partners      per partner pair whose stands are neighbours
  penalties
    waste         per whole m² a stand has above its request
    waitlist      × tier factor (sponsor 3, returning 2, regular 1), per waitlisted exhibitor
    move          per exhibitor whose stand differs from the published baseline plan

Relation factors: side by side 2, back to back 1, facing across an aisle 1. The waitlist
weight is larger than any stand's possible gain, so waitlisting is the last resort.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..messages import tr
from .fair_order import ORDER_KEYS
from .model_error import ModelError

MAX_EXTRA_MOVES = 20  # the frontier's longest reach beyond the fewest moves


def _check_ints(obj: object, minimum: int = 0) -> None:
    for f in fields(obj):  # type: ignore[arg-type]
        v = getattr(obj, f.name)
        if isinstance(v, bool):
            continue
        if not isinstance(v, int) or v < minimum:
            raise ModelError(
                tr(
                    "{field} must be a whole number ≥ {minimum}, got {value!r}",
                    field=f.name,
                    minimum=minimum,
                    value=v,
                )
            )


@dataclass(frozen=True, slots=True)
class RuleWeights:
    """Points per soft rule; documented defaults. All whole numbers ≥ 0."""

    same_sector: int = 10
    complementary: int = 4
    premium: int = 6
    corner_wish: int = 8
    island_wish: int = 8
    hall_wish: int = 12
    choice: int = 10
    partners: int = 10
    waste: int = 1
    waitlist: int = 5_000
    move: int = 1_000

    def __post_init__(self) -> None:
        _check_ints(self)


@dataclass(frozen=True, slots=True)
class NeighbourRules:
    """What counts as neighbours, and which relations keep competitors apart."""

    min_shared_wall_cm: int = 50
    aisle_max_cm: int = 400
    facing_min_overlap_cm: int = 50
    premium_entrance_distance_cm: int = 800
    competitors_side_by_side: bool = True
    competitors_back_to_back: bool = True
    competitors_facing: bool = True

    def __post_init__(self) -> None:
        _check_ints(self, minimum=1)


@dataclass(frozen=True, slots=True)
class SolverSettings:
    """How long and how the solver runs; `reproducible` trades speed for identical plans.

    Re-solving: `keep_confirmed` — every exhibitor with a stand in the published plan, still
    registered, keeps a stand (it may move, never be waitlisted); `extra_moves` — the trade-off
    frontier goes from the fewest moves m up to m + `extra_moves` (0: the minimal-move plan only).
    """

    time_limit_s: float = 30.0
    seed: int = 0
    workers: int = 2
    reproducible: bool = True
    keep_confirmed: bool = True
    extra_moves: int = 5

    def __post_init__(self) -> None:
        if isinstance(self.time_limit_s, bool) or not isinstance(self.time_limit_s, int | float):
            raise ModelError(
                tr("time limit must be a number of seconds, got {value!r}", value=self.time_limit_s)
            )
        if not 0 < self.time_limit_s <= 3600:
            raise ModelError(
                tr("time limit must be between 0 and 3600 s, got {value}", value=self.time_limit_s)
            )
        if not isinstance(self.seed, int) or self.seed < 0:
            raise ModelError(tr("seed must be a whole number ≥ 0, got {value!r}", value=self.seed))
        if not isinstance(self.workers, int) or not 1 <= self.workers <= 16:
            raise ModelError(tr("workers must be 1–16, got {value!r}", value=self.workers))
        if not isinstance(self.keep_confirmed, bool):
            raise ModelError(
                tr("keep_confirmed must be true or false, got {value!r}", value=self.keep_confirmed)
            )
        if (
            isinstance(self.extra_moves, bool)
            or not isinstance(self.extra_moves, int)
            or not 0 <= self.extra_moves <= MAX_EXTRA_MOVES
        ):
            raise ModelError(
                tr(
                    "extra moves must be a whole number 0–{most}, got {value!r}",
                    most=MAX_EXTRA_MOVES,
                    value=self.extra_moves,
                )
            )


@dataclass(frozen=True, slots=True)
class Settings:
    """`priority_order`: the keys of the fair order, first decides first (a permutation of
    tier, priority_points, registered_on, id; see `qods_planner.model.fair_order`)."""

    weights: RuleWeights = RuleWeights()
    neighbours: NeighbourRules = NeighbourRules()
    solver: SolverSettings = SolverSettings()
    priority_order: tuple[str, ...] = ORDER_KEYS

    def __post_init__(self) -> None:
        order = self.priority_order
        if not isinstance(order, tuple) or sorted(order) != sorted(ORDER_KEYS):
            raise ModelError(
                tr(
                    "the priority order must name each of {keys} once, got {value!r}",
                    keys=", ".join(ORDER_KEYS),
                    value=order,
                )
            )
