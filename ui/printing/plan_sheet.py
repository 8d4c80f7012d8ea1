"""The plan sheet: a hall, or one tile of it, with its legend, scale bar, north arrow, the key
of the numbered stands and the notes on where the plan continues.
"""

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from qods_planner.model import BoothStatus, ObstacleKind, Project
from ui.canvas import style
from ui.canvas.scale_bar import nice_length_m
from ui.canvas.venue_items import OBSTACLE_LOOK
from ui.i18n import format_number

from .flow import Row, flow
from .plan_drawing import draw_hall, draw_text
from .plan_layout import HallLayout, TextBox, text_size
from .printed_page import (
    BLOCKED,
    CONTINUES,
    ENTRANCE,
    FIRE_EXIT,
    FREE,
    INK,
    KEY_TABLE_PANEL,
    KEY_TITLE,
    LEGEND_PT,
    LEGEND_ROW,
    LENGTH,
    MUTED,
    NORTH,
    NOTE_BAND,
    PILLAR,
    RESERVED,
    SHEET,
    SWATCH,
    Page,
    line_at,
    text_box,
    words,
)
from .units import mm, pt


@dataclass
class Sheet(Page):
    """One plan sheet: a hall, or the tile `window` of it (hall units) when tiled."""

    project: Project = None  # type: ignore[assignment]
    layout: HallLayout = None  # type: ignore[assignment]
    window: QRectF = field(default_factory=QRectF)
    number: int = 1  # of the hall's sheets
    count: int = 1
    neighbours: dict[str, int] = field(default_factory=dict)  # side → sheet number
    key_rows: list[tuple[str, str, str]] = field(default_factory=list)  # number, name, booths
    key_here: bool = False
    key_width: float = 0.0
    printed: date = field(default_factory=date.today)
    highlight: frozenset[str] = frozenset()
    overlap: QSizeF = field(default_factory=QSizeF)  # shared with each neighbour (x, y)

    # -- geometry ------------------------------------------------------------------------
    def legend(self) -> list[tuple[str, QColor, str]]:
        """(name, colour, kind) of what this sheet shows: its sectors, then the symbols."""
        p, lay = self.project, self.layout
        shown_booths = [
            b
            for b in p.booths.values()
            if b.hall_id == lay.hall_id and self.window.intersects(lay.box(b.rect))
        ]
        occupants = p.plan.occupants()
        sector_ids = {
            p.exhibitors[occupants[b.id]].sector_id
            for b in shown_booths
            if b.id in occupants and occupants[b.id] in p.exhibitors
        }
        out = [
            (s.name(self.language), QColor(s.colour), "swatch")
            for s in p.sectors.values()
            if s.id in sector_ids
        ]
        if any(b.id not in occupants and b.status is not BoothStatus.BLOCKED for b in shown_booths):
            out.append((words(self.language, FREE, "PlanStyle"), style.EMPTY, "swatch"))
        if any(b.status is BoothStatus.BLOCKED for b in shown_booths):
            out.append(
                (
                    words(self.language, BLOCKED, "PlanStyle"),
                    style.STATUS_COLOURS[BoothStatus.BLOCKED],
                    "blocked",
                )
            )
        if any(b.status is BoothStatus.RESERVED for b in shown_booths):
            out.append((words(self.language, RESERVED), QColor("#ffffff"), "reserved"))
        kinds = {
            o.kind
            for o in p.obstacles.values()
            if o.hall_id == lay.hall_id and self.window.intersects(lay.box(o.rect))
        }
        if ObstacleKind.PILLAR in kinds:
            out.append(
                (words(self.language, PILLAR), OBSTACLE_LOOK[ObstacleKind.PILLAR][0], "pillar")
            )
        if ObstacleKind.FIRE_EXIT in kinds:
            out.append(
                (words(self.language, FIRE_EXIT), OBSTACLE_LOOK[ObstacleKind.FIRE_EXIT][0], "fire")
            )
        if p.halls[lay.hall_id].entrances:
            out.append((words(self.language, ENTRANCE), QColor("#2e7d32"), "door"))
        return out

    def _legend_places(self) -> list[tuple[str, QColor, str, QRectF, TextBox]]:
        """Swatch and text of each legend entry, in rows from the start edge of the footer,
        no wider than the footer less the scale bar and north mark."""
        inner, rtl, k = self.inner, self.rtl, self.k
        row_h, swatch_w = LEGEND_ROW * k, SWATCH * k
        limit = inner.width() - mm(75) * k
        rows: list[list[tuple[str, QColor, str, float]]] = [[]]
        x = 0.0
        for name, colour, kind in self.legend():
            w, _ = text_size(name, LEGEND_PT * k)
            block = swatch_w + mm(1.5) * k + w + mm(5) * k
            if x and x + block > limit:
                rows.append([])
                x = 0.0
            rows[-1].append((name, colour, kind, x))
            x += block
        top = inner.bottom() - len(rows) * row_h
        out = []
        for r, row in enumerate(rows):
            y = top + r * row_h
            for name, colour, kind, off in row:
                w, h = text_size(name, LEGEND_PT * k)
                if rtl:
                    swatch = QRectF(
                        inner.right() - off - swatch_w,
                        y + (row_h - swatch_w) / 2,
                        swatch_w,
                        swatch_w,
                    )
                    text = QRectF(swatch.left() - mm(1.5) * k - w, y + (row_h - h) / 2, w, h)
                else:
                    swatch = QRectF(
                        inner.left() + off, y + (row_h - swatch_w) / 2, swatch_w, swatch_w
                    )
                    text = QRectF(swatch.right() + mm(1.5) * k, y + (row_h - h) / 2, w, h)
                out.append((name, colour, kind, swatch, text_box(name, text, LEGEND_PT * k)))
        return out

    def footer_top(self) -> float:
        places = self._legend_places()
        top = min((p[3].top() for p in places), default=self.inner.bottom())
        return min(top, self.inner.bottom() - mm(14) * self.k) - mm(2) * self.k

    def map_area(self) -> QRectF:
        """Where the hall is drawn (less the key panel and the notes band when tiled)."""
        inner = self.inner
        area = QRectF(
            inner.left(),
            inner.top() + self.header,
            inner.width(),
            self.footer_top() - inner.top() - self.header,
        )
        if self.key_here:
            if self.rtl:
                area.setLeft(area.left() + self.key_width + mm(4))
            else:
                area.setRight(area.right() - self.key_width - mm(4))
        if self.count > 1:
            band = NOTE_BAND * self.k
            area.adjust(band, band, -band, -band)
        return area

    def key_area(self) -> QRectF:
        inner = self.inner
        top, bottom = inner.top() + self.header, self.footer_top()
        if self.rtl:
            return QRectF(inner.left(), top, self.key_width, bottom - top)
        return QRectF(inner.right() - self.key_width, top, self.key_width, bottom - top)

    def _offset(self) -> QPointF:
        """Where the window's corner goes on the page (centred in the map area)."""
        area = self.map_area()
        return QPointF(
            area.center().x() - self.window.width() / 2 - self.window.left(),
            area.center().y() - self.window.height() / 2 - self.window.top(),
        )

    def _scale_bar(self) -> tuple[QRectF, TextBox, float]:
        inner = self.inner
        k = self.k
        metres = nice_length_m(self.layout.scale, target_px=mm(40) * k)
        length = metres * 100 * self.layout.scale
        top = self.footer_top() + mm(3) * k
        x0 = inner.left() + mm(14) * k if self.rtl else inner.right() - mm(14) * k - length
        bar = QRectF(x0, top, length, mm(2) * k)
        label = words(self.language, LENGTH).format(length=format_number(metres, self.language))
        w, h = text_size(label, 8 * k)
        text = text_box(label, QRectF(bar.center().x() - w / 2, bar.bottom() + mm(1), w, h), 8 * k)
        return bar, text, metres

    def _north(self) -> tuple[QRectF, TextBox]:
        """The north mark (the drawing's top), at the end of the footer beyond the scale bar."""
        inner = self.inner
        k = self.k
        box = QRectF(
            inner.left() if self.rtl else inner.right() - mm(8) * k,
            self.footer_top() + mm(2) * k,
            mm(8) * k,
            mm(8) * k,
        )
        label = words(self.language, NORTH)
        w, h = text_size(label, 7 * self.k, True)
        text = text_box(
            label, QRectF(box.center().x() - w / 2, box.bottom(), w, h), 7 * self.k, True
        )
        return box, text

    def _notes(self) -> list[TextBox]:
        """ "continues on sheet n" outside each edge that has a neighbour."""
        area = self.map_area()
        out = []
        for side, n in self.neighbours.items():
            label = words(self.language, CONTINUES).format(n=format_number(n, self.language))
            w, h = text_size(label, 7 * self.k)
            band = NOTE_BAND * self.k
            if side == "top":
                r = QRectF(area.center().x() - w / 2, area.top() - band, w, h)
            elif side == "bottom":
                r = QRectF(area.center().x() - w / 2, area.bottom() + band - h, w, h)
            elif side == "left":
                r = QRectF(area.left() - band, area.center().y() - h / 2, w, h)
                out.append(text_box(label, r, 7 * self.k, colour=MUTED, kind="note-left"))
                continue
            else:
                r = QRectF(area.right() + band - w, area.center().y() - h / 2, w, h)
                out.append(text_box(label, r, 7 * self.k, colour=MUTED, kind="note-right"))
                continue
            out.append(text_box(label, r, 7 * self.k, colour=MUTED))
        return out

    def key_boxes(self) -> list[TextBox]:
        """The key list beside the plan: its title, then as many rows as fit."""
        pages = self.key_flow()
        return pages[0] if pages else []

    def key_flow(self) -> list[list[TextBox]]:
        """The key list laid out in the side panel, one list per panel it would fill (the
        plan keeps its key beside it only when that is one)."""
        if not (self.key_here and self.key_rows):
            return []
        area = self.key_area()
        title = line_at(
            words(self.language, KEY_TITLE),
            8.5,
            True,
            area.top(),
            area.left(),
            area.right(),
            self.rtl,
        )
        body = QRectF(
            area.left(),
            title.rect.bottom() + pt(3),
            area.width(),
            area.bottom() - title.rect.bottom() - pt(3),
        )
        pages = flow([Row(r) for r in self.key_rows], KEY_TABLE_PANEL, body, self.rtl)
        pages[0].insert(0, title)
        return pages

    def map_texts(self) -> list[TextBox]:
        offset = self._offset()
        return [
            TextBox(
                t.text,
                t.rect.translated(offset),
                t.points,
                t.kind,
                t.owner,
                t.bold,
                t.colour,
                t.align_start,
            )
            for t in self.layout.texts
            if self.window.contains(t.rect)
        ]

    def texts(self) -> list[TextBox]:
        hall = self.project.halls[self.layout.hall_id].name(self.language)
        sheet = (
            words(self.language, SHEET).format(
                n=format_number(self.number, self.language),
                count=format_number(self.count, self.language),
            )
            if self.count > 1
            else ""
        )
        out = self.title_texts(self.project, hall, sheet, self.printed)
        out += [p[4] for p in self._legend_places()]
        out.append(self._scale_bar()[1])
        out.append(self._north()[1])
        out += self._notes()
        out += self.key_boxes()
        out += self.map_texts()
        return out

    # -- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        self.paint_header_rule(painter)
        offset = self._offset()
        painter.save()
        clip = self.window.translated(offset)
        painter.setClipRect(clip)
        painter.translate(offset)
        draw_hall(painter, self.project, self.layout, self.window, self.highlight)
        painter.restore()
        if self.count > 1:
            self._paint_overlap(painter, clip)
        for _name, colour, kind, swatch, _ in self._legend_places():
            self._paint_symbol(painter, swatch, colour, kind)
        bar, _, metres = self._scale_bar()
        steps = 5 if metres >= 5 and metres % 5 == 0 else 4
        for i in range(steps):
            seg = QRectF(
                bar.left() + i * bar.width() / steps, bar.top(), bar.width() / steps, bar.height()
            )
            painter.fillRect(seg, INK if i % 2 == 0 else QColor("#ffffff"))
        painter.setPen(QPen(INK, pt(0.5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        box, _ = self._north()
        arrow = QPolygonF(
            [
                QPointF(box.center().x(), box.top()),
                QPointF(box.right() - mm(1.5), box.bottom() - mm(1)),
                QPointF(box.center().x(), box.bottom() - mm(2.5)),
                QPointF(box.left() + mm(1.5), box.bottom() - mm(1)),
            ]
        )
        painter.setBrush(INK)
        painter.drawPolygon(arrow)
        if self.key_here and self.key_rows:
            painter.setPen(QPen(MUTED, pt(0.4)))
            key = self.key_area()
            x = key.right() + mm(2) if self.rtl else key.left() - mm(2)
            painter.drawLine(QPointF(x, key.top()), QPointF(x, key.bottom()))
        for text in self.texts():
            if text.kind in ("label", "name", "key", "door", "obstacle"):
                continue  # drawn with the hall, under its clip
            draw_text(painter, text)

    def _paint_overlap(self, painter: QPainter, clip: QRectF) -> None:
        """Dashed lines where the neighbouring sheets begin, and corner marks to trim by."""
        pen = QPen(MUTED, pt(0.6), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ov = self.overlap
        for side in self.neighbours:
            if side == "left":
                x = clip.left() + ov.width()
                painter.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()))
            elif side == "right":
                x = clip.right() - ov.width()
                painter.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()))
            elif side == "top":
                y = clip.top() + ov.height()
                painter.drawLine(QPointF(clip.left(), y), QPointF(clip.right(), y))
            else:
                y = clip.bottom() - ov.height()
                painter.drawLine(QPointF(clip.left(), y), QPointF(clip.right(), y))
        painter.setPen(QPen(INK, pt(0.6)))
        tick = mm(3)
        for corner in (clip.topLeft(), clip.topRight(), clip.bottomLeft(), clip.bottomRight()):
            dx = -tick if corner.x() == clip.left() else tick
            dy = -tick if corner.y() == clip.top() else tick
            painter.drawLine(corner, QPointF(corner.x() + dx, corner.y()))
            painter.drawLine(corner, QPointF(corner.x(), corner.y() + dy))

    def _paint_symbol(self, painter: QPainter, r: QRectF, colour: QColor, kind: str) -> None:
        painter.setPen(QPen(INK, pt(0.4)))
        painter.setBrush(colour)
        if kind == "door":
            pen = QPen(colour, pt(3))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
            return
        painter.drawRect(r)
        if kind == "blocked":
            painter.fillRect(r, QBrush(style.HATCH_BLOCKED, Qt.BrushStyle.DiagCrossPattern))
        elif kind == "reserved":
            painter.fillRect(r, QBrush(style.HATCH_RESERVED, Qt.BrushStyle.BDiagPattern))
        elif kind == "fire":
            painter.fillRect(r, QBrush(QColor("#c62828"), Qt.BrushStyle.FDiagPattern))
