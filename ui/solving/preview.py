"""A plan shown on the canvas without touching the model: the solver's plans as they arrive.

The preview is a layer of items above the scene's own booths and stands: every booth painted
with the sector colour of its occupant in the previewed plan (or free), and each stand's
outline and name. Clearing the layer shows the project's plan again; the undo stack and the
project never see a preview.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from qods_planner.model import BoothStatus, Plan, Project

from ..canvas import StandItem, style
from ..canvas.booth_item import cosmetic_pen

Z = 60  # above booths (10) and stands (20), below handles (100)


class PlanPreview:
    """The preview layer of one scene; `show(plan)` replaces it, `clear()` removes it."""

    def __init__(self, scene: QGraphicsScene, project: Project) -> None:
        self.scene = scene
        self.project = project
        self.plan: Plan | None = None
        self._items: list = []

    @property
    def active(self) -> bool:
        return self.plan is not None

    def show(self, plan: Plan) -> None:
        self.clear()
        self.plan = plan
        p = self.project
        occupants = plan.occupants()
        language = getattr(self.scene, "language", p.event.language)
        font = self.scene.font()
        for booth in p.booths.values():
            holder = occupants.get(booth.id)
            fill = style.occupant_sector_colour(p, holder)
            if fill is None:
                blocked = booth.status is BoothStatus.BLOCKED
                fill = style.STATUS_COLOURS[BoothStatus.BLOCKED] if blocked else style.EMPTY
            r = booth.rect
            item = QGraphicsRectItem(QRectF(r.x, r.y, r.w, r.h))
            item.setBrush(QColor(fill))
            item.setPen(cosmetic_pen(style.BORDER, 1))
            self._add(item, Z)
        for eid, booth_ids in plan.stands.items():
            booth_ids = tuple(b for b in booth_ids if b in p.booths)
            if not booth_ids:
                continue
            ex = p.exhibitors.get(eid)
            name = ex.name(language) if ex is not None else eid
            colour = style.occupant_sector_colour(p, eid) or style.EMPTY
            stand = StandItem(eid)
            stand.show(
                booth_ids,
                [p.booths[b].rect for b in booth_ids],
                name,
                eid in plan.locked,
                colour,
                font,
                language == "fa",
            )
            self._add(stand, Z + 1)

    def _add(self, item, z: float) -> None:
        item.setZValue(z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(item)
        self._items.append(item)

    def clear(self) -> None:
        for item in self._items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._items.clear()
        self.plan = None

    def items(self) -> list:
        """The items of the layer (for tests)."""
        return list(self._items)
