"""One printed page of the floor plan: a hall drawn by the canvas's own `PlanScene` (so prints
look like the screen), with a title, the dates, a legend and a scale bar around it.

Every output (PDF pages, PNG and SVG panels) paints through `PlanPage.paint`; sizes are given
in millimetres and points and converted with the device's resolution, so a page looks the same
on paper, in an image and in a vector file.

A page speaks its own language (the project's, or the one asked for), which may differ from the
interface's: its texts are marked for lupdate with `QT_TRANSLATE_NOOP` (context "PlanPrint") and
translated with `translate_into(page language, …)`; numbers and dates are formatted for the
page's language too.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextOption

from qods_planner.model import Project
from ui.canvas.scale_bar import nice_length_m
from ui.canvas.scene import PlanScene
from ui.canvas.style import ColorMode, legend_entries
from ui.canvas.text import is_rtl
from ui.i18n import format_date, format_number, interface_font, translate_into

MARGIN_MM = 10.0
HEADER_MM = 16.0
FOOTER_MM = 16.0
LEGEND_ROW_MM = 5.5
LEGEND_POINTS = 8
SWATCH_MM = 4.0
GAP_MM = 1.5
MAP_MARGIN_CM = 80  # floor shown around the hall's walls, so walls and doors are not cut
INK = QColor("#1f2933")
MUTED = QColor("#52606d")


# The page's words, found by lupdate here and translated into the page's language when painted.
DATES = QT_TRANSLATE_NOOP("PlanPrint", "{start} to {end}")
PRINTED = QT_TRANSLATE_NOOP("PlanPrint", "printed {date}")
LENGTH = QT_TRANSLATE_NOOP("PlanPrint", "{length} m")
# The legend's last two entries, as `legend_entries` (context "PlanStyle") names them.
FREE = QT_TRANSLATE_NOOP("PlanStyle", "Free booth")
BLOCKED = QT_TRANSLATE_NOOP("PlanStyle", "Blocked")


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

    def words(self, text: str, context: str = "PlanPrint") -> str:
        """A text marked above, in the page's language (not necessarily the interface's)."""
        return translate_into(self.language, context, text)

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
        entries = self._legend_layout(painter, inner.width(), mm)
        rows = 1 + max((y for _, _, _, y in entries), default=0)
        height = max(FOOTER_MM * mm, rows * LEGEND_ROW_MM * mm + 2 * mm)
        footer = QRectF(inner.left(), inner.bottom() - height, inner.width(), height)
        area = QRectF(
            inner.left(),
            header.bottom() + 2 * mm,
            inner.width(),
            footer.top() - header.bottom() - 4 * mm,
        )
        self._header(painter, header, hall_id, printed)
        scale = self._map(painter, area, hall_id)
        self._legend(painter, footer, mm, entries)
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
                dates = self.words(DATES).format(
                    start=dates, end=format_date(event.end, self.language)
                )
            parts.append(dates)
        parts.append(
            self.words(PRINTED).format(date=format_date(printed.isoformat(), self.language))
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

    def legend_entries(self) -> list[tuple[str, QColor]]:
        """The canvas's legend (sectors in use, then free and blocked booths), every name in
        the page's language: `legend_entries` names its last two in the interface's."""
        *sectors, (_, free), (_, blocked) = legend_entries(
            self.project, ColorMode.SECTOR, self.language
        )
        return [
            *sectors,
            (self.words(FREE, "PlanStyle"), free),
            (self.words(BLOCKED, "PlanStyle"), blocked),
        ]

    def _legend_layout(
        self, painter: QPainter, width: float, mm: float
    ) -> list[tuple[str, QColor, float, int]]:
        """(name, colour, offset from the start edge, row) of every legend entry, in rows no
        wider than 72 % of the page (the scale bar takes the rest)."""
        metrics = QFontMetricsF(self._font(painter, LEGEND_POINTS))
        limit = width * 0.72
        placed: list[tuple[str, QColor, float, int]] = []
        x, row = 0.0, 0
        for name, colour in self.legend_entries():
            block = (SWATCH_MM + 5 * GAP_MM) * mm + metrics.horizontalAdvance(name)
            if x and x + block > limit:
                x, row = 0.0, row + 1
            placed.append((name, colour, x, row))
            x += block
        return placed

    def _legend(
        self,
        painter: QPainter,
        rect: QRectF,
        mm: float,
        entries: list[tuple[str, QColor, float, int]],
    ) -> None:
        """Each entry from the start edge: its swatch, then its name."""
        font = self._font(painter, LEGEND_POINTS)
        metrics = QFontMetricsF(font)
        swatch, gap, row_h = SWATCH_MM * mm, GAP_MM * mm, LEGEND_ROW_MM * mm
        rtl = self.language == "fa"
        for name, colour, x, row in entries:
            y = rect.top() + 1 * mm + row * row_h
            text_w = metrics.horizontalAdvance(name) + gap
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
        label = self.words(LENGTH).format(length=format_number(metres, self.language))
        text = QRectF(x0 - 20 * mm, y0 + height + 0.5 * mm, length + 40 * mm, 5 * mm)
        self._text(painter, text, label, self._font(painter, 8), Qt.AlignmentFlag.AlignHCenter)
