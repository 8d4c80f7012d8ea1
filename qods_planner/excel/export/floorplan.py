"""A hall drawn with cells: a plan people can print from Excel.

Each cell is a square of `unit` cm (the largest of 50 cm multiples that divides the geometry,
made coarser until the hall is at most `MAX_COLUMNS` wide). A booth is one merged range filled
with its exhibitor's sector colour (white when free, grey when blocked), showing the booth
label and the exhibitor's name; obstacles are grey, entrances are marked in the margin. The
sheet stays left-to-right in Persian too: mirroring it would mirror the hall.
"""

from __future__ import annotations

import math
from functools import lru_cache, reduce

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ...default_sectors import text_colour
from ...messages import Message, render
from ...model import BoothStatus, Hall, ObstacleKind, Project, Rect
from ...model.geometry import Side as HallSide
from ..sheetstyle import FONT, page_setup
from .labels import word

MAX_COLUMNS = 120
MIN_UNIT_CM = 50
TOP = 4  # rows above the hall: title, subtitle, scale, margin
LEFT = 2  # columns left of the hall: one spare, one margin
EDGE = Side(style="medium", color="FF263238")
WALL = Side(style="thick", color="FF000000")
FREE_FILL = "#FFFFFF"
BLOCKED_FILL = "#BDBDBD"
OBSTACLE_FILL = "#9E9E9E"
RLM = "\u200f"  # right-to-left mark


def cell_unit(project: Project, hall: Hall) -> int:
    """Centimetres per cell for `hall` (see module doc)."""
    ox, oy = hall.outline.x, hall.outline.y
    numbers = [hall.outline.w, hall.outline.h]
    for b in project.booths_in(hall.id):
        numbers += [b.rect.x - ox, b.rect.y - oy, b.rect.w, b.rect.h]
    unit = reduce(math.gcd, [abs(n) for n in numbers if n], 0) or 100
    unit = max(MIN_UNIT_CM, unit - unit % MIN_UNIT_CM) if unit >= MIN_UNIT_CM else MIN_UNIT_CM
    while hall.outline.w / unit > MAX_COLUMNS or hall.outline.h / unit > MAX_COLUMNS * 2:
        unit += MIN_UNIT_CM
    return unit


@lru_cache(maxsize=256)
def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", start_color="FF" + colour.lstrip("#").upper())


def _cells(rect: Rect, hall: Hall, unit: int) -> tuple[int, int, int, int]:
    """(first row, first column, last row, last column) covering `rect`."""
    x0 = round((rect.x - hall.outline.x) / unit)
    y0 = round((rect.y - hall.outline.y) / unit)
    x1 = max(x0 + 1, round((rect.right - hall.outline.x) / unit))
    y1 = max(y0 + 1, round((rect.bottom - hall.outline.y) / unit))
    return TOP + 1 + y0, LEFT + 1 + x0, TOP + y1, LEFT + x1


@lru_cache(maxsize=512)
def _border(left: Side | None, right: Side | None, top: Side | None, bottom: Side | None) -> Border:
    # openpyxl compares a new style with every style in the workbook: reuse the few we need.
    return Border(left=left, right=right, top=top, bottom=bottom)


def _box(ws: Worksheet, r0: int, c0: int, r1: int, c1: int, side: Side) -> None:
    """Draw `side` around the cells r0..r1 × c0..c1 (only the cells on its edge change)."""
    edge = {(r, c) for r in (r0, r1) for c in range(c0, c1 + 1)}
    edge |= {(r, c) for r in range(r0, r1 + 1) for c in (c0, c1)}
    for r, c in edge:
        cell = ws.cell(r, c)
        old = cell.border
        cell.border = _border(
            side if c == c0 else old.left,
            side if c == c1 else old.right,
            side if r == r0 else old.top,
            side if r == r1 else old.bottom,
        )


