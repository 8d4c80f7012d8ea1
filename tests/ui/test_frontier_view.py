"""The trade-off frontier in the changes panel: one row per point (fewest moves first, the
default), choosing a point makes it the proposal (preview, list of moves), Accept takes it."""

from __future__ import annotations

from dataclasses import replace

from solving_support import (  # noqa: F401 (user_settings is an autouse fixture)
    WAIT_MS,
    finish,
    open_window,
    small_project,
    stop_solving,
    user_settings,
)
from test_changes_panel import last_minute_changes, solved_and_published

from qods_planner.validation import check


def proposed(qtbot, tmp_path):
    window, c = solved_and_published(qtbot, tmp_path)
    last_minute_changes(window)
    with qtbot.waitSignal(c.outcome_ready, timeout=WAIT_MS):
        window.features.changes_panel.resolve_button.click()
    assert c.proposal is not None
    return window, c


def test_the_frontier_lists_each_point_and_starts_at_the_fewest_moves(qtbot, tmp_path):
    window, c = proposed(qtbot, tmp_path)
    view = window.features.changes_panel.frontier
    points = c.proposal[1].frontier
    assert len(points) == 6 and not view.isHidden()
    rows = view.rows()
    assert rows[0][0] == f"fewest: {points[0].moves}" and rows[0][2] == ""
    assert rows[1][0] == "+1 move" and rows[2][0] == "+2 moves"
    assert rows[2][2].startswith("+") and rows[2][2].endswith(" %")
    assert all(r[3] == "proven best" or r[3].startswith(("within ", "not proven")) for r in rows)
    assert c.proposal[1].chosen == 0 and c.proposal[1].plan == points[0].plan  # the default
    stop_solving(c)


def test_choosing_a_point_changes_the_proposal_and_accept_takes_it(qtbot, tmp_path):
    window, c = proposed(qtbot, tmp_path)
    project, panel = window.document.project, window.features.changes_panel
    points = c.proposal[1].frontier
    pick = max(range(len(points)), key=lambda i: (points[i].score, -i))
    assert pick > 0, [p.score for p in points]  # extra moves buy quality here
    panel.frontier.select(pick)
    job, outcome = c.proposal
    assert outcome.chosen == pick and outcome.plan == points[pick].plan
    assert len(panel.rows()) == len(c.proposal_moves())
    c.accept()
    assert project.plan == points[pick].plan
    assert check(project, previous=project.baseline).ok
    stop_solving(c)


def test_without_a_proposal_the_frontier_is_hidden(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, small_project())
    assert window.features.changes_panel.frontier.isHidden()
    finish(qtbot, c, c.solve)
    assert window.features.changes_panel.frontier.isHidden()  # a fresh solve has no frontier
    stop_solving(c)


def test_the_re_solve_settings_reach_the_snapshot(qtbot, tmp_path):
    from ui.solving.job import RESOLVE, make_job

    window, c = solved_and_published(qtbot, tmp_path)
    box = window.features.solve_panel.resolve_settings
    assert box.keep_confirmed.isChecked() and box.extra_moves.value() == 5  # the defaults
    project = window.document.project
    assert make_job(project, RESOLVE, solver_settings=c.solver_settings).problem.confirmed
    box.keep_confirmed.setChecked(False)
    box.extra_moves.setValue(2)
    assert not c.solver_settings.keep_confirmed and c.solver_settings.extra_moves == 2
    job = make_job(project, RESOLVE, solver_settings=c.solver_settings)
    assert job.problem.confirmed == () and job.settings.solver.extra_moves == 2
    stop_solving(c)


def test_the_app_refuses_to_publish_a_plan_that_breaks_a_hard_rule(qtbot, tmp_path):
    from qods_planner.model import Plan

    window, c = open_window(qtbot, tmp_path, small_project())
    finish(qtbot, c, c.solve)
    assert c.accept()  # every solve ends as a proposal
    project = window.document.project
    stands = dict(project.plan.stands)
    first, second = sorted(stands)[:2]
    stands[second] = stands[first]  # two stands on the same booths
    project.set_plan(Plan(stands))
    with qtbot.waitSignal(c.message) as said:
        assert c.publish() is False
    assert "cannot be published" in said.args[0]
    assert project.baseline is None
    stop_solving(c)


def test_a_re_solve_runs_and_shows_its_progress_on_at_most_ten_seconds(
    qtbot, tmp_path, monkeypatch
):
    """The project's default 30 s holds for a fresh solve; a re-solve stops by 10 s (the
    frontier's target), and the progress bar counts to the limit the running solve has."""
    from ui.solving.job import RESOLVE, SOLVE, make_job
    from ui.solving.worker import SolveWorker, solver_params

    window, c = solved_and_published(qtbot, tmp_path)
    project, panel = window.document.project, window.features.solve_panel
    settings = replace(c.solver_settings, time_limit_s=30)
    c.solver_settings = settings
    resolve_job = make_job(project, RESOLVE, solver_settings=settings)
    fresh_job = make_job(project, SOLVE, solver_settings=settings)
    assert solver_params(resolve_job).time_limit_s == resolve_job.time_limit_s == 10
    assert solver_params(fresh_job).time_limit_s == fresh_job.time_limit_s == 30
    monkeypatch.setattr(c.worker, "elapsed", lambda: 5.0)
    for job, value in ((resolve_job, 500), (fresh_job, 166)):  # 5 s of 10, of 30
        monkeypatch.setattr(SolveWorker, "job", property(lambda _self, job=job: job))
        panel._tick_clock()
        assert panel.bar.value() == value
    stop_solving(c)
