"""Every tool and selection edit, driven like a user (real mouse events with held buttons,
keys, actions) and checked on the model and the undo stack."""

from __future__ import annotations

import pytest
from helpers.ui import _send, click, drag, make_editor, picture_file, snapshot, view_pos
from PySide6.QtCore import QEvent, Qt

from qods_planner.model import ObstacleKind, Rect
from ui.commands.generate import RowSpec

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot):
    return make_editor(qtbot)


def rect(editor, booth_id):
    return editor.project.booths[booth_id].rect


# -- select tool ---------------------------------------------------------------------------
def test_click_ctrl_click_and_empty_click(editor):
    click(editor.view, (1050, 450))
    assert editor.selected_booth_ids() == ["b-3"]
    click(editor.view, (1650, 450), CTRL)
    assert editor.selected_booth_ids() == ["b-3", "b-5"]
    click(editor.view, (1050, 450), CTRL)
    assert editor.selected_booth_ids() == ["b-5"]
    click(editor.view, (1500, 1500))
    assert editor.selected_booth_ids() == []


def test_rubber_band_selects_what_it_touches(editor):
    seen = []
    editor.selection_changed.connect(lambda: seen.append(editor.selected_booth_ids()))
    drag(editor.view, (1000, 100), (1400, 500))
    assert editor.selected_booth_ids() == ["b-3", "b-4"]
    assert seen[-1] == ["b-3", "b-4"]


def test_drag_moves_once_on_release_and_undoes(editor):
    before = snapshot(editor.project)
    drag(editor.view, (1050, 450), (1060, 1050), steps=6)
    assert rect(editor, "b-3") == Rect(900, 900, 300, 300)  # snapped to 50 cm
    assert editor.undo_stack.count() == 1
    assert editor.scene.booth_items["b-3"].pos().toTuple() == (900, 900)
    editor.undo_stack.undo()
    assert snapshot(editor.project) == before


def test_dragging_a_stand_moves_its_outline_with_it(editor):
    click(editor.view, (450, 450))
    click(editor.view, (750, 450), CTRL)
    drag(editor.view, (450, 450), (450, 1050))
    assert rect(editor, "b-1").y == rect(editor, "b-2").y == 900
    stand = editor.scene.stand_items["E1"]
    assert stand.boundingRect().top() == 900 and stand.pos().toTuple() == (0, 0)


def test_drag_onto_a_booth_is_refused_with_the_reason(editor):
    before = snapshot(editor.project)
    drag(editor.view, (1050, 450), (1250, 450))
    assert snapshot(editor.project) == before and editor.undo_stack.count() == 0
    assert editor.messages[-1] == "Booth A-03 would overlap booth A-04"
    item = editor.scene.booth_items["b-3"]
    assert item.pos().toTuple() == (900, 300) and not item.invalid


def test_booth_and_pillar_move_together_in_one_step(editor):
    click(editor.view, (1650, 450))
    click(editor.view, (2050, 1050), CTRL)
    assert editor.scene.selected_obstacle_ids() == ["P1"]
    drag(editor.view, (1650, 450), (1650, 1050))
    assert rect(editor, "b-5").y == 900 and editor.project.obstacles["P1"].rect.y == 1600
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert rect(editor, "b-5").y == 300 and editor.project.obstacles["P1"].rect.y == 1000


def test_resize_with_a_handle_commits_only_a_change(editor):
    click(editor.view, (1650, 450))
    assert editor.scene.handles.isVisible()
    drag(editor.view, (1650, 600), (1650, 600))  # grab the bottom handle, let go in place
    assert editor.undo_stack.count() == 0
    drag(editor.view, (1650, 600), (1650, 760))
    assert rect(editor, "b-5") == Rect(1500, 300, 300, 450)
    assert editor.undo_stack.count() == 1
    drag(editor.view, (1800, 525), (1990, 525))  # the right handle, into booth A-06
    assert rect(editor, "b-5") == Rect(1500, 300, 300, 450)
    assert "overlap booth A-06" in editor.messages[-1]


