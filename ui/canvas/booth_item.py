"""A booth on the canvas: its fill, status hatching, label, selection and rule marks.

The item only shows values the scene gives it (`show`); it never changes the model. Painting
is a few rectangles and, when readable, one short label fitted when the booth last changed.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from qods_planner.model import Booth, BoothStatus

from . import style
from .booth_text import MIN_READABLE_PX, elide, scene_font, text_option


def cosmetic_pen(colour: QColor, width: float, dashed: bool = False, flat: bool = False) -> QPen:
    """A pen whose width is in screen pixels, whatever the zoom. Shared: do not modify it."""
    return _pen(colour.rgba(), width, dashed, flat)


@lru_cache(maxsize=64)
def _pen(rgba: int, width: float, dashed: bool, flat: bool) -> QPen:
    # Painting thousands of items builds pens once, not per item per frame.
    pen = QPen(QColor.fromRgba(rgba), width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    if flat:
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


BLOCKED_BRUSH = QBrush(style.HATCH_BLOCKED, Qt.BrushStyle.DiagCrossPattern)
RESERVED_BRUSH = QBrush(style.HATCH_RESERVED, Qt.BrushStyle.BDiagPattern)
INVALID = QColor(213, 0, 0, 90)
NO_BRUSH = Qt.BrushStyle.NoBrush
BLOCKED, RESERVED = BoothStatus.BLOCKED, BoothStatus.RESERVED


BORDER_PEN = cosmetic_pen(style.BORDER, 1)


class BoothItem(QGraphicsItem):
    """One booth; positioned at the booth's top-left corner, 1 unit = 1 cm."""

    Type = QGraphicsItem.UserType + 1
    Z = 10

    def __init__(self, booth_id: str) -> None:
        super().__init__()
        self.booth_id = booth_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(self.Z)
        self._rect = QRectF()
        self.fill = QColor(style.EMPTY)
        self._brush = QBrush(self.fill)
        self.status = BoothStatus.AVAILABLE
        self.label = ""
        self.label_text = ""  # the label as fitted into the booth
        self._label_font = QFont()
        self._label_px = 0.0
        self._text_colour = QColor("#111111")
        self._label_rect = QRectF()
        self._label_option = text_option("", Qt.AlignmentFlag.AlignLeft)
        self.occupant: str | None = None
        self.violations: list[tuple[str, bool]] = []  # (message, hard)
        self.highlighted = False
        self.invalid = False  # shown red while a drag or resize would be refused
        self.zone: list[QColor] = []  # colours of the sectors the booth is kept for
        self._rtl = False

    def type(self) -> int:
        return self.Type

    # -- state from the scene ----------------------------------------------------------------
    def show(
        self, booth: Booth, fill: QColor, occupant: str | None, font: QFont, rtl: bool
    ) -> None:
        """Take the booth's geometry, label and colour."""
        rect = QRectF(0, 0, booth.rect.w, booth.rect.h)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.setPos(booth.rect.x, booth.rect.y)
        self.fill = QColor(fill)
        self._brush = QBrush(self.fill)
        self.status = booth.status
        self.occupant = occupant
        self.label = booth.label
        size = max(15.0, min(45.0, min(booth.rect.w, booth.rect.h) * 0.18))
        self._label_font = scene_font(font, size)
        self._label_px = float(self._label_font.pixelSize())
        self._text_colour = style.text_colour(self.fill)
        margin = size * 0.35
        self._label_rect = QRectF(margin, margin * 0.6, rect.width() - 2 * margin, size * 1.3)
        self.label_text = elide(booth.label, self._label_font, self._label_rect.width())
        self._rtl = rtl
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self._label_option = text_option(self.label_text, align | Qt.AlignmentFlag.AlignTop)
        self.update()

    def preview_size(self, w: float, h: float) -> None:
        """Show another size while a resize handle is dragged (the model is not touched)."""
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, w, h)
        self.update()

    def set_marks(self, violations: list[tuple[str, bool]], highlighted: bool) -> None:
        if violations != self.violations or highlighted != self.highlighted:
            self.violations = list(violations)
            self.highlighted = highlighted
            self.update()

    def set_zone(self, colours: list[QColor]) -> None:
        """The sectors the booth is kept for (its own zone or its hall's); empty: any."""
        if colours != self.zone:
            self.zone = list(colours)
            self.update()

    def set_invalid(self, invalid: bool) -> None:
        if invalid != self.invalid:
            self.invalid = invalid
            self.update()

    @property
    def hard_violation(self) -> bool:
        return any(hard for _, hard in self.violations)

    # -- painting ----------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self._rect
        painter.setPen(BORDER_PEN)
        painter.setBrush(self._brush)
        painter.drawRect(r)  # fill and border in one call: thousands of booths per frame
        if self.status is BLOCKED:
            painter.fillRect(r, BLOCKED_BRUSH)
        elif self.status is RESERVED:
            painter.fillRect(r, RESERVED_BRUSH)
        if self.invalid:
            painter.fillRect(r, INVALID)
        if self.zone:
            paint_zone(painter, r, self.zone, self._rtl)
        painter.setBrush(NO_BRUSH)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self.violations or self.highlighted or self.isSelected():
            self._paint_marks(painter, max(lod, 1e-6))
        if self.label_text and self._label_px * lod >= MIN_READABLE_PX:
            painter.setPen(self._text_colour)
            painter.setFont(self._label_font)
            painter.drawText(self._label_rect, self.label_text, self._label_option)

    def _paint_marks(self, painter: QPainter, lod: float) -> None:
        r = self._rect
        marks = []
        if self.violations:
            hard = self.hard_violation
            marks.append(cosmetic_pen(style.HARD if hard else style.SOFT, 3, dashed=not hard))
        if self.highlighted:
            marks.append(cosmetic_pen(style.HIGHLIGHT, 3))
        if self.isSelected():
            marks.append(cosmetic_pen(style.SELECTED, 2))
        offset = 0.0  # marks sit side by side inside the border, widths in pixels
        for pen in marks:
            painter.setPen(pen)
            half = (offset + pen.widthF() / 2) / lod
            painter.drawRect(r.adjusted(half, half, -half, -half))
            offset += pen.widthF()


ZONE_EDGE = cosmetic_pen(QColor("#212121"), 1)


def paint_zone(painter: QPainter, r: QRectF, colours: list[QColor], rtl: bool) -> None:
    """A corner triangle striped in the zone's sector colours (bottom corner on the side away
    from the label), edged dark so it shows on a booth of the same colour."""
    side = min(r.width(), r.height()) * 0.42
    x0 = r.left() if rtl else r.right()
    step = -1.0 if not rtl else 1.0  # towards the inside of the booth
    y0 = r.bottom()
    painter.setPen(Qt.PenStyle.NoPen)
    count = len(colours)
    for i, colour in enumerate(colours):
        s = side * (count - i) / count  # nested triangles: the first sector is the outer band
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF([QPointF(x0, y0), QPointF(x0 + step * s, y0), QPointF(x0, y0 - s)])
        )
    painter.setPen(ZONE_EDGE)
    painter.setBrush(NO_BRUSH)
    painter.drawLine(QPointF(x0 + step * side, y0), QPointF(x0, y0 - side))
