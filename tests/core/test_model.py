"""The domain model: construction rules with their exact messages, the Project document's
mutators and change notifications, and the whole-project integrity rules."""

from __future__ import annotations

import math
import re

import pytest

from qods_planner.model import (
    Booth,
    BoothKind,
    BoothStatus,
    Change,
    Complementarity,
    Entrance,
    EventInfo,
    Exhibitor,
    ExhibitorStatus,
    Hall,
    ModelError,
    Needs,
    NeighbourRules,
    Obstacle,
    ObstacleKind,
    Plan,
    PriorityTier,
    Problem,
    Project,
    Rect,
    RuleWeights,
    Sector,
    Side,
    SolverSettings,
    Wishes,
    cm,
    m2,
    project_problems,
)


def fails(message: str):
    """pytest.raises for a ModelError whose text contains `message` literally."""
    return pytest.raises(ModelError, match=re.escape(message))


def hall(hid="H1", w=3000, h=2000, entrances=()):
    return Hall(hid, f"سالن {hid}", f"Hall {hid}", Rect(0, 0, w, h), tuple(entrances))


def exhibitor(eid="E-1", sector="auto", req=9, lo=None, hi=None, **kw):
    return Exhibitor(
        eid, "شرکت", "Co", sector, req, req if lo is None else lo, req if hi is None else hi, **kw
    )


# -- geometry ---------------------------------------------------------------------------------


def test_rect_needs_whole_positive_centimetres():
    with fails("x must be whole centimetres, got 1.5"):
        Rect(1.5, 0, 100, 100)
    with fails("h must be whole centimetres, got True"):
        Rect(0, 0, 100, True)
    with fails("width and depth must be > 0 cm, got 0 × 100"):
        Rect(0, 0, 0, 100)
    with fails("width and depth must be > 0 cm, got 100 × -5"):
        Rect(0, 0, 100, -5)
    assert Rect(-300, -200, 300, 200).area == 60_000  # negative positions are allowed


def test_touching_rects_do_not_overlap():
    a = Rect(0, 0, 300, 300)
    assert not a.overlaps(Rect(300, 0, 300, 300))  # shares the right wall
    assert not a.overlaps(Rect(300, 300, 300, 300))  # shares a corner
    assert a.overlaps(Rect(299, 0, 300, 300))
    assert a.contains(Rect(0, 0, 300, 300)) and not a.contains(Rect(1, 0, 300, 300))
    assert a.gap_to(Rect(300, 0, 10, 10)) == 0
    assert a.gap_to(Rect(600, 700, 10, 10)) == 500  # 3-4-5 triangle


def test_rect_edges_union_and_sides():
    r = Rect(100, 200, 300, 400)
    assert r.edge(Side.TOP) == (200, 100, 400)
    assert r.edge(Side.RIGHT) == (400, 200, 600)
    assert r.edge(Side.BOTTOM) == (600, 100, 400)
    assert r.edge(Side.LEFT) == (100, 200, 600)
    assert r.union(Rect(0, 0, 10, 10)) == Rect(0, 0, 400, 600)
    assert [s.opposite for s in Side] == [Side.BOTTOM, Side.LEFT, Side.TOP, Side.RIGHT]
    assert r.side_length(Side.TOP) == 300 and r.side_length(Side.LEFT) == 400


def test_metres_round_to_the_centimetre_once():
    assert cm(3.0) == 300 and cm(2.995) == 300 and cm(0.125) == 13 and cm(-0.125) == -13
    assert cm(0.1 + 0.2) == 30  # float noise does not leak into the model
    assert m2(Rect(0, 0, 300, 600).area) == 18.0


# -- venue ------------------------------------------------------------------------------------


def test_entrance_rules():
    with fails("entrance side must be one of top/right/bottom/left, got 'top'"):
        Entrance("top", 0)
    with fails("entrance offset must be ≥ 0 cm, got -1"):
        Entrance(Side.TOP, -1)
    with fails("entrance width must be > 0 cm, got 0"):
        Entrance(Side.TOP, 0, 0)
    assert Entrance(Side.LEFT, 100).width == 300


def test_entrance_rect_lies_on_the_outline():
    outline = Rect(1000, 500, 3000, 2000)
    assert Entrance(Side.BOTTOM, 200, 400).rect_on(outline) == Rect(1200, 2499, 400, 1)
    assert Entrance(Side.RIGHT, 100).rect_on(outline) == Rect(3999, 600, 1, 300)


