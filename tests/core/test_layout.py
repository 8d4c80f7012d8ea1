"""Geometry derived from the drawing: open sides, kinds, neighbour relations, tolerance, rows
and straight runs, merged stands, and premium booths.

Pictures in comments: y grows downwards; `|` is a shared wall, `.` an aisle, `#` the hall wall.
"""

from __future__ import annotations

import pytest

from qods_planner.layout import TOUCH_TOL_CM, Layout, Relation, analyse, layout_of
from qods_planner.model import (
    Booth,
    BoothKind,
    Entrance,
    Hall,
    NeighbourRules,
    Obstacle,
    ObstacleKind,
    Project,
    Rect,
    Settings,
    Side,
    project_problems,
)

M = 300  # one 3 m module
TOP, RIGHT, BOTTOM, LEFT = Side.TOP, Side.RIGHT, Side.BOTTOM, Side.LEFT
SBS, B2B, FACING = Relation.SIDE_BY_SIDE, Relation.BACK_TO_BACK, Relation.FACING


def make(
    booths: dict[str, tuple[int, int, int, int]],
    *,
    hall=(0, 0, 3000, 2000),
    entrances=(),
    obstacles=(),
    premium=None,
    **rules,
) -> Project:
    """A one-hall project with booths {id: (x, y, w, h)} and optional neighbour rules."""
    p = Project()
    p.put_hall(Hall("H1", "سالن", "Hall", Rect(*hall), tuple(entrances)))
    for i, rect in enumerate(obstacles):
        p.put_obstacle(Obstacle(f"O{i}", "H1", ObstacleKind.PILLAR, Rect(*rect)))
    premium = premium or {}
    p.put_booths([Booth(b, b, "H1", Rect(*r), premium=premium.get(b)) for b, r in booths.items()])
    if rules:
        p.set_settings(Settings(neighbours=NeighbourRules(**rules)))
    return p


def lay(booths, **kw) -> Layout:
    return analyse(make(booths, **kw))


def island_2x3(x=900, y=600) -> dict[str, tuple[int, int, int, int]]:
    """Two rows of three booths back to back, aisles all round:  A1|A2|A3 over B1|B2|B3."""
    out = {}
    for r, row in enumerate("AB"):
        for c in range(3):
            out[f"{row}{c + 1}"] = (x + c * M, y + r * M, M, M)
    return out


def perimeter_row(n=4, x=600) -> dict[str, tuple[int, int, int, int]]:
    """n booths along the top wall, starting `x` cm from the left wall."""
    return {f"P{i + 1}": (x + i * M, 0, M, M) for i in range(n)}


# -- open sides and kinds ---------------------------------------------------------------------


def test_lone_booth_in_the_middle_is_an_island():
    layout = lay({"a": (1200, 900, M, M)})
    assert layout.open_sides["a"] == set(Side)
    assert layout.kind("a") is BoothKind.ISLAND


def test_booth_against_one_wall_is_a_peninsula_and_in_a_corner_is_a_corner():
    layout = lay({"wall": (1200, 0, M, M), "corner": (3000 - M, 2000 - M, M, M)})
    assert layout.open_sides["wall"] == {LEFT, RIGHT, BOTTOM}
    assert layout.kind("wall") is BoothKind.PENINSULA
    assert layout.open_sides["corner"] == {TOP, LEFT}
    assert layout.kind("corner") is BoothKind.CORNER


def test_perimeter_row_has_inline_middles_and_corner_ends():
    # # # # # # # # #
    #   P1|P2|P3|P4
    layout = lay(perimeter_row())
    assert [layout.kind(b) for b in ("P1", "P2", "P3", "P4")] == [
        BoothKind.CORNER,
        BoothKind.INLINE,
        BoothKind.INLINE,
        BoothKind.CORNER,
    ]
    assert layout.open_sides["P2"] == {BOTTOM}
    assert layout.open_sides["P1"] == {LEFT, BOTTOM}


def test_row_starting_at_the_hall_corner_closes_the_end_on_the_wall():
    layout = lay(perimeter_row(x=0))
    assert layout.open_sides["P1"] == {BOTTOM}
    assert layout.kind("P1") is BoothKind.INLINE


def test_island_of_two_rows_back_to_back():
    layout = lay(island_2x3())
    assert layout.open_sides["A1"] == {TOP, LEFT} and layout.kind("A1") is BoothKind.CORNER
    assert layout.open_sides["A2"] == {TOP} and layout.kind("A2") is BoothKind.INLINE
    assert layout.open_sides["B3"] == {BOTTOM, RIGHT} and layout.kind("B3") is BoothKind.CORNER


