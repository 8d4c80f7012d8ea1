"""Manual planning: assign, swap, unassign and lock through their commands and through the
`Planning` controller (which judges each move with the validator and asks before a hard break),
with undo/redo round trips."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.ui import make_project, snapshot
from PySide6.QtWidgets import QMessageBox

from qods_planner.model import Plan
from ui.commands import Refused
from ui.document import Document
from ui.planning import AssignStand, Planning, SetLocked, SwapStands, Unassign


@pytest.fixture
def document(qtbot):
    return Document(make_project())


@pytest.fixture
def planning(document, qtbot):
    p = Planning()
    p.bind(document)
    return p


class Answers:
    """Stands in for QMessageBox.question: answers from a list and records the questions."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, parent, title, text, *args):
        self.asked.append(text)
        yes = self.answers.pop(0)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No


@pytest.fixture
def answers(monkeypatch):
    def install(*values: bool) -> Answers:
        a = Answers(*values)
        monkeypatch.setattr(QMessageBox, "question", a)
        return a

    return install


def round_trip(document: Document, before: tuple, after: tuple) -> None:
    """Undo gives `before` back, redo gives `after` back, twice over (redo is repeatable)."""
    project, stack = document.project, document.undo_stack
    for _ in range(2):
        stack.undo()
        assert snapshot(project) == before
        stack.redo()
        assert snapshot(project) == after


# -- commands -------------------------------------------------------------------------------
def test_assign_command_round_trip(document):
    p = document.project
    before = snapshot(p)
    document.undo_stack.push(AssignStand(p, "E3", ["b-3"]))
    assert p.plan.stand_of("E3") == ("b-3",)
    round_trip(document, before, snapshot(p))
    assert document.undo_stack.count() == 1


def test_assign_displaces_the_whole_stand_of_the_occupant(document):
    p = document.project
    command = AssignStand(p, "E3", ["b-2"])
    assert command.displaced == ["E1"]
    document.undo_stack.push(command)
    assert p.plan.stand_of("E1") is None
    assert "E1" not in p.plan.locked  # the lock goes with the stand
    assert p.waitlist() == ["E1"]
    document.undo_stack.undo()
    assert p.plan.stand_of("E1") == ("b-1", "b-2") and "E1" in p.plan.locked


def test_moving_a_locked_exhibitor_keeps_its_lock(document):
    p = document.project
    document.undo_stack.push(AssignStand(p, "E1", ["b-3", "b-4"]))
    assert p.plan.stand_of("E1") == ("b-3", "b-4")
    assert "E1" in p.plan.locked
    assert p.plan.stand_of("E2") is None


def test_assign_refuses_a_withdrawn_exhibitor_and_unknown_booths(document):
    p = document.project
    from qods_planner.model import ExhibitorStatus

    p.put_exhibitor(replace(p.exhibitors["E3"], status=ExhibitorStatus.WITHDRAWN))
    with pytest.raises(Refused):
        AssignStand(p, "E3", ["b-3"])
    with pytest.raises(Refused):
        AssignStand(p, "E2", ["nope"])
    with pytest.raises(Refused):
        AssignStand(p, "E2", [])


def test_swap_command_round_trip(document):
    p = document.project
    p.set_plan(p.plan.with_stand("E3", ["b-3"]))
    before = snapshot(p)
    document.undo_stack.push(SwapStands(p, "E2", "E3"))
    assert p.plan.stand_of("E2") == ("b-3",) and p.plan.stand_of("E3") == ("b-4",)
    round_trip(document, before, snapshot(p))


def test_swap_keeps_locks_with_the_exhibitors(document):
    p = document.project
    document.undo_stack.push(SwapStands(p, "E1", "E2"))
    assert p.plan.stand_of("E1") == ("b-4",) and p.plan.locked == {"E1"}


def test_swap_needs_two_stands(document):
    with pytest.raises(Refused):
        SwapStands(document.project, "E1", "E3")
    with pytest.raises(Refused):
        SwapStands(document.project, "E1", "E1")


def test_unassign_round_trip(document):
    p = document.project
    before = snapshot(p)
    document.undo_stack.push(Unassign(p, ["E1", "E3"]))
    assert p.plan == Plan({"E2": ("b-4",)})
    round_trip(document, before, snapshot(p))
    with pytest.raises(Refused):
        Unassign(p, ["E3"])


def test_lock_and_unlock_round_trip(document):
    p = document.project
    before = snapshot(p)
    document.undo_stack.push(SetLocked(p, ["E2", "E3"], True))  # E3 has no stand: skipped
    assert p.plan.locked == {"E1", "E2"}
    round_trip(document, before, snapshot(p))
    document.undo_stack.push(SetLocked(p, ["E1", "E2"], False))
    assert p.plan.locked == frozenset()
    assert p.plan.stands == make_project().plan.stands
    with pytest.raises(Refused):
        SetLocked(p, ["E3"], True)


# -- the controller -------------------------------------------------------------------------
def test_a_clean_move_is_kept_without_asking(planning, document, answers):
    asked = answers()
    messages: list[str] = []
    planning.message.connect(messages.append)
    assert planning.assign("E3", ["b-3"])
    assert asked.asked == []
    assert document.project.plan.stand_of("E3") == ("b-3",)
    assert document.undo_stack.count() == 1
    assert messages


def test_a_hard_break_asks_and_no_leaves_the_model_unchanged(planning, document, answers):
    p = document.project
    before = snapshot(p)
    asked = answers(False)
    assert not planning.assign("E3", ["b-6"])  # A-06 is blocked
    assert len(asked.asked) == 1 and "A-06" in asked.asked[0]
    assert snapshot(p) == before
    assert document.undo_stack.count() == 0


