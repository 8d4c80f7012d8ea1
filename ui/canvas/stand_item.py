"""An exhibitor's stand: one outline around all its booths, the name fitted inside, a lock."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from qods_planner.model import Rect

from . import style
from .booth_item import cosmetic_pen
from .booth_text import MIN_READABLE_PX, elide, scene_font, text_option

STAND_PEN = cosmetic_pen(style.STAND, 2)
MIN_NAME_CM = 18.0
MAX_NAME_CM = 80.0


def text_area(rects: list[Rect]) -> Rect:
    """Where the name goes: the stand's rectangle when its booths make one, else its largest
    booth (an L-shaped stand keeps the name inside the floor it covers)."""
    union = rects[0]
    for r in rects[1:]:
        union = union.union(r)
    if sum(r.area for r in rects) == union.area:
        return union
    return max(rects, key=lambda r: (r.area, -r.y, -r.x))


def fitted_size(name: str, base: QFont, width: float, height: float) -> float:
    """The largest font size (cm) at which `name` fits `width`, within the readable bounds."""
    probe = scene_font(base, 100, bold=True)
    advance = QFontMetricsF(probe).horizontalAdvance(name) / 100 or 1.0
    upper = min(MAX_NAME_CM, height * 0.3)
    return max(MIN_NAME_CM, min(upper, width / advance))


class StandItem(QGraphicsItem):
    """The outline and name of one exhibitor's stand; it takes no clicks."""

    Type = QGraphicsItem.UserType + 2
    Z = 20

    def __init__(self, exhibitor_id: str) -> None:
        super().__init__()
        self.exhibitor_id = exhibitor_id
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.booth_ids: tuple[str, ...] = ()
        self.name = ""
        self.name_text = ""  # the name as fitted into the stand
        self.locked = False
        self.colour = QColor(style.EMPTY)
        self._text_colour = style.text_colour(self.colour)
        self._path = QPainterPath()
        self._bounds = QRectF()
        self._text_rect = QRectF()
        self._font = QFont()
        self._option = text_option("", Qt.AlignmentFlag.AlignCenter)
        self._lock_size = 0.0
        self._lock_at = QPointF()
        self._font_px = 0.0
        self._is_rect = False

    def type(self) -> int:
        return self.Type

    def show(
        self,
        booth_ids: tuple[str, ...],
        rects: list[Rect],
        name: str,
        locked: bool,
        colour: QColor,
        font: QFont,
        rtl: bool,
    ) -> None:
        """Take the stand's booths, the exhibitor's name and the lock."""
        self.booth_ids = booth_ids
        self.name, self.locked, self.colour = name, locked, QColor(colour)
        self._text_colour = style.text_colour(self.colour)
        path = QPainterPath()
        for r in rects:
            path.addRect(QRectF(r.x, r.y, r.w, r.h))
        path = path.simplified()
        self.prepareGeometryChange()
        self._path = path
        self._bounds = path.boundingRect()
        area = text_area(rects)
        # A rectangular stand (the usual straight run) is drawn as a rectangle: much cheaper.
        self._is_rect = QRectF(area.x, area.y, area.w, area.h) == self._bounds
        margin = min(area.w, area.h) * 0.06
        self._text_rect = QRectF(area.x + margin, area.y, area.w - 2 * margin, area.h)
        size = fitted_size(name, font, self._text_rect.width(), area.h)
        self._font = scene_font(font, size, bold=True)
        self._font_px = float(self._font.pixelSize())
        self.name_text = elide(name, self._font, self._text_rect.width())
        self._option = text_option(self.name_text, Qt.AlignmentFlag.AlignCenter)
        self._lock_size = max(18.0, min(40.0, min(area.w, area.h) * 0.12))
        corner_x = area.x + margin if rtl else area.right - margin - self._lock_size
        self._lock_at = QPointF(corner_x, area.bottom - margin - self._lock_size * 1.3)
        self.update()

    def set_colour(self, colour: QColor) -> None:
        """The fill under the name (it picks black or white text)."""
        if colour != self.colour:
            self.colour = QColor(colour)
            self._text_colour = style.text_colour(self.colour)
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(STAND_PEN)
        if self._is_rect:
            painter.drawRect(self._bounds)
        else:
            painter.drawPath(self._path)
        if self.name_text and self._font_px * lod >= MIN_READABLE_PX:
            painter.setPen(self._text_colour)
            painter.setFont(self._font)
            painter.drawText(self._text_rect, self.name_text, self._option)
        if self.locked and self._lock_size * lod >= 4:
            self._paint_lock(painter)

    def _paint_lock(self, painter: QPainter) -> None:
        s = self._lock_size
        x, y = self._lock_at.x(), self._lock_at.y()
        painter.setPen(cosmetic_pen(style.STAND, 1.5))
        painter.setBrush(style.STAND)
        painter.drawRect(QRectF(x, y + s * 0.45, s, s * 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(x + s * 0.18, y, s * 0.64, s * 0.9), 0, 180 * 16)
