"""`qods-planner import-exhibitors PROJECT FILE.xlsx`, `import-booths` and `import-plan`:
registrations, booths, and the plan of an edited export, from a workbook into a project.

Every problem is printed with its cell ("Sheet1!C7"), the value found and a suggestion. With
problems nothing is imported (exit code 1) unless `--valid-rows-only`. The workbook is only
read; the project is written to `--out` (default: in place) unless `--dry-run`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..excel import ExcelError, diff_exhibitors, import_plan_from_export, read_exhibitors
from ..excel.booths import apply_booths, read_booths
from ..excel.diff import apply_exhibitors
from ..excel.issues import Issue
from ..excel.mapping import ColumnMapping, preview
from ..files import load_project, save_project
from ..model import Project
from .errors import UserError

MAX_FIXES_SHOWN = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    for name, what in (("import-exhibitors", "exhibitors"), ("import-booths", "booths")):
        parser = subparsers.add_parser(
            name,
            help=f"import {what} from an Excel workbook (.xlsx)",
            description=f"Import {what} from FILE.xlsx into PROJECT. The header row and columns "
            "are found by their Persian or English names. Every problem is listed with its "
            "cell; if there is any, nothing is imported unless --valid-rows-only. Re-importing "
            f"updates {what} by id (or by name/label) and lists the differences.",
        )
        parser.add_argument("project", metavar="PROJECT", help="project file")
        parser.add_argument("file", metavar="FILE.xlsx", help="workbook to read (never written)")
        parser.add_argument(
            "--valid-rows-only",
            action="store_true",
            help="import the rows without problems, leave the others out",
        )
        parser.add_argument(
            "--out",
            "-o",
            metavar="FILE",
            help="write the updated project here (default: PROJECT itself)",
        )
        parser.add_argument("--sheet", help="the sheet to read (default: the one that fits)")
        parser.add_argument(
            "--header-row",
            type=int,
            metavar="N",
            help="the header's row number (default: found by itself)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="report problems and differences, write nothing"
        )
        parser.set_defaults(handler=run_exhibitors if what == "exhibitors" else run_booths)
    _register_plan(subparsers)


def _register_plan(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-plan",
        help="read back the plan of an exported workbook edited in Excel",
        description="Read the Assignments sheet of a workbook made by `export --xlsx` and "
        "edited in Excel: booths changed, rows removed or added, locks set or cleared. Only "
        "those edits are applied to the project's current plan. With any problem nothing is "
        "applied (exit code 1).",
    )
    parser.add_argument("project", metavar="PROJECT", help="project file")
    parser.add_argument("file", metavar="FILE.xlsx", help="the edited export (never written)")
    parser.add_argument(
        "--out",
        "-o",
        metavar="FILE",
        help="write the updated project here (default: PROJECT itself)",
    )
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    parser.set_defaults(handler=run_plan)


def _load(args: argparse.Namespace) -> tuple[Project, Path]:
    project_path = Path(args.project)
    if not project_path.is_file():
        raise UserError(f"no such project file: {project_path}")
    book = Path(args.file)
    if not book.is_file():
        raise UserError(f"no such workbook: {book}")
    return load_project(project_path), book


def _mapping(
    args: argparse.Namespace, book: Path, project: Project, booths: bool = False
) -> ColumnMapping | None:
    if not args.sheet and not args.header_row:
        return None
    from ..excel.columns import BOOTH_COLUMNS, EXHIBITOR_COLUMNS

    columns = BOOTH_COLUMNS if booths else EXHIBITOR_COLUMNS
    try:
        found = preview(
            book, project, columns=columns, sheet=args.sheet, header_row=args.header_row
        )
    except ExcelError as exc:
        raise UserError(str(exc)) from None
    if found.mapping is None or not found.mapping.columns:
        where = f"row {args.header_row}" if args.header_row else "the first 30 rows"
        raise UserError(f"no known column names in {where} of sheet {found.sheet!r}")
    return found.mapping


def _report(problems: list[Issue], fixes: list[Issue], valid_rows_only: bool) -> None:
    for issue in problems:
        print(f"problem  {issue}")
    for issue in fixes[:MAX_FIXES_SHOWN]:
        print(f"fixed    {issue}")
    if len(fixes) > MAX_FIXES_SHOWN:
        print(f"fixed    … and {len(fixes) - MAX_FIXES_SHOWN} more corrections")
    if problems and not valid_rows_only:
        print(
            f"{len(problems)} problem(s): nothing imported. Fix the workbook, or use "
            "--valid-rows-only to import the rows without problems."
        )


def _write(args: argparse.Namespace, project: Project) -> None:
    if args.dry_run:
        print("dry run: nothing written")
        return
    out = Path(args.out or args.project)
    save_project(project, out)
    print(f"wrote {out}")


def run_exhibitors(args: argparse.Namespace) -> int:
    project, book = _load(args)
    try:
        result = read_exhibitors(book, project, _mapping(args, book, project))
    except ExcelError as exc:
        raise UserError(f"{book}: {exc}") from None
    _report(result.problems, result.fixes, args.valid_rows_only)
    if result.problems and not args.valid_rows_only:
        return 1
    diff = diff_exhibitors(project, result.exhibitors(valid_rows_only=True))
    for ex in diff.added:
        print(f"new      {ex.id}  {ex.name_fa}")
    for change in diff.changed:
        fields = "; ".join(f"{f.field}: {f.old!r} → {f.new!r}" for f in change.fields)
        print(f"changed  {change.new.id}  {change.new.name_fa}: {fields}")
    print(f"{diff.summary()}; {len(result.error_rows)} row(s) left out")
    apply_exhibitors(project, diff)
    _write(args, project)
    return 0


def run_booths(args: argparse.Namespace) -> int:
    project, book = _load(args)
    try:
        result = read_booths(book, project, _mapping(args, book, project, booths=True))
    except ExcelError as exc:
        raise UserError(f"{book}: {exc}") from None
    _report(result.problems, result.fixes, args.valid_rows_only)
    if result.problems and not args.valid_rows_only:
        return 1
    booths = result.booths(valid_rows_only=True)
    new = sum(b.id not in project.booths for b in booths)
    changed = sum(b.id in project.booths and project.booths[b.id] != b for b in booths)
    apply_booths(project, booths)
    print(f"{new} new booth(s), {changed} changed; {len(result.error_rows)} row(s) left out")
    _write(args, project)
    return 0


def run_plan(args: argparse.Namespace) -> int:
    project, book = _load(args)
    try:
        plan, report = import_plan_from_export(project, book)
    except ExcelError as exc:
        raise UserError(f"{book}: {exc}") from None
    for issue in report.problems:
        print(f"problem  {issue}")
    if report.problems:
        print(f"{len(report.problems)} problem(s): nothing applied.")
        return 1
    labels = {b.id: b.label for b in project.booths.values()}
    for move in report.moves:
        before = ", ".join(labels.get(b, b) for b in move.before) or "—"
        after = ", ".join(labels.get(b, b) for b in move.after) or "—"
        print(f"moved    {move.exhibitor}: {before} → {after}")
    for eid, locked in sorted(report.locks.items()):
        print(f"{'locked' if locked else 'unlocked'}  {eid}")
    if report.empty:
        print("no edits found: the plan is as exported")
        return 0
    project.set_plan(plan)
    _write(args, project)
    return 0
