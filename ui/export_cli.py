"""`qods-planner export PROJECT --xlsx FILE --pdf FILE --index FILE --png FILE --svg FILE
[--paper A4…A0] [--orientation landscape|portrait] [--tiling auto|fit] [--dpi N]
[--output-language fa|en]`, and the publishing outputs (`ui.publishing.cli`): --letters DIR
[--changed-only], --catalogue FILE, --html FILE, --space-report FILE.

Registered through the `qods_planner.commands` entry point (it needs Qt for the drawings).
The workbook comes from the core (`qods_planner.excel.export_workbook`); PDF, PNG and SVG from
`ui.printing`. Qt is imported only when a drawing is asked for, and runs without a display.

Two languages: the command's own messages and help are in the command line's language
(`qods-planner --language fa|en`, through the core's catalogue, as for every command: argparse
is built before Qt is there); the workbook and drawings are in `--output-language`, else the
project's.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from qods_planner import messages
from qods_planner.cli.command_error import UserError
from qods_planner.messages import Message
from qods_planner.messages.os_errors import os_reason
from ui.publishing import publish_cli as publishing


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help=Message.of("export the plan as an Excel workbook, a PDF, a PNG or an SVG").render(),
        description=Message.of(
            "Export the project's plan. --xlsx: a workbook with Assignments, Booths, "
            "By sector, Waitlist (with reasons), Changes since the published plan and one "
            "floor-plan sheet per hall; an edited copy can be read back. --pdf: a vector PDF of "
            "each hall (tiled over several sheets when its names need it; no text under 6 pt), "
            "the key to the numbered stands and the index of exhibitors; with --index the index "
            "is its own PDF. --png/--svg: the plan sheets, one below the other. Give at least "
            "one output."
        ).render(),
    )
    parser.add_argument("project", metavar="PROJECT", help=Message.of("project file").render())
    for option, what in (
        ("--xlsx", Message.of("write the workbook here")),
        ("--pdf", Message.of("write the printable PDF here")),
        ("--index", Message.of("write the index of exhibitors here, as its own PDF")),
        ("--png", Message.of("write a PNG image here")),
        ("--svg", Message.of("write an SVG drawing here")),
    ):
        parser.add_argument(option, metavar="FILE", help=what.render())
    parser.add_argument(
        "--paper",
        choices=("A4", "A3", "A2", "A1", "A0"),
        default="A4",
        help=Message.of(
            "paper size of the PDF, PNG and SVG pages (default {paper})", paper="A4"
        ).render(),
    )
    parser.add_argument(
        "--orientation",
        choices=("landscape", "portrait"),
        default="landscape",
        help=Message.of("page orientation (default {value})", value="landscape").render(),
    )
    parser.add_argument(
        "--tiling",
        choices=("auto", "fit"),
        default="auto",
        help=Message.of(
            "auto: a hall takes as many sheets as its names need to be printed at 6 pt or "
            "more; fit: one sheet per hall, leaving out the words that do not fit"
        ).render(),
    )
    parser.add_argument(
        "--dpi",
        type=int,
        default=150,
        help=Message.of("resolution of the PNG (default {value})", value=150).render(),
    )
    # Not --language: the dispatcher takes that for the language of its messages.
    parser.add_argument(
        "--output-language",
        choices=("fa", "en"),
        help=Message.of("language of the workbook and drawings (default: the project's)").render(),
    )
    publishing.add_options(parser)
    parser.set_defaults(handler=run)


def _check_target(option: str, value: str | None, suffix: str) -> Path | None:
    if value is None:
        return None
    path = Path(value)
    if path.suffix.lower() != suffix:
        raise UserError(
            Message.of(
                "--{option} {path}: the file name must end in {suffix}",
                option=option,
                path=str(path),
                suffix=suffix,
            ).render()
        )
    if path.is_dir():
        raise UserError(
            Message.of(
                "--{option} {path} is a folder; give a file name", option=option, path=str(path)
            ).render()
        )
    if not path.parent.is_dir():
        raise UserError(
            Message.of(
                "cannot write {path}: the folder {folder} does not exist",
                path=str(path),
                folder=str(path.parent),
            ).render()
        )
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


def _wrote(kind: str, path: Path, paper: str, result: object) -> str:
    """What was written: the pages of a PDF (`result` an int), the size of an image (a QSize)."""
    if kind in ("pdf", "index"):
        return Message.of(
            "wrote {path} ({paper}, {pages} page(s))", path=str(path), paper=paper, pages=result
        ).render()
    return Message.of(
        "wrote {path} ({paper}, {width} × {height} px)",
        path=str(path),
        paper=paper,
        width=result.width(),  # type: ignore[attr-defined]
        height=result.height(),  # type: ignore[attr-defined]
    ).render()


def run(args: argparse.Namespace) -> int:
    from qods_planner.excel import export_workbook
    from qods_planner.files import load_project

    targets = {
        "xlsx": _check_target("xlsx", args.xlsx, ".xlsx"),
        "pdf": _check_target("pdf", args.pdf, ".pdf"),
        "index": _check_target("index", args.index, ".pdf"),
        "png": _check_target("png", args.png, ".png"),
        "svg": _check_target("svg", args.svg, ".svg"),
    }
    published = publishing.check(args, _check_target)
    if not any(targets.values()) and not any(published.values()):
        raise UserError(
            Message.of(
                "nothing to export: give --xlsx, --pdf, --index, --png, --svg, --letters, "
                "--catalogue, --html or --space-report"
            ).render()
        )
    source = Path(args.project)
    if not source.is_file():
        raise UserError(Message.of("no such project file: {path}", path=str(source)).render())
    outputs = [*targets.values(), *published.values()]
    if source.resolve() in {p.resolve() for p in outputs if p is not None}:
        raise UserError(Message.of("an export would overwrite the project file itself").render())
    project = load_project(source)
    language = args.output_language or project.event.language
    if targets["xlsx"]:
        try:
            export_workbook(project, targets["xlsx"], language=language)
        except OSError as exc:
            raise UserError(
                Message.of(
                    "cannot write {path}: {reason}",
                    path=str(targets["xlsx"]),
                    reason=os_reason(exc),
                ).render()
            ) from None
        print(Message.of("wrote {path}", path=str(targets["xlsx"])).render())
    drawings = [k for k in ("pdf", "index", "png", "svg") if targets[k]]
    if drawings:
        app = _application()
        from ui.i18n import install_language
        from ui.printing import PrintError, PrintOptions, export_pdf, export_png, export_svg

        # Qt speaks the command line's language (its errors); each page its own (`language`).
        install_language(app, messages.get_language())
        for kind in drawings:
            try:
                options = PrintOptions(
                    paper=args.paper,
                    orientation=args.orientation,
                    tiling=args.tiling,
                    plan=kind != "index",
                    index=kind == "index" or (kind == "pdf" and not targets["index"]),
                    language=language,
                )
                if kind in ("pdf", "index"):
                    left_out: list[str] = []
                    result = export_pdf(
                        project,
                        targets[kind],
                        options=options,
                        on_document=lambda doc, out=left_out: out.extend(doc.missing),
                    )
                    if left_out:
                        print(
                            Message.of(
                                "{count} labels or names do not fit at 6 pt on {paper} and "
                                "were left out (--tiling auto prints them on more sheets)",
                                count=len(left_out),
                                paper=args.paper,
                            ).render(),
                            file=sys.stderr,
                        )
                elif kind == "png":
                    result = export_png(project, targets[kind], dpi=args.dpi, options=options)
                else:
                    result = export_svg(project, targets[kind], options=options)
            except PrintError as exc:
                raise UserError(str(exc)) from None
            print(_wrote(kind, targets[kind], args.paper, result))
    if any(published.values()):
        if any(published[k] for k in ("letters", "catalogue", "space_report", "fairness")):
            _application()
        publishing.run(project, published, language, args.changed_only)
    return 0
