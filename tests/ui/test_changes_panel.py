"""Publishing and re-solving after last-minute changes: publish is one undo step, a
withdrawal and a blocked booth are repaired with few moves, the changes panel lists who moves
from where to where and why, highlights them, and accept / discard behave."""

from __future__ import annotations

from helpers.ui import make_project
from PySide6.QtCore import QItemSelectionModel
from solving_support import (  # noqa: F401 (user_settings is an autouse fixture)
    WAIT_MS,
    finish,
    open_window,
    small_project,
    solved,
    user_settings,
)

from qods_planner.model import BoothStatus, Plan
from qods_planner.validation import check
from ui.commands import EditBooths, SetPlan
from ui.i18n import current_language
from ui.planning import WithdrawExhibitors
from ui.solving.changes_panel import EXHIBITOR_ROLE


def solved_and_published(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, small_project())
    solved(qtbot, c, c.solve)
    window.features.changes_panel.publish_button.click()
    return window, c


def last_minute_changes(window) -> tuple[str, str]:
    """Withdraw one exhibitor and block the booth of another; returns (withdrawn, displaced)."""
    project, stack = window.document.project, window.document.undo_stack
    singles = [e for e, booths in project.plan.stands.items() if len(booths) == 1]
    movable = [e for e in singles if not project.exhibitors[e].pinned_booths]
    withdrawn, displaced = movable[0], movable[-1]
    stack.push(WithdrawExhibitors(project, [withdrawn]))
    booth = project.plan.stands[displaced][0]
    stack.push(EditBooths(project, [booth], {"status": BoothStatus.BLOCKED}))
    return withdrawn, displaced


def test_publish_records_the_baseline_as_one_undo_step(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, small_project())
    panel, project, stack = (
        window.features.changes_panel,
        window.document.project,
        window.document.undo_stack,
    )
    assert not panel.publish_button.isEnabled()  # nothing planned yet
    assert panel.baseline.text() == "No plan published yet."
    solved(qtbot, c, c.solve)
    assert panel.publish_button.isEnabled()
    window.features.solving_actions.publish.trigger()
    assert project.baseline == project.plan and stack.count() == 2
    panel.refresh()
    assert not panel.publish_button.isEnabled()
    assert panel.baseline.text() == f"Stands in the published plan: {len(project.plan.stands)}"
    stack.undo()
    assert project.baseline is None
    assert project.plan.stands  # the plan itself stays


def test_publish_change_resolve_accept_moves_few_and_keeps_the_baseline(qtbot, tmp_path):
    window, c = solved_and_published(qtbot, tmp_path)
    project, stack, panel = (
        window.document.project,
        window.document.undo_stack,
        window.features.changes_panel,
    )
    baseline = project.baseline
    withdrawn, displaced = last_minute_changes(window)
    assert check(project).hard  # someone stands on a blocked booth
    panel.refresh()
    assert panel.title.text() == "Changes since publishing: 1"  # the withdrawal
    steps = stack.count()
    with qtbot.waitSignal(c.outcome_ready, timeout=WAIT_MS):
        panel.resolve_button.click()
    assert c.proposal is not None and panel.showing_proposal
    assert c.preview.active  # the proposal is on the canvas, not in the project
    moves = c.proposal_moves()
    moved = {m.exhibitor for m in moves}
    assert displaced in moved and withdrawn not in moved
    assert len(moves) <= 2, moves
    assert panel.table.topLevelItemCount() == len(moves)
    row = next(r for r in panel.rows() if r.data(0, EXHIBITOR_ROLE) == displaced)
    old_label = project.booths[baseline.stands[displaced][0]].label
    assert row.text(1) == old_label and row.text(2) not in ("", old_label)
    assert "blocked" in panel.why_of(row)  # why it moves
    assert panel.accept_button.isEnabled()
    panel.accept_button.click()
    assert stack.count() == steps + 1
    assert check(project).ok
    assert project.baseline == baseline
    assert set(project.plan.moved_from(baseline)) <= moved | {withdrawn}
    assert c.proposal is None and not c.preview.active
    stack.undo()
    assert project.plan.stands[displaced] == baseline.stands[displaced]


