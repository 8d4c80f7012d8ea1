"""Printing the floor plan: a vector PDF with one landscape page per hall, Persian text shaped,
PNG and SVG of every hall; and the `export` command that writes them."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from qods_planner.cli.main import main
from qods_planner.files import save_project
from qods_planner.model import Project
from qods_planner.text import normalise_key
from ui.i18n import install_fonts
from ui.printing import PrintError, export_pdf, export_png, export_svg, render_image

from .conftest import build_project

POPPLER = shutil.which("pdfinfo") and shutil.which("pdftotext") and shutil.which("pdfimages")
needs_poppler = pytest.mark.skipif(
    not POPPLER,
    reason="poppler-utils (pdfinfo, pdftotext, pdfimages) is not installed; "
    "scripts/bootstrap.sh installs it",
)


@pytest.fixture(autouse=True)
def fonts(qapp):
    install_fonts(qapp)


def _poppler(tool: str, *args) -> str:
    return subprocess.run(
        [tool, *map(str, args)], check=True, capture_output=True, text=True, timeout=60
    ).stdout


def _pdfinfo(path) -> dict[str, str]:
    lines = _poppler("pdfinfo", path).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


@needs_poppler
@pytest.mark.parametrize(
    ("paper", "size"), [("A4", "842 x 595 pts (A4)"), ("A3", "1191 x 842 pts (A3)")]
)
def test_pdf_has_one_landscape_page_per_hall_then_the_index(tmp_path, paper, size):
    path = tmp_path / "plan.pdf"
    assert export_pdf(build_project(), path, paper=paper) == 3
    info = _pdfinfo(path)
    assert info["Pages"] == "3"
    assert info["Page size"] == size
    assert info["Title"] == "نمایشگاه صنایع قدس"


@needs_poppler
def test_pdf_is_vector_with_embedded_font_and_shaped_persian(tmp_path):
    path = tmp_path / "plan.pdf"
    export_pdf(build_project(), path, printed=date(2026, 9, 20))
    assert _poppler("pdfimages", "-list", path).count("\n") == 2  # the list's header only
    assert "Vazirmatn" in _poppler("pdffonts", path)
    text = _poppler("pdftotext", path, "-")
    # Shaped Arabic script comes out as contextual glyphs (initial, medial, final forms) ...
    assert any("\ufb50" <= ch <= "\ufeff" for ch in text)
    key = normalise_key(text)  # ... which the normaliser folds back to letters
    for word in ("نمایشگاه", "قدس", "سالن", "لبنیات", "فولاد"):
        assert normalise_key(word) in key, word
    for label in ("A-1", "B-2", "C-6"):
        assert label in text


def test_png_shows_every_hall_in_sector_colours():
    project = build_project()
    image = render_image(project, "A4", dpi=60)
    assert abs(image.width() - 297 / 25.4 * 60) <= 1  # A4 landscape, 297 mm wide
    assert image.height() % 2 == 0 and abs(image.height() / 2 - 210 / 25.4 * 60) <= 1.5
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    for sector in ("#d62728", "#7f7f7f", "#2ca02c"):  # auto parts, metals, food
        assert sector in colours
    assert "#9467bd" not in colours  # chemicals: nobody of that sector is placed


def test_png_and_svg_files(tmp_path):
    project = build_project("en")
    size = export_png(project, tmp_path / "plan.png")
    image = QImage(str(tmp_path / "plan.png"))
    assert (image.width(), image.height()) == (size.width(), size.height())
    assert abs(image.width() - 297 / 25.4 * 150) <= 1
    assert abs(image.height() - 2 * 210 / 25.4 * 150) <= 3
    assert image.pixelColor(5, 5) == QColor("#ffffff")
    export_svg(project, tmp_path / "plan.svg")
    renderer = QSvgRenderer(str(tmp_path / "plan.svg"))
    assert renderer.isValid()
    svg = (tmp_path / "plan.svg").read_text("utf-8")
    assert "Qods Industries Exhibition — Hall 1" in svg and "Hall 2" in svg
    assert "<text" in svg  # vector: text stays text


def test_nothing_to_print():
    with pytest.raises(PrintError, match="no halls"):
        render_image(Project())
    with pytest.raises(PrintError, match="paper"):
        render_image(build_project(), "Letter")


def test_export_command_writes_every_format(tmp_path, capsys):
    project = tmp_path / "fair.qods.json"
    save_project(build_project(), project)
    out = {k: tmp_path / f"plan.{k}" for k in ("xlsx", "pdf", "png", "svg")}
    assert (
        main(
            [
                "export",
                str(project),
                "--xlsx",
                str(out["xlsx"]),
                "--pdf",
                str(out["pdf"]),
                "--png",
                str(out["png"]),
                "--svg",
                str(out["svg"]),
                "--paper",
                "A3",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "plan.pdf (A3, 3 pages)" in printed
    for path in out.values():
        assert path.stat().st_size > 1000


def test_export_command_errors(tmp_path, capsys):
    project = tmp_path / "fair.qods.json"
    save_project(build_project(), project)
    assert main(["export", str(project)]) == 2
    assert "nothing to export" in capsys.readouterr().err
    assert main(["export", str(project), "--pdf", str(tmp_path / "plan.png")]) == 2
    assert "must end in .pdf" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing.json"), "--xlsx", str(tmp_path / "a.xlsx")]) == 2
    assert "no such project file" in capsys.readouterr().err


@needs_poppler
def test_print_plan_on_a_printer(tmp_path):
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import print_plan

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    assert print_plan(build_project(), printer) == 3
    info = _pdfinfo(tmp_path / "printed.pdf")
    assert info["Pages"] == "3" and info["Page size"] == "1191 x 842 pts (A3)"
    assert "A-1" in _poppler("pdftotext", tmp_path / "printed.pdf", "-")


def test_export_command_output_language(tmp_path):
    from openpyxl import load_workbook

    project = tmp_path / "fair.qods.json"
    save_project(build_project(), project)  # a Persian project
    book = tmp_path / "plan.xlsx"
    assert main(["export", str(project), "--xlsx", str(book), "--output-language", "en"]) == 0
    assert load_workbook(book).sheetnames[0] == "Assignments"


# -- a page speaks its own language, whatever the interface's ---------------------------------


@pytest.fixture
def interface(qapp):
    """install_language for one test; English again afterwards (also for the core)."""
    from qods_planner.messages import set_language
    from ui.i18n import install_language

    yield lambda language: install_language(qapp, language)
    install_language(qapp, "en")
    set_language("en")


def _words(path) -> str:
    """The PDF's text with Persian presentation forms folded back to letters."""
    return normalise_key(_poppler("pdftotext", path, "-"))


