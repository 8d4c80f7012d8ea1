"""The fair order in the solve panel (#21): the four keys with their names, reordered with
the buttons or Alt+Up / Alt+Down, each move one undo step on the project's settings; the
panel's draft weights are kept."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from solving_support import open_window, small_project, stop_solving

from qods_planner.model.fair_order import ORDER_KEYS

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def solving(qtbot, tmp_path):
    window, controller = open_window(qtbot, tmp_path, small_project())
    yield window, controller
    stop_solving(controller)


def test_the_order_is_listed_and_moves_are_undo_steps(solving):
    window, controller = solving
    box = window.features.solve_panel.fair_order
    project, stack = window.document.project, window.document.undo_stack
    assert box.order() == ORDER_KEYS
    assert box.list.item(1).text() == "2. Priority points (more first)"
    box.list.setCurrentRow(1)
    assert box.up_button.isEnabled() and box.down_button.isEnabled()
    count = stack.count()
    box.up_button.click()
    assert project.settings.priority_order == ("priority_points", "tier", "registered_on", "id")
    assert stack.count() == count + 1 and stack.undoText() == "Change the fair order"
    assert box.list.currentRow() == 0 and not box.up_button.isEnabled()
    QTest.keyClick(box.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(box.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert project.settings.priority_order == ("tier", "registered_on", "priority_points", "id")
    assert stack.count() == count + 3
    stack.undo()
    stack.undo()
    assert box.order() == ("priority_points", "tier", "registered_on", "id")
    stack.undo()
    assert box.order() == ORDER_KEYS == project.settings.priority_order


def test_a_move_keeps_the_draft_weights(solving):
    window, controller = solving
    box = window.features.solve_panel.fair_order
    draft = replace(controller.weights, choice=33)
    controller.weights = draft
    box.list.setCurrentRow(3)
    assert box.move_current(-1)
    assert controller.weights == draft
    assert window.document.project.settings.weights != draft  # still a draft
    assert window.document.project.settings.priority_order[2:] == ("id", "registered_on")
