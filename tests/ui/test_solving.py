"""Solving in the app: the snapshot, the worker off the GUI thread, progress and previews,
cancel before and during a solve, applying as one undo step, stale results, the solve panel
and the Plan menu. Real solver, small instances, time limits ≤ 2 s; no timed assertions."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from solving_support import (  # noqa: F401 (user_settings is an autouse fixture)
    QODS,
    SMALL,
    WAIT_MS,
    finish,
    open_window,
    small_project,
    solved,
    stop_solving,
    user_settings,
)

from qods_planner.files import load_project
from qods_planner.model import (
    EMPTY_PLAN,
    BoothStatus,
    Exhibitor,
    ModelError,
    Plan,
    RuleWeights,
)
from qods_planner.validation import check
from solver.result import SolveStatus
from ui.canvas import StandItem
from ui.commands import EditBooths
from ui.solving import SOLVE, SolveWorker, make_job
from ui.solving.presets import PRESETS, SECTORS, WISHES
from ui.solving.preview import STANDS_PER_TURN
from ui.solving.worker import default_solve

DONE = (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE, SolveStatus.TIME_LIMIT)


# -- the snapshot ----------------------------------------------------------------------------
def test_the_snapshot_is_frozen_and_knows_the_state_it_came_from():
    project = small_project()
    weights = PRESETS[SECTORS]
    job = make_job(project, SOLVE, weights)
    assert job.problem.weights == weights
    assert job.settings.weights == weights
    assert job.is_current(project)
    ex = next(iter(project.exhibitors.values()))
    areas_before = [e.requested for e in job.problem.exhibitors]
    project.put_exhibitor(replace(ex, requested_m2=ex.max_m2))
    assert [e.requested for e in job.problem.exhibitors] == areas_before
    assert not job.is_current(project)
    assert not job.is_current(small_project())  # another project, even an equal one


# -- solving in the worker -------------------------------------------------------------------
def test_solve_runs_off_the_gui_thread_and_applies_as_one_undo_step(qtbot, tmp_path):
    threads = []

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return default_solve()(*args, **kwargs)

    window, c = open_window(qtbot, tmp_path, small_project(), solve=spy)
    project, stack = window.document.project, window.document.undo_stack
    settings_before = project.settings
    c.weights = PRESETS[WISHES]
    job, outcome = solved(qtbot, c, c.solve)
    assert threads and threads[0] is not threading.main_thread()
    assert outcome.status in DONE, outcome.error
    assert outcome.plan is not None and project.plan == outcome.plan
    assert check(project).ok
    assert project.settings.weights == PRESETS[WISHES]
    assert project.settings.solver.time_limit_s == 1.0
    assert stack.count() == 1
    stack.undo()
    assert project.plan == EMPTY_PLAN and project.settings == settings_before
    stack.redo()
    assert project.plan == outcome.plan and project.settings.weights == PRESETS[WISHES]


def test_progress_and_better_plans_arrive_and_are_previewed_not_applied(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, load_project(QODS), seconds=1.0)
    stack = window.document.undo_stack
    ticks, seen = [], []
    c.worker.progress.connect(ticks.append)
    # Connected after the controller: runs once the preview shows the plan.
    c.worker.better_plan.connect(
        lambda plan: seen.append((c.preview.plan == plan, len(c.preview.items()), stack.count()))
    )
    job, outcome = solved(qtbot, c, c.solve)
    assert outcome.status in DONE, outcome.error
    assert ticks and ticks[-1].plans_found >= 1 and ticks[-1].objective is not None
    assert seen and all(shown and items > 0 and count == 0 for shown, items, count in seen)
    assert not c.preview.active and c.preview.items() == []
    assert stack.count() == 1
    panel = window.features.solve_panel
    assert panel.plans.text() != "–" and panel.objective.text() != "–"


def test_the_gui_thread_keeps_answering_during_a_solve(qtbot, tmp_path):
    """The solve cannot begin until the GUI thread has run a timer of its own while the solve
    is under way: a GUI thread blocked by the solve would leave it waiting (no timing bet)."""
    answered = threading.Event()
    waited = []

    def solve_after_the_gui_answers(*args, **kwargs):
        waited.append(answered.wait(WAIT_MS / 1000))
        return default_solve()(*args, **kwargs)

    window, c = open_window(qtbot, tmp_path, small_project(), solve=solve_after_the_gui_answers)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: c.is_running() and answered.set())
    timer.start()
    job, outcome = solved(qtbot, c, c.solve)
    timer.stop()
    assert waited == [True] and outcome.status in DONE, outcome.error


@pytest.mark.parametrize("mode", ["solve", "resolve"])
def test_every_solve_ends_as_a_proposal_to_accept_or_discard(qtbot, tmp_path, mode):
    window, c = open_window(qtbot, tmp_path, small_project())
    project, stack = window.document.project, window.document.undo_stack
    job, outcome = finish(qtbot, c, getattr(c, mode))
    assert outcome.plan is not None and c.proposal is not None
    assert project.plan == EMPTY_PLAN and stack.count() == 0  # nothing applied yet
    assert "Accept or discard" in window.statusBar().currentMessage()
    c.discard()
    assert project.plan == EMPTY_PLAN and c.proposal is None
    job, outcome = finish(qtbot, c, getattr(c, mode))
    assert c.accept()
    assert project.plan == outcome.plan and stack.count() == 1


def test_the_preview_draws_large_plans_a_few_stands_at_a_time(qtbot, tmp_path):
    project = load_project(QODS)
    window, c = open_window(qtbot, tmp_path, project)
    singles = [b for b in project.booths if project.booths[b].status is BoothStatus.AVAILABLE]
    plan = Plan(dict(zip(project.exhibitors, ((b,) for b in singles), strict=False)))
    assert len(plan.stands) > STANDS_PER_TURN
    preview = c.preview
    preview.show(plan)
    stands = [i for i in preview.items() if isinstance(i, StandItem)]
    assert len(stands) == STANDS_PER_TURN  # the rest follow in later turns
    qtbot.waitUntil(
        lambda: sum(isinstance(i, StandItem) for i in preview.items()) == len(plan.stands)
    )
    kept = {i.exhibitor_id: i for i in preview.items() if isinstance(i, StandItem)}
    moved = next(iter(plan.stands))
    free = next(b for b in singles if b not in plan.occupants())
    preview.show(plan.with_stand(moved, (free,)))
    preview.finish()
    now = {i.exhibitor_id: i for i in preview.items() if isinstance(i, StandItem)}
    assert now[moved] is not kept[moved]  # only the stand that changed is drawn again
    assert all(now[e] is kept[e] for e in now if e != moved)
    assert window.document.project.plan == EMPTY_PLAN  # a preview never touches the project
    preview.clear()
    assert preview.items() == [] and not preview.active


TWO_SOLVES = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from qods_planner.files import load_project
from qods_planner.model import SolverSettings
from ui.solving import RESOLVE, SOLVE, SolveWorker, make_job
project = load_project({path!r})
worker = SolveWorker()
quick = SolverSettings(time_limit_s=1.0)
done = []
def ended(job, outcome):
    done.append(outcome.status.value)
    if len(done) == 1:
        project.set_plan(outcome.plan)
        worker.start(make_job(project, RESOLVE, solver_settings=quick))
    else:
        print("statuses", *done)
        app.quit()
worker.finished.connect(ended)
worker.start(make_job(project, SOLVE, solver_settings=quick))
app.exec()
"""