def draw_hall(ws: Worksheet, project: Project, hall: Hall, language: str) -> int:
    """Draw `hall` on the empty sheet `ws`; returns the cell size in cm."""
    unit = cell_unit(project, hall)
    cols = math.ceil(hall.outline.w / unit)
    rows = math.ceil(hall.outline.h / unit)
    ws.sheet_view.rightToLeft = False
    ws.sheet_view.showGridLines = False
    for c in range(1, LEFT + cols + 3):
        ws.column_dimensions[get_column_letter(c)].width = 2.6
    for r in range(TOP + 1, TOP + rows + 3):
        ws.row_dimensions[r].height = 17
    event = project.event
    title = event.name_fa if language == "fa" or not event.name_en else event.name_en
    start = Alignment(horizontal="left")  # grow rightwards even for right-to-left text
    head = ws.cell(1, LEFT + 1, f"{title} — {hall.name(language)}")
    head.font = Font(name=FONT, size=14, bold=True)
    head.alignment = start
    size = Message.of(
        "{width:g} × {depth:g} m · each cell = {cell:g} m",
        width=hall.outline.w / 100,
        depth=hall.outline.h / 100,
        cell=unit / 100,
    )
    # The sheet is left to right and the Persian line starts with Persian digits, which a
    # left-to-right cell would put first on the left: a right-to-left mark keeps its order.
    sub = ws.cell(2, LEFT + 1, (RLM if language == "fa" else "") + size.render(language))
    sub.font = Font(name=FONT, size=9, color="FF555555")
    sub.alignment = start

    used: set[tuple[int, int]] = set()
    small = Font(name=FONT, size=7)
    for ob in project.obstacles.values():
        if ob.hall_id != hall.id:
            continue
        r0, c0, r1, c1 = _cells(ob.rect, hall, unit)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                ws.cell(r, c).fill = _fill(OBSTACLE_FILL)
        # A label goes only where it fits inside the obstacle's own cells (a pillar is one
        # cell: it is named by its colour in the legend, not by words spilling over booths).
        label = ob.label if ob.label and fits_cells(ob.label, r1 - r0 + 1, c1 - c0 + 1) else ""
        if label and (r1 > r0 or c1 > c0) and not _taken(used, r0, c0, r1, c1):
            ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
            used |= _span(r0, c0, r1, c1)
        cell = ws.cell(r0, c0, label or None)
        cell.font = small
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    occupants = project.plan.occupants()
    for booth in sorted(project.booths_in(hall.id), key=lambda b: b.label):
        r0, c0, r1, c1 = _cells(booth.rect, hall, unit)
        eid = occupants.get(booth.id)
        ex = project.exhibitors.get(eid) if eid else None
        sector = project.sectors.get(ex.sector_id) if ex else None
        if booth.status is BoothStatus.BLOCKED:
            colour = BLOCKED_FILL
        elif sector is not None:
            colour = sector.colour
        else:
            colour = FREE_FILL
        ink = "FF" + text_colour(colour).lstrip("#").upper()
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                ws.cell(r, c).fill = _fill(colour)
        text = booth.label
        if ex is not None:
            text += "\n" + ex.name(language)
        elif booth.status is not BoothStatus.AVAILABLE:
            text += "\n" + word(booth.status.value, language)
        if (r1 > r0 or c1 > c0) and not _taken(used, r0, c0, r1, c1):
            ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
            used |= _span(r0, c0, r1, c1)
        cell = ws.cell(r0, c0, text)
        cell.font = Font(name=FONT, size=7, color=ink, bold=ex is not None)
        cell.alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True, shrink_to_fit=False
        )
        _box(ws, r0, c0, r1, c1, EDGE)

    _box(ws, TOP + 1, LEFT + 1, TOP + rows, LEFT + cols, WALL)  # last: the walls stay thick
    _entrances(ws, hall, unit, rows, cols, language, used)
    _legend(ws, project, hall, TOP + rows + 3, language)
    page_setup(ws, title_rows=None, fit_height=True)
    ws.print_area = f"A1:{get_column_letter(LEFT + cols + 2)}{ws.max_row}"
    return unit


CHARS_PER_COLUMN = 2.6 * 1.3  # a 7 pt character is narrower than the width unit's 11 pt one


def fits_cells(text: str, rows: int, columns: int) -> bool:
    """True when `text` at 7 pt, wrapped on spaces, stays inside rows × columns cells."""
    width = CHARS_PER_COLUMN * columns
    lines, current = 1, 0
    for word_ in text.split():
        if len(word_) > width:
            return False
        if current and current + 1 + len(word_) > width:
            lines, current = lines + 1, len(word_)
        else:
            current += (1 if current else 0) + len(word_)
    return lines <= rows


