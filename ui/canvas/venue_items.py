"""Halls (outline, entrances, name) and obstacles (pillars, stages, fire exits, services)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from qods_planner.model import Hall, Obstacle, ObstacleKind, Side

from . import style
from .booth_item import cosmetic_pen
from .booth_text import MIN_READABLE_PX, elide, scene_font, text_option

ENTRANCE = QColor("#2e7d32")
OBSTACLE_LOOK = {  # fill, hatch colour (None: solid)
    ObstacleKind.PILLAR: (QColor("#455a64"), None),
    ObstacleKind.STAGE: (QColor(141, 110, 99, 150), None),
    ObstacleKind.FIRE_EXIT: (QColor(255, 205, 210, 160), QColor("#c62828")),
    ObstacleKind.SERVICE: (QColor(207, 216, 220, 180), QColor("#546e7a")),
}


class HallItem(QGraphicsItem):
    """A hall's outline with its entrances as green door marks and its name above it.
    The floor and grid are painted by the scene's background, under everything."""

    Type = QGraphicsItem.UserType + 3
    Z = 1

    def __init__(self, hall_id: str) -> None:
        super().__init__()
        self.hall_id = hall_id
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.outline = QRectF()
        self.name = ""
        self.doors: list[QLineF] = []
        self._font = QFont()
        self.name_rect = QRectF()
        self._option = text_option("", Qt.AlignmentFlag.AlignLeft)
        self.name_text = ""

    def type(self) -> int:
        return self.Type

    def show(self, hall: Hall, name: str, font: QFont, rtl: bool) -> None:
        o = hall.outline
        self.prepareGeometryChange()
        self.outline = QRectF(o.x, o.y, o.w, o.h)
        self.name = name
        self.doors = []
        for door in hall.entrances:
            r = door.rect_on(o)
            if door.side in (Side.TOP, Side.BOTTOM):
                self.doors.append(QLineF(r.x, r.y, r.right, r.y))
            else:
                self.doors.append(QLineF(r.x, r.y, r.x, r.bottom))
        size = max(60.0, min(200.0, o.w * 0.025))
        self._font = scene_font(font, size, bold=True)
        self.name_rect = QRectF(o.x, o.y - size * 1.6, o.w, size * 1.4)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self._option = text_option(name, align | Qt.AlignmentFlag.AlignBottom)
        self.name_text = elide(name, self._font, o.w)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.outline.united(self.name_rect).adjusted(-20, -20, 20, 20)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(cosmetic_pen(QColor("#37474f"), 3))
        painter.drawRect(self.outline)
        painter.setPen(cosmetic_pen(ENTRANCE, 7, flat=True))
        for line in self.doors:
            painter.drawLine(line)
        if self.name_text and self._font.pixelSize() * lod >= MIN_READABLE_PX:
            painter.setPen(QColor("#263238"))
            painter.setFont(self._font)
            painter.drawText(self.name_rect, self.name_text, self._option)


class ObstacleItem(QGraphicsItem):
    """Floor no booth may cover; selectable, so it can be moved and deleted."""

    Type = QGraphicsItem.UserType + 4
    Z = 5

    def __init__(self, obstacle_id: str) -> None:
        super().__init__()
        self.obstacle_id = obstacle_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(self.Z)
        self.kind = ObstacleKind.PILLAR
        self.label = ""
        self._rect = QRectF()
        self._font = QFont()
        self._text = ""
        self._option = text_option("", Qt.AlignmentFlag.AlignCenter)
        self.invalid = False

    def type(self) -> int:
        return self.Type

    def show(self, obstacle: Obstacle, label: str, font: QFont) -> None:
        r = obstacle.rect
        rect = QRectF(0, 0, r.w, r.h)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.setPos(r.x, r.y)
        self.kind, self.label = obstacle.kind, label
        self._font = scene_font(font, max(12.0, min(40.0, min(r.w, r.h) * 0.25)))
        self._text = elide(label, self._font, r.w * 0.9)
        self._option = text_option(self._text, Qt.AlignmentFlag.AlignCenter)
        self.update()

    def set_invalid(self, invalid: bool) -> None:
        if invalid != self.invalid:
            self.invalid = invalid
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        fill, hatch = OBSTACLE_LOOK[self.kind]
        painter.fillRect(self._rect, fill)
        if hatch is not None:
            painter.fillRect(self._rect, QBrush(hatch, Qt.BrushStyle.FDiagPattern))
        if self.invalid:
            painter.fillRect(self._rect, QColor(213, 0, 0, 90))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        colour = style.SELECTED if self.isSelected() else (hatch or QColor("#263238"))
        painter.setPen(cosmetic_pen(colour, 2 if self.isSelected() else 1))
        painter.drawRect(self._rect)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self._text and self._font.pixelSize() * lod >= MIN_READABLE_PX:
            painter.setPen(
                QColor("#ffffff") if self.kind is ObstacleKind.PILLAR else QColor("#212121")
            )
            painter.setFont(self._font)
            painter.drawText(self._rect, self._text, self._option)
