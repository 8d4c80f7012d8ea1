"""`qods-planner import-exhibitors PROJECT FILE.xlsx`, `import-booths` and `import-plan`:
registrations, booths, and the plan of an edited export, from a workbook into a project.

Every problem is printed with its cell ("Sheet1!C7"), the value found and a suggestion. With
problems nothing is imported (exit code 1) unless `--valid-rows-only`. The workbook is only
read; the project is written to `--out` (default: in place) unless `--dry-run`. Everything
printed is in the language of the command line (`qods-planner --language fa|en`); cell
references, ids and booth labels stay as they are.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..excel import ExcelError, diff_exhibitors, import_plan_from_export, read_exhibitors
from ..excel.booth_import import apply_booths, read_booths
from ..excel.diff import apply_exhibitors, change_text
from ..excel.issues import Issue
from ..excel.mapping import ColumnMapping, preview
from ..excel.workbook import HEADER_SCAN_ROWS
from ..files import load_project, save_project
from ..messages import join, tr
from ..model import Project
from .command_error import UserError

MAX_FIXES_SHOWN = 20


def _describe(parser: argparse.ArgumentParser, booths: bool) -> None:
    """The help of import-exhibitors and import-booths (whole sentences for each)."""
    parser.add_argument("project", metavar="PROJECT", help=tr("project file"))
    parser.add_argument("file", metavar="FILE.xlsx", help=tr("workbook to read (never written)"))
    parser.add_argument(
        "--valid-rows-only",
        action="store_true",
        help=tr("import the rows without problems, leave the others out"),
    )
    parser.add_argument(
        "--out",
        "-o",
        metavar="FILE",
        help=tr("write the updated project here (default: PROJECT itself)"),
    )
    parser.add_argument("--sheet", help=tr("the sheet to read (default: the one that fits)"))
    parser.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help=tr("the header's row number (default: found by itself)"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=tr("report problems and differences, write nothing"),
    )
    parser.set_defaults(handler=run_booths if booths else run_exhibitors)


def register(subparsers: argparse._SubParsersAction) -> None:
    exhibitors = subparsers.add_parser(
        "import-exhibitors",
        help=tr("import exhibitors from an Excel workbook (.xlsx)"),
        description=tr(
            "Import exhibitors from FILE.xlsx into PROJECT. The header row and columns "
            "are found by their Persian or English names. Every problem is listed with its "
            "cell; if there is any, nothing is imported unless --valid-rows-only. Re-importing "
            "updates exhibitors by id (or by name/label) and lists the differences."
        ),
    )
    _describe(exhibitors, booths=False)
    booths = subparsers.add_parser(
        "import-booths",
        help=tr("import booths from an Excel workbook (.xlsx)"),
        description=tr(
            "Import booths from FILE.xlsx into PROJECT. The header row and columns "
            "are found by their Persian or English names. Every problem is listed with its "
            "cell; if there is any, nothing is imported unless --valid-rows-only. Re-importing "
            "updates booths by id (or by name/label) and lists the differences."
        ),
    )
    _describe(booths, booths=True)
    _register_plan(subparsers)


def _register_plan(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-plan",
        help=tr("read back the plan of an exported workbook edited in Excel"),
        description=tr(
            "Read the Assignments sheet of a workbook made by `export --xlsx` and "
            "edited in Excel: booths changed, rows removed or added, locks set or cleared. Only "
            "those edits are applied to the project's current plan. With any problem nothing is "
            "applied (exit code 1)."
        ),
    )
    parser.add_argument("project", metavar="PROJECT", help=tr("project file"))
    parser.add_argument("file", metavar="FILE.xlsx", help=tr("the edited export (never written)"))
    parser.add_argument(
        "--out",
        "-o",
        metavar="FILE",
        help=tr("write the updated project here (default: PROJECT itself)"),
    )
    parser.add_argument("--dry-run", action="store_true", help=tr("report, write nothing"))
    parser.set_defaults(handler=run_plan)


def _load(args: argparse.Namespace) -> tuple[Project, Path]:
    project_path = Path(args.project)
    if not project_path.is_file():
        raise UserError(tr("no such project file: {path}", path=str(project_path)))
    book = Path(args.file)
    if not book.is_file():
        raise UserError(tr("no such workbook: {path}", path=str(book)))
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
        if args.header_row:
            message = tr(
                "no known column names in row {row} of sheet {sheet!r}",
                row=str(args.header_row),
                sheet=found.sheet,
            )
        else:
            message = tr(
                "no known column names in the first {rows} rows of sheet {sheet!r}",
                rows=HEADER_SCAN_ROWS,
                sheet=found.sheet,
            )
        raise UserError(message)
    return found.mapping


def _report(problems: list[Issue], fixes: list[Issue], valid_rows_only: bool) -> None:
    for issue in problems:
        print(tr("problem  {issue}", issue=str(issue)))
    for issue in fixes[:MAX_FIXES_SHOWN]:
        print(tr("fixed    {issue}", issue=str(issue)))
    if len(fixes) > MAX_FIXES_SHOWN:
        print(tr("fixed    … and {count} more corrections", count=len(fixes) - MAX_FIXES_SHOWN))
    if problems and not valid_rows_only:
        print(
            tr(
                "{count} problem(s): nothing imported. Fix the workbook, or use "
                "--valid-rows-only to import the rows without problems.",
                count=len(problems),
            )
        )


def _write(args: argparse.Namespace, project: Project) -> None:
    if args.dry_run:
        print(tr("dry run: nothing written"))
        return
    out = Path(args.out or args.project)
    save_project(project, out)
    print(tr("wrote {path}", path=str(out)))


def run_exhibitors(args: argparse.Namespace) -> int:
    project, book = _load(args)
    try:
        result = read_exhibitors(book, project, _mapping(args, book, project))
    except ExcelError as exc:
        raise UserError(str(exc)) from None
    _report(result.problems, result.fixes, args.valid_rows_only)
    if result.problems and not args.valid_rows_only:
        return 1
    diff = diff_exhibitors(project, result.exhibitors(valid_rows_only=True))
    for ex in diff.added:
        print(tr("new      {id}  {name}", id=ex.id, name=ex.name_fa))
    for change in diff.changed:
        fields = join((change_text(f) for f in change.fields), "semicolon")
        print(
            tr(
                "changed  {id}  {name}: {fields}",
                id=change.new.id,
                name=change.new.name_fa,
                fields=fields,
            )
        )
    print(
        tr(
            "{summary}; {count} row(s) left out",
            summary=diff.summary(),
            count=len(result.error_rows),
        )
    )
    apply_exhibitors(project, diff)
    _write(args, project)
    return 0


def run_booths(args: argparse.Namespace) -> int:
    project, book = _load(args)
    try:
        result = read_booths(book, project, _mapping(args, book, project, booths=True))
    except ExcelError as exc:
        raise UserError(str(exc)) from None
    _report(result.problems, result.fixes, args.valid_rows_only)
    if result.problems and not args.valid_rows_only:
        return 1
    booths = result.booths(valid_rows_only=True)
    new = sum(b.id not in project.booths for b in booths)
    changed = sum(b.id in project.booths and project.booths[b.id] != b for b in booths)
    apply_booths(project, booths)
    print(
        tr(
            "{new} new booth(s), {changed} changed; {count} row(s) left out",
            new=new,
            changed=changed,
            count=len(result.error_rows),
        )
    )
    _write(args, project)
    return 0


def run_plan(args: argparse.Namespace) -> int:
    project, book = _load(args)
    try:
        plan, report = import_plan_from_export(project, book)
    except ExcelError as exc:
        raise UserError(str(exc)) from None
    for issue in report.problems:
        print(tr("problem  {issue}", issue=str(issue)))
    if report.problems:
        print(tr("{count} problem(s): nothing applied.", count=len(report.problems)))
        return 1
    labels = {b.id: b.label for b in project.booths.values()}
    for move in report.moves:
        before = join(labels.get(b, b) for b in move.before) or "—"
        after = join(labels.get(b, b) for b in move.after) or "—"
        print(
            tr("moved    {id}: {before} → {after}", id=move.exhibitor, before=before, after=after)
        )
    for eid, locked in sorted(report.locks.items()):
        print(tr("locked  {id}", id=eid) if locked else tr("unlocked  {id}", id=eid))
    if report.empty:
        print(tr("no edits found: the plan is as exported"))
        return 0
    project.set_plan(plan)
    _write(args, project)
    return 0
