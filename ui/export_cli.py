"""`qods-planner export PROJECT --xlsx FILE --pdf FILE --png FILE --svg FILE [--paper A4|A3]
[--output-language fa|en]`.

Registered through the `qods_planner.commands` entry point (it needs Qt for the drawings).
The workbook comes from the core (`qods_planner.excel.export_workbook`); PDF, PNG and SVG from
`ui.printing`. Qt is imported only when a drawing is asked for, and runs without a display.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from qods_planner.cli.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the plan as an Excel workbook, a PDF, a PNG or an SVG",
        description="Export the project's plan. --xlsx: a workbook with Assignments, Booths, "
        "By sector, Waitlist (with reasons), Changes since the published plan and one floor-plan "
        "sheet per hall; an edited copy can be read back. --pdf: a vector PDF, one landscape "
        "page per hall with title, dates, legend and scale bar. --png/--svg: every hall, one "
        "below the other. Give at least one output.",
    )
    parser.add_argument("project", metavar="PROJECT", help="project file")
    parser.add_argument("--xlsx", metavar="FILE", help="write the workbook here")
    parser.add_argument("--pdf", metavar="FILE", help="write the printable PDF here")
    parser.add_argument("--png", metavar="FILE", help="write a PNG image here")
    parser.add_argument("--svg", metavar="FILE", help="write an SVG drawing here")
    parser.add_argument(
        "--paper",
        choices=("A4", "A3"),
        default="A4",
        help="paper size of the PDF, PNG and SVG pages (landscape; default A4)",
    )
    # Not --language: the dispatcher takes that for the language of its messages.
    parser.add_argument(
        "--output-language",
        choices=("fa", "en"),
        help="language of the workbook and drawings (default: the project's)",
    )
    parser.set_defaults(handler=run)


def _check_target(option: str, value: str | None, suffix: str) -> Path | None:
    if value is None:
        return None
    path = Path(value)
    if path.suffix.lower() != suffix:
        raise UserError(f"--{option} {path}: the file name must end in {suffix}")
    if path.is_dir():
        raise UserError(f"--{option} {path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise UserError(f"cannot write {path}: the folder {path.parent} does not exist")
    return path


def _application():
    """The running QApplication, or a new one that needs no display (fonts installed)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_fonts

    app = QApplication.instance() or QApplication(["qods-planner"])
    install_fonts(app)
    return app


def run(args: argparse.Namespace) -> int:
    from qods_planner.excel import export_workbook
    from qods_planner.files import load_project

    targets = {
        "xlsx": _check_target("xlsx", args.xlsx, ".xlsx"),
        "pdf": _check_target("pdf", args.pdf, ".pdf"),
        "png": _check_target("png", args.png, ".png"),
        "svg": _check_target("svg", args.svg, ".svg"),
    }
    if not any(targets.values()):
        raise UserError("nothing to export: give --xlsx, --pdf, --png or --svg")
    source = Path(args.project)
    if not source.is_file():
        raise UserError(f"no such project file: {source}")
    if source.resolve() in {p.resolve() for p in targets.values() if p is not None}:
        raise UserError("an export would overwrite the project file itself")
    project = load_project(source)
    language = args.output_language or project.event.language
    if targets["xlsx"]:
        try:
            export_workbook(project, targets["xlsx"], language=language)
        except OSError as exc:
            raise UserError(f"cannot write {targets['xlsx']}: {exc.strerror or exc}") from None
        print(f"wrote {targets['xlsx']}")
    drawings = [k for k in ("pdf", "png", "svg") if targets[k]]
    if drawings:
        app = _application()
        from ui.i18n import install_language
        from ui.printing import PrintError, export_pdf, export_png, export_svg

        install_language(app, language)
        writers = {"pdf": export_pdf, "png": export_png, "svg": export_svg}
        for kind in drawings:
            try:
                result = writers[kind](project, targets[kind], args.paper, language)
            except PrintError as exc:
                raise UserError(str(exc)) from None
            detail = (
                f"{result} page(s)" if kind == "pdf" else f"{result.width()} × {result.height()} px"
            )
            print(f"wrote {targets[kind]} ({args.paper}, {detail})")
    return 0