def test_arrow_keys_nudge_and_merge_into_one_step(editor, qtbot):
    click(editor.view, (1050, 450))
    for _ in range(3):
        qtbot.keyClick(editor.view, Qt.Key.Key_Down)
    assert rect(editor, "b-3").y == 450
    assert editor.undo_stack.count() == 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert rect(editor, "b-3").y == 451  # Alt: to the centimetre
    qtbot.keyClick(editor.view, Qt.Key.Key_Right)
    assert "would overlap booth A-04" in editor.messages[-1]
    editor.undo_stack.undo()
    assert rect(editor, "b-3") == Rect(900, 300, 300, 300)


def test_escape_cancels_a_drag(editor, qtbot):
    view = editor.view
    left, no, none = (
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.NoButton,
    )
    a, b = view_pos(view, 1050, 450), view_pos(view, 1050, 1050)
    _send(view, QEvent.Type.MouseButtonPress, a, left, left, no)
    _send(view, QEvent.Type.MouseMove, b, none, left, no)
    assert editor.scene.booth_items["b-3"].pos().y() == 900  # the preview
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    _send(view, QEvent.Type.MouseButtonRelease, b, left, none, no)
    assert editor.undo_stack.count() == 0
    assert editor.scene.booth_items["b-3"].pos().y() == 300


# -- drawing tools -------------------------------------------------------------------------
def test_draw_booth_by_dragging_snaps_and_labels(editor):
    editor.actions()["draw_booth"].trigger()
    assert editor.tool.name == "draw_booth"
    drag(editor.view, (310, 1210), (890, 1490))
    new = [b for b in editor.project.booths.values() if b.label == "A-07"]
    assert len(new) == 1 and new[0].rect == Rect(300, 1200, 600, 300)
    assert editor.selected_booth_ids() == [new[0].id]
    click(editor.view, (1510, 1210))  # a click places one of the last drawn size
    assert editor.project.booths[editor.selected_booth_ids()[0]].rect == Rect(1500, 1200, 600, 300)
    assert editor.undo_stack.count() == 2


def test_drawing_is_refused_outside_a_hall_and_over_booths(editor):
    editor.set_tool("draw_booth")
    drag(editor.view, (-500, -500), (-100, -100))
    assert editor.messages[-1] == "Draw inside a hall"
    drag(editor.view, (1000, 400), (1400, 800))
    assert "would overlap booth" in editor.messages[-1]
    drag(editor.view, (300, 1200), (350, 1500))
    assert "at least 100 cm" in editor.messages[-1]
    assert editor.undo_stack.count() == 0


def test_draw_obstacle_of_the_chosen_kind(editor):
    editor.set_obstacle_kind(ObstacleKind.STAGE)
    editor.set_tool("draw_obstacle")
    drag(editor.view, (300, 1500), (1000, 1900))
    (stage,) = [o for o in editor.project.obstacles.values() if o.kind is ObstacleKind.STAGE]
    assert stage.rect == Rect(300, 1500, 700, 400)
    assert editor.scene.selected_obstacle_ids() == [stage.id]
    editor.undo_stack.undo()
    assert stage.id not in editor.project.obstacles


def test_snap_setting(editor):
    editor.set_snap(100)
    editor.set_tool("draw_booth")
    drag(editor.view, (330, 1230), (880, 1480))
    assert editor.project.booths[editor.selected_booth_ids()[0]].rect == Rect(300, 1200, 600, 300)


def test_calibrate_tool(editor, tmp_path):
    editor.load_background(picture_file(tmp_path))
    editor.prompts.answers["distance"] = 20.0
    editor.set_tool("calibrate")
    click(editor.view, (0, 0))
    click(editor.view, (1000, 0))
    assert editor.background.scale == pytest.approx(20.0, rel=0.02)
    assert editor.undo_stack.count() == 0  # the picture is not part of the project


