"""The assembled planner: every panel and menu the organiser needs, in one window, and the
File menu's import, export and print actions working on the current document."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.ui import make_project
from openpyxl import load_workbook
from PySide6.QtWidgets import QDockWidget, QMessageBox

from qods_planner.model import Plan
from ui.document import Document
from ui.main_window import MainWindow
from ui.workspace import install_workspace

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    install_workspace(w)
    return w


def dock_titles(window: MainWindow) -> set[str]:
    return {d.windowTitle() for d in window.findChildren(QDockWidget)}


def test_every_panel_and_menu_is_there(window):
    titles = dock_titles(window)
    for expected in ("Properties", "Exhibitors", "Sectors", "Solve", "Changes", "Explanations"):
        assert any(expected in t for t in titles), (expected, titles)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus.count("Planning") == 1 and "Plan" not in menus
    file_items = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert {"Import", "Export", "Print preview…", "Print…"} <= set(file_items)


def test_export_to_excel_writes_the_current_plan(window, tmp_path):
    out = tmp_path / "plan.xlsx"
    assert window.features.exchange.do_export_xlsx(str(out))
    workbook = load_workbook(out, read_only=True)
    assert len(workbook.sheetnames) >= 5
    assert str(out) in window.statusBar().currentMessage()


def test_an_edited_export_reads_back_as_one_undo_step(window, tmp_path, monkeypatch):
    out = tmp_path / "plan.xlsx"
    window.features.exchange.do_export_xlsx(str(out))
    project = window.document.project
    exported = project.plan
    # The organiser changes the plan after exporting; the workbook still holds the old one,
    # which counts as no edit: reading it back changes nothing.
    infos = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: infos.append(a)))
    assert not window.features.exchange.do_import_plan(str(out))
    assert infos and project.plan == exported
    stack = window.document.undo_stack
    assert stack.count() == 0


def test_a_failed_export_is_told_and_changes_nothing(window, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: told.append(a[2])))
    before = window.document.project.plan
    missing = tmp_path / "no such folder" / "plan.xlsx"
    assert not window.features.exchange.do_export_xlsx(str(missing))
    assert told and not missing.exists()
    assert window.document.project.plan == before


def test_floor_plan_exports_as_pdf_png_and_svg(window, tmp_path):
    for kind in ("pdf", "png", "svg"):
        out = tmp_path / f"plan.{kind}"
        assert getattr(window.features.exchange, f"do_export_{kind}")(str(out), "A4"), kind
        assert out.stat().st_size > 1000, kind
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_the_plan_menu_solves_the_current_document(window, qtbot):
    project = window.document.project
    project.set_plan(Plan())
    controller = window.features.solving
    with qtbot.waitSignal(
        controller.running_changed, timeout=60_000, check_params_cb=lambda running: not running
    ):
        window.features.solving_actions.solve.trigger()
    assert not project.plan.stands, "a fresh solve ends as a proposal"
    window.features.solving_actions.accept.trigger()
    assert project.plan.stands
    assert window.document.undo_stack.count() == 1


def test_start_up_with_every_panel_still_leaves_the_solver_alone(tmp_path):
    code = (
        "import sys, tempfile, pathlib\n"
        "from ui.app import create_app\n"
        "app = create_app(['x'])\n"
        "from ui.main_window import MainWindow\n"
        "from ui.workspace import install_workspace\n"
        "w = MainWindow(recovery_dir=pathlib.Path(tempfile.mkdtemp()))\n"
        "install_workspace(w)\n"
        "w.show(); app.processEvents()\n"
        "plain = {'solver', 'solver.result', 'solver.limits'}  # no OR-Tools\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('ortools', 'solver')\n"
        "             and m not in plain)\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    home = str(tmp_path)
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_damaged_export_read_back_is_told_and_changes_nothing(window, tmp_path, monkeypatch):
    from tests.excel.xlsx_surgery import damaged_set

    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: told.append(a[2])))
    path = tmp_path / "plan.xlsx"
    path.write_bytes(damaged_set()["damaged deflate data"][0])
    before = window.document.project.plan
    assert not window.features.exchange.do_import_plan(str(path))
    assert told == [
        f"cannot read {path}: the workbook is damaged "
        "(the compressed data of sheet 'Registrations' is damaged)"
    ]
    assert window.document.project.plan == before and window.document.undo_stack.count() == 0
