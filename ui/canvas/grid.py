"""The metre grid on each hall's floor, thinned out as the view zooms out."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter

from . import style
from .booth_item import cosmetic_pen

MIN_GAP_PX = 8.0  # grid lines closer than this on screen are skipped


def grid_steps(px_per_cm: float) -> tuple[int, int]:
    """(minor, major) spacing in cm: 1 m lines with a stronger line every 5 m, widened by
    factors of 5 and 2 while lines would be closer than `MIN_GAP_PX` on screen."""
    minor = 100
    factors = (5, 2)
    i = 0
    while minor * px_per_cm < MIN_GAP_PX:
        minor *= factors[i % 2]
        i += 1
    return minor, minor * 5


def grid_lines(area: QRectF, step: int) -> list[QLineF]:
    """Vertical and horizontal lines every `step` cm (on multiples of it) across `area`."""
    lines: list[QLineF] = []
    x = math.ceil(area.left() / step) * step
    while x <= area.right():
        lines.append(QLineF(x, area.top(), x, area.bottom()))
        x += step
    y = math.ceil(area.top() / step) * step
    while y <= area.bottom():
        lines.append(QLineF(area.left(), y, area.right(), y))
        y += step
    return lines


def paint_floors(
    painter: QPainter,
    exposed: QRectF,
    halls: list[QRectF],
    px_per_cm: float,
    show_grid: bool = True,
) -> None:
    """Fill the exposed canvas, each hall's floor and, inside the halls, the grid."""
    painter.fillRect(exposed, style.CANVAS)
    minor, major = grid_steps(px_per_cm)
    for hall in halls:
        area = hall.intersected(exposed)
        if area.isEmpty():
            continue
        painter.fillRect(area, style.FLOOR)
        if not show_grid:
            continue
        painter.setPen(cosmetic_pen(style.GRID, 1))
        painter.drawLines(grid_lines(area, minor))
        painter.setPen(cosmetic_pen(style.GRID_MAJOR, 1))
        painter.drawLines(grid_lines(area, major))
