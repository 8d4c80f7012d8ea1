"""Undo commands: each changes the model as asked, undo restores it exactly, redo repeats."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.ui import make_project, snapshot
from PySide6.QtGui import QUndoStack

from qods_planner.model import (
    Booth,
    BoothStatus,
    Entrance,
    Hall,
    Obstacle,
    ObstacleKind,
    Plan,
    Project,
    Rect,
    Side,
)
from ui.commands import (
    AddBooths,
    AddObstacle,
    EditBooths,
    EditHall,
    EditObstacle,
    MergeBooths,
    MoveBooths,
    MoveObstacle,
    Refused,
    RemoveBooths,
    RemoveObstacle,
    RenumberBooths,
    ResizeBooth,
    RotateBooths,
    SetPlan,
    SplitBooth,
)
from ui.commands.booth_commands import rotated_rects
from ui.commands.edit_refusals import booth_refusal, hall_refusal, obstacle_refusal
from ui.commands.generate import RowSpec, row_booths
from ui.commands.naming import label_scheme, new_ids, next_labels, pattern_labels, reading_order

FACTORIES = {
    "add": lambda p: AddBooths(p, [Booth("new", "Z-1", "H1", Rect(300, 1200, 300, 300))]),
    "remove": lambda p: RemoveBooths(p, ["b-1", "b-4"]),
    "move": lambda p: MoveBooths(p, ["b-3", "b-5"], 0, 600),
    "resize": lambda p: ResizeBooth(p, "b-5", Rect(1500, 300, 300, 600)),
    "edit": lambda p: EditBooths(
        p, ["b-3", "b-5"], {"power": True, "status": BoothStatus.RESERVED}
    ),
    "rotate": lambda p: RotateBooths(p, ["b-1", "b-2"]),
    "merge": lambda p: MergeBooths(p, ["b-2", "b-1"]),
    "split": lambda p: SplitBooth(p, "b-4", 3),
    "renumber": lambda p: RenumberBooths(p, ["b-1", "b-2"], ["X-2", "X-1"]),
    "add_obstacle": lambda p: AddObstacle(
        p, Obstacle("S1", "H1", ObstacleKind.STAGE, Rect(0, 1500, 600, 400))
    ),
    "remove_obstacle": lambda p: RemoveObstacle(p, ["P1"]),
    "move_obstacle": lambda p: MoveObstacle(p, ["P1"], -500, 0),
    "edit_obstacle": lambda p: EditObstacle(p, "P1", {"kind": ObstacleKind.SERVICE}),
    "edit_hall": lambda p: EditHall(
        p, replace(p.halls["H1"], name_en="Main hall", outline=Rect(0, 0, 4000, 2000))
    ),
    "add_hall": lambda p: EditHall(p, Hall("H2", "سالن ۲", "Hall 2", Rect(5000, 0, 2000, 2000))),
    "set_plan": lambda p: SetPlan(p, Plan({"E3": ("b-5",)})),
}


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_every_command_round_trips(name):
    project = make_project()
    stack = QUndoStack()
    original = snapshot(project)
    stack.push(FACTORIES[name](project))
    changed = snapshot(project)
    assert changed != original
    assert stack.count() == 1 and stack.undoText()
    stack.undo()
    assert snapshot(project) == original
    stack.redo()
    assert snapshot(project) == changed
    stack.command(0).redo()  # redo() is safe to repeat
    assert snapshot(project) == changed
    stack.undo()
    assert snapshot(project) == original


def test_remove_restores_stands_locks_and_pins():
    p = make_project()
    p.put_exhibitor(replace(p.exhibitors["E2"], pinned_booths=("b-4",)))
    stack = QUndoStack()
    stack.push(RemoveBooths(p, ["b-1", "b-2", "b-4"]))
    assert "E1" not in p.plan.stands and "E2" not in p.plan.stands and not p.plan.locked
    assert p.exhibitors["E2"].pinned_booths == ()
    stack.undo()
    assert p.plan.stands["E1"] == ("b-1", "b-2") and p.plan.locked == {"E1"}
    assert p.exhibitors["E2"].pinned_booths == ("b-4",)


def test_merge_keeps_the_stand_on_the_merged_booth():
    p = make_project()
    MergeBooths(p, ["b-2", "b-1"]).redo()
    assert p.booths["b-1"].rect == Rect(300, 300, 600, 300)
    assert p.booths["b-1"].label == "A-01" and "b-2" not in p.booths
    assert p.plan.stands["E1"] == ("b-1",) and "E1" in p.plan.locked


@pytest.mark.parametrize(
    "ids, reason",
    [
        (["b-1", "b-3"], "straight row"),  # not adjacent
        (["b-2", "b-3"], "different stands"),  # E1's booth and an empty one
        (["b-3"], "two or more"),
    ],
)
def test_merge_refuses(ids, reason):
    with pytest.raises(Refused, match=reason):
        MergeBooths(make_project(), ids)


def test_split_shares_the_stand_and_pins():
    p = make_project()
    p.put_exhibitor(replace(p.exhibitors["E2"], pinned_booths=("b-4",)))
    cmd = SplitBooth(p, "b-4", 3)
    cmd.redo()
    parts = sorted(
        (b for b in p.booths.values() if b.label.startswith("A-04")), key=lambda b: b.rect.x
    )
    assert [b.label for b in parts] == ["A-04a", "A-04b", "A-04c"]
    assert [b.rect for b in parts] == [Rect(1200 + 100 * i, 300, 100, 300) for i in range(3)]
    assert set(p.plan.stands["E2"]) == {b.id for b in parts}
    assert set(p.exhibitors["E2"].pinned_booths) == {b.id for b in parts}


def test_split_refuses_parts_below_one_metre():
    with pytest.raises(Refused, match="too small"):
        SplitBooth(make_project(), "b-3", 4)


def test_rotation_turns_a_group_about_its_centre_and_four_turns_restore_it():
    rects = [Rect(300, 300, 300, 300), Rect(600, 300, 300, 300)]
    assert rotated_rects(rects) == [Rect(450, 150, 300, 300), Rect(450, 450, 300, 300)]
    turned = rects
    for _ in range(4):
        turned = rotated_rects(turned)
    assert turned == rects
    assert rotated_rects([Rect(0, 0, 600, 200)]) == [Rect(200, -200, 200, 600)]


def test_keyboard_nudges_merge_into_one_step():
    p = make_project()
    stack = QUndoStack()
    for _ in range(3):
        stack.push(MoveBooths(p, ["b-3"], 50, 0, nudge=True))
    stack.push(MoveBooths(p, ["b-5"], 0, 50, nudge=True))
    assert stack.count() == 2
    assert p.booths["b-3"].rect.x == 900 + 150
    stack.undo()
    stack.undo()
    assert p.booths["b-3"].rect.x == 900


def test_edit_booths_rejects_unknown_fields_and_shared_labels():
    p = make_project()
    with pytest.raises(Refused):
        EditBooths(p, ["b-1"], {"colour": "red"})
    with pytest.raises(Refused):
        EditBooths(p, ["b-1", "b-2"], {"label": "Q"})
    cmd = EditBooths(p, ["b-3"], {"w": 250, "h": 200, "premium": True})
    cmd.redo()
    assert p.booths["b-3"].rect == Rect(900, 300, 250, 200) and p.booths["b-3"].premium


def test_booth_refusals_name_the_reason():
    p = make_project()
    b3 = p.booths["b-3"]
    assert booth_refusal(p, [replace(b3, rect=b3.rect.moved(150, 0))]) == (
        "Booth A-03 would overlap booth A-04"
    )
    assert "outside hall Hall 1" in booth_refusal(p, [replace(b3, rect=b3.rect.moved(0, -400))])
    on_pillar = replace(b3, rect=Rect(1900, 900, 300, 300))
    assert booth_refusal(p, [on_pillar]) == "Booth A-03 would cover pillar P1"
    assert "already used" in booth_refusal(p, [replace(b3, label="A-04")])
    # moving a whole row by half a booth is fine: the booths only overlap their old places
    row = [replace(b, rect=b.rect.moved(0, 150)) for b in p.booths.values()]
    assert booth_refusal(p, row) is None
    # a booth removed in the same edit no longer blocks
    assert booth_refusal(p, [replace(b3, rect=b3.rect.moved(150, 0))], removed=["b-4"]) is None


def test_obstacle_and_hall_refusals():
    p = make_project()
    pillar = p.obstacles["P1"]
    assert "under booth A-01" in obstacle_refusal(p, [replace(pillar, rect=Rect(350, 350, 50, 50))])
    assert obstacle_refusal(p, [replace(pillar, rect=Rect(2500, 1500, 50, 50))]) is None
    small = replace(p.halls["H1"], outline=Rect(0, 0, 3000, 500))
    assert "outside hall" in hall_refusal(p, small)


def test_row_generator_back_to_back_with_pattern_labels():
    p = make_project()
    booths = row_booths(
        p,
        RowSpec(
            "H1", 300, 1200, count=3, width=300, depth=200, back_to_back=True, pattern="B-{n:02}"
        ),
    )
    assert [b.label for b in booths] == ["B-01", "B-02", "B-03", "B-04", "B-05", "B-06"]
    assert booths[4].rect == Rect(600, 1400, 300, 200)
    assert len({b.id for b in booths} | set(p.booths)) == len(booths) + len(p.booths)
    vertical = row_booths(p, RowSpec("H1", 0, 0, count=2, width=300, depth=200, vertical=True))
    assert [b.rect for b in vertical] == [Rect(0, 0, 200, 300), Rect(0, 300, 200, 300)]
    with pytest.raises(Refused, match="not valid"):
        pattern_labels("B-{m}", 1, 2)
    with pytest.raises(Refused, match="must contain"):
        pattern_labels("B", 1, 2)


def test_naming_helpers():
    p = make_project()
    assert next_labels(p, "H1", 2) == ["A-07", "A-08"]
    assert next_labels(p, "H2", 2) == ["B-1", "B-2"]  # a hall without booths: its letter


def test_a_new_halls_booths_take_the_next_free_letter():
    """Hall 2 of a new project numbers B-1, B-2 (it had offered H-1-1); a letter another
    hall's booths use is skipped."""
    p = Project()
    for k in (1, 2, 3):
        p.put_hall(Hall(f"H{k}", f"سالن {k}", f"Hall {k}", Rect(k * 5000, 0, 4000, 3000)))
    assert [label_scheme(p, h)[0] for h in ("H1", "H2", "H3")] == ["A-", "B-", "C-"]
    p.put_booth(Booth("x", "B-4", "H1", Rect(5000, 0, 300, 300)))
    assert label_scheme(p, "H1") == ("B-", 4, 1)
    assert [label_scheme(p, h)[0] for h in ("H2", "H3")] == ["A-", "C-"]
    assert new_ids({"b-1", "b-7", "x"}, "b", 2) == ["b-8", "b-9"]
    booths = [
        Booth(f"{i}", f"L{i}", "H1", Rect(x, y, 300, 300))
        for i, (x, y) in enumerate([(600, 0), (0, 10), (0, 400), (300, 0)])
    ]
    assert [b.id for b in reading_order(booths)] == ["1", "3", "0", "2"]
    assert [b.id for b in reading_order(booths, right_to_left=True)] == ["0", "3", "1", "2"]


def test_edit_hall_entrances_and_names():
    p = make_project()
    hall = replace(p.halls["H1"], name_fa="سالن اصلی", entrances=(Entrance(Side.TOP, 0, 500),))
    stack = QUndoStack()
    stack.push(EditHall(p, hall))
    assert p.halls["H1"].entrances[0].width == 500
    stack.undo()
    assert p.halls["H1"].entrances[0].side is Side.BOTTOM
