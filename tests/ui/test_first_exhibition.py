"""A new exhibition from nothing, on the real window, headless: File ▸ New, two halls with rows
of booths and a service area, the registration template filled by exhibitors, the import,
a solve accepted, the plan published, a late withdrawal
re-solved with few moves, and the plan exported. The project is checked at every step.
docs/first-exhibition.md walks the same path with screenshots."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest
from helpers.ui import FakePrompts
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog
from solving_support import WAIT_MS, stop_solving, user_settings  # noqa: F401 (autouse)

from qods_planner.excel.template import template_columns
from qods_planner.model import Exhibitor, Obstacle, ObstacleKind, Rect
from qods_planner.validation import check
from ui.commands import AddObstacle
from ui.commands.generate import RowSpec
from ui.dialogs.event_dialog import EventDialog
from ui.excel_import_dialog import ExcelImportDialog
from ui.main_window import MainWindow
from ui.planning.planning_controller import Planning
from ui.workspace import install_workspace

# (Persian name, English name, sector as chosen in the drop-down, m²), in either language.
REGISTRATIONS = [
    ("قطعه‌سازان البرز", "Alborz Parts", "قطعات خودرو", 18),
    ("ریخته‌گری قدس", "Qods Casting", "فلزات پایه و ریخته‌گری", 18),
    ("ماشین‌سازی نو", "New Machines", "ماشین‌آلات و فلزکاری", 9),
    ("سنگ آهن مرکزی", "Central Iron Ore", "معدن و مواد معدنی", 9),
    ("سیمان غرب", "West Cement", "مصالح ساختمانی", 9),
    ("رنگ پارس", "Pars Paint", "صنایع شیمیایی", 9),
    ("پلاستیک سپید", "Sepid Plastics", "پلاستیک و لاستیک", 9),
    ("کارتن‌سازی مهر", "Mehr Cartons", "بسته‌بندی", 9),
    ("لبنیات قدس", "Qods Dairy", "مواد غذایی و آشامیدنی", 9),
    ("پوشاک نگین", "Negin Clothing", "نساجی و پوشاک", 9),
    ("کابل ایران", "Iran Cable", "تجهیزات برقی", 9),
    ("مدار نو", "Madar Electronics", "الکترونیک", 9),
    ("هوشمندسازان", "Smart Makers", "شرکت‌های دانش‌بنیان", 9),
    ("شهرک صنعتی قدس", "Qods Industrial Estate", "Industrial estates", 18),
    ("بانک صنعت", "Industry Bank", "Banks and insurers", 9),
]


FAIR_NAME = "Tabriz Industry Fair 2027"
LATE = Exhibitor("late-1", "صنایع دیرآمده", "Late Industries", "auto-parts", 18, 18, 18)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    w = MainWindow(recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    install_workspace(w)
    w.show()
    yield w
    stop_solving(w.features.solving)


def solve_and_wait(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.features.solving.outcome_ready, timeout=WAIT_MS * 3):
        action.trigger()


def fill_template(path, rows) -> None:
    """What exhibitors send back: the template with their rows under the example row."""
    book = load_workbook(path)
    sheet = book.active
    column = {c.key: i + 1 for i, c in enumerate(template_columns())}
    for r, (fa, en, sector, area) in enumerate(rows, start=3):
        for key, value in (("name_fa", fa), ("name_en", en), ("sector", sector), ("area", area)):
            sheet.cell(r, column[key], value)
    book.save(path)


def test_a_first_fair_from_file_new_to_the_printed_plan(window, qtbot, tmp_path, monkeypatch):
    # File ▸ New: one empty hall, the standard sectors, nothing else; the exhibition's name
    # and days are asked at once.
    def name_it(dialog: EventDialog) -> int:
        assert dialog.windowTitle() == "New exhibition"
        dialog.name_en.setText(FAIR_NAME)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EventDialog, "exec", name_it)
    window.files.new_action.trigger()
    project = window.document.project
    assert (project.event.name_fa, project.event.name_en) == (FAIR_NAME, FAIR_NAME)
    assert len(project.halls) == 1 and not project.booths and not project.exhibitors
    assert len(project.sectors) == 16 and project.complementarity.weights

    # Two halls (Insert ▸ Halls ▸ Add hall), rows of booths in each, a service area.
    window.features.hall_actions.add.trigger()
    project = window.document.project
    first, second = list(project.halls)
    editor = window.editor
    for hall, letter in ((first, "A"), (second, "B")):
        editor.set_hall(hall)
        origin = project.halls[hall].outline
        for row, y in enumerate((400, 1400)):
            editor.prompts = FakePrompts(
                row=RowSpec(
                    hall,
                    origin.x + 400,
                    origin.y + y,
                    count=6,
                    back_to_back=True,
                    pattern=f"{letter}{row + 1}-{{n:02}}",
                )
            )
            editor.actions()["row_generator"].trigger()
    assert len(project.booths_in(first)) == len(project.booths_in(second)) == 24
    service = Obstacle("service-1", first, ObstacleKind.SERVICE, Rect(3400, 2400, 400, 400), "WC")
    assert editor.try_push(AddObstacle(project, service))
    assert not check(project).hard

    # File ▸ Export ▸ Registration template…, filled in by the exhibitors.
    template = tmp_path / "registration.xlsx"
    assert window.features.exchange.do_export_template(str(template))
    fill_template(template, REGISTRATIONS)

    # File ▸ Import ▸ Exhibitors from Excel…: every sector is known from the start.
    def drive(dialog: ExcelImportDialog) -> int:
        assert not dialog.mapping_page.unmapped_words()
        dialog.next.click()
        assert dialog.report.ok, [p.message for p in dialog.report.problems]
        if dialog.pages.currentIndex() == 1:  # the fixes it made (e.g. default areas): read on
            dialog.next.click()
        dialog.apply.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExcelImportDialog, "exec", drive)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(template), ""))
    )
    window.features.exchange.import_exhibitors.trigger()
    assert len(project.exhibitors) == 15 and len(project.sectors) == 16
    said = window.statusBar().currentMessage()
    assert said == "Import 15 exhibitors from registration.xlsx", said
    assert {e.name_en for e in project.exhibitors.values()} == {r[1] for r in REGISTRATIONS}

    # Planning ▸ Solve (F5) ends as a proposal; Accept applies it as one undo step.
    controller = window.features.solving
    controller.solver_settings = replace(controller.solver_settings, time_limit_s=5)
    solve_and_wait(qtbot, window, window.features.solving_actions.solve)
    assert controller.proposal is not None and not project.plan.stands
    sectors = {project.sectors[e.sector_id].name_en for e in project.exhibitors.values()}
    assert sectors <= set(window.legend.entries())  # the legend explains the proposal shown
    window.features.solving_actions.accept.trigger()
    assert len(project.plan.stands) == 15 and not project.waitlist()
    assert not check(project).hard

    # Planning ▸ Publish plan: the plan exhibitors are told becomes the baseline.
    window.features.solving_actions.publish.trigger()
    assert project.baseline == project.plan
    published = project.plan

    # A late change: one exhibitor withdraws; Re-solve proposes few moves, Accept keeps them.
    leaving = next(iter(published.stands))

    assert window.findChild(Planning).withdraw([leaving])
    assert leaving not in project.plan.stands
    assert window.findChild(Planning).add_exhibitor(LATE)
    solve_and_wait(qtbot, window, window.features.solving_actions.resolve)
    if controller.proposal is not None:  # the plan may already be the best one
        moves = controller.proposal_moves()
        assert len(moves) <= 3, moves
        said = window.statusBar().currentMessage()
        moved = sum(1 for m in moves if m.before and m.after)
        assert "needs no move" in said if not moves else f"proposes {moved} move" in said, said
        window.features.solving_actions.accept.trigger()
    assert project.baseline == published  # the published plan stays the reference
    assert not check(project).hard
    kept = [e for e in published.stands if e != leaving]
    assert sum(project.plan.stands.get(e) == published.stands[e] for e in kept) >= len(kept) - 3

    # File ▸ Export: the workbook and the printed plan.
    xlsx, pdf = tmp_path / "plan.xlsx", tmp_path / "plan.pdf"
    assert window.features.exchange.do_export_xlsx(str(xlsx))
    assert window.features.exchange.do_export_pdf(str(pdf), "A4")
    assert len(load_workbook(xlsx, read_only=True).sheetnames) >= 5
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    if shutil.which("pdftotext"):  # poppler-utils: scripts/bootstrap.sh installs it
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert FAIR_NAME in " ".join(text.split()), text[:300]
