"""Manual planning: assign, swap, unassign and lock through their commands and through the
`Planning` controller (which judges each move with the validator and asks before a hard break),
with undo/redo round trips."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import make_project, snapshot
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
