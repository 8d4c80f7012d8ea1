"""The domain model's venue: rectangles and units, entrances, halls, obstacles and booths."""

from __future__ import annotations

import pytest
from helpers.model_entities import fails, hall

from qods_planner.model import (
    Booth,
    BoothKind,
    BoothStatus,
    Entrance,
    Hall,
    Obstacle,
    ObstacleKind,
    Rect,
    Side,
    cm,
    m2,
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
