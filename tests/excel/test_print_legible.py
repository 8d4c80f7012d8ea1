"""A print an organiser can hang on the wall: no text under 6 pt on any paper, texts that never
overlap, every name on the plan or in a key, the index in alphabetical order, and text that
pdftotext and an SVG reader get back whole."""

from __future__ import annotations

import importlib.util
import itertools
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from qods_planner.files import load_project
from qods_planner.generate import generate_project
from qods_planner.model import Project
from qods_planner.snapshot import build_problem
from qods_planner.text import normalise_key
from solver.api import to_plan
from solver.greedy import greedy
from solver.indexing import build_instance
from ui.i18n import install_fonts
from ui.printing import PrintOptions, build, export_pdf, export_png, export_svg
from ui.printing.index import index_entries
from ui.printing.plan_sheet import Sheet

ROOT = Path(__file__).resolve().parents[2]
POPPLER = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


def _planned(project: Project) -> Project:
    """`project` with the solver's quick first plan (the greedy construction)."""
    inst = build_instance(build_problem(project, fresh=True))
    project.set_plan(to_plan(inst, greedy(inst, budget_s=0.5)))
    return project


@pytest.fixture(scope="module")
def sample(qapp) -> Project:
    install_fonts(qapp)
    return _planned(load_project(ROOT / "samples" / "qods-industries-2026.qods.json"))


@pytest.fixture(scope="module")
def fair(qapp) -> Project:
    install_fonts(qapp)
    return _planned(generate_project(400, 460, 3, seed=7))


