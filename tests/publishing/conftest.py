"""A solved Qods sample for the publishing tests (the solver's quick first plan)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from qods_planner.files import load_project
from qods_planner.model import Project
from qods_planner.snapshot import build_problem
from solver.api import to_plan
from solver.greedy import greedy
from solver.indexing import build_instance

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "qods-industries-2026.qods.json"
FONTS = {
    "regular": (ROOT / "ui" / "fonts" / "Vazirmatn-Regular.ttf").read_bytes(),
    "bold": (ROOT / "ui" / "fonts" / "Vazirmatn-Bold.ttf").read_bytes(),
}


def planned(project: Project) -> Project:
    """`project` with the solver's quick first plan (greedy, reproducible)."""
    inst = build_instance(build_problem(project, fresh=True))
    project.set_plan(to_plan(inst, greedy(inst, budget_s=0.5)))
    return project


def solved_sample() -> Project:
    return planned(load_project(SAMPLE))


@pytest.fixture(scope="session")
def _solved_once() -> Project:
    return solved_sample()


@pytest.fixture
def sample(_solved_once) -> Project:
    """A fresh copy of the solved sample (tests may change it)."""
    from qods_planner.files.decode import project_from_dict
    from qods_planner.files.encode import project_to_dict

    return project_from_dict(project_to_dict(_solved_once))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


@pytest.fixture
def window(qtbot, qapp, tmp_path, sample, monkeypatch):
    """The main window on the solved sample, with the workspace (publishing) installed."""
    from ui.document import Document
    from ui.i18n import install_fonts, install_language
    from ui.main_window import MainWindow
    from ui.workspace import install_workspace

    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    install_fonts(qapp)
    install_language(qapp, "en")  # with its plural forms: "1 letter", "2 letters"
    w = MainWindow(Document(sample), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    install_workspace(w)
    return w