# -- edits of the selection ----------------------------------------------------------------
def test_delete_booths_and_obstacle_in_one_step(editor):
    before = snapshot(editor.project)
    editor.scene.select(["b-1", "b-3"], ["P1"])
    editor.actions()["delete"].trigger()
    assert "b-1" not in editor.project.booths and "P1" not in editor.project.obstacles
    assert editor.project.plan.stands["E1"] == ("b-2",)
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert snapshot(editor.project) == before


def test_duplicate_finds_room(editor):
    editor.select_booths(["b-5"])
    editor.actions()["duplicate"].trigger()  # A-06 is to the right, so below
    (copy,) = editor.selected_booth_ids()
    assert rect(editor, copy) == Rect(1500, 600, 300, 300)
    assert editor.project.booths[copy].label == "A-07"
    assert copy not in editor.project.plan.occupants()


def test_rotate_merge_split_renumber(editor):
    p, actions = editor.project, editor.actions()
    editor.select_booths(["b-3"])
    actions["rotate"].trigger()
    assert rect(editor, "b-3") == Rect(900, 300, 300, 300)  # a square turns in place
    editor.select_booths(["b-1", "b-2"])
    actions["merge"].trigger()
    assert rect(editor, "b-1") == Rect(300, 300, 600, 300) and "b-2" not in p.booths
    editor.select_booths(["b-3", "b-5"])
    assert actions["merge"].isEnabled()
    actions["merge"].trigger()
    assert "straight row" in editor.messages[-1]
    editor.prompts.answers["split"] = 3
    editor.select_booths(["b-5"])
    actions["split"].trigger()
    assert sorted(p.booths[b].label for b in editor.selected_booth_ids()) == [
        "A-05a",
        "A-05b",
        "A-05c",
    ]
    editor.prompts.answers["renumber"] = ("Z-{n:02}", 7, False)
    editor.select_booths(["b-4", "b-3"])
    actions["renumber"].trigger()
    assert (p.booths["b-3"].label, p.booths["b-4"].label) == ("Z-07", "Z-08")
    assert editor.undo_stack.count() == 3  # turning a square changes nothing: no step
    for _ in range(editor.undo_stack.count()):
        editor.undo_stack.undo()
    assert p.booths["b-2"].label == "A-02" and p.booths["b-3"].label == "A-03"


def test_row_generator_adds_a_block_in_one_step(editor):
    editor.prompts.answers["row"] = lambda hall, x, y: RowSpec(
        hall, 300, 1200, count=4, width=300, depth=200, back_to_back=True, pattern="C-{n}"
    )
    editor.actions()["row_generator"].trigger()
    labels = sorted(editor.project.booths[b].label for b in editor.selected_booth_ids())
    assert labels == [f"C-{n}" for n in range(1, 9)]
    assert editor.undo_stack.count() == 1
    editor.actions()["row_generator"].trigger()  # the same block again: labels taken
    assert "C-1 is already used" in editor.messages[-1]
    editor.prompts.answers["row"] = lambda hall, x, y: RowSpec(hall, 300, 1300, pattern="D-{n}")
    editor.actions()["row_generator"].trigger()  # new labels, but on the first block
    assert "would overlap booth C-" in editor.messages[-1]
    assert editor.undo_stack.count() == 1


def test_actions_follow_the_selection(editor):
    a = editor.actions()
    assert not a["merge"].isEnabled() and not a["delete"].isEnabled()
    editor.select_booths(["b-3"])
    assert a["split"].isEnabled() and a["rotate"].isEnabled() and not a["merge"].isEnabled()
    a["select_all"].trigger()
    assert len(editor.selected_booth_ids()) == 6 and editor.scene.selected_obstacle_ids()
    assert a["merge"].isEnabled() and not a["split"].isEnabled()
    assert {
        "select",
        "draw_booth",
        "draw_obstacle",
        "calibrate",
        "row_generator",
        "merge",
        "split",
        "rotate",
        "duplicate",
        "delete",
        "renumber",
        "zoom_in",
        "zoom_out",
        "fit_hall",
        "fit_all",
        "color_mode",
    } <= set(a)