@needs_poppler
def test_a_persian_pdf_in_an_english_interface(tmp_path, interface):
    interface("en")
    path = tmp_path / "plan.pdf"
    export_pdf(build_project("fa"), path, printed=date(2026, 9, 20))
    raw = _poppler("pdftotext", path, "-")
    words = _words(path)
    for word in ("نمایشگاه", "قدس", "سالن", "چاپ", "غرفهٔ خالی", "مسدود", "قطعات خودرو", "متر"):
        assert normalise_key(word) in words, word
    assert "۱۴۰۵/۰۶/۲۹" in raw  # the printing date, Jalali in Persian digits
    assert "۱۴۰۵/۰۷/۰۵" in raw and "۱۴۰۵/۰۷/۰۸" in raw  # the exhibition's days
    for english in ("printed", "Free booth", "Blocked"):
        assert english not in raw


@needs_poppler
def test_an_english_pdf_in_a_persian_interface(tmp_path, interface):
    interface("fa")
    path = tmp_path / "plan.pdf"
    export_pdf(build_project("en"), path, printed=date(2026, 9, 20))
    raw = _poppler("pdftotext", path, "-")
    assert "Qods Industries Exhibition — Hall 1" in raw
    assert "2026-09-27 to 2026-09-30 · printed 2026-09-20" in raw
    for english in ("Free booth", "Blocked", "Automotive parts"):
        assert english in raw
    words = _words(path)
    for persian in ("چاپ", "غرفهٔ خالی", "مسدود", "متر"):  # the pillar's label "ستون" is data
        assert normalise_key(persian) not in words
    assert not any("\u06f0" <= ch <= "\u06f9" for ch in raw)  # no Persian digits


def test_print_errors_in_the_interface_language(interface):
    interface("fa")
    with pytest.raises(PrintError, match="^پروژه سالنی برای چاپ ندارد$"):
        render_image(Project())
    with pytest.raises(PrintError, match="^کاغذ باید یکی از A4, A3, A2, A1, A0 باشد"):
        render_image(build_project(), "Letter")


def test_a_plan_into_a_missing_folder_names_the_folder_in_the_interface_language(
    tmp_path, interface
):
    target = tmp_path / "no" / "plan.pdf"
    for language, words in (("en", "does not exist"), ("fa", "وجود ندارد")):
        interface(language)
        with pytest.raises(PrintError) as caught:
            export_pdf(build_project(), target)
        text = str(caught.value)
        assert words in text and str(tmp_path / "no") in text, text
        assert "No such file" not in text and "cannot write" not in text, text


@needs_poppler
def test_export_command_in_persian(tmp_path, capsys, interface):
    project = tmp_path / "fair.qods.json"
    save_project(build_project("en"), project)  # an English project ...
    pdf, book = tmp_path / "plan.pdf", tmp_path / "plan.xlsx"
    args = ["--language", "fa", "export", str(project), "--pdf", str(pdf), "--xlsx", str(book)]
    assert main([*args, "--output-language", "fa"]) == 0  # ... printed in Persian
    assert capsys.readouterr().out.splitlines() == [
        f"{book} نوشته شد",
        f"{pdf} نوشته شد (A4، ۳ صفحه)",
    ]
    assert "Pages:           3" in _poppler("pdfinfo", pdf)
    assert normalise_key("غرفهٔ خالی") in _words(pdf)
    from openpyxl import load_workbook

    assert load_workbook(book).sheetnames[0] == "تخصیص غرفه‌ها"
    assert main(["--language", "fa", "export", str(project)]) == 2
    assert "خروجی‌ای خواسته نشده است" in capsys.readouterr().err
    assert main(["--language", "fa", "export", str(project), "--png", str(pdf)]) == 2
    assert "نام فایل باید به .png ختم شود" in capsys.readouterr().err


def test_export_command_in_english_keeps_its_words(tmp_path, capsys, interface):
    project = tmp_path / "fair.qods.json"
    save_project(build_project("fa"), project)
    png = tmp_path / "plan.png"
    assert main(["--language", "en", "export", str(project), "--png", str(png)]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(rf"wrote {re.escape(str(png))} \(A4, \d+ × \d+ px\)\n", out)
