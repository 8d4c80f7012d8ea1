"""The scale bar in the view's corner: a round length in metres and its size on screen."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ..i18n import format_number

TARGET_PX = 120.0


def nice_length_m(px_per_cm: float, target_px: float = TARGET_PX) -> float:
    """The longest length of the form 1, 2 or 5 × 10^k metres drawn no wider than `target_px`."""
    px_per_m = px_per_cm * 100
    raw = target_px / px_per_m
    power = 10 ** math.floor(math.log10(raw))
    for factor in (5, 2, 1):
        if factor * power <= raw:
            return factor * power
    return power  # pragma: no cover - factor 1 always fits


def format_length(metres: float) -> str:
    if metres >= 1000:
        return QCoreApplication.translate("ScaleBar", "{0} km").format(format_number(metres / 1000))
    if metres >= 1:
        return QCoreApplication.translate("ScaleBar", "{0} m").format(format_number(metres))
    return QCoreApplication.translate("ScaleBar", "{0} cm").format(format_number(metres * 100))


class ScaleBar(QWidget):
    """Drawn over the view's bottom-left corner; mouse events pass through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.resize(int(TARGET_PX) + 60, 34)
        self.metres = 1.0
        self.bar_px = 100.0

    def set_scale(self, px_per_cm: float) -> None:
        self.metres = nice_length_m(px_per_cm)
        self.bar_px = self.metres * 100 * px_per_cm
        self.update()

    @property
    def text(self) -> str:
        return format_length(self.metres)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(2, 2, self.bar_px + 16, 30), QColor(255, 255, 255, 200))
        pen = QPen(QColor("#212121"), 2)
        painter.setPen(pen)
        x0, x1, y = 10.0, 10.0 + self.bar_px, 24.0
        painter.drawLine(x0, y, x1, y)
        painter.drawLine(x0, y - 6, x0, y + 3)
        painter.drawLine(x1, y - 6, x1, y + 3)
        painter.drawText(QRectF(x0, 3, self.bar_px, 16), Qt.AlignmentFlag.AlignCenter, self.text)