def test_right_click_offers_the_edits_for_the_booth_under_it(editor):
    names = [
        a.objectName()
        for a in editor.context_actions(
            editor.scene.booth_items["b-5"].sceneBoundingRect().center()
        )
    ]
    assert editor.selected_booth_ids() == ["b-5"]
    assert names == [
        "editor_duplicate",
        "editor_rotate",
        "editor_split",
        "editor_renumber",
        "editor_delete",
    ]


def test_entrance_tool_opens_and_closes_doors(editor):
    from qods_planner.model import Entrance, Side

    editor.actions()["draw_entrance"].trigger()
    drag(editor.view, (0, 600), (0, 1010))  # along the left wall
    assert editor.project.halls["H1"].entrances[-1] == Entrance(Side.LEFT, 600, 400)
    click(editor.view, (2500, 0))  # a click on the top wall: a 3 m door centred there
    assert editor.project.halls["H1"].entrances[-1] == Entrance(Side.TOP, 2350, 300)
    assert editor.undo_stack.count() == 2
    click(editor.view, (1400, 2000))  # on the existing bottom door: closes it
    assert [d.side for d in editor.project.halls["H1"].entrances] == [Side.LEFT, Side.TOP]
    click(editor.view, (1500, 1000))  # the middle of the floor is no wall
    assert "wall" in editor.messages[-1]
    for _ in range(3):
        editor.undo_stack.undo()
    assert editor.project.halls["H1"].entrances == (Entrance(Side.BOTTOM, 1200, 400),)
    assert len(editor.scene.hall_items["H1"].doors) == 1


def test_row_and_renumber_dialogs_give_plain_values(editor, qtbot):
    from ui.tools.prompts import RenumberDialog, RowDialog

    dialog = RowDialog(editor.project, "H1", 450, 1250)
    qtbot.addWidget(dialog)
    assert dialog.pattern.text() == "A-{n:02}" and dialog.start.value() == 7  # A-06 is last
    assert (dialog.x.value(), dialog.y.value()) == (4.5, 12.5)
    dialog.count.setValue(3)
    dialog.width.setValue(2.5)
    dialog.layout_kind.setCurrentIndex(1)
    spec = dialog.spec()
    assert (spec.hall_id, spec.x, spec.y, spec.count, spec.width, spec.depth) == (
        "H1",
        450,
        1250,
        3,
        250,
        300,
    )
    assert spec.back_to_back and not spec.vertical and spec.pattern == "A-{n:02}"
    renumber = RenumberDialog("B-")
    qtbot.addWidget(renumber)
    renumber.order.setCurrentIndex(1)
    assert renumber.values() == ("B-{n}", 1, True)


def test_an_empty_project_refuses_drawing_until_it_has_a_hall(qtbot):
    from qods_planner.model import Hall, Project
    from ui.commands import EditHall

    editor = make_editor(qtbot, Project())
    assert editor.current_hall() is None
    assert not editor.actions()["row_generator"].isEnabled()
    editor.set_tool("draw_booth")
    drag(editor.view, (100, 100), (500, 500))
    assert editor.messages[-1] == "Draw inside a hall" and not editor.project.booths
    editor.undo_stack.push(
        EditHall(editor.project, Hall("H9", "سالن", "Hall", Rect(0, 0, 2000, 1000)))
    )
    assert editor.current_hall() == "H9" and editor.actions()["row_generator"].isEnabled()
    editor.fit_hall()
    drag(editor.view, (100, 100), (500, 500))
    assert [b.label for b in editor.project.booths.values()] == ["A-1"]  # the first hall's letter
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.current_hall() is None and not editor.scene.hall_items
