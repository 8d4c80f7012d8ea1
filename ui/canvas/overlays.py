"""Things drawn over the plan while working: resize handles, the rubber band, the rectangle
being drawn and the calibration line."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from . import style
from .booth_item import cosmetic_pen

HANDLE_PX = 8.0  # a handle's size on screen
HANDLES = ("tl", "t", "tr", "r", "br", "b", "bl", "l")  # letters name the edges a handle moves


def handle_points(rect: QRectF) -> dict[str, QPointF]:
    cx, cy = rect.center().x(), rect.center().y()
    return {
        "tl": rect.topLeft(),
        "t": QPointF(cx, rect.top()),
        "tr": rect.topRight(),
        "r": QPointF(rect.right(), cy),
        "br": rect.bottomRight(),
        "b": QPointF(cx, rect.bottom()),
        "bl": rect.bottomLeft(),
        "l": QPointF(rect.left(), cy),
    }


class HandlesItem(QGraphicsItem):
    """Eight square handles around one booth; a fixed size on screen at any zoom."""

    Z = 100

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.target = QRectF()
        self.px_per_cm = 1.0
        self.setVisible(False)

    def set_target(self, rect: QRectF | None) -> None:
        self.prepareGeometryChange()
        self.target = QRectF(rect) if rect is not None else QRectF()
        self.setVisible(rect is not None)

    def set_scale(self, px_per_cm: float) -> None:
        self.prepareGeometryChange()
        self.px_per_cm = max(px_per_cm, 1e-6)

    def _half(self) -> float:
        return HANDLE_PX / 2 / self.px_per_cm

    def handle_at(self, pos: QPointF, slack_px: float = 3.0) -> str | None:
        """The handle under a scene point, if any (a few pixels of slack)."""
        if not self.isVisible():
            return None
        reach = self._half() + slack_px / self.px_per_cm
        for name, p in handle_points(self.target).items():
            if abs(pos.x() - p.x()) <= reach and abs(pos.y() - p.y()) <= reach:
                return name
        return None

    def boundingRect(self) -> QRectF:
        h = self._half() * 2
        return self.target.adjusted(-h, -h, h, h)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        h = self._half()
        painter.setPen(cosmetic_pen(style.SELECTED, 1))
        painter.setBrush(QColor("#ffffff"))
        for p in handle_points(self.target).values():
            painter.drawRect(QRectF(p.x() - h, p.y() - h, 2 * h, 2 * h))


class RubberBand(QGraphicsRectItem):
    """The selection rectangle dragged over empty floor."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(200)
        self.setPen(cosmetic_pen(style.SELECTED, 1, dashed=True))
        self.setBrush(QColor(21, 101, 192, 40))
        self.setVisible(False)


class PreviewRect(QGraphicsRectItem):
    """The booth or obstacle being drawn: blue while it can be placed, red when refused."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(150)
        self.setVisible(False)
        self.valid = True
        self.set_valid(True)

    def set_valid(self, valid: bool) -> None:
        self.valid = valid
        colour = style.SELECTED if valid else style.HARD
        self.setPen(cosmetic_pen(colour, 2, dashed=True))
        fill = QColor(colour)
        fill.setAlpha(50)
        self.setBrush(fill)


class CalibrationLine(QGraphicsLineItem):
    """The segment between the two points clicked to calibrate the background picture."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(300)
        pen = cosmetic_pen(style.HARD, 2)
        self.setPen(pen)
        self.setVisible(False)

    def show_between(self, a: QPointF, b: QPointF) -> None:
        self.setLine(QLineF(a, b))
        self.setVisible(True)
