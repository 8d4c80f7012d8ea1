"""The properties panel: widget → model through one undo step for all selected booths, and
model → widget after selection changes, undo and redo; the hall section when nothing is
selected; invalid edits refused with the reason."""

from __future__ import annotations

import pytest
from helpers.ui import make_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from qods_planner.model import BoothStatus
from ui.commands import EditBooths
from ui.document import Document
from ui.main_window import MainWindow

Checked, Unchecked, Partly = (
    Qt.CheckState.Checked,
    Qt.CheckState.Unchecked,
    Qt.CheckState.PartiallyChecked,
)


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    return w


@pytest.fixture
def form(window):
    return window.properties.booth_form


def booths(window, *ids):
    return [window.document.project.booths[b] for b in ids]


def settle(qtbot, window) -> None:
    """Let the panel's coalesced refresh run."""
    qtbot.waitUntil(lambda: not window.properties._refresh_timer.isActive())


def type_size(box, metres: float) -> None:
    """What typing a size and pressing Enter does."""
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), f"{metres:.2f}")
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def test_a_selection_shows_its_values(window, form):
    window.editor.select_booths(["b-1"])
    assert window.properties.stack.currentWidget() is form
    assert form.count.text() == "Booth A-01"
    assert form.label.text() == "A-01" and form.label.isEnabled()
    assert (form.width.value(), form.depth.value()) == (3.0, 3.0)
    assert form.area.text() == "9 m²"
    assert form.kind.text() in ("inline", "corner", "peninsula", "island")
    assert form.flags["power"].checkState() == Unchecked
    assert form.status.currentText() == "Available"
    assert form.premium.currentIndex() == 0  # automatic


def test_mixed_values_show_as_mixed(window, form, qtbot):
    project = window.document.project
    window.editor.select_booths(["b-5", "b-6"])  # A-06 is blocked, A-05 available
    assert form.count.text() == "2 booths selected"
    assert not form.label.isEnabled()  # labels are unique: renumber several instead
    assert form.status.currentIndex() == -1
    assert form.area.text() == "18 m² in total"
    window.document.undo_stack.push(EditBooths(project, ["b-5"], {"power": True}))
    settle(qtbot, window)
    assert form.flags["power"].checkState() == Partly


def test_a_flag_applies_to_every_selected_booth_in_one_undo_step(window, form, qtbot):
    stack = window.document.undo_stack
    window.editor.select_booths(["b-1", "b-3", "b-5"])
    form.flags["water"].click()
    assert [b.water for b in booths(window, "b-1", "b-3", "b-5")] == [True] * 3
    assert not booths(window, "b-2")[0].water
    assert stack.count() == 1
    stack.undo()
    settle(qtbot, window)
    assert [b.water for b in booths(window, "b-1", "b-3", "b-5")] == [False] * 3
    assert form.flags["water"].checkState() == Unchecked  # model → widget
    stack.redo()
    settle(qtbot, window)
    assert form.flags["water"].checkState() == Checked


def test_a_mixed_flag_becomes_set_for_all_on_click(window, form):
    project = window.document.project
    window.document.undo_stack.push(EditBooths(project, ["b-2"], {"heavy_floor": True}))
    window.editor.select_booths(["b-2", "b-3"])
    assert form.flags["heavy_floor"].checkState() == Partly
    form.flags["heavy_floor"].click()
    assert [b.heavy_floor for b in booths(window, "b-2", "b-3")] == [True, True]


def test_depth_applies_to_all_selected_and_undoes_in_one_step(window, form, qtbot):
    stack = window.document.undo_stack
    window.editor.select_booths(["b-2", "b-3"])
    type_size(form.depth, 4.5)
    assert [b.rect.h for b in booths(window, "b-2", "b-3")] == [450, 450]
    assert [b.rect.y for b in booths(window, "b-2", "b-3")] == [300, 300]  # top-left stays
    assert stack.count() == 1
    assert form.area.text() == "27 m² in total"
    stack.undo()
    settle(qtbot, window)
    assert [b.rect.h for b in booths(window, "b-2", "b-3")] == [300, 300]
    assert form.depth.value() == 3.0


