"""`qods-planner template FILE.xlsx`: the blank registration workbook to send to exhibitors."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..default_sectors import default_sectors
from ..excel.template import write_template
from ..files import load_project
from ..messages import tr
from ..messages.os_errors import os_reason
from .command_error import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "template",
        help=tr("write a blank registration workbook (.xlsx)"),
        description=tr(
            "Write an empty registration workbook: every column the import reads, a "
            "sector drop-down, yes/no and priority drop-downs, and an example row (skipped on "
            "import). Sectors and halls come from PROJECT if given, else the default Qods "
            "sectors."
        ),
    )
    parser.add_argument("file", metavar="FILE.xlsx", help=tr("workbook to write"))
    parser.add_argument("--project", metavar="PROJECT", help=tr("take sectors and halls from here"))
    # Not --language: the dispatcher takes that for the language of its messages.
    parser.add_argument(
        "--output-language",
        choices=("fa", "en"),
        help=tr("column names in Persian or English (default: the project's, or fa)"),
    )
    parser.add_argument("--force", action="store_true", help=tr("replace FILE if it exists"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.file)
    if out.suffix.lower() != ".xlsx":
        raise UserError(tr("{path} must end in .xlsx", path=str(out)))
    if out.exists() and not args.force:
        raise UserError(tr("{path} exists already; use --force to replace it", path=str(out)))
    if not out.parent.is_dir():
        raise UserError(
            tr(
                "cannot write {path}: the folder {folder} does not exist",
                path=str(out),
                folder=str(out.parent),
            )
        )
    if args.project:
        if not Path(args.project).is_file():
            raise UserError(tr("no such project file: {path}", path=str(args.project)))
        project = load_project(args.project)
        sectors, halls = list(project.sectors.values()), list(project.halls.values())
        language = args.output_language or project.event.language
    else:
        sectors, halls, language = default_sectors(), [], args.output_language or "fa"
    try:
        write_template(out, sectors, halls=halls, language=language)
    except OSError as exc:
        raise UserError(
            tr(
                "cannot write {path}: {reason}",
                path=str(out),
                reason=os_reason(exc),
            )
        ) from None
    print(tr("wrote {path}: {count} sector(s) in the drop-down", path=str(out), count=len(sectors)))
    return 0