def test_a_fresh_program_solves_twice_in_a_row():
    """OR-Tools loaded in the worker's own thread once made the second solve crash; a fresh
    interpreter is needed, since this test process has loaded the solver already."""
    code = TWO_SOLVES.format(path=str(SMALL))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    statuses = run.stdout.split()
    assert statuses[0] == "statuses" and len(statuses) == 3
    assert all(s in {d.value for d in DONE} for s in statuses[1:]), run.stdout


# -- cancel ----------------------------------------------------------------------------------
def test_cancel_before_the_solve_starts_ends_at_once_without_calling_the_solver(qtbot):
    calls = []
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    release = threading.Event()
    pool.start(lambda: release.wait(WAIT_MS / 1000))  # holds the pool's only thread
    worker = SolveWorker(lambda *a, **k: calls.append(a), pool=pool)
    job = make_job(small_project(), SOLVE)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS) as blocker:
        worker.start(job)  # queued behind the gate
        worker.cancel()
        release.set()
    done_job, outcome = blocker.args
    assert done_job is job
    assert outcome.status is SolveStatus.CANCELLED and outcome.plan is None
    assert calls == [] and not worker.is_running()
    pool.waitForDone()


def test_cancel_right_after_start_ends_cancelled_and_applies_nothing_broken(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, small_project(), seconds=2.0)
    project = window.document.project

    def start_and_cancel() -> bool:
        started = c.solve()
        c.cancel()
        return started

    job, outcome = finish(qtbot, c, start_and_cancel)
    assert outcome.status is SolveStatus.CANCELLED, outcome.error
    if outcome.plan is None:  # stopped before the solver began
        assert project.plan == EMPTY_PLAN and window.document.undo_stack.count() == 0
    else:  # the best plan so far is kept, and it is a valid one
        assert project.plan == outcome.plan and check(project).ok
        assert window.document.undo_stack.count() == 1