def test_hall_rules():
    with fails("hall id must be letters, digits"):
        Hall("H 1", "سالن", "Hall", Rect(0, 0, 100, 100))
    with fails("hall H1 Persian name must not be empty"):
        Hall("H1", "  ", "Hall", Rect(0, 0, 100, 100))
    with fails("hall H1 English name must be text, got None"):
        Hall("H1", "سالن", None, Rect(0, 0, 100, 100))
    with fails("hall H1 outline must be a rectangle"):
        Hall("H1", "سالن", "Hall", (0, 0, 100, 100))
    with fails("hall H1: entrance on the top side runs past the corner (2800 + 300 cm > 3000 cm)"):
        hall(entrances=[Entrance(Side.TOP, 2800)])
    assert hall(entrances=[Entrance(Side.TOP, 2700)]).name("fa") == "سالن H1"


def test_obstacle_rules():
    with fails("obstacle P1 kind must be one of pillar, stage, fire_exit, service, got 'wall'"):
        Obstacle("P1", "H1", "wall", Rect(0, 0, 50, 50))
    with fails("obstacle P1 must have a rectangle"):
        Obstacle("P1", "H1", ObstacleKind.PILLAR, None)
    with fails("obstacle P1 hall id must be letters"):
        Obstacle("P1", "", ObstacleKind.PILLAR, Rect(0, 0, 50, 50))
    with fails("obstacle P1 label must be text, got 3"):
        Obstacle("P1", "H1", ObstacleKind.STAGE, Rect(0, 0, 50, 50), 3)


# -- booths -----------------------------------------------------------------------------------


def test_booth_rules():
    r = Rect(0, 0, 300, 300)
    with fails("booth id must be letters"):
        Booth("-b", "A-1", "H1", r)
    with fails("booth b1 label must not be empty"):
        Booth("b1", "", "H1", r)
    with fails("booth b1 must have a rectangle"):
        Booth("b1", "A-1", "H1", "0,0,300,300")
    with fails("booth A-1 is 300 × 99 cm; each side must be at least 100 cm"):
        Booth("b1", "A-1", "H1", Rect(0, 0, 300, 99))
    with fails("booth A-1 status must be available, blocked or reserved"):
        Booth("b1", "A-1", "H1", r, status="available")
    with fails("booth A-1 water must be true or false"):
        Booth("b1", "A-1", "H1", r, water=1)
    with fails("booth A-1 premium must be true, false or unset"):
        Booth("b1", "A-1", "H1", r, premium="yes")


def test_booth_area_and_services():
    b = Booth("b1", "A-1", "H1", Rect(0, 0, 300, 600), power=True, heavy_floor=True)
    assert b.area == 180_000 and b.status is BoothStatus.AVAILABLE and b.premium is None
    assert b.meets(power=True, water=False, heavy_floor=True)
    assert not b.meets(power=False, water=True, heavy_floor=False)


@pytest.mark.parametrize(
    ("count", "kind"),
    [
        (0, BoothKind.INLINE),
        (1, BoothKind.INLINE),
        (2, BoothKind.CORNER),
        (3, BoothKind.PENINSULA),
        (4, BoothKind.ISLAND),
    ],
)
def test_kind_from_open_sides(count, kind):
    assert BoothKind.from_open_sides(count) is kind


# -- sectors and complementarity -----------------------------------------------------------------


def test_sector_rules():
    with fails("sector auto colour must be a colour like #1f77b4, got 'red'"):
        Sector("auto", "خودرو", "Auto", "red")
    with fails("sector auto colour must be a colour like #1f77b4, got '#12345'"):
        Sector("auto", "خودرو", "Auto", "#12345")
    with fails("sector auto English name must not be empty"):
        Sector("auto", "خودرو", "", "#123456")
    assert Sector("auto", "خودرو", "Auto", "#AbCdEf").name("en") == "Auto"


def test_complementarity_is_symmetric_and_drops_zero():
    m = Complementarity({("metal", "auto"): 3, ("auto", "food"): 0})
    assert m.weight("auto", "metal") == m.weight("metal", "auto") == 3
    assert m.weight("auto", "food") == 0 and m.weight("auto", "auto") == 0
    assert dict(m.weights) == {("auto", "metal"): 3}
    assert m.with_weight("food", "auto", 2).weight("auto", "food") == 2
    assert m.without_sector("metal").weights == {}
    # the same pair given in both orders with the same weight is fine
    assert Complementarity({("a", "b"): 2, ("b", "a"): 2}).weight("a", "b") == 2


