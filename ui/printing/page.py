"""One printed page of the floor plan: a hall drawn by the canvas's own `PlanScene` (so prints
look like the screen), with a title, the dates, a legend and a scale bar around it.

Every output (PDF pages, PNG and SVG panels) paints through `PlanPage.paint`; sizes are given
in millimetres and points and converted with the device's resolution, so a page looks the same
on paper, in an image and in a vector file.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextOption

from qods_planner.model import Project
from ui.canvas.scale_bar import nice_length_m
from ui.canvas.scene import PlanScene
from ui.canvas.style import ColorMode, legend_entries
from ui.canvas.text import is_rtl
from ui.i18n import format_date, format_number, interface_font

MARGIN_MM = 10.0
HEADER_MM = 16.0
FOOTER_MM = 16.0
MAP_MARGIN_CM = 80  # floor shown around the hall's walls, so walls and doors are not cut
INK = QColor("#1f2933")
MUTED = QColor("#52606d")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanPrint", text)


class PlanPage:
    """Paints halls of one project in one language; `close()` when done."""

    def __init__(self, project: Project, language: str | None = None) -> None:
        self.project = project
        self.language = language or project.event.language
        self.scene = PlanScene(project)
        self.scene.show_grid = False
        self.scene.setFont(interface_font())
        self.scene.set_mode(ColorMode.SECTOR)
        self.scene.set_language(self.language)  # rebuilds the items with the font set above
        self.scene.clearSelection()

    def close(self) -> None:
        self.scene.detach()
        self.scene.deleteLater()

    # -- geometry --------------------------------------------------------------------------
    @staticmethod
    def px_per_mm(painter: QPainter) -> float:
        return painter.device().logicalDpiX() / 25.4

    def _font(self, painter: QPainter, points: float, bold: bool = False) -> QFont:
        font = interface_font(points, bold=bold)
        # Point sizes follow the device's resolution; keep them exact on every device.
        font.setPixelSize(max(1, round(points / 72 * painter.device().logicalDpiY())))
        return font

    def _text(
        self,
        painter: QPainter,
        rect: QRectF,
        text: str,
        font: QFont,
        align: Qt.AlignmentFlag,
        colour: QColor = INK,
    ) -> None:
        # AlignAbsolute: "right" means the right edge even for right-to-left text.
        option = QTextOption(align | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, text, option)

    @property
    def _start(self) -> Qt.AlignmentFlag:
        """Where lines begin: the right edge in Persian."""
        return Qt.AlignmentFlag.AlignRight if self.language == "fa" else Qt.AlignmentFlag.AlignLeft

    @property
    def _end(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft if self.language == "fa" else Qt.AlignmentFlag.AlignRight

    # -- the page ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, page: QRectF, hall_id: str, printed: date) -> float:
        """Paint hall `hall_id` on `page` (device units); returns the map's scale in device
        units per cm."""
        mm = self.px_per_mm(painter)
        inner = page.adjusted(MARGIN_MM * mm, MARGIN_MM * mm, -MARGIN_MM * mm, -MARGIN_MM * mm)
        header = QRectF(inner.left(), inner.top(), inner.width(), HEADER_MM * mm)
        footer = QRectF(
            inner.left(), inner.bottom() - FOOTER_MM * mm, inner.width(), FOOTER_MM * mm
        )
        area = QRectF(
            inner.left(),
            header.bottom() + 2 * mm,
            inner.width(),
            footer.top() - header.bottom() - 4 * mm,
        )
        self._header(painter, header, hall_id, printed)
        scale = self._map(painter, area, hall_id)
        self._legend(painter, footer, mm)
        self._scale_bar(painter, footer, mm, scale)
        return scale

    def _header(self, painter: QPainter, rect: QRectF, hall_id: str, printed: date) -> None:
        event, hall = self.project.event, self.project.halls[hall_id]
        title = event.name_fa if self.language == "fa" or not event.name_en else event.name_en
        top = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.6)
        bottom = QRectF(rect.left(), top.bottom(), rect.width(), rect.height() * 0.4)
        self._text(
            painter,
            top,
            f"{title} — {hall.name(self.language)}",
            self._font(painter, 16, bold=True),
            self._start,
        )
        parts = []
        if event.start:
            dates = format_date(event.start, self.language)
            if event.end and event.end != event.start:
                dates = _tr("{start} to {end}").format(
                    start=dates, end=format_date(event.end, self.language)
                )
            parts.append(dates)
        parts.append(
            _tr("printed {date}").format(date=format_date(printed.isoformat(), self.language))
        )
        self._text(painter, bottom, " · ".join(parts), self._font(painter, 9), self._start, MUTED)
        painter.setPen(QPen(MUTED, max(1.0, 0.2 * self.px_per_mm(painter))))
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))

    def _map(self, painter: QPainter, area: QRectF, hall_id: str) -> float:
        o = self.project.halls[hall_id].outline
        source = QRectF(o.x, o.y, o.w, o.h)
        item = self.scene.hall_items.get(hall_id)
        if item is not None:  # the hall's name and door marks lie outside its outline
            source = source.united(item.sceneBoundingRect())
        source.adjust(-MAP_MARGIN_CM, -MAP_MARGIN_CM, MAP_MARGIN_CM, MAP_MARGIN_CM)
        scale = min(area.width() / source.width(), area.height() / source.height())
        w, h = source.width() * scale, source.height() * scale
        target = QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)
        self.scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        return scale

    def _legend(self, painter: QPainter, rect: QRectF, mm: float) -> None:
        """Swatches and names in rows from the start edge, leaving room for the scale bar."""
        font = self._font(painter, 8)
        metrics = QFontMetricsF(font)
        swatch, gap, row_h = 4 * mm, 1.5 * mm, 5.5 * mm
        limit = rect.width() * 0.72
        rtl = self.language == "fa"
        x, y = 0.0, rect.top() + 1 * mm
        for name, colour in legend_entries(self.project, ColorMode.SECTOR, self.language):
            text_w = metrics.horizontalAdvance(name) + gap
            width = swatch + gap + text_w + 3 * gap
            if x and x + width > limit:
                x, y = 0.0, y + row_h
            if y + row_h > rect.bottom() + 1:
                break
            # The block runs from the start edge: swatch first, then its name.
            if rtl:
                box = QRectF(rect.right() - x - swatch, y + (row_h - swatch) / 2, swatch, swatch)
                text = QRectF(box.left() - gap - text_w, y, text_w, row_h)
            else:
                box = QRectF(rect.left() + x, y + (row_h - swatch) / 2, swatch, swatch)
                text = QRectF(box.right() + gap, y, text_w, row_h)
            painter.fillRect(box, colour)
            painter.setPen(QPen(INK, max(1.0, 0.15 * mm)))
            painter.drawRect(box)
            self._text(painter, text, name, font, self._start)
            x += width

    def _scale_bar(self, painter: QPainter, rect: QRectF, mm: float, scale: float) -> None:
        """A bar of a round length (1, 2 or 5 × 10ⁿ m) at most 40 mm long, at the end edge."""
        metres = nice_length_m(scale, target_px=40 * mm)
        length = metres * 100 * scale
        height = 2 * mm
        right = self.language != "fa"
        x0 = rect.right() - length - 2 * mm if right else rect.left() + 2 * mm
        y0 = rect.top() + 3 * mm
        steps = 5 if metres >= 5 and math.isclose(metres % 5, 0, abs_tol=1e-9) else 4
        for i in range(steps):
            seg = QRectF(x0 + i * length / steps, y0, length / steps, height)
            painter.fillRect(seg, INK if i % 2 == 0 else QColor("#ffffff"))
        painter.setPen(QPen(INK, max(1.0, 0.2 * mm)))
        painter.drawRect(QRectF(x0, y0, length, height))
        label = _tr("{length} m").format(length=format_number(metres, self.language))
        text = QRectF(x0 - 20 * mm, y0 + height + 0.5 * mm, length + 40 * mm, 5 * mm)
        self._text(painter, text, label, self._font(painter, 8), Qt.AlignmentFlag.AlignHCenter)
