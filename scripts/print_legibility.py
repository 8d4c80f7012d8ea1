"""Measure a printed plan as a reader would: the smallest text, the words under 6 pt, the
exhibitor names pdftotext finds, and the booth labels and names the SVG carries as text.

    python scripts/print_legibility.py PROJECT [--papers A4,A3] [--languages fa,en]
                                       [--orientation landscape] [--tiling auto] [--keep DIR]

For each paper and language it exports the PDF (plan sheets, keys and index) and the SVG
(plan sheets) with the program's own exporters, then reads them back with poppler:
- `pdftotext -bbox`: every word's box. Poppler makes a box as tall as the font's ascent
  plus descent, 1.5625 em for Vazirmatn, so a word's size in points is its height / 1.5625
  (a 6 pt word is 9.375 pt tall). Persian words come out one glyph per box (poppler's
  word splitting of right-to-left runs); every box is counted.
- `pdftotext`: the text; a name is found when its letters (compared with the program's
  `normalise_key`: Unicode compatibility forms folded, spaces and ZWNJ ignored) appear.
- the SVG: a booth label or a name is found when it is the text of a <text> element (a name
  set on several lines: the lines in order).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

EM_HEIGHT = 1.5625  # Vazirmatn: (ascent + descent) / units per em, what poppler uses
MIN_PT = 6.0


def word_sizes(pdf: Path) -> list[float]:
    """The size in points of every word pdftotext -bbox reports."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    sizes = []
    for match in re.finditer(
        r'<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)">', out
    ):
        sizes.append((float(match.group(2)) - float(match.group(1))) / EM_HEIGHT)
    return sizes


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def svg_texts(svg: Path) -> list[str]:
    ns = "{http://www.w3.org/2000/svg}"
    root = ET.parse(svg).getroot()
    return [unescape("".join(t.itertext())).strip() for t in root.iter(f"{ns}text")]


def measure(
    project_path: Path, paper: str, language: str, orientation: str, tiling: str, folder: Path
) -> dict:
    from qods_planner.files import load_project
    from qods_planner.text import normalise_key
    from ui.printing import PrintOptions, build, export_pdf, export_svg

    project = load_project(project_path)
    options = PrintOptions(paper=paper, orientation=orientation, tiling=tiling, language=language)
    pdf = folder / f"plan-{paper}-{language}.pdf"
    svg = folder / f"plan-{paper}-{language}.svg"
    pages = export_pdf(project, pdf, options=options)
    export_svg(
        project,
        svg,
        options=PrintOptions(
            paper=paper, orientation=orientation, tiling=tiling, index=False, language=language
        ),
    )
    sizes = word_sizes(pdf)
    text = normalise_key(pdf_text(pdf))
    placed = [e for e in project.plan.stands if e in project.exhibitors]
    names = [project.exhibitors[e].name(language) for e in placed]
    found = sum(normalise_key(n) in text for n in names)
    svg_items = svg_texts(svg)
    svg_keys = normalise_key(" ".join(svg_items))
    labels = [b.label for b in project.booths.values()]
    svg_words = set(svg_items)
    labels_in_svg = sum(label in svg_words for label in labels)
    doc = build(
        project,
        PrintOptions(
            paper=paper, orientation=orientation, tiling=tiling, index=False, language=language
        ),
    )
    shown = {
        t.owner
        for page in doc.pages
        if hasattr(page, "map_texts")
        for t in page.map_texts()
        if t.kind == "name"
    }
    shown_names = [project.exhibitors[e].name(language) for e in shown]
    names_in_svg = sum(normalise_key(n) in svg_keys for n in shown_names)
    return {
        "pages": pages,
        "words": len(sizes),
        "smallest": min(sizes) if sizes else 0.0,
        "under": sum(s < MIN_PT - 0.05 for s in sizes),
        "names": len(names),
        "found": found,
        "labels": len(labels),
        "labels_svg": labels_in_svg,
        "names_shown": len(shown_names),
        "names_svg": names_in_svg,
        "missing": len(doc.missing),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--papers", default="A4,A3")
    parser.add_argument("--languages", default="fa,en")
    parser.add_argument("--orientation", default="landscape")
    parser.add_argument("--tiling", default="auto")
    parser.add_argument("--keep", type=Path, help="keep the PDFs and SVGs in this folder")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_fonts

    app = QApplication.instance() or QApplication(["print_legibility"])
    install_fonts(app)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="qods-print-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{args.project.name} ({args.orientation}, tiling {args.tiling})")
    print(
        "paper lang pages  words  smallest  under-6pt  names-found     labels-in-SVG  "
        "names-in-SVG  left-out"
    )
    for paper in args.papers.split(","):
        for language in args.languages.split(","):
            m = measure(args.project, paper, language, args.orientation, args.tiling, folder)
            print(
                f"{paper:5} {language:4} {m['pages']:5} {m['words']:6} {m['smallest']:6.2f} pt"
                f"  {m['under']:9}  {m['found']:4}/{m['names']:<4} "
                f"{100 * m['found'] / max(1, m['names']):5.1f} %"
                f"  {m['labels_svg']:4}/{m['labels']:<4} {m['names_svg']:5}/{m['names_shown']:<5}"
                f"  {m['missing']:8}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
