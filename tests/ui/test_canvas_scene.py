"""The scene mirrors the project: items follow every change (edits, undo, bulk load), and the
plan shows the right colours, names, locks, stands and rule marks."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.ui import AUTO, FOOD, make_editor
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from qods_planner.model import Booth, BoothKind, BoothStatus, Obstacle, ObstacleKind, Plan, Rect
from qods_planner.validation import check
from ui.canvas.style import EMPTY, KIND_COLOURS, STATUS_COLOURS
from ui.commands import MoveBooths, RemoveBooths
from ui.i18n import is_rtl


@pytest.fixture
def editor(qtbot):
    return make_editor(qtbot)


def positions(scene):
    return {b: (i.pos().x(), i.pos().y()) for b, i in scene.booth_items.items()}


def test_every_model_object_has_one_item(editor):
    scene, p = editor.scene, editor.project
    assert set(scene.booth_items) == set(p.booths)
    assert set(scene.obstacle_items) == {"P1"}
    assert set(scene.hall_items) == {"H1"}
    assert set(scene.stand_items) == {"E1", "E2"}
    assert positions(scene)["b-3"] == (900, 300)
    assert scene.booth_items["b-3"].boundingRect().size().toTuple() == (300, 300)


def test_items_appear_move_and_disappear_with_the_model(editor):
    scene, p = editor.scene, editor.project
    p.put_booths([Booth("x", "X-1", "H1", Rect(300, 1200, 400, 300))])
    assert scene.booth_items["x"].pos().toTuple() == (300, 1200)
    p.put_booths([replace(p.booths["x"], rect=Rect(800, 1200, 400, 300))])
    assert scene.booth_items["x"].pos().toTuple() == (800, 1200)
    p.remove_booths(["x"])
    assert "x" not in scene.booth_items
    assert not [i for i in scene.items() if getattr(i, "booth_id", None) == "x"]
    p.put_obstacle(Obstacle("S", "H1", ObstacleKind.STAGE, Rect(0, 1600, 500, 300)))
    assert scene.obstacle_items["S"].pos().toTuple() == (0, 1600)
    p.remove_obstacle("S")
    assert "S" not in scene.obstacle_items


def test_undo_and_redo_refresh_through_the_same_path(editor):
    scene, stack, p = editor.scene, editor.undo_stack, editor.project
    before = positions(scene)
    stack.push(MoveBooths(p, ["b-3"], 0, 600))
    assert positions(scene)["b-3"] == (900, 900)
    stack.undo()
    assert positions(scene) == before
    stack.push(RemoveBooths(p, ["b-1", "b-2"]))
    assert "E1" not in scene.stand_items and "b-1" not in scene.booth_items
    stack.undo()
    assert scene.stand_items["E1"].booth_ids == ("b-1", "b-2")
    assert scene.stand_items["E1"].locked


def test_bulk_load_rebuilds_everything(editor):
    p, scene = editor.project, editor.scene
    with p.quiet():
        p.remove_booths(list(p.booths))
        p.put_booths([Booth("n1", "N-1", "H1", Rect(0, 0, 300, 300))])
    assert set(scene.booth_items) == {"n1"}
    assert not scene.stand_items


def test_sector_colours_names_and_locks(editor):
    scene = editor.scene
    fills = {b: i.fill.name() for b, i in scene.booth_items.items()}
    assert fills["b-1"] == fills["b-2"] == AUTO
    assert fills["b-4"] == FOOD
    assert fills["b-3"] == EMPTY.name()
    assert fills["b-6"] == STATUS_COLOURS[BoothStatus.BLOCKED].name()
    assert scene.booth_items["b-6"].status is BoothStatus.BLOCKED
    stand = scene.stand_items["E1"]
    assert stand.booth_ids == ("b-1", "b-2") and stand.locked  # one outline over two booths
    assert not scene.stand_items["E2"].locked
    assert [i.label_text for i in map(scene.booth_items.get, ("b-1", "b-5"))] == ["A-01", "A-05"]


def test_persian_names_are_fitted_and_right_to_left(editor):
    stand = editor.scene.stand_items["E1"]
    assert stand.name == "ایران خودرو قطعه"
    assert stand.name_text  # something is drawn
    assert stand.name_text == stand.name or stand.name_text.endswith("…")
    assert is_rtl(stand.name_text)
    assert stand._option.textDirection() == Qt.LayoutDirection.RightToLeft
    wide = editor.project
    wide.put_booths([replace(wide.booths["b-1"], rect=Rect(300, 300, 300, 300))])
    wide.set_plan(Plan({"E1": ("b-1",)}))
    narrow = editor.scene.stand_items["E1"]
    assert len(narrow.name_text) <= len(narrow.name)


def test_english_names_when_the_language_changes(editor):
    editor.set_language("en")
    stand = editor.scene.stand_items["E2"]
    assert stand.name == "Milk Co" and stand.name_text == "Milk Co"
    assert stand._option.textDirection() == Qt.LayoutDirection.LeftToRight
    assert editor.scene.hall_items["H1"].name == "Hall 1"


def test_colour_modes_and_legend(editor, qtbot):
    scene = editor.scene
    editor.set_color_mode("status")
    assert scene.booth_items["b-1"].fill == STATUS_COLOURS[BoothStatus.AVAILABLE]
    assert [c for _, c in editor.legend_entries()] == list(STATUS_COLOURS.values())
    editor.set_color_mode("kind")
    from qods_planner.layout import layout_of

    layout = layout_of(editor.project)
    for bid, item in scene.booth_items.items():
        assert item.fill == KIND_COLOURS[layout.kind(bid)]
    editor.project.put_booths([Booth("lone", "L-1", "H1", Rect(1500, 1500, 300, 300))])
    island = KIND_COLOURS[layout_of(editor.project).kind("lone")]
    assert island == KIND_COLOURS[BoothKind.ISLAND]
    qtbot.waitUntil(lambda: scene.booth_items["lone"].fill == island)  # recoloured once idle
    editor.set_color_mode("sector")
    names = [t for t, _ in editor.legend_entries()]
    sectors = editor.project.sectors
    assert names[:2] == [sectors["auto"].name_en, sectors["food"].name_en] and len(names) == 4
    assert editor.actions()["color_mode"].menu().actions()[0].isChecked()


def test_sector_colour_follows_an_exhibitor_edit(editor):
    p = editor.project
    p.put_exhibitor(replace(p.exhibitors["E2"], sector_id="auto"))
    assert editor.scene.booth_items["b-4"].fill.name() == AUTO


def test_violations_are_outlined_with_their_message(editor):
    p = editor.project
    p.set_plan(Plan({"E1": ("b-1", "b-2"), "E3": ("b-3",)}))
    p.put_exhibitor(replace(p.exhibitors["E1"], competitors=("E3",)))
    report = check(p)
    editor.show_violations(report)
    items = editor.scene.booth_items
    marked = {b for b, i in items.items() if i.violations}
    assert {"b-1", "b-2", "b-3"} <= marked and "b-5" not in marked
    assert items["b-3"].hard_violation
    tip = editor.scene._tooltip(items["b-3"])
    assert "competitors" in tip and "Saipa" in tip
    editor.show_violations(None)
    assert not any(i.violations for i in items.values())


def test_tooltips_give_the_details(editor):
    tip = editor.scene._tooltip(editor.scene.booth_items["b-4"])
    assert "A-04" in tip and "3 × 3 m, 9 m²" in tip and "شیر پاستوریزه" in tip
    assert "Free" in editor.scene._tooltip(editor.scene.booth_items["b-5"])
    assert "pillar" in editor.scene._tooltip(editor.scene.obstacle_items["P1"])


def test_highlight_marks_booths(editor):
    editor.highlight_booths(["b-5"])
    assert editor.scene.booth_items["b-5"].highlighted
    editor.highlight_booths([])
    assert not editor.scene.booth_items["b-5"].highlighted


def test_text_is_skipped_when_too_small(editor, qtbot):
    # Painting at any zoom works; label fonts are in cm so they shrink with the zoom.
    for zoom in (0.01, 0.1, 1.0, 3.0):
        editor.view.set_zoom(zoom)
        editor.view.viewport().repaint()
    assert editor.view.zoom_percent() == pytest.approx(300.0)


def test_a_deleted_editor_stops_listening(qtbot):
    import shiboken6
    from helpers.ui import make_project
    from PySide6.QtGui import QUndoStack

    from ui.editor import Editor

    project = make_project()
    before = len(project._listeners)
    editor = Editor(project, QUndoStack())
    assert len(project._listeners) == before + 1
    shiboken6.delete(editor.view)
    shiboken6.delete(editor)
    assert len(project._listeners) == before
    project.put_booths([Booth("late", "L-9", "H1", Rect(300, 1500, 300, 300))])  # no error


def test_halls_side_by_side_on_one_canvas(qtbot):
    from helpers.ui import make_editor, make_project

    from qods_planner.model import Hall

    project = make_project()
    project.put_hall(Hall("H2", "سالن ۲", "Hall 2", Rect(5000, 0, 2000, 1000)))
    project.put_booths([Booth("h2b", "B-1", "H2", Rect(5300, 300, 300, 300))])
    editor = make_editor(qtbot, project)
    seen = []
    editor.hall_changed.connect(seen.append)
    editor.set_hall("H2")
    assert editor.current_hall() == "H2" and seen == ["H2"]
    view = editor.view
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(5000, 0) and visible.contains(7000, 1000)
    assert not visible.contains(0, 0)
    editor.fit_all()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(0, 0) and visible.contains(7000, 2000)
    editor.step_hall(1)
    assert editor.current_hall() == "H1"
    assert editor.scene.hall_at(5100, 100) == "H2" and editor.scene.hall_at(4000, 100) is None


def test_names_stay_readable_in_every_colour_mode(editor, qtbot):
    from ui.canvas.style import text_colour

    stand = editor.scene.stand_items["E2"]
    assert stand._text_colour == text_colour(QColor(FOOD))
    editor.set_color_mode("kind")
    fill = editor.scene.booth_items["b-4"].fill
    assert stand.colour == fill and stand._text_colour == text_colour(fill)
