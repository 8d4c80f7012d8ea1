"""The booth choices of one exhibitor on the plan: a numbered badge (1 = its first choice) in
a corner of each chosen booth, a fixed size on screen at any zoom.

The badges follow one exhibitor (`follow`, usually the one selected in the exhibitors table)
and re-read its choices after every project change; `preview` shows a list being picked on
the plan instead, until it is given None.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from qods_planner.model import Project

from ..i18n import format_number
from .booth_item import cosmetic_pen

BADGE_PX = 20.0  # a badge's diameter on screen
BADGE_FILL = QColor("#6a1b9a")
BADGE_TEXT = QColor("#ffffff")


class ChoiceBadges(QGraphicsItem):
    """Numbered circles over the chosen booths (top corner on the side away from the label)."""

    Z = 90  # above booths and stand names, under the handles

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.owner: str | None = None
        self.previewed: list[str] | None = None
        self.badges: list[tuple[QRectF, int]] = []  # booth rectangle, choice number
        self.booth_ids: list[str] = []
        self.rtl = False
        self.px_per_cm = 1.0
        self.setVisible(False)

    # -- what is shown -----------------------------------------------------------------------
    def follow(self, project: Project, exhibitor_id: str | None) -> None:
        """Show `exhibitor_id`'s choices (None: none)."""
        self.owner = exhibitor_id
        self.previewed = None
        self.refresh(project)

    def preview(self, project: Project, booth_ids: list[str] | None) -> None:
        """Show these booths numbered in order (a list being picked); None goes back to the
        followed exhibitor's choices."""
        self.previewed = list(booth_ids) if booth_ids is not None else None
        self.refresh(project)

    def refresh(self, project: Project) -> None:
        ex = project.exhibitors.get(self.owner or "")
        ids = self.previewed if self.previewed is not None else list(ex.choices if ex else ())
        self.prepareGeometryChange()
        self.booth_ids = [b for b in ids if b in project.booths]
        self.badges = []
        for number, bid in enumerate(ids, 1):
            booth = project.booths.get(bid)
            if booth is not None:
                r = booth.rect
                self.badges.append((QRectF(r.x, r.y, r.w, r.h), number))
        self.setVisible(bool(self.badges))
        self.update()

    def numbers(self) -> dict[str, int]:
        """Booth id → the number its badge shows."""
        return {b: n for n, b in enumerate(self.booth_ids, 1)}

    def set_scale(self, px_per_cm: float) -> None:
        self.prepareGeometryChange()
        self.px_per_cm = max(px_per_cm, 1e-6)

    # -- painting ----------------------------------------------------------------------------
    def _radius(self) -> float:
        return BADGE_PX / 2 / self.px_per_cm

    def _centre(self, rect: QRectF, radius: float) -> QPointF:
        inset = min(radius * 1.2, rect.width() / 2, rect.height() / 2)
        x = rect.left() + inset if self.rtl else rect.right() - inset
        return QPointF(x, rect.top() + inset)

    def boundingRect(self) -> QRectF:
        area = QRectF()
        pad = self._radius() * 2
        for rect, _n in self.badges:
            area = area.united(rect.adjusted(-pad, -pad, pad, pad))
        return area

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = max(option.levelOfDetailFromTransform(painter.worldTransform()), 1e-6)
        radius = BADGE_PX / 2 / lod
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(1, round(radius * 1.2)))
        painter.setFont(font)
        for rect, number in self.badges:
            centre = self._centre(rect, radius)
            circle = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.setPen(cosmetic_pen(QColor("#ffffff"), 1.5))
            painter.setBrush(BADGE_FILL)
            painter.drawEllipse(circle)
            painter.setPen(BADGE_TEXT)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, format_number(number))
