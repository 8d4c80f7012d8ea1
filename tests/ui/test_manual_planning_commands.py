"""Assign, swap, unassign, lock and every other planning command: their rules and undo/redo."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.manual_planning import round_trip
from helpers.ui import make_project, snapshot

from qods_planner.model import Plan
from ui.commands import Refused
from ui.document import Document
from ui.planning import AssignStand, SetLocked, SwapStands, Unassign


@pytest.fixture
def document(qtbot):
    return Document(make_project())


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