def test_cancel_during_the_solve_returns_the_best_plan_so_far(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, load_project(QODS), seconds=2.0)
    project = window.document.project
    c.worker.better_plan.connect(lambda _plan: c.cancel())
    job, outcome = solved(qtbot, c, c.solve)
    assert outcome.status is SolveStatus.CANCELLED, outcome.error
    assert outcome.plan is not None and outcome.plan.stands
    assert project.plan == outcome.plan and check(project).ok
    assert window.document.undo_stack.count() == 1
    assert window.features.solve_panel.state.text() == window.features.solve_panel.status_name(
        SolveStatus.CANCELLED
    )


# -- results that cannot be applied -------------------------------------------------------------
def test_an_edit_during_the_solve_keeps_the_result_off_the_project(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, small_project())
    project, stack = window.document.project, window.document.undo_stack
    booth = next(iter(project.booths))

    def edit(_job) -> None:  # runs right after the snapshot was taken
        stack.push(EditBooths(project, [booth], {"power": not project.booths[booth].power}))

    c.worker.started.connect(edit)
    messages = []
    c.message.connect(messages.append)
    job, outcome = finish(qtbot, c, c.solve)
    assert outcome.plan is not None
    assert project.plan == EMPTY_PLAN and stack.count() == 1  # only the edit
    assert any("changed while solving" in m for m in messages)


def test_opening_another_document_mid_solve_cancels_it_and_keeps_its_result_away(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, load_project(QODS), seconds=2.0)
    old = window.document.project
    opened = []

    def open_new(_plan) -> None:
        if not opened:
            opened.append(True)
            window.files.new()

    c.worker.better_plan.connect(open_new)
    job, outcome = finish(qtbot, c, c.solve)
    assert opened and window.document.project is not old
    assert outcome.status is SolveStatus.CANCELLED
    assert window.document.project.plan == EMPTY_PLAN
    assert window.document.undo_stack.count() == 0
    assert old.plan == EMPTY_PLAN  # nor applied to the project that was closed
    assert not c.preview.active


def test_a_failing_solver_is_reported_and_changes_nothing(qtbot, tmp_path):
    def broken(*_a, **_k):
        raise ZeroDivisionError("boom")

    window, c = open_window(qtbot, tmp_path, small_project(), solve=broken)
    job, outcome = finish(qtbot, c, c.solve)
    assert outcome.status is SolveStatus.ERROR and "ZeroDivisionError" in outcome.error
    assert window.document.project.plan == EMPTY_PLAN
    assert window.document.undo_stack.count() == 0
    assert window.features.solve_panel.state.text() == window.features.solve_panel.status_name(
        SolveStatus.ERROR
    )


def test_a_project_that_cannot_be_snapshotted_is_refused_with_the_reason(
    qtbot, tmp_path, monkeypatch
):
    window, c = open_window(qtbot, tmp_path, small_project())

    def broken(*_a, **_k):
        raise ModelError("booth B-1 area must be > 0 cm²")

    monkeypatch.setattr("ui.solving.solving_controller.make_job", broken)
    messages = []
    c.message.connect(messages.append)
    assert c.solve() is False and not c.is_running()
    assert messages == ["Cannot solve: booth B-1 area must be > 0 cm²"]


