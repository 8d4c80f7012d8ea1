"""The messages of booth choices, sector zones and caps and the fair order: every rule broken
once, word for word in English, and in Persian naming the same exhibitors and booths."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from helpers.builders import TinyProject, plan_of
from helpers.fair_order_scenario import FAIR_ORDER_RULES, fair_order_broken

from qods_planner.messages import get_language, set_language
from qods_planner.validation import check

ENGLISH = [
    "Company e1 (e1) accepts only its chosen booths (A6) but is given A1",
    "Company e2 (e2) is given Z1, which are kept for Food",
    "sector Basic metals has 2 stands; it may have at most 1",
    "Company e1 (e1) chose A6 but has A1",
    "Company e5 (e5) chose A2 but has A5",
    "Company e5 (e5) chose A2 above its own stand and ranks above Company e6 (e6), who holds"
    " them; the two could trade",
    "Company e7 (e7) is waitlisted although it ranks above Company e6 (e6) and fits its stand A2",
]


@pytest.fixture(autouse=True)
def english():
    before = get_language()
    set_language("en")
    yield
    set_language(before)


def _fair_order_violations(language: str):
    set_language(language)
    project, plan = fair_order_broken()
    return [v for v in check(project, plan).violations if v.rule in FAIR_ORDER_RULES]


def test_the_scenario_breaks_every_fair_order_rule():
    assert {v.rule for v in _fair_order_violations("en")} == FAIR_ORDER_RULES


def test_english_messages():
    assert [v.message for v in _fair_order_violations("en")] == ENGLISH


def test_persian_messages_name_the_same_exhibitors_and_booths():
    english = _fair_order_violations("en")
    persian = _fair_order_violations("fa")
    assert [(v.rule, v.exhibitors, v.booths) for v in persian] == [
        (v.rule, v.exhibitors, v.booths) for v in english
    ]
    for v in persian:
        assert re.search("[\u0600-\u06ff]", v.message), v.message
        assert "Company" not in v.message


def test_isolation_is_reported_only_where_a_neighbour_of_the_sector_was_possible():
    b = TinyProject()
    b.row("A", 3, x=0, y=0)
    b.booth("I1", 2400, 1500)  # no neighbour at all
    b.exhibitor("e1")
    b.exhibitor("e2")
    b.exhibitor("e3", sector="food", m2=18)  # A2–A3: auto exhibitors (≤ 18 m²) could stand there
    isolated = check(b.project, plan_of(e1=["A1"], e2=["I1"], e3=["A2", "A3"]))
    assert [v.exhibitors for v in isolated.by_rule("sector_isolated")] == [("e1",)]
    b.project.put_exhibitor(replace(b.project.exhibitors["e3"], pinned_booths=("A2", "A3")))
    pinned = check(b.project, plan_of(e1=["A1"], e2=["I1"], e3=["A2", "A3"]))
    assert pinned.by_rule("sector_isolated") == []  # the neighbour is pinned there