def test_a_hard_break_asks_and_yes_keeps_it_and_marks_it(planning, document, answers):
    p = document.project
    answers(True)
    reports, messages = [], []
    planning.report_ready.connect(reports.append)
    planning.message.connect(messages.append)
    assert planning.assign("E3", ["b-6"])
    assert p.plan.stand_of("E3") == ("b-6",)
    assert [v.rule for v in reports[-1].hard] == ["booth_blocked"]
    assert "A-06" in messages[-1]
    document.undo_stack.undo()
    assert p.plan.stand_of("E3") is None


def test_breaks_already_there_do_not_ask_again(planning, document, answers):
    p = document.project
    p.set_plan(p.plan.with_stand("E3", ["b-6"]))  # already broken: blocked booth
    asked = answers()
    assert planning.set_locked(["E2"], True)
    assert asked.asked == []


def test_competitors_side_by_side_ask(planning, document, answers):
    p = document.project
    p.put_exhibitor(replace(p.exhibitors["E3"], competitors=("E2",)))
    asked = answers(False)
    assert not planning.assign("E3", ["b-5"])  # A-05 is next to E2's A-04
    assert "E2" in asked.asked[0] or "Milk" in asked.asked[0]
    assert p.plan.stand_of("E3") is None


def test_taking_booths_from_another_exhibitor_asks_first(planning, document, answers):
    p = document.project
    asked = answers(False)
    assert not planning.assign("E3", ["b-4"])
    assert len(asked.asked) == 1 and "Milk Co" in asked.asked[0]
    assert p.plan.stand_of("E2") == ("b-4",)
    answers(True)
    assert planning.assign("E3", ["b-4"])
    assert p.plan.stand_of("E3") == ("b-4",) and p.plan.stand_of("E2") is None
    document.undo_stack.undo()
    assert p.plan.stand_of("E2") == ("b-4",) and p.plan.stand_of("E3") is None


def test_swap_that_breaks_areas_asks(planning, document, answers):
    p = document.project
    asked = answers(False)
    assert not planning.swap("E1", "E2")  # 18 m² into 9 m²
    assert asked.asked and p.plan.stand_of("E1") == ("b-1", "b-2")


def test_refusals_are_messages_not_exceptions(planning, document):
    messages: list[str] = []
    planning.message.connect(messages.append)
    assert not planning.swap("E1", "E3")
    assert not planning.unassign(["E3"])
    assert len(messages) == 2
    assert document.undo_stack.count() == 0


def test_unassign_and_lock_through_the_controller(planning, document, answers):
    answers()
    p = document.project
    assert planning.unassign(["E2"])
    assert p.plan.stand_of("E2") is None
    assert planning.set_locked(["E1"], False)
    assert p.plan.locked == frozenset()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert p.plan == make_project().plan


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


# -- every planning command: undo, redo, and redo again changes nothing more ----------------
def _full(p, ordered: bool = True) -> tuple:
    """Everything a planning command may change; `ordered` compares the exhibitors' order."""
    order = list(p.exhibitors) if ordered else sorted(p.exhibitors)
    return (*snapshot(p), order, dict(p.sectors), p.complementarity)


def _commands():
    from qods_planner.model import Exhibitor, ExhibitorStatus, Sector
    from ui.planning import (
        AddExhibitor,
        AddSector,
        EditExhibitors,
        EditSector,
        RemoveExhibitor,
        RemoveSector,
        RestoreExhibitors,
        SetComplementarity,
        WithdrawExhibitors,
    )

    chem = Sector("chem", "شیمیایی", "Chemicals", "#9467bd")
    return {
        "add exhibitor": lambda p: AddExhibitor(p, Exhibitor("E9", "نو", "New", "food", 9, 9, 9)),
        "edit exhibitors": lambda p: EditExhibitors(p, ["E1", "E2"], {"needs.power": True}),
        "remove exhibitor": lambda p: RemoveExhibitor(p, "E1"),
        "withdraw": lambda p: WithdrawExhibitors(p, ["E1", "E2"]),
        "restore": lambda p: (
            p.put_exhibitor(replace(p.exhibitors["E3"], status=ExhibitorStatus.WITHDRAWN)),
            RestoreExhibitors(p, ["E3"]),
        )[1],
        "add sector": lambda p: AddSector(p, chem),
        "edit sector": lambda p: EditSector(p, replace(p.sectors["food"], colour="#000000")),
        "remove sector": lambda p: (p.put_sector(chem), RemoveSector(p, "chem"))[1],
        "complementarity": lambda p: SetComplementarity(p, ("auto", "food"), 2),
    }


@pytest.mark.parametrize("name", list(_commands()))
def test_every_planning_command_round_trips(document, name):
    p, stack = document.project, document.undo_stack
    command = _commands()[name](p)
    before = _full(p)
    stack.push(command)
    after = _full(p)
    assert after != before
    command.redo()  # repeating redo changes nothing more
    assert _full(p) == after
    # Undoing a removal lists the exhibitor last: the same exhibitors, another order.
    ordered = name != "remove exhibitor"
    for _ in range(2):
        stack.undo()
        assert _full(p, ordered) == _full_of(before, ordered)
        stack.redo()
        assert _full(p) == after


def _full_of(state: tuple, ordered: bool) -> tuple:
    return state if ordered else (*state[:-3], sorted(state[-3]), *state[-2:])
