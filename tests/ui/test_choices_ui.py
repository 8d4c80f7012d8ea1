"""Booth choices in the app (#21): the exhibitor dialog's Booth choices tab, "accept only these
booths" and priority points, each into the model as one undo step, editing several exhibitors
at once, picking choices on the plan in click order (Esc ends), and the numbered badges of the
selected exhibitor's choices on the plan."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.ui import click, make_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from qods_planner import messages
from ui.document import Document
from ui.main_window import MainWindow
from ui.planning.planning_install import install_planning

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture(autouse=True)
def english():
    old = messages.get_language()
    messages.set_language("en")
    yield
    messages.set_language(old)


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    ui = install_planning(w)
    return w, ui


def centre(project, booth_id):
    r = project.booths[booth_id].rect
    return (r.x + r.w / 2, r.y + r.h / 2)


def test_choices_and_only_these_round_trip_in_one_undo_step(window, qtbot):
    w, ui = window
    project, stack = w.document.project, w.document.undo_stack
    dialog = ui.exhibitors.dialog(["E3"])
    qtbot.addWidget(dialog)
    editor = dialog.choices.editor
    assert editor.ids() == () and not editor.remove_button.isEnabled()
    for label in ("A-05", "A-03", "A-04"):
        editor.booth.setCurrentIndex(editor.booth.findText(label))
        editor.add_button.click()
    assert [editor.list.item(r).text() for r in range(3)] == ["1. A-05", "2. A-03", "3. A-04"]
    editor.list.setCurrentRow(2)
    editor.up_button.click()  # A-04 becomes the second choice
    editor.list.setCurrentRow(0)
    QTest.keyClick(editor.list, Qt.Key.Key_Delete)  # A-05 goes
    dialog.fields["choices_only"].box.click()
    count = stack.count()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    ex = project.exhibitors["E3"]
    assert ex.choices == ("b-4", "b-3") and ex.choices_only
    assert stack.count() == count + 1
    stack.undo()
    assert project.exhibitors["E3"].choices == () and not project.exhibitors["E3"].choices_only
    stack.redo()
    assert project.exhibitors["E3"].choices == ("b-4", "b-3")


def test_only_these_without_choices_is_explained_and_changes_nothing(window, qtbot):
    w, ui = window
    dialog = ui.exhibitors.dialog(["E3"])
    qtbot.addWidget(dialog)
    dialog.fields["choices_only"].box.click()
    count = w.document.undo_stack.count()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "lists none" in dialog.error.text()
    assert w.document.undo_stack.count() == count


def test_priority_points_round_trip_and_show_several(window, qtbot):
    w, ui = window
    project, stack = w.document.project, w.document.undo_stack
    dialog = ui.exhibitors.dialog(["E2"])
    qtbot.addWidget(dialog)
    points = dialog.fields["priority_points"]
    assert points.spin.value() == 0
    points.spin.setValue(7)
    dialog.accept()
    assert project.exhibitors["E2"].priority_points == 7
    stack.undo()
    assert project.exhibitors["E2"].priority_points == 0
    stack.redo()
    several = ui.exhibitors.dialog(["E1", "E2"])
    qtbot.addWidget(several)
    spin = several.fields["priority_points"].spin
    assert spin.text() == "(several)"
    several.fields["name_en"].edit.setText("x")  # not touched: no edit of the names
    several.accept()  # nothing touched: nothing changes
    assert project.exhibitors["E1"].priority_points == 0
    assert project.exhibitors["E2"].priority_points == 7


def test_several_exhibitors_keep_their_own_choices_unless_the_list_is_edited(window, qtbot):
    w, ui = window
    project, stack = w.document.project, w.document.undo_stack
    project.put_exhibitors([replace(project.exhibitors["E2"], choices=("b-5",))])
    dialog = ui.exhibitors.dialog(["E2", "E3"])
    qtbot.addWidget(dialog)
    editor = dialog.choices.editor
    assert editor.ids() == () and "chose differently" in editor.note.text()
    dialog.fields["priority_points"].spin.setValue(3)
    dialog.accept()
    assert project.exhibitors["E2"].choices == ("b-5",)
    assert project.exhibitors["E3"].choices == ()
    assert {project.exhibitors[e].priority_points for e in ("E2", "E3")} == {3}
    again = ui.exhibitors.dialog(["E2", "E3"])
    qtbot.addWidget(again)
    again.choices.editor.append("b-3")
    count = stack.count()
    again.accept()
    assert stack.count() == count + 1
    assert project.exhibitors["E2"].choices == project.exhibitors["E3"].choices == ("b-3",)


def test_pick_on_plan_appends_in_click_order_and_esc_ends(window, qtbot):
    w, ui = window
    project = w.document.project
    w.editor.fit_hall()
    dialog = ui.exhibitors.dialog(["E3"])
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.choices.editor
    editor.append("b-2")
    assert editor.pick_button.isEnabled()
    editor.pick_button.click()
    assert dialog.isHidden() and dialog.picking is not None
    view = w.editor.view
    for bid in ("b-5", "b-1", "b-5", "b-3"):  # the second click on A-05 adds nothing
        click(view, centre(project, bid))
    assert w.editor.scene.badges.numbers() == {"b-2": 1, "b-5": 2, "b-1": 3, "b-3": 4}
    assert w.editor.selected_booth_ids() == []  # clicks picked, they did not select
    with qtbot.waitSignal(dialog.picking.finished):
        QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(dialog.isVisible)
    assert editor.ids() == ("b-2", "b-5", "b-1", "b-3")
    assert not w.editor.scene.badges.isVisible()  # the preview went with the picking
    dialog.accept()
    assert project.exhibitors["E3"].choices == ("b-2", "b-5", "b-1", "b-3")


def test_badges_number_the_selected_exhibitors_choices_and_go_with_the_selection(window, qtbot):
    w, ui = window
    project = w.document.project
    project.put_exhibitors([replace(project.exhibitors["E3"], choices=("b-5", "b-3"))])
    badges = w.editor.scene.badges
    ui.exhibitors.select_ids(["E3"])
    qtbot.waitUntil(badges.isVisible)
    assert badges.numbers() == {"b-5": 1, "b-3": 2}
    assert any("booth choices" in text for text in w.legend.entries())
    ui.exhibitors.planning.edit_exhibitors(["E3"], {"choices": ("b-3",)})
    assert badges.numbers() == {"b-3": 1}  # an edit shows at once
    ui.exhibitors.select_ids(["E2"])  # no choices
    qtbot.waitUntil(lambda: not badges.isVisible())
    assert not any("booth choices" in text for text in w.legend.entries())
    ui.exhibitors.select_ids(["E3"])
    qtbot.waitUntil(badges.isVisible)
    ui.exhibitors.select_ids(["E2", "E3"])  # several: no badges
    qtbot.waitUntil(lambda: not badges.isVisible())
