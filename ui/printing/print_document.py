"""The whole print: each hall's plan sheets (tiled when the text needs it), their keys, then
the index of exhibitors. Built once for a paper and orientation; every output (PDF, printer,
preview, PNG, SVG) paints the same pages.

Tiling: with `tiling="auto"` a hall gets the fewest sheets (1, 2, 4, …) at which every booth
label and every stand's name or key number is placed at 6 pt or more; tiles overlap by the
largest stand, so every text is whole on at least one sheet. `tiling="fit"` keeps one sheet
per hall and leaves out the texts that do not fit (`PrintDocument.missing` counts them).
The key list goes beside the plan when it fits there, else on the facing (next) page.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from qods_planner.model import Project
from ui.i18n import format_number

from .flow import Row, Table, flow
from .index import index_rows
from .options import PrintOptions
from .plan_layout import HallLayout, door_band, layout_hall
from .plan_sheet import Sheet
from .print_error import PrintError
from .printed_page import (
    INDEX_TITLE,
    KEY_PAGE_TITLE,
    KEY_PAGE_TITLE_ONE,
    KEY_TABLE_PAGE,
    SHEET,
    ListPage,
    Page,
    larger_text,
    words,
)
from .units import mm

translate = QCoreApplication.translate  # lupdate finds translate("PrintError", …) calls
MAX_SIDE = 6  # sheets along one side of a hall
INDEX_TABLE_SHARES = (0.6, 0.22, 0.18)


@dataclass
class PrintDocument:
    """The pages to print; `missing` lists texts left out (only with `tiling="fit"`)."""

    pages: list[Page] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    layouts: list[HallLayout] = field(default_factory=list)

    def paint(self, painter: QPainter, index: int) -> None:
        """Paint page `index`; the painter is in page units (`units.to_page_units`)."""
        self.pages[index].paint(painter)


def build(project: Project, options: PrintOptions, printed: date | None = None) -> PrintDocument:
    """Lay out every page for `options`."""
    if QApplication.instance() is None:
        raise PrintError(translate("PrintError", "printing needs a running QApplication"))
    if not project.halls:
        raise PrintError(translate("PrintError", "the project has no halls to print"))
    language = options.language or project.event.language
    size = options.page_size()
    printed = printed or date.today()
    doc = PrintDocument()
    if options.plan:
        for hall_id in project.halls:
            _hall_pages(doc, project, hall_id, size, language, options.tiling, printed)
    if options.index:
        doc.pages += index_pages(project, size, language, printed)
    return doc


# -- plan sheets -------------------------------------------------------------------------------
def _overlap_cm(project: Project, hall_id: str) -> tuple[int, int]:
    """The largest stand (or booth) of the hall along x and y, and a metre more."""
    w = h = 0
    booths = project.booths
    for ids in project.plan.stands.values():
        rects = [booths[b].rect for b in ids if b in booths and booths[b].hall_id == hall_id]
        if rects:
            w = max(w, max(r.right for r in rects) - min(r.x for r in rects))
            h = max(h, max(r.bottom for r in rects) - min(r.y for r in rects))
    for b in booths.values():
        if b.hall_id == hall_id:
            w, h = max(w, b.rect.w), max(h, b.rect.h)
    return w + 100, h + 100


def _probe(
    project: Project, hall_id: str, size: QSizeF, language: str, tiled: bool, key_width: float
) -> QRectF:
    """The map area of the hall's sheets: a sheet showing the whole hall has the tallest
    legend any of its tiles can have, so every tile's map fits the area found here."""
    o = project.halls[hall_id].outline
    everything = HallLayout(hall_id, 1.0, language, origin=(o.x, o.y))
    sheet = Sheet(
        size,
        language,
        project=project,
        layout=everything,
        window=QRectF(-1e9, -1e9, 2e9, 2e9),
        count=2 if tiled else 1,
        key_here=bool(key_width),
        key_width=key_width,
    )
    return sheet.map_area()


def _grids():
    pairs = itertools.product(range(1, MAX_SIDE + 1), repeat=2)
    return sorted(pairs, key=lambda p: (p[0] * p[1], abs(p[0] - p[1])))


def _scale(
    o_w: int, o_h: int, ov: tuple[int, int], cols: int, rows: int, area: QRectF, language: str
) -> float:
    bx, by = door_band(language)
    sx = (cols * area.width() - 2 * bx) / (o_w + (cols - 1) * ov[0])
    sy = (rows * area.height() - 2 * by) / (o_h + (rows - 1) * ov[1])
    return max(1e-6, min(sx, sy))


def _choose(
    project: Project, hall_id: str, size: QSizeF, language: str, tiling: str, key_width: float
) -> tuple[int, int, HallLayout]:
    o = project.halls[hall_id].outline
    ov = _overlap_cm(project, hall_id)
    grids = [(1, 1)] if tiling == "fit" else _grids()
    fallback = None
    for cols, rows in grids:
        area = _probe(project, hall_id, size, language, cols * rows > 1, key_width)
        scale = _scale(o.w, o.h, ov, cols, rows, area, language)
        layout = layout_hall(project, hall_id, scale, language, larger_text(size))
        if not layout.missing:
            return cols, rows, layout
        fallback = fallback or (cols, rows, layout)
    return fallback if tiling == "fit" else (cols, rows, layout)  # the largest grid tried


