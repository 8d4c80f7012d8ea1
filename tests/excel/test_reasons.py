"""Waitlist and change reasons derived from the project's facts."""

from __future__ import annotations

from dataclasses import replace

from qods_planner.excel.export.reasons import change_reason, waitlist_reason
from qods_planner.layout import layout_of
from qods_planner.model import BoothStatus, ExhibitorStatus, Needs, Plan, Wishes


def _reason(project, eid, language="en"):
    return waitlist_reason(
        project, layout_of(project), project.exhibitors[eid], project.plan, language
    )


def test_needs_nobody_offers(project):
    e6 = project.exhibitors["e6"]
    project.put_exhibitor(replace(e6, needs=Needs(heavy_floor=True)))
    assert _reason(project, "e6") == "no booth offers a heavy floor"
    assert _reason(project, "e6", "fa") == "هیچ غرفه‌ای کف مقاوم ندارد"


def test_required_hall_without_what_is_needed(project):
    e6 = project.exhibitors["e6"]
    project.put_exhibitor(
        replace(e6, needs=Needs(power=True), wishes=Wishes(preferred_hall="h2", hall_required=True))
    )
    assert _reason(project, "e6") == "no booth in Hall 2 offers power"


def test_no_size_fits(project):
    e6 = project.exhibitors["e6"]
    project.put_exhibitor(replace(e6, requested_m2=100, min_m2=100, max_m2=150))
    assert _reason(project, "e6") == "no booth or row of booths between 100 and 150 m² suits it"


def test_everything_suitable_is_taken(project):
    e6 = project.exhibitors["e6"]
    project.put_exhibitor(replace(e6, needs=Needs(water=True)))  # only C-1 has water
    assert _reason(project, "e6") == "every suitable booth or run (1) is taken"


def test_pinned_booth_blocked(project):
    e6 = project.exhibitors["e6"]
    project.put_exhibitor(replace(e6, pinned_booths=("c6",)))
    assert _reason(project, "e6") == "its pinned booth is blocked: C-6"


def test_only_free_booths_are_next_to_a_competitor(project):
    # e5 may only use A-2 (power, 9 m²): e1 is a competitor and stands next to it.
    for bid in ("a3", "a4"):
        project.put_booth(replace(project.booths[bid], status=BoothStatus.BLOCKED))
    e5 = project.exhibitors["e5"]
    project.put_exhibitor(replace(e5, needs=Needs(power=True), competitors=("e1",)))
    assert _reason(project, "e5") == "the free suitable booths are next to a competitor"


def test_otherwise_not_placed(project):
    assert _reason(project, "e5") == "not placed (a re-solve may place it)"


def test_change_reasons(project):
    layout = layout_of(project)
    assert (
        change_reason(project, layout, "e2", ("a2",), ("a5",), "en") == "re-planned by the solver"
    )
    project.set_plan(project.plan.with_lock("e2", True))
    assert change_reason(project, layout, "e2", ("a2",), ("a5",), "en") == "moved by hand"
    project.put_booth(replace(project.booths["a2"], status=BoothStatus.BLOCKED))
    assert (
        change_reason(project, layout, "e2", ("a2",), ("a5",), "en")
        == "its old booth was blocked: A-2"
    )
    project.put_exhibitor(replace(project.exhibitors["e5"], status=ExhibitorStatus.WITHDRAWN))
    assert change_reason(project, layout, "e5", ("c2",), None, "en") == "withdrew"
    assert (
        change_reason(project, layout, "e4", (), ("c1",), "en") == "was not in the published plan"
    )
    project.set_plan(Plan({}))
    assert change_reason(project, layout, "e6", ("a3",), None, "en").startswith(
        "loses its stand: waitlisted: "
    )
    big = replace(project.exhibitors["e3"], requested_m2=36, min_m2=36, max_m2=54)
    project.put_exhibitor(big)
    assert (
        change_reason(project, layout, "e3", ("b1", "b2"), ("b3",), "en")
        == "its request changed (the old stand has 18 m²)"
    )


def test_reasons_in_persian_with_persian_digits(project):
    e6 = project.exhibitors["e6"]
    project.put_exhibitor(replace(e6, requested_m2=100, min_m2=100, max_m2=150))
    assert _reason(project, "e6", "fa") == (
        "هیچ غرفه یا ردیف غرفه‌ای با متراژ ۱۰۰ تا ۱۵۰ متر مربع برای آن نیست"
    )
    project.put_exhibitor(
        replace(
            e6,
            needs=Needs(power=True, water=True),
            wishes=Wishes(preferred_hall="h2", hall_required=True),
        )
    )
    assert _reason(project, "e6", "fa") == "هیچ غرفه‌ای در سالن ۲ برق و آب ندارد"
    assert _reason(project, "e6") == "no booth in Hall 2 offers power and water"
    project.put_exhibitor(replace(e6, needs=Needs(water=True)))
    assert _reason(project, "e6", "fa") == "همهٔ غرفه‌ها یا ردیف‌های مناسب آن (۱) پر شده‌اند"
    project.put_exhibitor(replace(e6, pinned_booths=("c6",)))
    assert _reason(project, "e6", "fa") == "غرفهٔ ثابت آن مسدود است: C-6"  # the label as is


def test_change_reasons_in_persian(project):
    layout = layout_of(project)
    big = replace(project.exhibitors["e3"], requested_m2=36, min_m2=36, max_m2=54)
    project.put_exhibitor(big)
    assert change_reason(project, layout, "e3", ("b1", "b2"), ("b3",), "fa") == (
        "درخواستش تغییر کرد (غرفهٔ پیشین ۱۸ متر مربع است)"
    )
    for bid in ("a2", "a3"):
        project.put_booth(replace(project.booths[bid], status=BoothStatus.BLOCKED))
    assert change_reason(project, layout, "e2", ("a2", "a3"), ("a5",), "fa") == (
        "غرفهٔ پیشین آن مسدود شد: A-2، A-3"
    )
    assert change_reason(project, layout, "e2", ("a2", "a3"), ("a5",), "en") == (
        "its old booth was blocked: A-2, A-3"
    )