# -- the panel and the menu -------------------------------------------------------------------
def test_presets_and_single_weights_set_the_draft(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, small_project())
    panel = window.features.solve_panel
    assert panel.preset.currentData() == "balanced"
    panel.preset.setCurrentIndex(panel.preset.findData(SECTORS))
    panel.preset.activated.emit(panel.preset.currentIndex())
    assert c.weights == PRESETS[SECTORS]
    assert panel.weight_boxes["same_sector"].value() == PRESETS[SECTORS].same_sector
    panel.weight_boxes["partners"].setValue(77)
    assert c.weights.partners == 77 and panel.preset.currentData() == "custom"
    panel.time_limit.setValue(2)
    panel.seed.setValue(7)
    assert c.solver_settings.time_limit_s == 2 and c.solver_settings.seed == 7
    assert window.document.project.settings.weights == RuleWeights()  # a draft only
    c.solver_settings = replace(c.solver_settings, time_limit_s=5.0)  # set elsewhere: shown
    assert panel.time_limit.value() == 5


def test_buttons_and_plan_menu_follow_the_solve(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, small_project())
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.index("Planning") == titles.index("Help") - 1
    names = [a.text().replace("&", "") for a in window.features.plan_menu.actions() if a.text()]
    for name in ("Solve", "Re-solve", "Cancel solving", "Publish plan"):
        assert name in names
    panel, actions = window.features.solve_panel, window.features.solving_actions
    assert panel.solve_button.isEnabled() and not panel.cancel_button.isEnabled()
    states = []
    c.worker.started.connect(
        lambda _j: states.append(
            (
                panel.solve_button.isEnabled(),
                panel.cancel_button.isEnabled(),
                actions.solve.isEnabled(),
                actions.cancel.isEnabled(),
            )
        )
    )
    with qtbot.waitSignal(c.outcome_ready, timeout=WAIT_MS):
        panel.solve_button.click()
    assert states == [(False, True, False, True)]
    assert panel.solve_button.isEnabled() and not actions.cancel.isEnabled()


def test_solve_is_offered_once_the_first_exhibitor_is_added(qtbot, tmp_path):
    project = small_project()
    for eid in list(project.exhibitors):
        project.remove_exhibitor(eid)
    window, _c = open_window(qtbot, tmp_path, project)
    panel = window.features.solve_panel
    assert not panel.solve_button.isEnabled()
    window.document.project.put_exhibitor(
        Exhibitor("first", "نخستین", "First", next(iter(project.sectors)), 9, 9, 18)
    )
    assert panel.solve_button.isEnabled() and panel.resolve_button.isEnabled()


def test_closing_the_window_mid_solve_leaves_no_thread_behind(qtbot, tmp_path):
    window, c = open_window(qtbot, tmp_path, load_project(QODS), seconds=2.0)
    assert c.solve()
    stop_solving(c)
    assert not c.worker._pool.activeThreadCount()  # noqa: SLF001


def test_the_solve_buttons_stay_in_sight_in_a_short_panel(qtbot, tmp_path):
    """At the window's first size the buttons had scrolled out of view below the fair
    order's box: they stay outside the scrolled settings now, and a solve brings its
    progress into view."""
    window, controller = open_window(qtbot, tmp_path, small_project())
    panel = window.features.solve_panel
    window.show()
    panel.show()
    panel.raise_()
    panel.setFloating(True)  # a short panel whatever the window's layout
    panel.resize(panel.width(), 300)
    qtbot.waitUntil(lambda: panel.scroll.viewport().height() < panel.body.sizeHint().height())
    holder = panel.widget()
    for button in (panel.solve_button, panel.resolve_button, panel.cancel_button):
        assert not panel.scroll.isAncestorOf(button) and button.isVisible()
        bottom = button.mapTo(holder, button.rect().bottomLeft()).y()
        assert 0 <= bottom <= holder.height()
    finish(qtbot, controller, controller.solve)
    top = panel.progress_box.mapTo(panel.body, panel.progress_box.rect().topLeft()).y()
    assert panel.scroll.verticalScrollBar().value() > 0
    assert top - panel.scroll.verticalScrollBar().value() < panel.scroll.viewport().height()


def test_a_long_state_wraps_instead_of_widening_the_panel(qtbot, tmp_path):
    """The finished-solve state ("Time limit reached: best plan found") used to widen the
    panel past its dock and bring up a horizontal scroll bar."""
    window, _controller = open_window(qtbot, tmp_path, small_project())
    panel = window.features.solve_panel
    body = panel.body
    narrow = body.minimumSizeHint().width()
    panel.state.setText(" ".join([panel.status_name(SolveStatus.TIME_LIMIT)] * 3))
    for box in (panel.state.parentWidget(), body):  # lay out now, as the next paint would
        box.layout().activate()
    assert body.minimumSizeHint().width() <= narrow
