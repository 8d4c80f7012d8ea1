"""File ▸ Print preview… and File ▸ Print…: the pages the PDF has, with the choices that
change them, and the same pages sent to a printer."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from helpers.ui import make_project
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from ui.document import Document
from ui.i18n import install_fonts
from ui.main_window import MainWindow
from ui.print_preview import PrintPreviewDialog, printer_for
from ui.printing import PrintOptions
from ui.workspace import install_workspace

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot, qapp, tmp_path) -> MainWindow:
    install_fonts(qapp)
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    install_workspace(w)
    return w


def _pick(combo, data) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == data))


def test_the_preview_shows_the_pages_and_follows_the_choices(window, qtbot):
    dialog = window.features.exchange.preview_dialog()
    qtbot.addWidget(dialog)
    dialog.preview.updatePreview()
    assert dialog.pages == 2  # the hall, then the index
    assert dialog.preview.pageCount() == 2
    _pick(dialog.contents, (False, True))  # the index only
    assert dialog.pages == 1
    _pick(dialog.paper, "A3")
    _pick(dialog.orientation, "portrait")
    _pick(dialog.contents, (True, True))
    assert dialog.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A3
    assert dialog.printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert dialog.pages == 2 and "2" in dialog.status.text()
    dialog.reject()
    # File ▸ Print… uses what the preview last showed
    assert window.features.exchange.print_options == PrintOptions(
        paper="A3", orientation="portrait", tiling="auto", plan=True, index=True
    )


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
def test_print_sends_the_same_pages_to_the_printer(window, tmp_path, monkeypatch):
    window.features.exchange.print_options = PrintOptions(paper="A3", language="en")
    out = tmp_path / "printed.pdf"

    def accept(dialog):
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A3
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.features.exchange.do_print()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Iran Khodro Parts" in text and "Index of exhibitors" in text and "A-04" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "1191 x 842 pts (A3)" in info


def test_a_printer_on_letter_paper_is_told_not_crashed(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    printer = printer_for(PrintOptions())
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    from ui.print_preview import print_with

    assert not print_with(window, window.document.project, printer, PrintOptions())
    assert told and "A4" in told[0]


def test_the_preview_dialog_in_persian(qtbot, qapp):
    from ui.i18n import install_language

    install_language(qapp, "fa")
    try:
        dialog = PrintPreviewDialog(make_project(), PrintOptions())
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "پیش‌نمایش چاپ"
        assert dialog.print_button.text() == "چاپ…"
    finally:
        install_language(qapp, "en")


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils is not installed")
def test_file_exports_follow_the_previews_choices(window, tmp_path):
    window.features.exchange.print_options = PrintOptions(orientation="portrait", index=False)
    pdf, png = tmp_path / "plan.pdf", tmp_path / "plan.png"
    assert window.features.exchange.do_export_pdf(str(pdf), "A3")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "842 x 1191 pts (A3)" in info
    assert re.search(r"Pages:\s+1\n", info)  # the hall alone: no index page
    assert window.features.exchange.do_export_png(str(png), "A4")
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.height() > image.width()  # portrait


def test_the_preview_says_when_one_sheet_leaves_words_out(qtbot, qapp):
    from qods_planner.generate import generate_project
    from qods_planner.snapshot import build_problem
    from solver.api import to_plan
    from solver.greedy import greedy
    from solver.indexing import build_instance

    install_fonts(qapp)
    project = generate_project(200, 230, 1, seed=3)
    inst = build_instance(build_problem(project, fresh=True))
    project.set_plan(to_plan(inst, greedy(inst, budget_s=0.3)))
    dialog = PrintPreviewDialog(project, PrintOptions(tiling="fit", index=False))
    qtbot.addWidget(dialog)
    dialog.preview.updatePreview()
    assert "left out" in dialog.status.text()
    _pick(dialog.tiling, "auto")
    assert "left out" not in dialog.status.text() and dialog.pages > 1
