"""Lists that flow down columns and over pages: the key list and the index of exhibitors.

A row's cells wrap on spaces (a name is never cut with "…", so every name can be found
whole in the PDF's text); Persian rows run right to left, columns too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from .plan_drawing import draw_text
from .plan_layout import TextBox, text_size, wrap
from .units import pt

INK = QColor("#1f2933")
HEADING = QColor("#0b3954")


@dataclass(frozen=True, slots=True)
class Row:
    """`cells` in reading order; a heading is one bold cell across the column."""

    cells: tuple[str, ...]
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """Column shares of a list column's width (in reading order) and the text size."""

    shares: tuple[float, ...]
    points: float = 7.0
    heading_points: float = 8.5
    columns: int = 2  # list columns side by side on a page
    gutter_pt: float = 12.0


def _lines(text: str, points: float, bold: bool, width: float) -> list[str]:
    words = text.split() or [""]
    lines = wrap(words, points, bold, width)
    if lines is not None:
        return lines
    out: list[str] = []  # more than three lines: as many as it takes, never cut
    for word in words:
        if out and text_size(f"{out[-1]} {word}", points, bold)[0] <= width:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _row_boxes(
    row: Row, table: Table, x: float, width: float, y: float, rtl: bool
) -> tuple[list[TextBox], float]:
    """The row's texts from the top `y` of a list column at `x`…`x + width`; its height."""
    boxes: list[TextBox] = []
    if row.heading:
        points, bold = table.heading_points, True
        lines = _lines(row.cells[0], points, bold, width)
        _, h = text_size(lines[0], points, bold)
        top = y + pt(2)
        for i, line in enumerate(lines):
            w, _ = text_size(line, points, bold)
            left = x + width - w if rtl else x
            boxes.append(
                TextBox(line, QRectF(left, top + i * h, w, h), points, "heading", "", True, HEADING)
            )
        return boxes, pt(2) + h * len(lines) + pt(1)
    points = table.points
    gap = pt(4)
    cell_x = 0.0
    height = 0.0
    total = sum(table.shares)
    for i, (text, share) in enumerate(zip(row.cells, table.shares, strict=True)):
        cell_w = (width - gap * (len(table.shares) - 1)) * share / total
        bold = i == 0 and len(row.cells) == 3 and text.strip() != "" and table.shares[0] < 0.15
        lines = _lines(text, points, bold, cell_w)
        _, h = text_size(lines[0], points, bold)
        for j, line in enumerate(lines):
            w, _ = text_size(line, points, bold)
            left = x + width - cell_x - w if rtl else x + cell_x
            boxes.append(TextBox(line, QRectF(left, y + j * h, w, h), points, "row", "", bold, INK))
        height = max(height, h * len(lines))
        cell_x += cell_w + gap
    return boxes, height + pt(0.8)


def flow(
    rows: list[Row], table: Table, region: QRectF, rtl: bool, first: QRectF | None = None
) -> list[list[TextBox]]:
    """The rows laid out in `table.columns` list columns per page: one list of texts per
    page. The first page may have its own region (`first`, below a title)."""
    pages: list[list[TextBox]] = []
    index = 0
    while index < len(rows):
        area = first if (first is not None and not pages) else region
        gutter = pt(table.gutter_pt)
        col_w = (area.width() - gutter * (table.columns - 1)) / table.columns
        page: list[TextBox] = []
        for c in range(table.columns):
            x = (
                area.right() - (c + 1) * col_w - c * gutter
                if rtl
                else area.left() + c * (col_w + gutter)
            )
            y = area.top()
            while index < len(rows):
                boxes, h = _row_boxes(rows[index], table, x, col_w, y, rtl)
                last_heading = rows[index].heading and index + 1 < len(rows)
                need = h
                if last_heading:  # a heading is not left alone at a column's foot
                    _, nh = _row_boxes(rows[index + 1], table, x, col_w, y + h, rtl)
                    need += nh
                if y + need > area.bottom() and y > area.top():
                    break
                page.extend(boxes)
                y += h
                index += 1
        pages.append(page)
        if not page:  # a row taller than a page: give up rather than loop
            break
    return pages


def paint(painter: QPainter, boxes: list[TextBox]) -> None:
    for box in boxes:
        draw_text(painter, box)
