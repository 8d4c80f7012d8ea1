"""The Project document: its mutators and change notifications, and whole-project integrity."""

from __future__ import annotations

import pytest
from helpers.model_entities import exhibitor, fails, hall

from qods_planner.model import (
    Booth,
    Change,
    Complementarity,
    EventInfo,
    ExhibitorStatus,
    Obstacle,
    ObstacleKind,
    Plan,
    Problem,
    Project,
    Rect,
    Sector,
    Wishes,
    project_problems,
)

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