def test_single_row_island_has_peninsula_ends():
    layout = lay({"a": (900, 900, M, M), "b": (1200, 900, M, M), "c": (1500, 900, M, M)})
    assert [layout.kind(x) for x in "abc"] == [
        BoothKind.PENINSULA,
        BoothKind.CORNER,
        BoothKind.PENINSULA,
    ]


def test_a_side_half_covered_by_a_neighbour_is_closed_less_than_half_is_open():
    # a 600 cm deep booth with a 300 cm booth against half of its right side
    layout = lay(
        {
            "big": (900, 900, M, 600),
            "half": (1200, 900, M, M),
            "small": (900, 300, 600, 600),
            "tiny": (1500, 300, M, 290),
        }
    )
    assert RIGHT not in layout.open_sides["big"]  # 300 of 600 cm: closed
    assert RIGHT in layout.open_sides["small"]  # 290 of 600 cm: still open


def test_obstacles_do_not_close_sides():
    layout = lay({"a": (1200, 900, M, M)}, obstacles=[(1500, 900, 60, 60)])
    assert layout.open_sides["a"] == set(Side)


# -- neighbour relations ----------------------------------------------------------------------


def test_side_by_side_in_a_perimeter_row():
    layout = lay(perimeter_row())
    assert layout.relation("P1", "P2") is SBS and layout.relation("P2", "P1") is SBS
    assert layout.relation("P2", "P3") is SBS
    assert layout.relation("P1", "P3") is None  # not adjacent
    assert SBS.factor == 2 and B2B.factor == 1 and FACING.factor == 1


def test_back_to_back_across_the_spine_of_an_island():
    layout = lay(island_2x3())
    for c in "123":
        assert layout.relation(f"A{c}", f"B{c}") is B2B
    assert layout.relation("A1", "A2") is SBS and layout.relation("B2", "B3") is SBS
    assert layout.relation("A1", "B2") is None  # diagonal: a corner is not a wall


def test_a_lone_pair_sharing_a_wall_is_side_by_side():
    layout = lay({"a": (900, 900, M, M), "b": (1200, 900, M, M)})
    assert layout.relation("a", "b") is SBS


def test_facing_across_an_aisle():
    # # # # # # # # # #   P1..P3 on the top wall
    #   P1|P2|P3
    #   . . . . . .        aisle of 300 cm
    #   A1|A2|A3           an island below
    #   B1|B2|B3
    booths = perimeter_row(3, x=900) | island_2x3(x=900, y=2 * M)
    layout = lay(booths)
    for c in "123":
        assert layout.relation(f"P{c}", f"A{c}") is FACING
    assert layout.relation("P1", "A2") is None  # no overlap across the aisle
    assert layout.relation("P1", "B1") is None  # A1 stands between them


def test_facing_needs_enough_overlap_across_the_aisle():
    base = {"top": (900, 0, M, M)}
    assert lay(base | {"low": (1150, 600, M, M)}).relation("top", "low") is FACING  # 50 cm
    assert lay(base | {"low": (1160, 600, M, M)}).relation("top", "low") is None  # 40 cm


def test_not_facing_when_the_aisle_is_wider_than_aisle_max():
    booths = {"left": (0, 900, M, M), "right": (M + 400, 900, M, M)}
    assert lay(booths).relation("left", "right") is FACING  # exactly 400 cm
    wider = {"left": (0, 900, M, M), "right": (M + 401, 900, M, M)}
    assert lay(wider).relation("left", "right") is None
    assert lay(wider, aisle_max_cm=500).relation("left", "right") is FACING


def test_a_pillar_in_the_aisle_does_not_hide_one_booth_from_the_other():
    """A 60 cm pillar in a 4 m aisle hides 60 of the 300 cm the fronts share: competitors
    either side of it are still neighbours."""
    booths = {"top": (900, 0, M, M), "low": (900, 700, M, M)}
    assert lay(booths).relation("top", "low") is FACING
    assert lay(booths, obstacles=[(1000, 450, 60, 60)]).relation("top", "low") is FACING
    two = [(950, 450, 60, 60), (1100, 450, 60, 60)]  # 120 of 300 cm: still less than half
    assert lay(booths, obstacles=two).relation("top", "low") is FACING


def test_not_facing_when_obstacles_hide_half_the_fronts_or_a_booth_stands_in_the_aisle():
    booths = {"top": (900, 0, M, M), "low": (900, 700, M, M)}
    assert lay(booths, obstacles=[(900, 400, 150, 100)]).relation("top", "low") is None  # half
    assert lay(booths, obstacles=[(900, 400, 149, 100)]).relation("top", "low") is FACING
    overlapping = [(900, 400, 100, 100), (950, 450, 99, 60)]  # union 149 cm, not 160
    assert lay(booths, obstacles=overlapping).relation("top", "low") is FACING
    assert lay(booths, obstacles=[(800, 300, 500, 400)]).relation("top", "low") is None
    kiosk = booths | {"kiosk": (1000, 400, 100, 100)}  # a small booth in the aisle
    layout = lay(kiosk)
    assert layout.relation("top", "low") is None
    assert layout.kind("kiosk") is BoothKind.ISLAND


