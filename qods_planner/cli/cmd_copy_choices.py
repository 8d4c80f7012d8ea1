"""`qods-planner copy-choices PROJECT --from EARLIER [--out FILE]`: last year's place.

Makes each returning exhibitor's booths at an earlier fair (its project file or exported
workbook) its first booth choices here, and says whom it could not match and which booths this
venue no longer has. Writes the project to --out (default: PROJECT itself). Exit 0 when the
choices were copied (even if some exhibitors were not matched), 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..earlier_fair import copy_choices, earlier_stands
from ..excel.issues import ExcelError
from ..files import load_project, save_project
from ..messages import join, tr
from ..model.model_error import ModelError
from .command_error import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "copy-choices",
        help=tr("make last year's booths each returning exhibitor's first choices"),
        description=tr(
            "Copy an earlier fair's stands into this fair's booth choices: each returning "
            "exhibitor (matched by id, else by name) gets its booths of that fair (matched by "
            "label) as its first choices. Reads the earlier fair's project file or exported "
            "workbook. Writes the project to --out (default: PROJECT itself)."
        ),
    )
    parser.add_argument("project", metavar="PROJECT", help=tr("project file (.json)"))
    parser.add_argument(
        "--from",
        dest="earlier",
        metavar="EARLIER",
        required=True,
        help=tr("the earlier fair's project file or exported workbook (.xlsx)"),
    )
    parser.add_argument("--out", metavar="FILE", help=tr("where to write the project"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path, earlier_path = Path(args.project), Path(args.earlier)
    for p in (path, earlier_path):
        if not p.is_file():
            raise UserError(tr("no such file: {path}", path=str(p)))
    project = load_project(path)
    try:
        earlier = earlier_stands(earlier_path)
    except (ModelError, ExcelError) as exc:
        raise UserError(str(exc)) from None
    changed, report = copy_choices(project, earlier)
    project.put_exhibitors(changed)
    out = Path(args.out) if args.out else path
    save_project(project, out)
    print(
        tr(
            "copied last year's booths into the choices of {count} exhibitor(s); written: {path}",
            count=len(report.copied),
            path=str(out),
        )
    )
    for stand in report.unmatched:
        name = stand.name_fa or stand.name_en or stand.id
        print(tr("not matched: {name} ({id})", name=name, id=stand.id))
    for eid, labels in sorted(report.missing_booths.items()):
        print(
            tr(
                "{id}: booths no longer in this venue: {labels}",
                id=eid,
                labels=join(labels),
            )
        )
    return 0
