"""The domain model's plans, settings, event and ModelError: construction rules, exact messages."""

from __future__ import annotations

from helpers.model_entities import fails

from qods_planner.model import (
    EventInfo,
    ModelError,
    NeighbourRules,
    Plan,
    RuleWeights,
    SolverSettings,
)

# -- plans ------------------------------------------------------------------------------------


def test_plan_rules():
    with fails("plan gives exhibitor E-1 a stand with no booth"):
        Plan({"E-1": ()})
    with fails("plan lists a booth twice in the stand of exhibitor E-1"):
        Plan({"E-1": ("b1", "b1")})
    with fails("plan locks exhibitor E-2, who has no stand"):
        Plan({"E-1": ("b1",)}, frozenset({"E-2"}))
    with fails("plan exhibitor id must be letters"):
        Plan({"E 1": ("b1",)})


def test_plan_is_a_value():
    p = Plan({"E-2": ["b9", "b3"], "E-1": ("b1",)})
    assert list(p.stands) == ["E-1", "E-2"] and p.stands["E-2"] == ("b3", "b9")
    assert p == Plan({"E-1": ("b1",), "E-2": ("b3", "b9")})
    assert hash(p) == hash(Plan({"E-1": ("b1",), "E-2": ("b9", "b3")}))
    assert p.occupants() == {"b1": "E-1", "b3": "E-2", "b9": "E-2"}
    locked = p.with_lock("E-1", True)
    assert locked.locked == {"E-1"} and p.locked == frozenset()
    assert locked.without(["E-1"]) == Plan({"E-2": ("b3", "b9")})
    moved = p.with_stand("E-1", ["b2"])
    assert moved.moved_from(p) == ["E-1"] and p.moved_from(p) == []
    assert Plan().moved_from(p) == ["E-1", "E-2"]


# -- settings and event -----------------------------------------------------------------------


def test_settings_rules():
    with fails("waste must be a whole number ≥ 0, got -1"):
        RuleWeights(waste=-1)
    with fails("move must be a whole number ≥ 0, got 1.5"):
        RuleWeights(move=1.5)
    with fails("aisle_max_cm must be a whole number ≥ 1, got 0"):
        NeighbourRules(aisle_max_cm=0)
    with fails("time limit must be between 0 and 3600 s, got 0"):
        SolverSettings(time_limit_s=0)
    with fails("time limit must be between 0 and 3600 s, got 3601"):
        SolverSettings(time_limit_s=3601)
    with fails("time limit must be a number of seconds, got True"):
        SolverSettings(time_limit_s=True)
    with fails("seed must be a whole number ≥ 0, got -3"):
        SolverSettings(seed=-3)
    with fails("workers must be 1–16, got 17"):
        SolverSettings(workers=17)
    assert RuleWeights().waitlist > 0 and NeighbourRules().min_shared_wall_cm == 50


def test_event_rules():
    with fails("exhibition ends (2026-10-01) before it starts (2026-10-04)"):
        EventInfo(start="2026-10-04", end="2026-10-01")
    with fails("language must be one of fa, en, got 'de'"):
        EventInfo(language="de")
    with fails("exhibition start date must be an ISO date like 2026-10-05, got '2026-02-30'"):
        EventInfo(start="2026-02-30")


def test_model_error_keeps_message_and_where():
    err = ModelError("must be > 0", "booths[b1].rect.w")
    assert str(err) == "booths[b1].rect.w: must be > 0"
    assert (err.message, err.where) == ("must be > 0", "booths[b1].rect.w")
    assert isinstance(err, ValueError)
