"""Colour swatches for sector colours in lists, combo boxes and headers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


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
