"""What every printed page shares: its margins and header, the words of its language, and
`Page` (the title block) with `ListPage` (a page of a flowing list: the key, the index).

Each page knows every text it prints as a `TextBox` in page units (`texts()`), painted by
`paint`; the tests check those boxes (sizes, overlaps) and the PDF's own text. Words of the
page's language are marked for lupdate (context "PlanPrint") and translated with
`translate_into`, so a page speaks its language whatever the interface's.
"""

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPainter, QPen

from qods_planner.model import Project
from ui.i18n import format_date, translate_into

from .flow import Table
from .plan_drawing import draw_text
from .plan_layout import TextBox, text_size
from .units import mm, pt

INK = QColor("#1f2933")
MUTED = QColor("#52606d")
MARGIN = mm(10)
HEADER = mm(16)
LEGEND_PT = 7.0
LEGEND_ROW = mm(5)
SWATCH = mm(3.5)
NOTE_BAND = pt(11)  # room outside a tile's map for "continues on sheet n"

DATES = QT_TRANSLATE_NOOP("PlanPrint", "{start} to {end}")
PRINTED = QT_TRANSLATE_NOOP("PlanPrint", "printed {date}")
LENGTH = QT_TRANSLATE_NOOP("PlanPrint", "{length} m")
SHEET = QT_TRANSLATE_NOOP("PlanPrint", "sheet {n} of {count}")
CONTINUES = QT_TRANSLATE_NOOP("PlanPrint", "continues on sheet {n}")
KEY_TITLE = QT_TRANSLATE_NOOP("PlanPrint", "Key to the numbered stands")
KEY_PAGE_TITLE = QT_TRANSLATE_NOOP("PlanPrint", "Key to the numbered stands — {hall}, {sheet}")
KEY_PAGE_TITLE_ONE = QT_TRANSLATE_NOOP("PlanPrint", "Key to the numbered stands — {hall}")
NORTH = QT_TRANSLATE_NOOP("PlanPrint", "N")
PILLAR = QT_TRANSLATE_NOOP("PlanPrint", "Pillar")
FIRE_EXIT = QT_TRANSLATE_NOOP("PlanPrint", "Fire exit")
RESERVED = QT_TRANSLATE_NOOP("PlanPrint", "Reserved")
ENTRANCE = QT_TRANSLATE_NOOP("PlanPrint", "Entrance")
INDEX_TITLE = QT_TRANSLATE_NOOP("PlanPrint", "Index of exhibitors")
FREE = QT_TRANSLATE_NOOP("PlanStyle", "Free booth")
BLOCKED = QT_TRANSLATE_NOOP("PlanStyle", "Blocked")


def larger_text(size: QSizeF) -> float:
    """How much larger a page's largest words may be than on A4: as the paper's short side
    (A3 × 1.4, A2 × 2, A1 × 2.8, A0 × 4). A poster is read from further away."""
    return max(1.0, min(size.width(), size.height()) / mm(210))


def words(language: str, text: str, context: str = "PlanPrint") -> str:
    return translate_into(language, context, text)


def text_box(
    text: str,
    rect: QRectF,
    points: float,
    bold: bool = False,
    colour: QColor = INK,
    start: bool = True,
    kind: str = "page",
) -> TextBox:
    return TextBox(text, rect, points, kind, "", bold, colour, start)


def line_at(
    text: str,
    points: float,
    bold: bool,
    y: float,
    left: float,
    right: float,
    at_right: bool,
    colour: QColor = INK,
) -> TextBox:
    """A one-line text at the left or right end of `left`…`right`, top at `y`."""
    w, h = text_size(text, points, bold)
    x = right - w if at_right else left
    return text_box(text, QRectF(x, y, w, h), points, bold, colour)


