"""Manual planning in the main window: drops on the canvas, booth actions and the panels."""

from __future__ import annotations

import pytest
from helpers.manual_planning import Answers
from helpers.ui import make_project, snapshot
from PySide6.QtWidgets import QMessageBox

from qods_planner.model import Plan
from ui.document import Document


@pytest.fixture
def answers(monkeypatch):
    def install(*values: bool) -> Answers:
        a = Answers(*values)
        monkeypatch.setattr(QMessageBox, "question", a)
        return a

    return install


# -- in the main window: drops on the canvas, booth actions, panels -----------------------
@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.editor.fit_all()
    return w


@pytest.fixture
def installed(window):
    from ui.planning.planning_install import install_planning

    return install_planning(window)


def booth_centre(window, booth_id: str):
    r = window.document.project.booths[booth_id].rect
    return window.editor.view.mapFromScene(r.x + r.w / 2, r.y + r.h / 2)


def drop_on(window, booth_id: str, exhibitor_ids: list[str]) -> bool:
    """Drag exhibitor rows over a booth and drop them; True when the drop was accepted."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from ui.planning.drop import encode_ids

    viewport = window.editor.view.viewport()
    pos = booth_centre(window, booth_id)
    data = encode_ids(exhibitor_ids)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(
        pos, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(pos), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_install_adds_panels_and_a_planning_menu(window, installed):
    from PySide6.QtWidgets import QDockWidget

    docks = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert {"ExhibitorsPanel", "SectorsPanel"} <= docks
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[-2:] == ["Planning", "Help"]
    assert installed.exhibitors.model.rowCount() == 3


def test_dropping_an_exhibitor_on_a_booth_assigns_it(window, installed, answers):
    answers()
    p = window.document.project
    assert drop_on(window, "b-3", ["E3"])
    assert p.plan.stand_of("E3") == ("b-3",)
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert p.plan.stand_of("E3") is None


def test_dropping_on_a_selected_run_assigns_the_whole_run(window, installed, answers):
    answers()
    p = window.document.project
    p.set_plan(p.plan.without(["E2"]))
    window.editor.select_booths(["b-3", "b-4"])
    assert drop_on(window, "b-4", ["E1"])
    assert p.plan.stand_of("E1") == ("b-3", "b-4")
    assert "E1" in p.plan.locked


def test_a_drop_that_breaks_a_hard_rule_asks_and_no_keeps_the_plan(window, installed, answers):
    p = window.document.project
    before = snapshot(p)
    asked = answers(False)
    drop_on(window, "b-6", ["E3"])  # blocked booth
    assert len(asked.asked) == 1
    assert snapshot(p) == before
    assert "A-06" in window.statusBar().currentMessage()


def test_a_drop_off_the_booths_is_not_taken(window, installed):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QApplication

    from ui.planning.drop import encode_ids

    p = window.document.project
    before = snapshot(p)
    corner = window.editor.view.mapFromScene(2800, 1800)  # inside the hall, no booth
    drop = QDropEvent(
        QPointF(QPoint(corner)),
        Qt.DropAction.CopyAction,
        encode_ids(["E3"]),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.editor.view.viewport(), drop)
    assert snapshot(p) == before


def test_table_rows_drag_as_exhibitor_ids(installed):
    from ui.planning.drop import decode_ids

    panel = installed.exhibitors
    index = panel.proxy.index(2, 0)
    assert decode_ids(panel.proxy.mimeData([index])) == ["E3"]


def test_booth_actions_on_the_canvas_selection(window, installed, answers):
    p = window.document.project
    actions = installed.booth_actions
    window.editor.select_booths(["b-2", "b-4"])
    assert actions.occupants() == ["E1", "E2"]
    assert actions.swap.isEnabled() and actions.unlock.isEnabled()
    asked = answers(False)
    actions.swap.trigger()  # 18 m² into a 9 m² stand: asks
    assert asked.asked and p.plan.stand_of("E1") == ("b-1", "b-2")
    actions.lock.trigger()
    assert p.plan.locked == {"E1", "E2"}
    assert not actions.lock.isEnabled()
    actions.unassign.trigger()
    assert p.plan.stands == {}
    assert not actions.unassign.isEnabled()


def test_a_new_document_rebinds_panels_and_drops(window, installed, answers):
    answers()
    project = make_project()
    project.set_plan(Plan())
    window.set_document(Document(project))
    assert installed.planning.document is window.document
    assert installed.exhibitors.model.project is project
    window.editor.fit_all()
    assert drop_on(window, "b-5", ["E2"])
    assert project.plan.stand_of("E2") == ("b-5",)


def test_a_kept_hard_break_is_marked_on_the_canvas_at_once(window, installed, answers):
    answers(True)
    assert drop_on(window, "b-6", ["E3"])
    marks = window.editor.scene.booth_items["b-6"].violations
    assert any(hard and "A-06" in message for message, hard in marks)
    window.document.undo_stack.undo()
    installed.planning.assign("E3", ["b-3"])  # a clean move clears the mark at once
    assert not any(hard for _, hard in window.editor.scene.booth_items["b-6"].violations)


def test_choosing_rows_highlights_their_stands(window, installed):
    items = window.editor.scene.booth_items
    installed.exhibitors.select_ids(["E1"])
    assert items["b-1"].highlighted and items["b-2"].highlighted
    assert not items["b-4"].highlighted


def test_assign_the_chosen_row_to_the_booths_selected_on_the_plan(window, installed, answers):
    answers()
    p = window.document.project
    window.editor.select_booths(["b-3"])
    installed.exhibitors.select_ids(["E3"])
    installed.exhibitors.assign_action.trigger()
    assert p.plan.stand_of("E3") == ("b-3",)
