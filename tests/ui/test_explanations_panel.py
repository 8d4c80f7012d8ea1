"""The explanations panel: the waitlisted with the solver's reasons, requirements that cannot
be met in words, broken rules and soft shortfalls; clicking an item highlights its booths."""

from __future__ import annotations

from dataclasses import replace

from helpers.ui import make_project
from solving_support import (  # noqa: F401 (user_settings is an autouse fixture)
    finish,
    open_window,
    solved,
    user_settings,
)

from qods_planner.model import Exhibitor, Plan
from solver.result import SolveStatus
from ui.i18n import current_language
from ui.solving import Explanation, Outcome, make_job
from ui.solving.explanations_panel import EXHIBITORS_ROLE, fitting_booths, mentioned
from ui.solving.job import SOLVE


def crowded_project():
    """make_project() plus three more 9 m² exhibitors: six exhibitors and five usable booths
    (two of them E1's, locked), so someone must wait."""
    p = make_project()
    p.put_exhibitors(
        [
            Exhibitor("E4", "فولاد", "Steel Co", "auto", 9, 9, 12),
            Exhibitor("E5", "لبنیات", "Dairy Co", "food", 9, 9, 12),
            Exhibitor("E6", "نان", "Bread Co", "food", 9, 9, 12),
        ]
    )
    return p


def group(panel, prefix: str):
    tree = panel.tree
    return next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith(prefix)
    )


def leaves(item) -> list:
    out = []
    for i in range(item.childCount()):
        child = item.child(i)
        out.extend(leaves(child) if child.childCount() else [child])
    return out


def test_the_waitlisted_are_listed_with_the_solvers_reasons(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, crowded_project())
    job, outcome = solved(qtbot, c, c.solve)
    project, panel = window.document.project, window.features.explanations_panel
    waiting = project.waitlist()
    assert waiting, "five exhibitors cannot all get a stand"
    assert set(waiting) <= set(outcome.waitlist) and all(outcome.waitlist[e] for e in waiting)
    panel.refresh()
    items = leaves(group(panel, "Waitlisted"))
    assert len(items) == len(waiting)
    language = current_language()  # the interface's, as the reasons are; not the event's
    for eid, item in zip(waiting, items, strict=True):
        name = project.exhibitors[eid].name(language)
        assert item.text(0) == f"\u2068{name}\u2069: {outcome.waitlist[eid]}"
    # Clicking shows the booths the reason speaks of.
    panel.show_item(items[0])
    named = set(mentioned(project, outcome.waitlist[waiting[0]])[1])
    assert named and window.editor.scene.highlighted == named


def test_without_a_reason_yet_a_waitlisted_item_shows_where_it_could_stand(qtbot, tmp_path):
    project = make_project()  # E3 (9 m²) waits; no solve has run
    window, c = open_window(qtbot, tmp_path, project)
    panel = window.features.explanations_panel
    panel.refresh()
    (item,) = leaves(group(panel, "Waitlisted (1)"))
    assert "solve or re-solve" in item.text(0)
    panel.show_item(item)
    fitting = set(fitting_booths(project, project.exhibitors["E3"]))
    assert fitting == {"b-1", "b-2", "b-3", "b-4", "b-5"}  # every usable 9 m² booth
    assert window.editor.scene.highlighted == fitting


def test_shortfalls_are_grouped_by_rule_and_show_their_stands(qtbot, tmp_path):
    project = make_project()
    # E3 (auto) by hand on A-05: E1 (auto, A-01+A-02) and E3 have no auto neighbour.
    project.set_plan(Plan({**project.plan.stands, "E3": ("b-5",)}, project.plan.locked))
    window, c = open_window(qtbot, tmp_path, project)
    panel = window.features.explanations_panel
    panel.refresh()
    shortfalls = group(panel, "Shortfalls")
    titles = [shortfalls.child(i).text(0) for i in range(shortfalls.childCount())]
    assert any(t.startswith("Sectors split apart") for t in titles), titles
    split = next(
        shortfalls.child(i)
        for i in range(shortfalls.childCount())
        if shortfalls.child(i).text(0).startswith("Sectors split apart")
    )
    item = split.child(0)
    panel.tree.itemClicked.emit(item, 0)
    shown = window.editor.scene.highlighted
    stands = project.plan.stands
    assert shown and any(shown == set(stands[e]) for e in stands)


def test_broken_rules_are_listed(qtbot, tmp_path):
    project = make_project()
    window, c = open_window(qtbot, tmp_path, project)
    # E3 on the blocked booth A-06.
    project.set_plan(Plan({**project.plan.stands, "E3": ("b-6",)}, project.plan.locked))
    panel = window.features.explanations_panel
    panel.refresh()
    broken = leaves(group(panel, "Broken rules"))
    assert any("A-06" in item.text(0) for item in broken)
    panel.show_item(next(item for item in broken if "A-06" in item.text(0)))
    assert "b-6" in window.editor.scene.highlighted


def test_requirements_that_cannot_be_met_come_from_the_solvers_explanations(qtbot, tmp_path):
    project = make_project()
    window, c = open_window(qtbot, tmp_path, project)
    text = "2 exhibitors need ≥ 36 m² with power in Hall 1; only 1 such booth exists"
    c.last = (
        make_job(project, SOLVE),
        Outcome(SolveStatus.INFEASIBLE, explanations=(Explanation(text, ("E1", "E3"), ("b-3",)),)),
    )
    panel = window.features.explanations_panel
    panel.refresh()
    found = leaves(group(panel, "Requirements that cannot be met (1)"))
    assert [i.text(0) for i in found] == [text]
    panel.show_item(found[0])
    assert window.editor.scene.highlighted == {"b-3", "b-1", "b-2"}  # its booth and E1's stand
    assert panel.details.text() == "\u200e" + text  # in full, below the list, left to right


def test_an_infeasible_requirement_found_by_the_solver_is_explained(qtbot, tmp_path):
    project = make_project()
    # Two exhibitors pinned to the same booth cannot both have it.
    project.put_exhibitor(replace(project.exhibitors["E2"], pinned_booths=("b-3",)))
    project.put_exhibitor(replace(project.exhibitors["E3"], pinned_booths=("b-3",)))
    window, c = open_window(qtbot, tmp_path, project)
    job, outcome = finish(qtbot, c, c.solve)
    panel = window.features.explanations_panel
    panel.refresh()
    assert outcome.status is SolveStatus.INFEASIBLE and outcome.plan is None
    found = leaves(group(panel, "Requirements that cannot be met"))
    assert [i.text(0) for i in found] == [e.text for e in outcome.explanations]
    clash = next(i for i in found if "A-03" in i.text(0))
    # The solver names exhibitors by name: both are found, with the booth they fight over
    # and Milk Co's present stand.
    assert sorted(clash.data(0, EXHIBITORS_ROLE)) == ["E2", "E3"]
    panel.show_item(clash)
    assert window.editor.scene.highlighted == {"b-3", "b-4"}
