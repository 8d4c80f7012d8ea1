"""Colour swatches for sector colours in lists, combo boxes and headers, and the legend's
pictures of the plan's marks (a zone's corner, a choice's badge)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF


def colour_icon(colour: str | QColor, size: int = 14) -> QIcon:
    """A square of `colour` with a thin dark border."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.fillRect(0, 0, size, size, QColor(colour))
    painter.setPen(QColor(0, 0, 0, 110))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def zone_icon(colour: str | QColor, size: int = 16) -> QIcon:
    """A pale booth with a coloured corner triangle: how the plan marks a zoned booth."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.fillRect(0, 0, size, size, QColor("#f5f5f5"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    side = size * 0.55
    painter.drawPolygon(
        QPolygonF([QPointF(size, size), QPointF(size - side, size), QPointF(size, size - side)])
    )
    painter.setPen(QColor(0, 0, 0, 110))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def badge_icon(colour: str | QColor, text: str, size: int = 16) -> QIcon:
    """A filled circle with a short white text: how the plan numbers booth choices."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(0, 0, size - 1, size - 1)
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(max(1, int(size * 0.65)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)