def test_an_overlapping_size_is_refused_with_the_reason(window, form):
    window.editor.select_booths(["b-1"])
    type_size(form.width, 4.0)  # A-01 would run into A-02
    assert booths(window, "b-1")[0].rect.w == 300
    assert window.document.undo_stack.count() == 0
    assert "overlap" in window.statusBar().currentMessage()
    assert form.width.value() == 3.0  # the widget shows the model again


def test_an_arrow_step_is_one_undo_step(window, form):
    window.editor.select_booths(["b-2", "b-3"])
    form.depth.stepUp()  # 3.00 → 3.50 m
    assert [b.rect.h for b in booths(window, "b-2", "b-3")] == [350, 350]
    assert window.document.undo_stack.count() == 1


def test_an_unchanged_value_makes_no_undo_step(window, form):
    window.editor.select_booths(["b-1", "b-2"])
    type_size(form.width, 3.0)
    form.status.activated.emit(0)  # "Available", which they already are
    assert window.document.undo_stack.count() == 0


def test_status_and_premium_apply_to_all_selected(window, form):
    window.editor.select_booths(["b-1", "b-2"])
    form.status.setCurrentIndex(2)
    form.status.activated.emit(2)
    assert [b.status for b in booths(window, "b-1", "b-2")] == [BoothStatus.RESERVED] * 2
    form.premium.setCurrentIndex(1)
    form.premium.activated.emit(1)
    assert [b.premium for b in booths(window, "b-1", "b-2")] == [True, True]
    form.premium.activated.emit(0)
    assert [b.premium for b in booths(window, "b-1", "b-2")] == [None, None]
    assert window.document.undo_stack.count() == 3


def test_label_of_one_booth_and_a_label_in_use_refused(window, form):
    window.editor.select_booths(["b-3"])
    form.label.setText("C-3")
    form.label.editingFinished.emit()
    assert booths(window, "b-3")[0].label == "C-3"
    assert form.count.text() == "Booth C-3"
    form.label.setText("A-01")
    form.label.editingFinished.emit()
    assert booths(window, "b-3")[0].label == "C-3"
    assert "A-01" in window.statusBar().currentMessage()
    assert form.label.text() == "C-3"


def test_without_a_selection_the_hall_is_shown_and_edited(window, qtbot):
    hall_form = window.properties.hall_form
    window.editor.select_booths(["b-1"])
    window.editor.select_booths([])
    assert window.properties.stack.currentWidget() is hall_form
    assert hall_form.name_en.text() == "Hall 1"
    assert (hall_form.width.value(), hall_form.depth.value()) == (30.0, 20.0)
    assert hall_form.booths.text() == "6 (54 m²)"
    hall_form.name_en.setText("Main hall")
    hall_form.name_en.editingFinished.emit()
    type_size(hall_form.depth, 25.0)
    project = window.document.project
    assert project.halls["H1"].name_en == "Main hall"
    assert project.halls["H1"].outline.h == 2500
    assert window.document.undo_stack.count() == 2
    window.document.undo_stack.undo()
    settle(qtbot, window)
    assert hall_form.depth.value() == 20.0


def test_a_hall_cannot_shrink_past_its_booths(window):
    hall_form = window.properties.hall_form
    type_size(hall_form.depth, 5.0)  # booths reach y = 6 m
    assert window.document.project.halls["H1"].outline.h == 2000
    assert "outside" in window.statusBar().currentMessage()
    assert hall_form.depth.value() == 20.0
    type_size(hall_form.width, 15.0)  # the bottom entrance runs to x = 16 m
    assert window.document.project.halls["H1"].outline.w == 3000
    assert "entrance" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == 0
