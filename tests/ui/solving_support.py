"""Shared set-up for the solving tests: a MainWindow with solving installed, the sample
projects, short solver time limits, and waiting for a solve's outcome."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from qods_planner.files import load_project
from qods_planner.model import Project
from ui.document import Document
from ui.main_window import MainWindow
from ui.solving import SolveWorker, SolvingController, install_solving

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "samples" / "small-demo.qods.json"
QODS = ROOT / "samples" / "qods-industries-2026.qods.json"
WAIT_MS = 20_000  # generous: the machine is shared; solves themselves are ≤ 2 s


@pytest.fixture(autouse=True)
def user_settings(tmp_path, monkeypatch):
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    # Closing a test window with unsaved changes: discard them.
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )


def small_project() -> Project:
    """The small demo: 16 exhibitors, 20 booths, an empty plan."""
    return load_project(SMALL)


def open_window(qtbot, tmp_path, project: Project, solve=None, seconds: float = 1.0):
    """A MainWindow on `project` with solving installed and a short time limit."""
    window = MainWindow(Document(project), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(window)
    worker = SolveWorker(solve) if solve is not None else None
    controller = install_solving(window, worker)
    controller.solver_settings = replace(controller.solver_settings, time_limit_s=seconds)
    controller.confirm = lambda *_: True
    return window, controller


def finish(qtbot, controller: SolvingController, start) -> tuple:
    """Run `start()` (which must start a solve) and wait for its (job, outcome)."""
    with qtbot.waitSignal(controller.outcome_ready, timeout=WAIT_MS) as blocker:
        assert start() is True
    return tuple(blocker.args)


def stop_solving(controller: SolvingController) -> None:
    """Leave no solver thread behind when a test ends."""
    controller.worker.shutdown(WAIT_MS)


def solved(qtbot, controller: SolvingController, start) -> tuple:
    """Like `finish`, then accept the proposal every solve ends with (one undo step)."""
    job, outcome = finish(qtbot, controller, start)
    assert controller.proposal is not None, outcome.status
    assert controller.accept()
    return job, outcome