def _script():
    spec = importlib.util.spec_from_file_location(
        "print_legibility", ROOT / "scripts" / "print_legibility.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _overlaps(boxes) -> list:
    """Pairs of texts whose boxes overlap (a sweep over their left edges)."""
    found = []
    ordered = sorted(boxes, key=lambda t: t.rect.left())
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.rect.left() >= a.rect.right():
                break
            if (
                a.rect.intersected(b.rect).width() > 0.5
                and a.rect.intersected(b.rect).height() > 0.5
            ):
                found.append((a.text, b.text))
    return found


# -- sizes and overlaps, at every paper -------------------------------------------------------
@pytest.mark.parametrize("language", ["fa", "en"])
@pytest.mark.parametrize(
    ("paper", "orientation"),
    list(itertools.product(["A4", "A3", "A2", "A1", "A0"], ["landscape", "portrait"])),
)
def test_no_text_under_6_pt_and_no_overlap(sample, paper, orientation, language):
    doc = build(sample, PrintOptions(paper=paper, orientation=orientation, language=language))
    assert doc.missing == []
    for page in doc.pages:
        texts = page.texts()
        assert texts
        assert min(t.points for t in texts) >= 6.0
        assert _overlaps(texts) == []
        inner = page.inner.adjusted(-1, -1, 1, 1)
        assert all(inner.contains(t.rect) for t in texts)
        if isinstance(page, Sheet):  # the drawn part of the hall stays in the map's place
            drawn = page.window.translated(page._offset())
            assert page.map_area().adjusted(-1, -1, 1, 1).contains(drawn)


def test_the_sample_at_a4_has_names_and_keys_at_6_pt_or_more(sample):
    doc = build(sample, PrintOptions(paper="A4", language="fa", index=False))
    sheets = [p for p in doc.pages if isinstance(p, Sheet)]
    assert len(sheets) == 2  # one sheet per hall is enough for the sample at A4
    texts = [t for s in sheets for t in s.map_texts()]
    assert min(t.points for t in texts) == 6.0
    assert {t.kind for t in texts} >= {"label", "name", "key", "door"}


def test_every_stand_shows_its_name_or_a_key_number_listed_in_a_key(sample):
    doc = build(sample, PrintOptions(paper="A4", language="en", index=False))
    for layout in doc.layouts:
        names = {t.owner for t in layout.texts if t.kind == "name"}
        keys = {t.owner for t in layout.texts if t.kind == "key"}
        assert names | keys == set(layout.stands)
        assert keys == set(layout.keys) and not names & keys
    listed = [row for page in doc.pages if isinstance(page, Sheet) for row in page.key_rows]
    key_pages = " ".join(t.text for p in doc.pages if not isinstance(p, Sheet) for t in p.texts())
    assert listed and key_pages  # at A4 the sample's keys are on the facing pages
    for number, name, booths in listed:
        assert name in key_pages and number in key_pages.split()
        assert all(label.strip() in key_pages for label in booths.split(","))
    keyed = {eid for layout in doc.layouts for eid in layout.keys}
    assert {sample.exhibitors[e].name("en") for e in keyed} == {row[1] for row in listed}


def test_every_booth_label_is_printed(sample):
    doc = build(sample, PrintOptions(paper="A4", language="fa", index=False))
    printed = {t.owner for p in doc.pages if isinstance(p, Sheet) for t in p.map_texts()}
    assert set(sample.booths) <= printed


def test_a_large_fair_is_tiled_and_every_text_is_whole_on_a_sheet(fair):
    doc = build(fair, PrintOptions(paper="A4", language="fa", index=False))
    assert doc.missing == []
    for layout in doc.layouts:
        sheets = [p for p in doc.pages if isinstance(p, Sheet) and p.layout is layout]
        shown = {
            (t.kind, t.owner, t.text)
            for s in sheets
            for t in s.layout.texts
            if s.window.contains(t.rect)
        }
        assert shown == {(t.kind, t.owner, t.text) for t in layout.texts}
    tiled = [p for p in doc.pages if isinstance(p, Sheet) and p.count > 1]
    assert tiled and all(p.neighbours for p in tiled)
    notes = [t.text for t in tiled[0].texts() if "sheet" in t.text or "برگ" in t.text]
    assert notes  # "sheet 1 of 2" and "continues on sheet 2"


def test_fit_keeps_one_sheet_per_hall_and_says_what_it_left_out(fair):
    doc = build(fair, PrintOptions(paper="A4", tiling="fit", index=False, language="en"))
    sheets = [p for p in doc.pages if isinstance(p, Sheet)]
    assert len(sheets) == 3 and all(s.count == 1 for s in sheets)
    assert doc.missing  # at A4 a 400-stand fair does not fit: its smallest texts are left out
    for page in doc.pages:
        assert min(t.points for t in page.texts()) >= 6.0


def test_each_sheet_lists_only_the_sectors_it_shows(fair):
    doc = build(fair, PrintOptions(paper="A3", language="en", index=False))
    for sheet in (p for p in doc.pages if isinstance(p, Sheet)):
        legend = {name for name, _, kind in sheet.legend() if kind == "swatch"}
        shown = set()
        occupants = fair.plan.occupants()
        for b in fair.booths.values():
            on_sheet = sheet.window.intersects(sheet.layout.box(b.rect))
            if b.hall_id == sheet.layout.hall_id and on_sheet and b.id in occupants:
                shown.add(fair.sectors[fair.exhibitors[occupants[b.id]].sector_id].name("en"))
        assert legend - {"Free booth"} == shown
        assert len(shown) < len(fair.sectors) or len(fair.sectors) <= 3


# -- the index --------------------------------------------------------------------------------
def test_the_index_is_in_persian_alphabetical_order_by_sector(sample):
    groups = index_entries(sample, "fa")
    names = [name for _, entries in groups for name, _, _ in entries]
    assert sorted(names) == sorted(sample.exhibitors[e].name("fa") for e in sample.plan.stands)
    order = list("اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی")
    rank = {ch: i for i, ch in enumerate(order)}

    def first_letters(name: str) -> tuple:
        return tuple(rank.get(ch, -1) for ch in unicodedata.normalize("NFC", name) if ch in rank)

    for _, entries in groups:
        keys = [first_letters(n)[:2] for n, _, _ in entries]
        assert keys == sorted(keys)
    sectors = [s for s, _ in groups]
    assert [first_letters(s)[:1] for s in sectors] == sorted(first_letters(s)[:1] for s in sectors)


def test_persian_collation_is_not_code_point_order():
    from ui.printing.index import sort_names

    words = ["یاس", "گل", "کوه", "پل", "بام", "ژاله", "زر", "چای", "جام"]
    assert sort_names(words, "fa") == ["بام", "پل", "جام", "چای", "زر", "ژاله", "کوه", "گل", "یاس"]
    assert sorted(words) != sort_names(words, "fa")  # code points put پ چ ژ گ after ی
    assert sort_names(["beta", "Alpha", "gamma"], "en") == ["Alpha", "beta", "gamma"]


# -- real text ------------------------------------------------------------------------------------
def _pdftotext(path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout


@needs_poppler
@pytest.mark.parametrize("language", ["fa", "en"])
def test_pdftotext_finds_every_name_and_nothing_is_under_6_pt(sample, tmp_path, language):
    path = tmp_path / "plan.pdf"
    export_pdf(sample, path, options=PrintOptions(paper="A4", language=language))
    script = _script()
    sizes = script.word_sizes(path)
    assert sizes and min(sizes) >= 5.99
    text = normalise_key(_pdftotext(path))
    placed = [sample.exhibitors[e].name(language) for e in sample.plan.stands]
    missing = [n for n in placed if normalise_key(n) not in text]
    assert missing == []


@needs_poppler
def test_the_index_pdf_gives_every_name_whole_in_reading_order(sample, tmp_path):
    path = tmp_path / "index.pdf"
    export_pdf(sample, path, options=PrintOptions(paper="A4", plan=False, language="fa"))
    # Letters as written (presentation forms folded by NFKC); the bidi marks pdftotext adds
    # and punctuation (it moves a Persian comma across the space) are not letters.
    text = re.sub(r"[^\w\s]", "", unicodedata.normalize("NFKC", _pdftotext(path)))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for eid in sample.plan.stands:
        name = sample.exhibitors[eid].name("fa").replace("\u200c", "")
        words = re.sub(r"[^\w\s]", "", name).split()
        # the name's words, each letter for letter (medial ی included), in reading order
        assert any(" ".join(words) in line for line in lines), name


@pytest.mark.parametrize("language", ["fa", "en"])
def test_the_svg_carries_every_label_and_every_name_it_shows_as_text(sample, tmp_path, language):
    path = tmp_path / "plan.svg"
    options = PrintOptions(paper="A4", language=language, index=False)
    export_svg(sample, path, options=options)
    script = _script()
    items = script.svg_texts(path)
    assert {b.label for b in sample.booths.values()} <= set(items)
    doc = build(sample, options)
    lines = {t.text for p in doc.pages if isinstance(p, Sheet) for t in p.map_texts()}
    assert lines <= set(items)
    svg = path.read_text("utf-8")  # the font travels with the drawing, so widths match
    assert svg.count("@font-face{font-family:'Vazirmatn'") == 2
    assert "unicode-bidi:plaintext" in svg


def test_the_png_draws_the_pdfs_pages_at_the_asked_resolution(sample, tmp_path):
    size = export_png(
        sample, tmp_path / "plan.png", dpi=100, options=PrintOptions(paper="A3", index=False)
    )
    assert abs(size.width() - 420 / 25.4 * 100) <= 1
    assert abs(size.height() - 2 * 297 / 25.4 * 100) <= 2  # two halls, two sheets


def test_the_font_maps_every_glyph_back_to_a_letter():
    spec = importlib.util.spec_from_file_location(
        "patch_font_for_pdf", ROOT / "scripts" / "patch_font_for_pdf.py"
    )
    module = importlib.util.module_from_spec(spec)
    pytest.importorskip("fontTools")
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


# -- the command line -----------------------------------------------------------------------------
@needs_poppler
def test_export_command_index_on_its_own_and_other_papers(sample, tmp_path, capsys):
    import os

    from qods_planner.cli.main import main
    from qods_planner.files import save_project

    project = tmp_path / "fair.qods.json"
    save_project(sample, project)
    plan, index, png = tmp_path / "plan.pdf", tmp_path / "index.pdf", tmp_path / "plan.png"
    args = ["export", str(project), "--pdf", str(plan), "--index", str(index), "--png", str(png)]
    extra = ["--paper", "A2", "--orientation", "portrait", "--dpi", "40"]
    assert main([*args, *extra]) == 0
    out = capsys.readouterr().out
    assert "index.pdf (A2," in out and "plan.pdf (A2, 2 pages)" in out
    info = subprocess.run(["pdfinfo", str(plan)], capture_output=True, text=True).stdout
    assert "1191 x 1684 pts (A2)" in info  # portrait
    plan_text, index_text = _pdftotext(plan), _pdftotext(index)
    name = sample.exhibitors[next(iter(sample.plan.stands))].name("fa")
    assert normalise_key(name) in normalise_key(index_text)
    assert normalise_key("فهرست الفبایی غرفه‌گذاران") in normalise_key(index_text)
    assert normalise_key("فهرست الفبایی غرفه‌گذاران") not in normalise_key(plan_text)
    from PySide6.QtGui import QImage

    assert QImage(str(png)).width() == round(420 / 25.4 * 40)  # A2 portrait is 420 mm wide
    # a drawing is written like a workbook: a re-export keeps the file's permissions
    os.chmod(plan, 0o640)
    assert main(["export", str(project), "--pdf", str(plan), "--tiling", "fit"]) == 0
    assert plan.stat().st_mode & 0o777 == 0o640
    assert main(["export", str(project), "--png", str(png), "--dpi", "5"]) == 2
    assert "20 to 1200 dpi" in capsys.readouterr().err


def test_a_drawing_is_written_through_a_link_with_the_users_permissions(sample, tmp_path):
    import os

    real = tmp_path / "shared" / "plan.svg"
    real.parent.mkdir()
    link = tmp_path / "plan.svg"
    link.symlink_to(real)
    old = os.umask(0o002)
    try:
        export_svg(sample, link, options=PrintOptions(index=False))
    finally:
        os.umask(old)
    assert link.is_symlink() and real.stat().st_size > 1000
    assert real.stat().st_mode & 0o777 == 0o664  # not QSaveFile's 0600


def test_draw_hall_plan_paints_one_hall_into_a_rectangle_with_stands_highlighted(sample):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from ui.canvas import style
    from ui.printing import draw_hall_plan
    from ui.printing.units import mm, to_page_units

    image = QImage(600, 500, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(72 / 0.0254))
    image.setDotsPerMeterY(round(72 / 0.0254))
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    to_page_units(painter)
    eid = next(iter(sample.plan.stands))
    layout = draw_hall_plan(painter, sample, "H1", QRectF(0, 0, mm(200), mm(170)), "en", [eid])
    painter.end()
    assert layout.hall_id == "H1" and not layout.missing
    colours = {image.pixelColor(x, y).name() for x in range(0, 600, 2) for y in range(0, 500, 2)}
    assert QColor(style.HIGHLIGHT).name() in colours


def test_fit_says_what_it_leaves_out(fair, tmp_path, capsys):
    from qods_planner.cli.main import main
    from qods_planner.files import save_project

    project = tmp_path / "fair.qods.json"
    save_project(fair, project)
    pdf = tmp_path / "plan.pdf"
    assert main(["export", str(project), "--pdf", str(pdf), "--tiling", "fit"]) == 0
    err = capsys.readouterr().err
    assert "do not fit at 6 pt on A4 and were left out" in err
    assert main(["export", str(project), "--pdf", str(pdf)]) == 0
    assert "left out" not in capsys.readouterr().err