def test_discard_leaves_the_plan_unchanged(qtbot, tmp_path):
    window, c = solved_and_published(qtbot, tmp_path)
    project, stack, panel = (
        window.document.project,
        window.document.undo_stack,
        window.features.changes_panel,
    )
    last_minute_changes(window)
    before, steps = project.plan, stack.count()
    finish(qtbot, c, c.resolve)
    assert panel.discard_button.isEnabled()
    panel.discard_button.click()
    assert project.plan == before and stack.count() == steps
    assert c.proposal is None and not c.preview.active
    assert not window.editor.scene.highlighted
    assert not panel.accept_button.isEnabled()


def test_selecting_a_move_highlights_where_it_goes_from_and_to(qtbot, tmp_path):
    window, c = solved_and_published(qtbot, tmp_path)
    last_minute_changes(window)
    finish(qtbot, c, c.resolve)
    panel = window.features.changes_panel
    assert window.editor.scene.highlighted  # every move is shown at once
    move = c.proposal_moves()[0]
    panel.table.setCurrentItem(
        panel.table.topLevelItem(0), 0, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    expected = set(move.before) | set(move.after)
    assert move.why and move.why in panel.details.text()
    assert window.editor.scene.highlighted == expected
    assert set(c.preview.highlighted) == expected  # drawn above the proposal's preview too


def test_an_edit_after_the_proposal_drops_it(qtbot, tmp_path):
    window, c = solved_and_published(qtbot, tmp_path)
    last_minute_changes(window)
    finish(qtbot, c, c.resolve)
    project = window.document.project
    booth = next(b for b in project.booths if project.booths[b].status is BoothStatus.AVAILABLE)
    window.document.undo_stack.push(EditBooths(project, [booth], {"power": True}))
    assert c.proposal is None and not c.preview.active
    assert not window.features.changes_panel.showing_proposal


def test_changes_since_publishing_list_hand_moves(qtbot, tmp_path):
    project = make_project()  # E1 on A-01+A-02 (locked), E2 on A-04; free
    window, c = open_window(qtbot, tmp_path, project)
    c.publish()
    moved = Plan({**project.plan.stands, "E2": ("b-5",)}, project.plan.locked)
    window.document.undo_stack.push(SetPlan(project, moved))
    panel = window.features.changes_panel
    panel.refresh()
    assert panel.table.topLevelItemCount() == 1
    row = panel.table.topLevelItem(0)
    # A list in the interface's language (English here), as the reasons are; the plan on the
    # canvas keeps the event's language (Persian here).
    assert current_language() == "en" and project.event.language == "fa"
    assert [row.text(i) for i in range(3)] == ["Milk Co", "A-04", "A-05"]
    assert not panel.accept_button.isEnabled()  # nothing proposed, only shown


def test_a_withdrawn_exhibitor_still_on_the_plan_leaves_for_no_stand_not_the_waitlist(
    qtbot, tmp_path
):
    """A project edited elsewhere (a file, a spreadsheet) can still hold the stand of an
    exhibitor who has withdrawn: the re-solve releases it, and the panel does not call that
    the waitlist."""
    from dataclasses import replace

    from qods_planner.model import ExhibitorStatus

    window, c = solved_and_published(qtbot, tmp_path)
    project, panel = window.document.project, window.features.changes_panel
    leaving = sorted(project.plan.stands)[0]
    project.put_exhibitor(replace(project.exhibitors[leaving], status=ExhibitorStatus.WITHDRAWN))
    panel.refresh()
    said = []
    c.message.connect(said.append)
    with qtbot.waitSignal(c.outcome_ready, timeout=WAIT_MS):
        panel.resolve_button.click()
    row = next(r for r in panel.rows() if r.data(0, EXHIBITOR_ROLE) == leaving)
    assert row.text(2) == "(no stand)"
    assert "withdrawn" in panel.why_of(row)
    assert "0 waitlisted" in said[-1], said  # the status bar does not count it either
