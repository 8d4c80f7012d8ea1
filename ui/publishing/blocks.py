"""Text stacked down a page: titles, wrapped paragraphs and label–value tables as `TextBox`es
(the printed plan's own text unit), right-aligned in Persian, left-aligned in English."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from ui.printing.plan_layout import TextBox, text_size
from ui.printing.units import MIN_TEXT_PT, pt

INK = QColor("#1f2933")
MUTED = QColor("#52606d")
ACCENT = QColor("#0b3954")


def lines(text: str, points: float, bold: bool, width: float) -> list[str]:
    """`text` wrapped on spaces into lines no wider than `width` (a word wider than the line
    stays whole: nothing is cut); its own line breaks are kept."""
    out: list[str] = []
    for para in text.splitlines() or [""]:
        current = ""
        for word in para.split():
            trial = f"{current} {word}" if current else word
            if current and text_size(trial, points, bold)[0] > width:
                out.append(current)
                current = word
            else:
                current = trial
        out.append(current)
    return out


class Stack:
    """Boxes placed from `top` down, between `left` and `right` of a page."""

    def __init__(self, left: float, right: float, top: float, rtl: bool) -> None:
        self.left, self.right, self.y, self.rtl = left, right, top, rtl
        self.boxes: list[TextBox] = []

    @property
    def width(self) -> float:
        return self.right - self.left

    def gap(self, points: float) -> None:
        self.y += pt(points)

    def text(
        self,
        text: str,
        points: float,
        bold: bool = False,
        colour: QColor = INK,
        indent: float = 0.0,
        kind: str = "page",
    ) -> float:
        """A wrapped paragraph; returns its height."""
        points = max(points, MIN_TEXT_PT)
        top = self.y
        width = self.width - indent
        for line in lines(text, points, bold, width):
            w, h = text_size(line or " ", points, bold)
            x = self.right - indent - w if self.rtl else self.left + indent
            if line:
                self.boxes.append(
                    TextBox(line, QRectF(x, self.y, w, h), points, kind, "", bold, colour)
                )
            self.y += h * 1.12
        return self.y - top

    def centred(self, text: str, points: float, bold: bool = False, colour: QColor = INK) -> None:
        """A wrapped paragraph, each line centred."""
        for line in lines(text, points, bold, self.width):
            w, h = text_size(line or " ", points, bold)
            if line:
                x = self.left + (self.width - w) / 2
                self.boxes.append(
                    TextBox(line, QRectF(x, self.y, w, h), points, "page", "", bold, colour)
                )
            self.y += h * 1.12

    def table(
        self,
        headers: tuple[str, ...],
        rows: list[tuple[str, ...]],
        shares: tuple[float, ...],
        points: float,
        bold_last: bool = False,
    ) -> None:
        """A table in reading order (columns run right to left in Persian); the first column
        is aligned to the reading start, the others to the end (numbers line up)."""
        gap = pt(6)
        total = sum(shares)
        widths = [(self.width - gap * (len(shares) - 1)) * s / total for s in shares]
        for r, row in enumerate([headers, *rows]):
            bold = r == 0 or (bold_last and r == len(rows))
            colour = MUTED if r == 0 else INK
            top, bottom, x = self.y, self.y, 0.0
            for c, (cell, width) in enumerate(zip(row, widths, strict=True)):
                y = top
                for line in lines(cell, points, bold, width):
                    w, h = text_size(line or " ", points, bold)
                    start = c == 0
                    if self.rtl:
                        right = self.right - x
                        bx = right - w if start else right - width
                    else:
                        bx = self.left + x if start else self.left + x + width - w
                    if line:
                        self.boxes.append(
                            TextBox(line, QRectF(bx, y, w, h), points, "page", "", bold, colour)
                        )
                    y += h * 1.08
                bottom = max(bottom, y)
                x += width + gap
            self.y = bottom + pt(1.5)

    def facts(self, rows: list[tuple[str, str]], points: float, label_share: float = 0.26) -> None:
        """Label–value rows: the label bold in the first column, the value wrapped beside it."""
        label_w = self.width * label_share
        gap = pt(8)
        value_w = self.width - label_w - gap
        for label, value in rows:
            top = self.y
            w, h = text_size(label, points, True)
            x = self.right - w if self.rtl else self.left
            self.boxes.append(TextBox(label, QRectF(x, top, w, h), points, "page", "", True, MUTED))
            y = top
            for line in lines(value, points, False, value_w):
                vw, vh = text_size(line or " ", points, False)
                vx = self.right - label_w - gap - vw if self.rtl else self.left + label_w + gap
                if line:
                    self.boxes.append(
                        TextBox(line, QRectF(vx, y, vw, vh), points, "page", "", False, INK)
                    )
                y += vh * 1.1
            self.y = max(top + h * 1.1, y) + pt(2)


def measure(text: str, points: float, bold: bool, width: float) -> float:
    """The height `Stack.text` would take."""
    return sum(
        text_size(line or " ", points, bold)[1] * 1.12 for line in lines(text, points, bold, width)
    )
