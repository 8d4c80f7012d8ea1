"""What the tests of routed messages (tests/core/test_messages_routed_*.py) share: each test
starts in English whatever the machine's locale, and a plan that breaks every rule.

English output is pinned word for word (it must not change when messages are routed); Persian
output names the same booths (labels as given), exhibitors (Persian name and id) and JSON paths.
"""

from __future__ import annotations

import pytest

from helpers.builders import TinyProject, plan_of
from qods_planner.messages import set_language
from qods_planner.model import BoothStatus, Needs, Plan, PriorityTier, Wishes

LOCALE_VARIABLES = ("QODS_PLANNER_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch):
    """Each test starts in English whatever the machine's locale, and ends in English."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    set_language("en")
    yield
    set_language("en")


def everything_broken():
    """A project, a plan breaking every rule of `RULES` at least once, and the plan it was
    re-solved from (which locks e15)."""
    b = TinyProject()
    b.row("A", 4, x=600, y=0)
    b.row("B", 4, x=600, y=600)
    b.row("C", 4, x=600, y=900)
    b.booth("I1", 2400, 1500)
    b.booth("P1", 0, 1700, status=BoothStatus.BLOCKED)
    b.booth("R1", 300, 1700, status=BoothStatus.RESERVED)
    b.hall("H2", x=4000, width=2000)
    b.row("D", 6, x=4000, y=0, hall="H2")
    b.row("F", 3, x=4600, y=1200, hall="H2")
    b.exhibitor("e1", wishes=Wishes(corner=True), competitors=("e2",))
    b.exhibitor("e2")
    b.exhibitor("e3", withdrawn=True)
    b.exhibitor("e4", needs=Needs(power=True, water=True))
    b.exhibitor("e5")
    b.exhibitor("e6")
    b.exhibitor("e7", pinned=("A4",), priority=PriorityTier.SPONSOR)
    b.exhibitor("e8", wishes=Wishes(preferred_hall="H2", hall_required=True))
    b.exhibitor("e9", m2=18, min_m2=9)
    b.exhibitor("e10", m2=18, min_m2=9)
    b.exhibitor("e11", m2=30, max_m2=40)
    for eid in ("e12", "e13", "e14", "e15"):
        b.exhibitor(eid)
    b.exhibitor("e16", wishes=Wishes(island=True))
    b.exhibitor("e17", wishes=Wishes(preferred_hall="H2"))
    b.exhibitor("e18", partners=("e19",))
    b.exhibitor("e19")
    b.exhibitor("e20", sector="food", m2=9, max_m2=30)
    b.exhibitor("e21", sector="food")
    b.exhibitor("e22")
    plan = plan_of(
        e1=["A2"],
        e2=["A3"],
        e3=["C1"],
        e4=["B1"],
        e5=["P1"],
        e6=["R1"],
        e8=["C2"],
        e9=["C3", "I1"],
        e10=["C4", "D1"],
        e11=["A1"],
        e12=["B4"],
        e13=["B4"],
        e14=["Z9"],
        ghost=["D2"],
        e15=["D3"],
        e16=["D4"],
        e17=["B2"],
        e18=["D5"],
        e19=["F3"],
        e20=["F1", "F2"],
        e21=["B3"],
        e22=["D6"],
    )
    previous = Plan(dict(plan.stands) | {"e15": ("D6",), "e22": ("D3",)}, frozenset({"e15"}))
    return b.project, plan, previous
