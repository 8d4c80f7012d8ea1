"""Reading an edited export back: `import_plan_from_export(project, path) -> (Plan, report)`.

The Assignments table is the plan as the user left it: each row gives an exhibitor (by id)
its booths (by label) and its lock; a row removed, or its booths cleared, means no stand.
Only what was *edited in Excel* is applied: the sheet is compared with the plan recorded in the
hidden `_qods` sheet at export time, and those edits are made to the project's current plan,
so work done in the program since the export is kept. Nothing changes the project here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...messages import tr
from ...model import ModelError, Plan, Project
from ...text import normalise_key
from .. import values as read
from ..cell_kinds import odd_cell
from ..column_words import field_word
from ..issues import Issue
from ..workbook import SheetGrid, Source, display, open_workbook, read_grid
from .labels import FORMAT, FORMAT_VERSION, META_SHEET, header_lookup


@dataclass(frozen=True, slots=True)
class StandEdit:
    exhibitor: str
    before: tuple[str, ...]  # booth ids at export time (empty: none)
    after: tuple[str, ...]  # booth ids in the sheet (empty: none)


@dataclass
class PlanImport:
    """What the edited export asks for. `problems` block applying it; `moves` and `locks` are
    the edits found (exhibitor id → new booths / new lock)."""

    project_id: str = ""
    exported_at: str = ""
    moves: list[StandEdit] = field(default_factory=list)
    locks: dict[str, bool] = field(default_factory=dict)
    problems: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def empty(self) -> bool:
        return not self.moves and not self.locks


def _meta(grid: SheetGrid) -> tuple[dict[str, str], dict[str, tuple[tuple[str, ...], bool]]]:
    info: dict[str, str] = {}
    plan: dict[str, tuple[tuple[str, ...], bool]] = {}
    in_plan = False
    for _, cells in sorted(grid.rows().items()):
        key, value = display(cells.get(1)), cells.get(2)
        if key == "exhibitor" and display(value) == "booths":
            in_plan = True
        elif in_plan and key:
            plan[key] = (tuple(display(value).split()), display(cells.get(3)) == "1")
        elif key:
            info[key] = display(value)
    return info, plan


def import_plan_from_export(project: Project, source: Source) -> tuple[Plan, PlanImport]:
    """The plan the edited export asks for (the current plan if there are problems), and the
    report. Raises `ExcelError` only when the file is not a workbook at all."""
    wb = open_workbook(source)
    report = PlanImport()
    if META_SHEET not in wb.sheetnames:
        report.problems.append(
            Issue(
                wb.sheetnames[0],
                None,
                None,
                "",
                None,
                tr("this workbook is not an export of Qods Planner"),
                tr("export the plan again and edit that workbook"),
            )
        )
        return project.plan, report
    info, exported = _meta(read_grid(wb, META_SHEET))
    report.project_id, report.exported_at = info.get("project_id", ""), info.get("exported_at", "")
    if info.get("format") != FORMAT or not info.get("format_version", "").isdigit():
        report.problems.append(
            Issue(
                META_SHEET,
                1,
                2,
                "format",
                info.get("format"),
                tr("the hidden {sheet} sheet is damaged", sheet=META_SHEET),
                "",
            )
        )
    elif int(info["format_version"]) > FORMAT_VERSION:
        report.problems.append(
            Issue(
                META_SHEET,
                2,
                2,
                "format_version",
                info["format_version"],
                tr("exported by a newer version of Qods Planner"),
                tr("update Qods Planner"),
            )
        )
    if report.project_id and report.project_id != project.id:
        report.problems.append(
            Issue(
                META_SHEET,
                3,
                2,
                "project_id",
                report.project_id,
                tr("exported from another project"),
                tr("open the project this workbook was exported from"),
            )
        )
    if report.problems:
        return project.plan, report

    sheet, header, columns = _assignments(wb)
    if sheet is None:
        report.problems.append(
            Issue(
                wb.sheetnames[0],
                1,
                None,
                "",
                None,
                tr("no Assignments sheet with ID and Booths columns"),
                tr("keep the Assignments sheet and its header row"),
            )
        )
        return project.plan, report
    grid = read_grid(wb, sheet)
    by_label = {normalise_key(b.label): b.id for b in project.booths.values()}
    sheet_plan: dict[str, tuple[tuple[str, ...], bool]] = {}
    rows: dict[str, int] = {}
    for r, cells in sorted(grid.rows().items()):
        if r <= header:
            continue
        eid_raw = cells.get(columns["id"])
        eid = read.text(eid_raw)
        if not eid:
            if any(display(cells.get(c)) for c in columns.values()):
                report.problems.append(
                    Issue(
                        sheet,
                        r,
                        columns["id"],
                        "id",
                        eid_raw,
                        tr("the exhibitor id is missing"),
                        tr("keep the ID column of every row"),
                    )
                )
            continue

        def problem(
            key: str, message: str, suggestion: str = "", *, _r: int = r, _cells: dict = cells
        ) -> None:
            report.problems.append(
                Issue(
                    sheet,
                    _r,
                    columns.get(key),
                    key,
                    _cells.get(columns.get(key, 0)),
                    message,
                    suggestion,
                )
            )

        odd = [  # only what is read back: the other columns are for people
            (key, found)
            for key in ("id", "booths", "locked")
            if key in columns and (found := odd_cell(cells.get(columns[key])))
        ]
        for key, (message, suggestion) in odd:
            problem(key, message, suggestion)
        if odd:
            continue
        if eid not in project.exhibitors:
            problem("id", tr("no exhibitor with id {id!r}", id=eid), tr("keep the ids as exported"))
            continue
        if eid in sheet_plan:
            problem(
                "id", tr("exhibitor {id} has two rows", id=eid), tr("keep one row per exhibitor")
            )
            continue
        booth_ids: list[str] = []
        for label in read.items(cells.get(columns["booths"])):
            bid = by_label.get(normalise_key(label))
            if bid is None:
                problem(
                    "booths",
                    tr("no booth labelled {label!r}", label=label),
                    tr("write booth labels as on the plan, separated by commas"),
                )
            else:
                booth_ids.append(bid)
        locked = False
        if "locked" in columns:
            try:
                locked = read.flag(cells.get(columns["locked"]), field_word("locked"))
            except read.CellProblem as exc:
                problem("locked", exc.message, exc.suggestion)
        if locked and not read.items(cells.get(columns["booths"])):
            problem(
                "locked",
                tr("a locked exhibitor needs a booth"),
                tr("clear the lock or add a booth"),
            )
        sheet_plan[eid] = (tuple(sorted(booth_ids)), locked)
        rows[eid] = r
    if report.problems:
        return project.plan, report
    return _apply_edits(project, exported, sheet_plan, report, sheet, columns, rows)


def _assignments(wb) -> tuple[str | None, int, dict[str, int]]:
    """The sheet whose first row names at least the ID and Booths columns of Assignments."""
    lookup = header_lookup("assignments")
    for ws in wb.worksheets:
        if ws.title == META_SHEET:
            continue
        grid = read_grid(wb, ws.title)
        for r in sorted({r for r, _ in grid.values})[:5]:
            found = {
                lookup[k]: c
                for c, v in grid.row_values(r).items()
                if (k := normalise_key(display(v))) in lookup
            }
            if "id" in found and "booths" in found:
                return ws.title, r, found
    return None, 0, {}


def _apply_edits(
    project: Project,
    exported: dict[str, tuple[tuple[str, ...], bool]],
    sheet_plan: dict[str, tuple[tuple[str, ...], bool]],
    report: PlanImport,
    sheet: str,
    columns: dict[str, int],
    rows: dict[str, int],
) -> tuple[Plan, PlanImport]:
    stands = {e: tuple(b) for e, b in project.plan.stands.items()}
    locked = set(project.plan.locked)
    for eid in sorted(set(exported) | set(sheet_plan)):
        before, was_locked = exported.get(eid, ((), False))
        after, is_locked = sheet_plan.get(eid, ((), False))
        if tuple(sorted(before)) != after:
            report.moves.append(StandEdit(eid, tuple(sorted(before)), after))
            if after:
                stands[eid] = after
            else:
                stands.pop(eid, None)
        if was_locked != is_locked:
            report.locks[eid] = is_locked
            (locked.add if is_locked else locked.discard)(eid)
    holder: dict[str, str] = {}
    moved = {m.exhibitor for m in report.moves}
    for eid in sorted(stands, key=lambda e: (e not in moved, e)):
        for b in stands[eid]:
            if b in holder:
                other = holder[b]
                label = project.booths[b].label
                report.problems.append(
                    Issue(
                        sheet,
                        rows.get(eid, rows.get(other)),
                        columns.get("booths"),
                        "booths",
                        label,
                        tr(
                            "booth {label} would be held by both {first} and {second}",
                            label=label,
                            first=other,
                            second=eid,
                        ),
                        tr(
                            "give each booth to one exhibitor (it may have changed in the "
                            "program since the export)"
                        ),
                    )
                )
            holder.setdefault(b, eid)
    if report.problems:
        return project.plan, report
    try:
        plan = Plan(stands, frozenset(locked & stands.keys()))
    except ModelError as exc:
        report.problems.append(Issue(sheet, None, None, "", None, str(exc)))
        return project.plan, report
    return plan, report