@pytest.mark.parametrize("w", [4, -1, 1.0, True, "2"])
def test_complementarity_weights_are_whole_0_to_3(w):
    with fails("complementarity auto–metal must be a whole number 0–3, got"):
        Complementarity({("auto", "metal"): w})


def test_complementarity_rejects_self_and_contradictions():
    with fails("complementarity of sector auto with itself is not allowed"):
        Complementarity({("auto", "auto"): 1})
    with fails("complementarity metal–auto is given twice with different weights"):
        Complementarity({("auto", "metal"): 1, ("metal", "auto"): 2})
    with fails("complementarity metal–auto is given twice with different weights"):
        Complementarity.from_triples([("auto", "metal", 1), ("metal", "auto", 2)])
    assert Complementarity.from_triples([("b", "a", 3)]).weight("a", "b") == 3


# -- exhibitors -------------------------------------------------------------------------------


def test_exhibitor_areas():
    with fails(
        "exhibitor E-1 areas must satisfy smallest ≤ requested ≤ largest, got 12 ≤ 9 ≤ 18 m²"
    ):
        exhibitor(req=9, lo=12, hi=18)
    with fails("got 9 ≤ 18 ≤ 12 m²"):
        exhibitor(req=18, lo=9, hi=12)
    with fails("exhibitor E-1 requested area must be > 0 m²"):
        exhibitor(req=0)
    with fails("exhibitor E-1 smallest acceptable area must be > 0 m²"):
        exhibitor(req=9, lo=-1)
    with fails("exhibitor E-1 requested_m2 must be a number of m², got nan"):
        exhibitor(req=math.nan)
    with fails("exhibitor E-1 max_m2 must be a number of m², got True"):
        exhibitor(req=9, hi=True)
    e = exhibitor(req=12.5, lo=9, hi=18)
    assert (e.requested_cm2, e.min_cm2, e.max_cm2) == (125_000, 90_000, 180_000)


def test_exhibitor_relations():
    with fails("exhibitor E-1 cannot be its own competitor"):
        exhibitor(competitors=("E-1",))
    with fails("exhibitor E-1 cannot be its own partner"):
        exhibitor(partners=("E-1",))
    with fails("exhibitor E-1 lists the same company as competitor and partner"):
        exhibitor(competitors=("E-2",), partners=("E-2", "E-3"))
    with fails("exhibitor E-1 competitors lists an id twice"):
        exhibitor(competitors=("E-2", "E-2"))
    with fails("exhibitor E-1 pinned booths must be a tuple of ids, got ['b1']"):
        exhibitor(pinned_booths=["b1"])


def test_exhibitor_other_fields():
    with fails(
        "exhibitor E-1 registration date must be an ISO date like 2026-10-05, optionally with a"
        " time like 2026-10-05T09:30; got '1405/07/12'"
    ):
        exhibitor(registered_on="1405/07/12")
    with fails("exhibitor E-1 priority must be sponsor, returning or regular"):
        exhibitor(priority="sponsor")
    with fails("exhibitor E-1 status must be registered or withdrawn"):
        exhibitor(status="gone")
    with fails("exhibitor E-1 Persian name must not be empty"):
        Exhibitor("E-1", "", "Co", "auto", 9, 9, 9)
    with fails("exhibitor E-1 sector id must be letters"):
        exhibitor(sector="")
    with fails("a required hall needs a preferred hall"):
        Wishes(hall_required=True)
    with fails("preferred hall id must be letters"):
        Wishes(preferred_hall="hall 1")
    e = Exhibitor("E-1", "شرکت", "", "auto", 9, 9, 9, status=ExhibitorStatus.WITHDRAWN)
    assert e.name("en") == "شرکت"  # no English name: fall back to Persian
    assert not e.registered and e.needs == Needs() and e.priority is PriorityTier.REGULAR


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


# -- the Project document ---------------------------------------------------------------------


@pytest.fixture
def project() -> Project:
    p = Project(id="p1")
    p.put_hall(hall())
    p.put_sector(Sector("auto", "خودرو", "Auto", "#111111"))
    p.put_sector(Sector("metal", "فلز", "Metal", "#222222"))
    p.put_booths([Booth(f"b{i}", f"A-{i}", "H1", Rect(300 * i, 0, 300, 300)) for i in range(4)])
    p.put_exhibitors([exhibitor("E-1"), exhibitor("E-2", "metal", competitors=("E-1",))])
    return p