def heading_lines(text: str, inner: QRectF, rtl: bool, k: float = 1.0) -> list[TextBox]:
    """The page's title at 14 pt (× `k`), smaller (down to 9 pt) when it is wider than the
    page, and on two lines if it still is."""
    from .plan_layout import wrap

    for points in (14.0 * k, 13.0 * k, 12.0 * k, 11.0 * k, 10.0 * k, 9.0 * k, 9.0):
        if text_size(text, points, True)[0] <= inner.width():
            return [line_at(text, points, True, inner.top(), inner.left(), inner.right(), rtl)]
    lines = wrap(text.split(), 9.0, True, inner.width()) or [text]
    if len(lines) > 2:
        lines = [" ".join(lines[:-1]), lines[-1]]
    out: list[TextBox] = []
    y = inner.top()
    for line in lines:
        out.append(line_at(line, 9.0, True, y, inner.left(), inner.right(), rtl))
        y = out[-1].rect.bottom()
    return out


@dataclass
class Page:
    """A page of `size` (page units) in `language`; `texts` in page coordinates."""

    size: QSizeF
    language: str

    @property
    def rtl(self) -> bool:
        return self.language == "fa"

    @property
    def k(self) -> float:
        """How much larger the page's own words are than on A4 (see `larger_text`)."""
        return larger_text(self.size)

    @property
    def header(self) -> float:
        return HEADER * self.k

    @property
    def inner(self) -> QRectF:
        return QRectF(
            MARGIN, MARGIN, self.size.width() - 2 * MARGIN, self.size.height() - 2 * MARGIN
        )

    def texts(self) -> list[TextBox]:
        raise NotImplementedError

    def paint(self, painter: QPainter) -> None:
        raise NotImplementedError

    def title_texts(self, project: Project, title: str, right: str, printed: date) -> list[TextBox]:
        """The header: the exhibition and the page's subject, the dates, a note at the end."""
        inner, rtl, lang = self.inner, self.rtl, self.language
        event = project.event
        name = event.name_fa if lang == "fa" or not event.name_en else event.name_en
        out = heading_lines(f"{name} — {title}", inner, rtl, self.k)
        below = out[-1].rect.bottom()
        parts = []
        if event.start:
            dates = format_date(event.start, lang)
            if event.end and event.end != event.start:
                dates = words(lang, DATES).format(start=dates, end=format_date(event.end, lang))
            parts.append(dates)
        parts.append(words(lang, PRINTED).format(date=format_date(printed.isoformat(), lang)))
        out.append(
            line_at(
                " · ".join(parts),
                8 * self.k,
                False,
                below,
                inner.left(),
                inner.right(),
                rtl,
                MUTED,
            )
        )
        if right:
            out.append(
                line_at(
                    right,
                    9 * self.k,
                    True,
                    below,
                    inner.left(),
                    inner.right(),
                    not rtl,
                    MUTED,
                )
            )
        return out

    def paint_header_rule(self, painter: QPainter) -> None:
        inner = self.inner
        painter.setPen(QPen(MUTED, pt(0.5)))
        y = inner.top() + self.header - mm(1)
        painter.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y))


@dataclass
class ListPage(Page):
    """A page of a flowing list (the key of a tiled hall's sheet, or the index)."""

    project: Project = None  # type: ignore[assignment]
    title: str = ""
    note: str = ""
    boxes: list[TextBox] = field(default_factory=list)
    printed: date = field(default_factory=date.today)

    def texts(self) -> list[TextBox]:
        return [*self.title_texts(self.project, self.title, self.note, self.printed), *self.boxes]

    def paint(self, painter: QPainter) -> None:
        self.paint_header_rule(painter)
        for text in self.texts():
            draw_text(painter, text)

    def body(self) -> QRectF:
        inner = self.inner
        return QRectF(
            inner.left(),
            inner.top() + self.header + mm(2),
            inner.width(),
            inner.height() - self.header - mm(2),
        )


KEY_TABLE_PANEL = Table(shares=(0.1, 0.62, 0.28), points=7.0, columns=1)
KEY_TABLE_PAGE = Table(shares=(0.1, 0.62, 0.28), points=8.0, columns=3)