def _span(r0: int, c0: int, r1: int, c1: int) -> set[tuple[int, int]]:
    return {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}


def _taken(used: set[tuple[int, int]], r0: int, c0: int, r1: int, c1: int) -> bool:
    """True when a range would overlap one merged before (rounding can make that happen;
    overlapping merges make Excel repair the file)."""
    return bool(used & _span(r0, c0, r1, c1))


def _entrances(
    ws: Worksheet,
    hall: Hall,
    unit: int,
    rows: int,
    cols: int,
    language: str,
    used: set[tuple[int, int]],
) -> None:
    mark = Font(name=FONT, size=7, bold=True, color="FF1B5E20")
    fill = _fill("#C8E6C9")
    for door in hall.entrances:
        start = round(door.offset / unit)
        end = max(start + 1, round((door.offset + door.width) / unit))
        if door.side in (HallSide.TOP, HallSide.BOTTOM):
            r = TOP if door.side is HallSide.TOP else TOP + rows + 1
            c0, c1 = LEFT + 1 + start, LEFT + min(end, cols)
            span = (r, c0, r, c1)
        else:
            c = LEFT if door.side is HallSide.LEFT else LEFT + cols + 1
            r0, r1 = TOP + 1 + start, TOP + min(end, rows)
            span = (r0, c, r1, c)
        for r in range(span[0], span[2] + 1):
            for c in range(span[1], span[3] + 1):
                ws.cell(r, c).fill = fill
        if (span[0] != span[2] or span[1] != span[3]) and not _taken(used, *span):
            ws.merge_cells(
                start_row=span[0], start_column=span[1], end_row=span[2], end_column=span[3]
            )
            used |= _span(*span)
        cell = ws.cell(span[0], span[1], word("entrance", language))
        cell.font = mark
        cell.alignment = Alignment(
            horizontal="center",
            vertical="center",
            text_rotation=90 if span[1] == span[3] and span[0] != span[2] else 0,
        )


def obstacle_kind_name_in(kind: ObstacleKind, language: str) -> str:
    words = {
        ObstacleKind.PILLAR: "pillar",
        ObstacleKind.STAGE: "stage",
        ObstacleKind.FIRE_EXIT: "fire exit",
        ObstacleKind.SERVICE: "service",
    }
    return render(words[kind], {}, language)


def _legend(ws: Worksheet, project: Project, hall: Hall, row: int, language: str) -> None:
    """Sector swatches (only sectors present in this hall), then free and blocked."""
    occupants = project.plan.occupants()
    present: list[str] = []
    for b in project.booths_in(hall.id):
        ex = project.exhibitors.get(occupants.get(b.id, ""))
        if ex and ex.sector_id in project.sectors and ex.sector_id not in present:
            present.append(ex.sector_id)
    order = [s for s in project.sectors if s in present]
    head = ws.cell(row, LEFT + 1, word("legend", language))
    head.font = Font(name=FONT, bold=True, size=9)
    head.alignment = Alignment(horizontal="left")
    entries = [(project.sectors[s].name(language), project.sectors[s].colour) for s in order]
    entries += [(word("free", language), FREE_FILL), (word("blocked", language), BLOCKED_FILL)]
    kinds = {o.kind for o in project.obstacles.values() if o.hall_id == hall.id}
    if kinds:
        names = [obstacle_kind_name_in(k, language) for k in sorted(kinds, key=lambda k: k.value)]
        entries.append(("، ".join(names) if language == "fa" else ", ".join(names), OBSTACLE_FILL))
    per_line = 3
    for i, (name, colour) in enumerate(entries):
        r = row + 1 + i // per_line
        c = LEFT + 1 + (i % per_line) * 14
        swatch = ws.cell(r, c)
        swatch.fill = _fill(colour)
        swatch.border = Border(left=EDGE, right=EDGE, top=EDGE, bottom=EDGE)
        text = ws.cell(r, c + 1, name)
        text.font = Font(name=FONT, size=8)
        text.alignment = Alignment(horizontal="left")