def test_an_obstacle_beside_the_aisle_strip_does_not_block():
    booths = {"top": (900, 0, M, M), "low": (900, 700, M, M)}
    assert lay(booths, obstacles=[(1200, 450, 60, 60)]).relation("top", "low") is FACING


def test_a_wall_shorter_than_50_cm_does_not_make_neighbours():
    shifted = {"a": (900, 900, M, M), "b": (1200, 900 + M - 40, M, M)}  # 40 cm of wall
    layout = lay(shifted)
    assert layout.relation("a", "b") is None
    assert "b" not in layout.touching["a"] and RIGHT in layout.open_sides["a"]
    exactly = {"a": (900, 900, M, M), "b": (1200, 900 + M - 50, M, M)}
    assert lay(exactly).relation("a", "b") is SBS
    assert lay(shifted, min_shared_wall_cm=30).relation("a", "b") is SBS


def test_neighbour_pairs_are_listed_once_and_sorted():
    layout = lay(island_2x3())
    pairs = layout.neighbour_pairs()
    assert pairs == sorted(pairs) and all(a < b for a, b, _ in pairs)
    assert len(pairs) == 7  # 4 side by side + 3 back to back
    assert sum(1 for *_, rel in pairs if rel is B2B) == 3


def test_booths_in_different_halls_are_never_neighbours():
    p = Project()
    p.put_hall(Hall("H1", "سالن ۱", "Hall 1", Rect(0, 0, 3000, 2000)))
    p.put_hall(Hall("H2", "سالن ۲", "Hall 2", Rect(3000, 0, 3000, 2000)))
    p.put_booths(
        [
            Booth("a", "a", "H1", Rect(3000 - M, 900, M, M)),
            Booth("b", "b", "H2", Rect(3000, 900, M, M)),
        ]
    )
    layout = analyse(p)
    assert layout.relation("a", "b") is None
    assert layout.open_sides["a"] == {TOP, BOTTOM, LEFT}  # its right side is the hall wall


# -- tolerance --------------------------------------------------------------------------------


@pytest.mark.parametrize("gap", [-2, -1, 0, 1, 2])
def test_edges_within_two_cm_still_touch(gap):
    layout = lay({"a": (900, 900, M, M), "b": (1200 + gap, 900 + gap, M, M)})
    assert layout.relation("a", "b") is SBS
    assert RIGHT not in layout.open_sides["a"] and LEFT not in layout.open_sides["b"]
    assert layout.rows == [("a", "b")]  # 2 cm out of line is still one row


def test_edges_three_cm_apart_no_longer_touch():
    assert TOUCH_TOL_CM == 2
    layout = lay({"a": (900, 900, M, M), "b": (1203, 900, M, M)})
    assert layout.touching["a"] == {} and layout.relation("a", "b") is not SBS
    assert RIGHT in layout.open_sides["a"] and layout.rows == []


def test_touch_at_the_tolerance_on_a_grid_cell_boundary_is_seen_from_both_sides():
    # "a" ends at x = 1200, a boundary of the spatial index's 600 cm cells; "b" starts 2 cm on
    layout = lay({"a": (900, 900, M, M), "b": (1202, 900, M, M)})
    assert layout.touching["a"] == {"b": RIGHT} and layout.touching["b"] == {"a": LEFT}


def test_facing_at_exactly_aisle_max_whichever_id_comes_first():
    # "z" ends on a cell boundary (1200); "a" begins exactly 400 cm further on
    booths = {"z": (900, 900, M, M), "a": (1600, 900, M, M)}
    assert lay(booths).relation("a", "z") is FACING


def test_booth_within_two_cm_of_the_wall_is_on_the_wall():
    layout = lay({"a": (2, 2, M, M)})
    assert layout.open_sides["a"] == {RIGHT, BOTTOM}


def test_touching_is_not_overlapping_but_a_centimetre_in_is():
    touching = make({"a": (900, 900, M, M), "b": (1200, 900, M, M)})
    assert project_problems(touching) == []
    overlapping = make({"a": (900, 900, M, M), "b": (1199, 900, M, M)})
    assert [str(p) for p in project_problems(overlapping)] == ["booth a: overlaps booth b"]


# -- rows and straight runs -------------------------------------------------------------------


def test_rows_of_a_perimeter_row():
    layout = lay(perimeter_row(4))
    assert layout.rows == [("P1", "P2", "P3", "P4")]
    assert layout.row_of["P3"] == [(0, 2)]
    assert layout.runs(3) == [
        ("P1", "P2"),
        ("P2", "P3"),
        ("P3", "P4"),
        ("P1", "P2", "P3"),
        ("P2", "P3", "P4"),
    ]
    assert layout.runs(1) == []


