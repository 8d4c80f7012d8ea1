"""`export_workbook(project, path)`: the plan as a workbook for exhibitors, venue and press.

Sheets: Assignments, Booths, By sector, Waitlist (with reasons), Changes since the published
plan, the Fair order (the fairness certificate), one floor-plan sheet per hall, the space
report (`space_sheet`), and the hidden `_qods` sheet (format, version, project id, time, and
the exported plan by ids) that lets an edited export be read back
(`import_plan_from_export`). Sheets are right-to-left when the project's language is Persian.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import UTC, datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from ...layout import layout_of
from ...messages.digits import format_number
from ...model import Project
from .filemode import mode_for, resolve_target
from .floorplan import draw_hall
from .labels import (
    COLUMNS,
    FORMAT,
    FORMAT_VERSION,
    META_SHEET,
    SHEETS,
    headers,
    pick,
    sheet_title,
    word,
)
from .rows import Rows
from .space_sheet import SHEET_TITLE as SPACE_TITLE
from .space_sheet import write_space_sheet
from .tables import write_table

TEXT_KEYS = {"name", "name_fa", "name_en", "sector", "occupant", "reason", "why", "asked", "holder"}
LATIN_KEYS = {"name_en"}  # Latin text in a Persian sheet (see `write_table`)
TABLES = (  # key (also the `Rows` method), table name (ASCII, unique in the workbook)
    ("assignments", "Assignments"),
    ("booths", "Booths"),
    ("by_sector", "BySector"),
    ("waitlist", "Waitlist"),
    ("changes", "Changes"),
    ("fairness", "FairOrder"),
)


def build_workbook(
    project: Project, *, language: str | None = None, now: datetime | None = None
) -> Workbook:
    """The export as an openpyxl workbook (see the module doc)."""
    lang = language or project.event.language
    rows = Rows(project, layout_of(project), lang)
    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the new workbook's empty sheet
    taken: set[str] = set()
    for key, name in TABLES:
        ws = wb.create_sheet(sheet_title(pick(SHEETS[key], lang), taken))
        centred = [i for i, (k, _, _) in enumerate(COLUMNS[key], start=1) if k not in TEXT_KEYS]
        latin = [i for i, (k, _, _) in enumerate(COLUMNS[key], start=1) if k in LATIN_KEYS]
        write_table(ws, name, headers(key, lang), getattr(rows, key)(), lang, centred, latin)
    count = format_number(rows.inversions, lang)
    _note(
        wb[sheet_title_of(wb, "fairness", lang)],
        word("inversions", lang).format(n=count),
        COLUMNS["fairness"],
    )
    if project.baseline is None:
        _note(
            wb[sheet_title_of(wb, "changes", lang)], word("no_baseline", lang), COLUMNS["changes"]
        )
    for hall in project.halls.values():
        title = sheet_title(f"{pick(SHEETS['plan'], lang)} - {hall.name(lang)}", taken)
        draw_hall(wb.create_sheet(title), project, hall, lang)
    write_space_sheet(wb.create_sheet(sheet_title(SPACE_TITLE[lang], taken)), project, lang)
    _meta(wb, project, lang, now or datetime.now(UTC))
    wb.active = 0
    return wb


def _note(ws: Worksheet, text: str, columns: tuple) -> None:
    """A sentence a row under a table, wrapped across the table's width (so it is printed
    whole)."""
    row = ws.max_row + 2
    ws.cell(row, 1, text).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=len(columns))


def sheet_title_of(wb: Workbook, key: str, language: str) -> str:
    return next(t for t in wb.sheetnames if t.startswith(pick(SHEETS[key], language)[:31]))


def _meta(wb: Workbook, project: Project, language: str, now: datetime) -> None:
    """The hidden sheet: key/value lines, then the exported plan by ids."""
    ws = wb.create_sheet(META_SHEET)
    ws.append(["format", FORMAT])
    ws.append(["format_version", FORMAT_VERSION])
    ws.append(["project_id", project.id])
    ws.append(["exported_at", now.isoformat(timespec="seconds")])
    ws.append(["language", language])
    ws.append([])
    ws.append(["exhibitor", "booths", "locked"])
    for eid, stand in project.plan.stands.items():
        ws.append([eid, " ".join(stand), 1 if eid in project.plan.locked else 0])
    ws.sheet_state = "hidden"


def export_workbook(
    project: Project,
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    now: datetime | None = None,
) -> None:
    """Write the export to `path` atomically (a temporary file in the same folder, then one
    rename), so a failed export never leaves a half-written workbook behind. Like project
    saves, it writes through a symbolic link and keeps an existing file's permissions; a new
    file gets the user's usual ones (see `filemode`)."""
    target = resolve_target(path)
    wb = build_workbook(project, language=language, now=now)
    mode = mode_for(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
