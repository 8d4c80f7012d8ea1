"""A plan shown on the canvas without touching the model: the solver's plans as they arrive.

The preview is a layer of items above the scene's own booths and stands: every booth painted
with the sector colour of its occupant in the previewed plan (or free), and each stand's
outline and name. Clearing the layer shows the project's plan again; the undo stack and the
project never see a preview.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from qods_planner.model import BoothStatus, Plan, Project

from ..canvas import StandItem, style
from ..canvas.booth_item import cosmetic_pen

Z = 60  # above booths (10) and stands (20), below handles (100)
STANDS_PER_TURN = 40  # stand items drawn per turn of the event loop


class PlanPreview:
    """The preview layer of one scene; `show(plan)` updates it, `clear()` removes it.

    Items are kept between plans and only what changed is redrawn: consecutive better plans
    of one solve differ in a few stands, so a preview costs little even on large venues.
    """

    def __init__(self, scene: QGraphicsScene, project: Project) -> None:
        self.scene = scene
        self.project = project
        self.plan: Plan | None = None
        self._booths: dict[str, tuple[QGraphicsRectItem, str | None]] = {}
        self._stands: dict[str, tuple[StandItem, tuple[str, ...]]] = {}
        self._marks: list[QGraphicsRectItem] = []
        self.highlighted: tuple[str, ...] = ()
        self._queue: list[str] = []  # exhibitors whose stand items are still to be drawn
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_some)

    @property
    def active(self) -> bool:
        return self.plan is not None

    def show(self, plan: Plan) -> None:
        p = self.project
        if any(bid not in p.booths for bid in self._booths) or len(self._booths) != len(p.booths):
            self.clear()  # the booths themselves changed: start over
        self.plan = plan
        occupants = plan.occupants()
        for booth in p.booths.values():
            holder = occupants.get(booth.id)
            known = self._booths.get(booth.id)
            if known is not None and known[1] == holder:
                continue
            item = known[0] if known is not None else self._new_booth_item(booth)
            fill = style.occupant_sector_colour(p, holder)
            if fill is None:
                blocked = booth.status is BoothStatus.BLOCKED
                fill = style.STATUS_COLOURS[BoothStatus.BLOCKED] if blocked else style.EMPTY
            item.setBrush(QColor(fill))
            self._booths[booth.id] = (item, holder)
        for eid in [e for e in self._stands if e not in plan.stands]:
            self._remove(self._stands.pop(eid)[0])
        # Names are measured to fit their stands, which is slow: a few at a time, so the
        # window keeps answering while a large plan appears.
        self._queue = [
            eid
            for eid, booths in plan.stands.items()
            if eid not in self._stands or self._stands[eid][1] != self._kept(booths)
        ]
        self._draw_some()

    def _kept(self, booth_ids) -> tuple[str, ...]:
        return tuple(b for b in booth_ids if b in self.project.booths)

    def _draw_some(self, count: int = STANDS_PER_TURN) -> None:
        plan = self.plan
        if plan is None:
            return
        done, self._queue = self._queue[:count], self._queue[count:]
        for eid in done:
            booth_ids = self._kept(plan.stands.get(eid, ()))
            known = self._stands.pop(eid, None)
            if known is not None:
                self._remove(known[0])
            if booth_ids:
                self._stands[eid] = (self._new_stand_item(eid, booth_ids, plan), booth_ids)
        if self._queue:
            self._timer.start()

    def finish(self) -> None:
        """Draw whatever is still queued, at once (for tests and screenshots)."""
        self._timer.stop()
        self._draw_some(len(self._queue))

    def set_highlight(self, booth_ids) -> None:
        """Outline these booths above the preview (the scene's own marks lie under it)."""
        for item in self._marks:
            self._remove(item)
        self._marks.clear()
        self.highlighted = tuple(b for b in booth_ids if b in self.project.booths)
        if self.plan is None:
            return
        pen = cosmetic_pen(style.HIGHLIGHT, 3)
        for bid in self.highlighted:
            r = self.project.booths[bid].rect
            item = QGraphicsRectItem(QRectF(r.x, r.y, r.w, r.h))
            item.setPen(pen)
            item.setBrush(Qt.BrushStyle.NoBrush)
            self._add(item, Z + 2)
            self._marks.append(item)

    def _new_booth_item(self, booth) -> QGraphicsRectItem:
        r = booth.rect
        item = QGraphicsRectItem(QRectF(r.x, r.y, r.w, r.h))
        item.setPen(cosmetic_pen(style.BORDER, 1))
        self._add(item, Z)
        return item

    def _new_stand_item(self, eid: str, booth_ids: tuple[str, ...], plan: Plan) -> StandItem:
        p = self.project
        language = getattr(self.scene, "language", p.event.language)
        ex = p.exhibitors.get(eid)
        stand = StandItem(eid)
        stand.show(
            booth_ids,
            [p.booths[b].rect for b in booth_ids],
            ex.name(language) if ex is not None else eid,
            eid in plan.locked,
            style.occupant_sector_colour(p, eid) or style.EMPTY,
            self.scene.font(),
            language == "fa",
        )
        self._add(stand, Z + 1)
        return stand

    def _add(self, item, z: float) -> None:
        item.setZValue(z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(item)

    def _remove(self, item) -> None:
        if item.scene() is self.scene:
            self.scene.removeItem(item)

    def clear(self) -> None:
        self._timer.stop()
        self._queue = []
        self.set_highlight(())
        for item, _ in self._booths.values():
            self._remove(item)
        for item, _ in self._stands.values():
            self._remove(item)
        self._booths.clear()
        self._stands.clear()
        self.plan = None
        self.set_highlight(())

    def items(self) -> list:
        """The items of the layer (for tests)."""
        return [i for i, _ in self._booths.values()] + [i for i, _ in self._stands.values()]
