"""The Planning controller: each move judged by the validator, asking before a hard break."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.manual_planning import Answers
from helpers.ui import make_project, snapshot
from PySide6.QtWidgets import QMessageBox

from ui.document import Document
from ui.planning import Planning


@pytest.fixture
def document(qtbot):
    return Document(make_project())


@pytest.fixture
def planning(document, qtbot):
    p = Planning()
    p.bind(document)
    return p


@pytest.fixture
def answers(monkeypatch):
    def install(*values: bool) -> Answers:
        a = Answers(*values)
        monkeypatch.setattr(QMessageBox, "question", a)
        return a

    return install


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