def _windows(
    layout: HallLayout, o_w: int, o_h: int, cols: int, rows: int, ov: tuple[int, int]
) -> list[tuple[int, int, QRectF]]:
    bx, by = door_band(layout.language)
    s = layout.scale
    full = QRectF(-bx, -by, o_w * s + 2 * bx, o_h * s + 2 * by)
    ox, oy = ov[0] * s if cols > 1 else 0.0, ov[1] * s if rows > 1 else 0.0
    tw = (full.width() + (cols - 1) * ox) / cols
    th = (full.height() + (rows - 1) * oy) / rows
    return [
        (c, r, QRectF(full.left() + c * (tw - ox), full.top() + r * (th - oy), tw, th))
        for r in range(rows)
        for c in range(cols)
    ]


def _key_rows(project: Project, layout: HallLayout, window: QRectF) -> list[tuple[str, str, str]]:
    from qods_planner.messages import join

    rows = []
    keyed = {t.owner for t in layout.texts if t.kind == "key" and window.contains(t.rect)}
    for eid, number in sorted(layout.keys.items(), key=lambda kv: kv[1]):
        if eid not in keyed:
            continue
        labels = [project.booths[b].label for b in layout.stands[eid]]
        rows.append(
            (
                format_number(number, layout.language),
                project.exhibitors[eid].name(layout.language),
                join(labels, "comma", layout.language),
            )
        )
    return rows


def _hall_pages(
    doc: PrintDocument,
    project: Project,
    hall_id: str,
    size: QSizeF,
    language: str,
    tiling: str,
    printed: date,
) -> None:
    o = project.halls[hall_id].outline
    ov = _overlap_cm(project, hall_id)
    cols, rows, layout = _choose(project, hall_id, size, language, tiling, 0.0)
    panel = min(max(size.width() * 0.28, mm(55)), mm(95))
    if layout.keys:  # the key beside the plan, when it fits there at the smaller scale
        c2, r2, lay2 = _choose(project, hall_id, size, language, tiling, panel)
        if c2 * r2 <= cols * rows and _keys_fit(
            project, lay2, size, language, o, c2, r2, ov, panel
        ):
            cols, rows, layout = c2, r2, lay2
            return _emit(doc, project, layout, size, language, printed, cols, rows, ov, panel)
    _emit(doc, project, layout, size, language, printed, cols, rows, ov, 0.0)


def _keys_fit(project, layout, size, language, o, cols, rows, ov, panel) -> bool:
    for _, _, window in _windows(layout, o.w, o.h, cols, rows, ov):
        sheet = Sheet(
            size,
            language,
            project=project,
            layout=layout,
            window=window,
            count=cols * rows,
            key_here=True,
            key_width=panel,
            key_rows=_key_rows(project, layout, window),
        )
        if len(sheet.key_flow()) > 1:
            return False
    return True


def _emit(doc, project, layout, size, language, printed, cols, rows, ov, panel) -> None:
    o = project.halls[layout.hall_id].outline
    doc.layouts.append(layout)
    doc.missing += layout.missing
    count = cols * rows
    for c, r, window in _windows(layout, o.w, o.h, cols, rows, ov):
        number = r * cols + c + 1
        neighbours = {}
        if c > 0:
            neighbours["left"] = number - 1
        if c < cols - 1:
            neighbours["right"] = number + 1
        if r > 0:
            neighbours["top"] = number - cols
        if r < rows - 1:
            neighbours["bottom"] = number + cols
        sheet = Sheet(
            size,
            language,
            project=project,
            layout=layout,
            window=window,
            number=number,
            count=count,
            neighbours=neighbours,
            key_rows=_key_rows(project, layout, window),
            key_here=bool(panel),
            key_width=panel,
            printed=printed,
        )
        sheet.overlap = QSizeF(ov[0] * layout.scale, ov[1] * layout.scale)
        doc.pages.append(sheet)
        if not panel and sheet.key_rows:
            hall = project.halls[layout.hall_id].name(language)
            if count > 1:
                sheet_words = words(language, SHEET).format(
                    n=format_number(number, language), count=format_number(count, language)
                )
                title = words(language, KEY_PAGE_TITLE).format(hall=hall, sheet=sheet_words)
            else:
                title = words(language, KEY_PAGE_TITLE_ONE).format(hall=hall)
            probe = ListPage(size, language, project=project, printed=printed)
            for boxes in flow(
                [Row(k) for k in sheet.key_rows], KEY_TABLE_PAGE, probe.body(), probe.rtl
            ):
                doc.pages.append(
                    ListPage(
                        size, language, project=project, title=title, boxes=boxes, printed=printed
                    )
                )


# -- the index ----------------------------------------------------------------------------
def index_pages(project: Project, size: QSizeF, language: str, printed: date) -> list[Page]:

    probe = ListPage(size, language, project=project, printed=printed)
    columns = 2 if size.width() < mm(400) else 3
    table = Table(shares=INDEX_TABLE_SHARES, points=8.0, heading_points=9.5, columns=columns)
    rows = index_rows(project, language)
    title = words(language, INDEX_TITLE)
    return [
        ListPage(size, language, project=project, title=title, boxes=boxes, printed=printed)
        for boxes in flow(rows, table, probe.body(), probe.rtl)
    ]


__all__ = ["PrintDocument", "build", "index_pages"]
