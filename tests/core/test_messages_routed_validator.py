"""The validator speaks Persian: the same violations as in English, English pinned word for word."""

from __future__ import annotations

import re

from helpers.fair_order_scenario import FAIR_ORDER_RULES
from helpers.routed_messages import (  # noqa: F401 (_english_environment is an autouse fixture)
    _english_environment,
    everything_broken,
)

from qods_planner.messages import set_language
from qods_planner.validation import RULES, check

PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")


# What the validator said before its messages were routed through tr(): word for word.
ENGLISH = [
    "the plan gives booths D2 to exhibitor 'ghost', who is not in the project",
    "Company e3 (e3) has withdrawn but still holds booths C1",
    "the stand of Company e14 (e14) uses booths that do not exist: 'Z9'",
    "booth B4 is given to Company e12 (e12) and Company e13 (e13)",
    "the stand of Company e10 (e10) (C4, D1) spans halls H1, H2",
    "the booths of Company e9 (e9) (C3, I1) are not a straight run of adjacent booths in one row",
    "the stand of Company e11 (e11) (A1) is 9 m²; it accepts 30–40 m²",
    "Company e4 (e4) needs services its booths lack: B1 lacks power, water",
    "Company e5 (e5) is given blocked booth(s) P1",
    "Company e6 (e6) is given reserved booth(s) R1, which are kept for the exhibitor pinned there",
    "Company e7 (e7) is pinned to A4 but is waitlisted",
    "Company e15 (e15) is locked on D6 but now holds D3",
    "Company e8 (e8) requires hall H2 but is given C2 in hall H1",
    "competitors Company e1 (e1) and Company e2 (e2) are neighbours: A2 and A3 are side by side",
    "Company e7 (e7) is waitlisted (sponsor tier)",
    "Company e1 (e1) wished a corner but has the inline stand A2",
    "Company e16 (e16) wished an island but has the inline stand D4",
    "Company e17 (e17) prefers hall H2 but has B2 in hall H1",
    "partners Company e18 (e18) (D5) and Company e19 (e19) (F3) are not neighbours",
    "Company e13 (e13) at B4 has no Automotive parts neighbour, though 10 other Automotive"
    " parts exhibitors stand in hall H1",
    "Company e19 (e19) at F3 has no Automotive parts neighbour, though 4 other Automotive parts"
    " exhibitors stand in hall H2",
    "Company e20 (e20) asked for 9 m² but F1, F2 cover 18 m² (9 m² more)",
    "Company e15 (e15) held D6 in the baseline plan and now holds D3",
    "Company e22 (e22) held D3 in the baseline plan and now holds D6",
]


def test_the_scenario_breaks_every_rule():
    project, plan, previous = everything_broken()
    found = {v.rule for v in check(project, plan, previous).violations}
    assert found == set(RULES) - FAIR_ORDER_RULES  # those: test_messages_fair_order.py


def test_english_validator_messages_are_unchanged():
    project, plan, previous = everything_broken()
    assert [v.message for v in check(project, plan, previous).violations] == ENGLISH


def _identifiers(text: str) -> str:
    """`text` without what stays as given in every language: booth labels and ids, exhibitor
    ids (and the Latin part of the test's Persian names), hall ids."""
    return re.sub(r"'?\b(?:[A-Z]\d+|e\d+|ghost)\b'?", "", text)


def test_persian_validator_messages_name_the_same_booths_and_exhibitors():
    project, plan, previous = everything_broken()
    english = check(project, plan, previous)
    set_language("fa")
    persian = check(project, plan, previous)
    assert [(v.rule, v.exhibitors, v.booths, v.points) for v in persian.violations] == [
        (v.rule, v.exhibitors, v.booths, v.points) for v in english.violations
    ]
    assert persian.score == english.score
    for fa, en in zip(persian.violations, english.violations, strict=True):
        assert fa.message != en.message and PERSIAN_LETTER.search(fa.message), fa.message
        for bid in fa.booths:
            booth = project.booths.get(bid)
            assert (booth.label if booth else repr(bid)) in fa.message, (bid, fa.message)
        for eid in fa.exhibitors:
            if eid in project.exhibitors:
                assert f"شرکت {eid} ({eid})" in fa.message  # the Persian name, then the id
            else:
                assert repr(eid) in fa.message
        rest = _identifiers(fa.message)
        assert not re.search("[A-Za-z]", rest), f"English words left in {fa.message!r}"
        assert not re.search("[0-9]", rest), f"quantities need Persian digits: {fa.message!r}"


def test_persian_quantities_and_lists():
    project, plan, previous = everything_broken()
    set_language("fa")
    report = check(project, plan, previous)
    area = report.by_rule("area_outside_range")[0].message
    assert "۹ متر مربع" in area and "۳۰ تا ۴۰ متر مربع" in area
    assert "C4، D1" in report.by_rule("stand_spans_halls")[0].message  # the Persian comma
    assert "B1 برق، آب ندارد" in report.by_rule("need_not_met")[0].message
    assert "(اولویت: حامی)" in report.by_rule("waitlisted")[0].message
    assert "قطعات خودرو" in report.by_rule("sector_isolated")[0].message  # the sector in Persian