def test_straight_runs():
    layout = lay(perimeter_row(4))
    assert layout.is_straight_run(["P2"])
    assert layout.is_straight_run(("P3", "P2"))  # order does not matter
    assert layout.is_straight_run(["P1", "P2", "P3", "P4"])
    assert not layout.is_straight_run(["P1", "P3"])  # a gap
    assert not layout.is_straight_run(["P1", "P2", "ghost"])
    assert not layout.is_straight_run(["ghost"])


def test_rows_of_an_island_run_along_both_directions():
    layout = lay(island_2x3())
    rows = set(layout.rows)
    assert {("A1", "A2", "A3"), ("B1", "B2", "B3")} <= rows
    # equal-width booths back to back also chain (a 3 m × 6 m stand through the island)
    assert {("A1", "B1"), ("A2", "B2"), ("A3", "B3")} <= rows and len(rows) == 5
    assert not layout.is_straight_run(["A1", "B2"])
    assert not layout.is_straight_run(["A1", "A2", "B1", "B2"])


def test_a_booth_of_another_depth_ends_the_row():
    booths = perimeter_row(3) | {"deep": (600 + 3 * M, 0, M, 400)}
    layout = lay(booths)
    assert layout.rows == [("P1", "P2", "P3")]
    assert layout.relation("P3", "deep") is SBS  # still neighbours
    assert not layout.is_straight_run(["P3", "deep"])


# -- merged stands ----------------------------------------------------------------------------


def test_stand_kind_of_merged_booths():
    layout = lay(island_2x3())
    assert layout.stand_open_sides(["A1", "A2"]) == {TOP, LEFT}
    assert layout.stand_kind(["A1", "A2"]) is BoothKind.CORNER
    assert layout.stand_kind(["A1", "A2", "A3"]) is BoothKind.PENINSULA
    assert layout.stand_kind(["A2", "A3"]) is BoothKind.CORNER
    assert layout.stand_kind(["A1", "B1"]) is BoothKind.PENINSULA  # through the island
    assert layout.stand_kind(["A2"]) is BoothKind.INLINE


def test_merged_perimeter_row_stand():
    layout = lay(perimeter_row(4))
    assert layout.stand_open_sides(["P2", "P3"]) == {BOTTOM}
    assert layout.stand_kind(["P1", "P2"]) is BoothKind.CORNER
    assert layout.stand_open_sides(["P1", "P2", "P3", "P4"]) == {LEFT, RIGHT, BOTTOM}


def test_stand_relation_is_the_strongest_between_any_two_booths():
    layout = lay(island_2x3())
    assert layout.stand_relation(("A1", "A2"), ("A3",)) is SBS
    assert layout.stand_relation(("A1",), ("B1", "B2")) is B2B
    assert layout.stand_relation(("A1",), ("B3",)) is None


# -- premium ----------------------------------------------------------------------------------


def test_premium_near_an_entrance_and_when_set():
    # a door in the bottom wall, 1200..1600 cm from the left
    door = Entrance(BOTTOM, 1200, 400)
    booths = {
        "at_door": (1200, 2000 - M, M, M),
        "within": (2300, 2000 - M, M, M),  # 700 cm to the right of the door
        "edge": (2400, 2000 - M, M, M),  # exactly 800 cm
        "far": (2401, 2000 - M, M, M),  # 801 cm
        "set": (0, 0, M, M),
        "refused": (1600, 2000 - M, M, M),
    }
    layout = lay(booths, entrances=[door], premium={"set": True, "refused": False})
    assert layout.premium == {
        "at_door": True,
        "within": True,
        "edge": True,
        "far": False,
        "set": True,
        "refused": False,
    }


def test_premium_distance_follows_the_rules_and_no_door_means_none():
    booths = {"a": (1200, 899, M, M)}
    door = Entrance(BOTTOM, 1200, 400)  # its strip inside the wall is 800 cm below booth a
    assert lay(booths, entrances=[door]).premium["a"] is True
    assert lay(booths, entrances=[door], premium_entrance_distance_cm=799).premium["a"] is False
    assert lay(booths).premium["a"] is False


# -- caching ----------------------------------------------------------------------------------


def test_layout_of_is_recomputed_only_after_a_change():
    p = make(perimeter_row(2))
    first = layout_of(p)
    assert layout_of(p) is first
    p.put_booth(Booth("P3", "P3", "H1", Rect(600 + 2 * M, 0, M, M)))
    second = layout_of(p)
    assert second is not first and second.rows == [("P1", "P2", "P3")]
    p.set_plan(p.plan)  # plan edits do not change the geometry
    assert layout_of(p) is second
