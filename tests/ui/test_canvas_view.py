"""The view: zoom about the cursor, pan, fit, cursor position, grid, scale bar, background."""

from __future__ import annotations

import pytest
from helpers.ui import _send, make_editor, picture_file, view_pos
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from ui.canvas.grid import grid_lines, grid_steps
from ui.canvas.scale_bar import format_length, nice_length_m
from ui.canvas.view import MAX_ZOOM, MIN_ZOOM


@pytest.fixture
def editor(qtbot):
    return make_editor(qtbot)


def wheel(view, at: QPoint, steps: int) -> None:
    event = QWheelEvent(
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_fit_hall_shows_the_whole_hall(editor):
    view = editor.view
    rect = view.viewport().rect()
    for corner in ((0, 0), (3000, 2000)):
        assert rect.contains(view_pos(view, *corner))
    # and uses the room: the hall spans most of the viewport's width or height
    width = view_pos(view, 3000, 0).x() - view_pos(view, 0, 0).x()
    height = view_pos(view, 0, 2000).y() - view_pos(view, 0, 0).y()
    assert width > 0.8 * rect.width() or height > 0.8 * rect.height()


def test_wheel_zooms_about_the_cursor(editor):
    view = editor.view
    seen = []
    editor.zoom_changed.connect(seen.append)
    at = view_pos(view, 1050, 450)
    before = view.zoom_percent()
    _send(
        view,
        QEvent.Type.MouseMove,
        at,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    wheel(view, at, 2)
    assert view.zoom_percent() == pytest.approx(before * 1.44)
    assert seen and seen[-1] == pytest.approx(view.zoom_percent())
    here = view.mapToScene(at)
    assert abs(here.x() - 1050) < 3 / view.px_per_cm and abs(here.y() - 450) < 3 / view.px_per_cm


def test_zoom_actions_and_limits(editor):
    view = editor.view
    start = view.zoom_percent()
    editor.actions()["zoom_in"].trigger()
    assert view.zoom_percent() == pytest.approx(start * 1.25)
    editor.actions()["zoom_out"].trigger()
    assert view.zoom_percent() == pytest.approx(start)
    for _ in range(80):
        editor.zoom_in()
    assert view.px_per_cm == pytest.approx(MAX_ZOOM)
    for _ in range(80):
        editor.zoom_out()
    assert view.px_per_cm == pytest.approx(MIN_ZOOM)
    editor.actions()["fit_hall"].trigger()
    assert view.zoom_percent() == pytest.approx(start)


def test_middle_button_and_space_drag_pan(editor, qtbot):
    view = editor.view
    view.set_zoom(0.5)
    view.centerOn(1500, 1000)
    a = view_pos(view, 1500, 1000)
    b = a + QPoint(-100, -50)
    mid = Qt.MouseButton.MiddleButton
    no = Qt.KeyboardModifier.NoModifier
    _send(view, QEvent.Type.MouseButtonPress, a, mid, mid, no)
    _send(view, QEvent.Type.MouseMove, b, Qt.MouseButton.NoButton, mid, no)
    _send(view, QEvent.Type.MouseButtonRelease, b, mid, Qt.MouseButton.NoButton, no)
    moved = view.mapToScene(b)
    assert moved.x() == pytest.approx(1500, abs=4) and moved.y() == pytest.approx(1000, abs=4)
    assert editor.undo_stack.count() == 0  # panning never edits
    qtbot.keyPress(view, Qt.Key.Key_Space)
    left = Qt.MouseButton.LeftButton
    c = view_pos(view, 1500, 1000)
    _send(view, QEvent.Type.MouseButtonPress, c, left, left, no)
    _send(view, QEvent.Type.MouseMove, c + QPoint(60, 0), Qt.MouseButton.NoButton, left, no)
    _send(
        view, QEvent.Type.MouseButtonRelease, c + QPoint(60, 0), left, Qt.MouseButton.NoButton, no
    )
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.mapToScene(c + QPoint(60, 0)).x() == pytest.approx(1500, abs=4)
    assert editor.selected_booth_ids() == [] and editor.undo_stack.count() == 0


def test_cursor_position_in_metres(editor):
    seen = []
    editor.cursor_moved.connect(lambda x, y: seen.append((x, y)))
    p = view_pos(editor.view, 1200, 800)
    _send(
        editor.view,
        QEvent.Type.MouseMove,
        p,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    x, y = seen[-1]
    tol = 1 / editor.view.px_per_cm / 100
    assert x == pytest.approx(12.0, abs=tol) and y == pytest.approx(8.0, abs=tol)


def test_scale_bar_and_grid_follow_the_zoom(editor):
    assert nice_length_m(1.0) == 1 and nice_length_m(0.1) == 10 and nice_length_m(0.05) == 20
    assert format_length(20) == "20 m" and format_length(0.5) == "50 cm"
    editor.view.set_zoom(0.1)
    bar = editor.view.scale_bar
    assert bar.text == "10 m" and bar.bar_px == pytest.approx(100)
    assert grid_steps(0.5) == (100, 500)  # metre lines when they are 50 px apart
    assert grid_steps(0.05) == (500, 2500)  # thinned when they would be 5 px apart
    lines = grid_lines(editor.scene.hall_items["H1"].outline, 100)
    assert len(lines) == 31 + 21


def test_grid_toggle(editor):
    action = editor.actions()["show_grid"]
    action.trigger()
    assert not editor.scene.show_grid
    action.trigger()
    assert editor.scene.show_grid


def test_background_picture_calibration_opacity_lock_and_state(editor, tmp_path):
    path = picture_file(tmp_path)
    assert editor.load_background(path)
    bg = editor.background
    assert bg.scale == pytest.approx(3000 / 300)  # first guess: as wide as the hall
    # two points 100 picture pixels apart (1000 cm now) are really 25 m apart
    assert bg.calibrate(QPointF(0, 0), QPointF(1000, 0), 25.0) == ""
    assert bg.scale == pytest.approx(25.0)
    assert bg.item.pos().toTuple() == (0, 0)  # the first point stays put
    bg.set_opacity(0.3)
    editor.actions()["background_lock"].trigger()
    assert bg.locked and bg.calibrate(QPointF(0, 0), QPointF(10, 0), 1) != ""
    state = editor.background_state()
    assert state == {
        "path": path,
        "x": 0.0,
        "y": 0.0,
        "scale": 25.0,
        "opacity": pytest.approx(0.3, abs=0.01),
        "locked": True,
    }
    editor.remove_background()
    assert editor.background_state() == {}
    editor.set_background_state(state)
    assert bg.scale == 25.0 and bg.locked and bg.item.isVisible()
    assert editor.actions()["background_lock"].isChecked()


def test_background_that_cannot_be_read(editor, tmp_path):
    bad = tmp_path / "not-a-picture.png"
    bad.write_text("nope")
    assert not editor.load_background(str(bad))
    assert "Cannot read" in editor.messages[-1]
