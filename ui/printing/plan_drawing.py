"""Painting a hall's plan onto any QPainter: floor, booths in sector colours, stands, pillars,
fire exits, entrances and the texts a `HallLayout` placed. Reusable outside the printed plan
(letters to exhibitors, the catalogue): `draw_hall_plan` fits a hall into a rectangle and can
highlight some exhibitors' stands.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from qods_planner.model import BoothStatus, Project, Side
from ui.canvas import style
from ui.canvas.booth_text import text_option
from ui.canvas.style import ColorMode, booth_fill
from ui.canvas.venue_items import ENTRANCE, OBSTACLE_LOOK

from .plan_layout import HallLayout, TextBox, door_band, layout_hall
from .units import font, pt

WALL = QColor("#37474f")
DIM = QColor(255, 255, 255, 170)


def fit_scale(
    project: Project, hall_id: str, size_w: float, size_h: float, language: str = "fa"
) -> float:
    """Page units per cm that fit the hall, with room for its entrances' words, in w × h."""
    o = project.halls[hall_id].outline
    bx, by = door_band(language)
    return max(1e-6, min((size_w - 2 * bx) / o.w, (size_h - 2 * by) / o.h))


def draw_hall(
    painter: QPainter,
    project: Project,
    layout: HallLayout,
    window: QRectF | None = None,
    highlight: Iterable[str] = (),
) -> list[TextBox]:
    """Paint hall `layout.hall_id` in hall units (the painter already placed at the hall's
    corner). Only the texts whose box lies wholly inside `window` are drawn (a text cut by a
    sheet's edge is printed whole on the neighbouring sheet); they are returned.
    `highlight`: exhibitor ids whose stands are outlined, the others' dimmed."""
    hall = project.halls[layout.hall_id]
    outline = layout.box(hall.outline)
    painter.save()
    painter.fillRect(outline, style.FLOOR)
    occupants = project.plan.occupants()
    border = QPen(style.BORDER, pt(0.35))
    booths = [b for b in project.booths.values() if b.hall_id == layout.hall_id]
    for booth in booths:
        r = layout.box(booth.rect)
        fill = booth_fill(project, booth, ColorMode.SECTOR, occupants.get(booth.id))
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRect(r)
        if booth.status is BoothStatus.BLOCKED:
            painter.fillRect(r, QBrush(style.HATCH_BLOCKED, Qt.BrushStyle.DiagCrossPattern))
        elif booth.status is BoothStatus.RESERVED:
            painter.fillRect(r, QBrush(style.HATCH_RESERVED, Qt.BrushStyle.BDiagPattern))
    for obstacle in project.obstacles.values():
        if obstacle.hall_id != layout.hall_id:
            continue
        r = layout.box(obstacle.rect)
        fill, hatch = OBSTACLE_LOOK[obstacle.kind]
        painter.fillRect(r, fill)
        if hatch is not None:
            painter.fillRect(r, QBrush(hatch, Qt.BrushStyle.FDiagPattern))
        painter.setPen(QPen(hatch or QColor("#263238"), pt(0.35)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
    lit = set(highlight)
    stand_pen = QPen(style.STAND, pt(0.9))
    stand_pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for eid, ids in layout.stands.items():
        rects = [layout.box(project.booths[b].rect) for b in ids]
        if lit and eid not in lit:
            for r in rects:
                painter.fillRect(r, DIM)
        painter.setPen(stand_pen)
        path = QPainterPath()
        for r in rects:
            path.addRect(r)
        painter.drawPath(path.simplified())
    painter.setPen(QPen(WALL, pt(1.4)))
    painter.drawRect(outline)
    door_pen = QPen(ENTRANCE, pt(3.5))
    door_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(door_pen)
    for door in hall.entrances:
        r = layout.box(door.rect_on(hall.outline))
        if door.side in (Side.TOP, Side.BOTTOM):
            y = r.top() if door.side is Side.TOP else r.bottom()
            painter.drawLine(QLineF(r.left(), y, r.right(), y))
        else:
            x = r.left() if door.side is Side.LEFT else r.right()
            painter.drawLine(QLineF(x, r.top(), x, r.bottom()))
    if lit:
        mark = QPen(style.HIGHLIGHT, pt(2.2))
        painter.setPen(mark)
        for eid in lit & set(layout.stands):
            for b in layout.stands[eid]:
                painter.drawRect(layout.box(project.booths[b].rect))
    drawn = [t for t in layout.texts if window is None or window.contains(t.rect)]
    for text in drawn:
        draw_text(painter, text)
    painter.restore()
    return drawn


def draw_text(painter: QPainter, text: TextBox) -> None:
    painter.setFont(font(text.points, text.bold))
    painter.setPen(text.colour)
    align = Qt.AlignmentFlag.AlignVCenter | (
        Qt.AlignmentFlag.AlignLeft if text.align_start else Qt.AlignmentFlag.AlignHCenter
    )
    # The box is the text's own advance: widen it a hair so rounding never wraps or cuts.
    painter.drawText(
        text.rect.adjusted(-pt(0.5), 0, pt(0.5), 0), text.text, text_option(text.text, align)
    )


def draw_hall_plan(
    painter: QPainter,
    project: Project,
    hall_id: str,
    target: QRectF,
    language: str,
    highlight: Iterable[str] = (),
) -> HallLayout:
    """The whole hall fitted and centred in `target` (page units: call `units.to_page_units`
    on the painter first), with its texts; returns the layout (keys of names that did not
    fit, texts that could not be placed)."""
    scale = fit_scale(project, hall_id, target.width(), target.height(), language)
    layout = layout_hall(project, hall_id, scale, language)
    o = project.halls[hall_id].outline
    painter.save()
    painter.translate(
        QPointF(
            target.center().x() - o.w * scale / 2,
            target.center().y() - o.h * scale / 2,
        )
    )
    draw_hall(painter, project, layout, highlight=highlight)
    painter.restore()
    return layout