@pytest.fixture
def changes(project: Project) -> list[Change]:
    seen: list[Change] = []
    project.subscribe(seen.append)
    return seen


def test_every_mutator_notifies_once_and_bumps_the_revision(project, changes):
    start = project.revision
    project.put_hall(hall("H2"))
    project.put_obstacle(Obstacle("P1", "H1", ObstacleKind.PILLAR, Rect(1500, 1000, 50, 50)))
    project.put_booths(
        [
            Booth("b8", "B-8", "H2", Rect(0, 600, 300, 300)),
            Booth("b9", "B-9", "H2", Rect(0, 900, 300, 300)),
        ]
    )
    project.put_sector(Sector("food", "غذا", "Food", "#333333"))
    project.set_complementarity(Complementarity({("auto", "metal"): 2}))
    project.put_exhibitor(exhibitor("E-3", "food"))
    project.set_plan(Plan({"E-1": ("b0",)}))
    project.set_baseline(Plan({"E-1": ("b0",)}))
    project.set_settings(project.settings)
    project.set_event(EventInfo(name_fa="نمایشگاه قدس"))
    project.remove_obstacle("P1")
    assert changes == [
        Change("hall", ("H2",)),
        Change("obstacle", ("P1",)),
        Change("booth", ("b8", "b9")),
        Change("sector", ("food",)),
        Change("complementarity"),
        Change("exhibitor", ("E-3",)),
        Change("plan"),
        Change("baseline"),
        Change("settings"),
        Change("meta"),
        Change("obstacle", ("P1",)),
    ]
    assert project.revision == start + len(changes)


def test_unsubscribe_and_quiet(project, changes):
    other: list[Change] = []
    stop = project.subscribe(other.append)
    with project.quiet():
        project.put_sector(Sector("food", "غذا", "Food", "#333333"))
        project.put_exhibitor(exhibitor("E-3", "food"))
    assert changes == [Change("meta")] and other == [Change("meta")]
    stop()
    stop()  # a second call is harmless
    project.set_plan(Plan())
    assert len(other) == 1 and len(changes) == 2


def test_mutators_refuse_unknown_references_and_change_nothing(project, changes):
    with fails("booth B-1 is in unknown hall 'H9'"):
        project.put_booths(
            [
                Booth("b7", "B-0", "H1", Rect(0, 600, 300, 300)),
                Booth("b8", "B-1", "H9", Rect(0, 900, 300, 300)),
            ]
        )
    with fails("obstacle P1 is in unknown hall 'H9'"):
        project.put_obstacle(Obstacle("P1", "H9", ObstacleKind.PILLAR, Rect(0, 0, 50, 50)))
    with fails("exhibitor E-3 has unknown sector 'food'"):
        project.put_exhibitors([exhibitor("E-4"), exhibitor("E-3", "food")])
    with fails("hall H1 still has booths; remove them first"):
        project.remove_hall("H1")
    with fails("sector auto is used by exhibitors E-1"):
        project.remove_sector("auto")
    assert "b7" not in project.booths and "E-4" not in project.exhibitors
    assert "H1" in project.halls and changes == []


def test_removing_booths_shrinks_stands_and_drops_emptied_locks(project, changes):
    project.set_plan(Plan({"E-1": ("b0", "b1"), "E-2": ("b2",)}, frozenset({"E-1", "E-2"})))
    changes.clear()
    project.remove_booths(["b1", "b2"])
    assert project.plan == Plan({"E-1": ("b0",)}, frozenset({"E-1"}))
    assert changes == [Change("plan"), Change("booth", ("b1", "b2"))]


def test_removing_an_exhibitor_frees_its_stand(project, changes):
    project.set_plan(Plan({"E-1": ("b0",), "E-2": ("b1",)}, frozenset({"E-1"})))
    changes.clear()
    project.remove_exhibitor("E-1")
    assert project.plan == Plan({"E-2": ("b1",)})
    assert changes == [Change("plan"), Change("exhibitor", ("E-1",))]


def test_removing_a_sector_clears_its_complementarity(project):
    project.put_sector(Sector("food", "غذا", "Food", "#333333"))
    project.set_complementarity(Complementarity({("auto", "food"): 2, ("auto", "metal"): 1}))
    project.remove_sector("food")
    assert dict(project.complementarity.weights) == {("auto", "metal"): 1}


