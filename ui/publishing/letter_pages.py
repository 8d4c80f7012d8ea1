"""A letter (or a move notice) as printed A4 pages: the event and its days, the title, the
addressee, the body, the stand's facts, the hall's map with the stand outlined (the old stand
dashed, the nearest entrance marked with an arrow), the move-in notes and the contact.
The map is painted by the printed plan's own `layout_hall` and `draw_hall`."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from qods_planner.model import Project, Side
from qods_planner.publishing.letters import HallMap, Letter
from ui.printing import draw_hall, layout_hall
from ui.printing.plan_drawing import draw_text, fit_scale
from ui.printing.plan_layout import TextBox
from ui.printing.printed_page import Page
from ui.printing.units import mm, pt

from .blocks import ACCENT, MUTED, Stack, measure
from .pdf import A4

MARK = QColor("#e65100")
MIN_MAP = mm(70)


@dataclass
class LetterPage(Page):
    """One page of a letter: its texts, and the maps in their rectangles."""

    project: Project = None  # type: ignore[assignment]
    boxes: list[TextBox] = field(default_factory=list)
    maps: list[tuple[QRectF, HallMap, str]] = field(default_factory=list)  # + exhibitor id

    def texts(self) -> list[TextBox]:
        return list(self.boxes)

    def paint(self, painter: QPainter) -> None:
        for box in self.boxes:
            draw_text(painter, box)
        for target, hall_map, eid in self.maps:
            paint_map(painter, self.project, hall_map, target, self.language, eid)


def paint_map(
    painter: QPainter, project: Project, hall_map: HallMap, target: QRectF, language: str, eid: str
) -> None:
    """The hall fitted in `target`: the stand outlined, the old booths dashed, the door
    marked."""
    scale = fit_scale(project, hall_map.hall_id, target.width(), target.height(), language)
    layout = layout_hall(project, hall_map.hall_id, scale, language)
    # Key numbers need the plan's key list, which a letter has not: names only.
    layout.texts = [t for t in layout.texts if t.kind != "key"]
    o = project.halls[hall_map.hall_id].outline
    offset = QPointF(target.center().x() - o.w * scale / 2, target.center().y() - o.h * scale / 2)
    painter.save()
    painter.translate(offset)
    draw_hall(painter, project, layout, highlight=[eid] if hall_map.now else ())
    if hall_map.before:
        pen = QPen(MARK, pt(1.6), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for b in hall_map.before:
            painter.drawRect(layout.box(project.booths[b].rect))
    if hall_map.door is not None:
        hall = project.halls[hall_map.hall_id]
        door = hall.entrances[hall_map.door]
        r = layout.box(door.rect_on(hall.outline))
        _arrow(painter, r, door.side)
    painter.restore()


def _arrow(painter: QPainter, door: QRectF, side: Side) -> None:
    """A thick arrow from outside the wall, slanting in so that it clears the door's word,
    its tip on the door's middle."""
    length, head = mm(7), mm(2.5)
    c = door.center()
    out = {
        Side.TOP: QPointF(0, -1),
        Side.BOTTOM: QPointF(0, 1),
        Side.LEFT: QPointF(-1, 0),
        Side.RIGHT: QPointF(1, 0),
    }[side]
    along = QPointF(abs(out.y()), abs(out.x()))  # along the wall
    slant = QPointF((out.x() + along.x()) * 0.7071, (out.y() + along.y()) * 0.7071)
    half = (door.width() if along.x() else door.height()) / 2
    tip = QPointF(
        c.x() + out.x() * mm(0.8) + along.x() * half * 0.7,
        c.y() + out.y() * mm(0.8) + along.y() * half * 0.7,
    )
    base = QPointF(tip.x() + slant.x() * head, tip.y() + slant.y() * head)
    tail = QPointF(tip.x() + slant.x() * length, tip.y() + slant.y() * length)
    pen = QPen(MARK, pt(3.2))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QLineF(tail, base))
    wing = QPointF(-slant.y() * head * 0.7, slant.x() * head * 0.7)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(MARK)
    painter.drawPolygon(QPolygonF([tip, base + wing, base - wing]))


def letter_pages(project: Project, letter: Letter) -> list[LetterPage]:
    """The letter on one A4 page, or two when its notes leave the map too little room."""
    lang, rtl = letter.language, letter.rtl
    first = LetterPage(A4, lang, project=project)
    inner = first.inner.adjusted(mm(5), mm(2), -mm(5), -mm(2))
    top = Stack(inner.left(), inner.right(), inner.top(), rtl)
    top.text(letter.event, 13, True, ACCENT)
    if letter.dates:
        top.text(letter.dates, 9, False, MUTED)
    top.gap(8)
    top.text(letter.title, 16, True, ACCENT)
    top.gap(4)
    top.text(letter.addressee, 11, True)
    top.gap(4)
    for para in letter.body:
        top.text(para, 10)
        top.gap(2)
    top.gap(4)
    top.facts([(f.label, f.value) for f in letter.facts], 9.5)
    top.gap(6)
    # The notes and the contact go at the foot; the maps take what is left between.
    foot: list[tuple[str, str]] = [
        (t, v)
        for t, v in ((letter.notes_title, letter.notes), (letter.contact_title, letter.contact))
        if v
    ]
    foot_h = sum(
        measure(t, 10, True, inner.width()) + measure(v, 9, False, inner.width()) + pt(6)
        for t, v in foot
    )
    captions = len(letter.maps) * pt(24)
    room = inner.bottom() - top.y - foot_h - captions
    pages = [first]
    if letter.maps and room < MIN_MAP * len(letter.maps):
        second = LetterPage(A4, lang, project=project)
        pages.append(second)
        rest = Stack(inner.left(), inner.right(), inner.top(), rtl)
        _foot(rest, foot)
        second.boxes = rest.boxes
        foot = []
        room = inner.bottom() - top.y - captions
    each = room / max(1, len(letter.maps))
    for hall_map in letter.maps:
        target = QRectF(inner.left(), top.y, inner.width(), each)
        first.maps.append((target, hall_map, letter.exhibitor_id))
        top.y += each + pt(10)
        top.text(hall_map.caption, 8, False, MUTED)
    if foot:
        top.y = inner.bottom() - foot_h
        _foot(top, foot)
    first.boxes = top.boxes
    return pages


def _foot(stack: Stack, parts: list[tuple[str, str]]) -> None:
    for title, text in parts:
        stack.text(title, 10, True, ACCENT)
        stack.text(text, 9)
        stack.gap(4)