def test_project_queries(project):
    project.put_exhibitor(exhibitor("E-3", status=ExhibitorStatus.WITHDRAWN))
    project.put_exhibitor(exhibitor("E-4", partners=("E-1", "E-404")))
    project.set_plan(Plan({"E-2": ("b1",)}))
    assert project.waitlist() == ["E-1", "E-4"]
    assert project.waitlist(Plan()) == ["E-1", "E-2", "E-4"]
    assert project.symmetric_pairs("competitors") == {("E-1", "E-2")}
    assert project.symmetric_pairs("partners") == {("E-1", "E-4")}  # unknown ids ignored
    assert [b.id for b in project.booths_in("H1")] == ["b0", "b1", "b2", "b3"]
    assert project.new_id("E", project.exhibitors) == "E-5"
    assert project.new_id("b", {"b-1", "b-2"}) == "b-3"
    with fails("project id must be letters"):
        Project(id="")


# -- whole-project integrity ------------------------------------------------------------------


def test_a_sound_project_has_no_problems(project):
    project.set_plan(Plan({"E-1": ("b0", "b1")}))
    assert project_problems(project) == []


def test_project_problems_name_entity_and_rule(project):
    project.put_hall(hall("H2", w=1000, h=1000))
    project.put_obstacle(Obstacle("P1", "H1", ObstacleKind.PILLAR, Rect(2000, 1000, 60, 60)))
    project.put_obstacle(Obstacle("X1", "H2", ObstacleKind.FIRE_EXIT, Rect(900, 0, 200, 200)))
    project.put_booths(
        [
            Booth("c1", "C-1", "H1", Rect(2900, 0, 300, 300)),  # past the right wall
            Booth("c2", "C-2", "H1", Rect(450, 0, 300, 300)),  # on b1 and b2
            Booth("c3", "C-3", "H1", Rect(1950, 950, 300, 300)),  # on the pillar
            Booth("c4", "A-0", "H2", Rect(0, 0, 300, 300)),  # label taken by b0
        ]
    )
    project.exhibitors["E-9"] = exhibitor(  # bypass put_exhibitor's sector check, as a file can
        "E-9",
        "mining",
        competitors=("E-77",),
        partners=("E-88",),
        pinned_booths=("zz",),
        wishes=Wishes(preferred_hall="H7"),
    )
    project.set_complementarity(Complementarity({("auto", "textiles"): 1}))
    project.set_plan(Plan({"E-1": ("b0", "b404"), "E-55": ("b3",)}))
    project.set_baseline(Plan({"E-66": ("b3",)}))
    found = {str(p) for p in project_problems(project)}
    assert found == {
        "obstacle X1: lies outside hall H2",
        "booth C-1: lies outside hall H1",
        "booth A-0: has the same label as booth b0",
        "booth A-1: overlaps booth C-2",  # pairs are named left to right
        "booth C-2: overlaps booth A-2",
        "booth C-3: covers pillar P1",
        "exhibitor E-9: has unknown sector 'mining'",
        "exhibitor E-9: names unknown competitor 'E-77'",
        "exhibitor E-9: names unknown partner 'E-88'",
        "exhibitor E-9: is pinned to unknown booth 'zz'",
        "exhibitor E-9: prefers unknown hall 'H7'",
        "complementarity: names unknown sector 'textiles'",
        "plan: gives exhibitor E-1 unknown booth 'b404'",
        "plan: gives a stand to unknown exhibitor 'E-55'",
        "baseline plan: gives a stand to unknown exhibitor 'E-66'",
    }
    assert len(project_problems(project)) == len(found)  # each problem once


def test_unknown_halls_and_stable_order(project):
    project.booths["z1"] = Booth("z1", "Z-1", "H9", Rect(0, 0, 300, 300))
    project.obstacles["P9"] = Obstacle("P9", "H9", ObstacleKind.SERVICE, Rect(0, 0, 50, 50))
    problems = project_problems(project)
    assert problems == [
        Problem("obstacle P9", "is in unknown hall 'H9'"),
        Problem("booth Z-1", "is in unknown hall 'H9'"),
    ]
    assert project_problems(project) == problems


def test_touching_booths_and_obstacles_are_not_problems(project):
    project.put_obstacle(Obstacle("P1", "H1", ObstacleKind.PILLAR, Rect(1200, 0, 60, 60)))
    project.put_booth(Booth("b4", "A-4", "H1", Rect(0, 300, 300, 300)))  # under b0
    assert project_problems(project) == []
