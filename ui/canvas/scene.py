"""The plan scene: mirrors the project through its change notifications.

Each model object has one item, kept in a `model id → item` map and updated from `Change`s,
so undo, redo, file load and every panel's edits refresh the canvas through one path. Items
never change the model; tools read the scene and push commands. Mouse and key events go to the
current tool (one interaction object per mode). All halls share one canvas, in the model's own
coordinates (1 unit = 1 cm, y down).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from qods_planner.layout import layout_of
from qods_planner.model import Change, Project

from .booth_item import BoothItem
from .choice_badges import ChoiceBadges
from .grid import paint_floors
from .overlays import CalibrationLine, HandlesItem, PreviewRect, RubberBand
from .stand_item import StandItem
from .style import ColorMode, booth_fill
from .tooltips import booth_tooltip, obstacle_tooltip
from .venue_items import HallItem, ObstacleItem

MARGIN_CM = 1500  # open ground shown around the halls


class PlanScene(QGraphicsScene):
    model_changed = Signal()  # after the items followed a project change
    context_menu = Signal(QPoint, QPointF)  # screen position, scene position

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.booth_items: dict[str, BoothItem] = {}
        self.stand_items: dict[str, StandItem] = {}
        self.obstacle_items: dict[str, ObstacleItem] = {}
        self.hall_items: dict[str, HallItem] = {}
        self.mode = ColorMode.SECTOR
        self.language = project.event.language
        self.show_grid = True
        self.px_per_cm = 1.0  # the view's zoom, for grid spacing and handle sizes
        self.violations: dict[str, list[tuple[str, bool]]] = {}
        self.highlighted: set[str] = set()
        self.handles = HandlesItem()
        self.rubber_band = RubberBand()
        self.preview = PreviewRect()
        self.calibration_line = CalibrationLine()
        self.badges = ChoiceBadges()  # the booth choices of the exhibitor chosen in the table
        overlays = (self.handles, self.rubber_band, self.preview, self.calibration_line)
        for item in (*overlays, self.badges):
            self.addItem(item)
        self.background = None  # a canvas.background.Background, set by the editor
        self.tool = None  # the current tools.base.Tool
        self.last_press: QPointF | None = None  # where the pointer last went down
        self._moving: tuple[set[str], set[str]] = (set(), set())
        self._recolour = QTimer(self)
        self._recolour.setSingleShot(True)
        self._recolour.setInterval(0)
        self._recolour.timeout.connect(self._refresh_fills)
        self._unsubscribe = project.subscribe(self._on_change)
        # When the editor (and so this scene) is deleted, the project must forget it at once:
        # a listener left behind would touch a dead C++ object on the next edit.
        self.destroyed.connect(self._unsubscribe)
        self.rebuild()

    # -- mirroring the model -----------------------------------------------------------------
    @property
    def rtl(self) -> bool:
        return self.language == "fa"

    @property
    def base_font(self) -> QFont:
        return self.font()

    def detach(self) -> None:
        """Stop following the project (before the scene is thrown away)."""
        self._unsubscribe()

    def rebuild(self) -> None:
        """Follow the whole project again (file load, language change)."""
        for items in (self.booth_items, self.stand_items, self.obstacle_items, self.hall_items):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        self._refresh_halls(self.project.halls)
        self._refresh_obstacles(self.project.obstacles)
        self._refresh_booths(self.project.booths, stands=False)
        self._refresh_stands()
        self.badges.rtl = self.rtl
        self.badges.refresh(self.project)

    def _on_change(self, change: Change) -> None:
        kind, ids = change.kind, change.ids
        if kind == "booth":
            self._refresh_booths(ids)
        elif kind in ("plan", "exhibitor", "sector"):
            self._refresh_fills()
            self._refresh_stands()
        elif kind == "obstacle":
            self._refresh_obstacles(ids)
        elif kind == "hall":
            self._refresh_halls(ids)
            self._refresh_fills()  # a hall's zone marks its booths
        elif kind == "settings" and self.mode is ColorMode.KIND:
            self._recolour.start()
        elif kind == "meta":
            self.rebuild()
        if kind in ("booth", "exhibitor"):
            self.badges.refresh(self.project)
        self.model_changed.emit()

    def _layout(self):
        return layout_of(self.project) if self.mode is ColorMode.KIND else None

    def _show_booth(self, item: BoothItem, occupants: dict[str, str], layout) -> None:
        booth = self.project.booths[item.booth_id]
        holder = occupants.get(booth.id)
        kind = layout.kind(booth.id) if layout is not None else None
        fill = booth_fill(self.project, booth, self.mode, holder, kind)
        item.show(booth, fill, holder, self.base_font, self.rtl)
        sectors = self.project.sectors
        zone = self.project.zone(booth.id)
        item.set_zone([QColor(sectors[s].colour) for s in zone if s in sectors])
        item.set_marks(self.violations.get(booth.id, []), booth.id in self.highlighted)

    def _refresh_booths(self, ids: Iterable[str], stands: bool = True) -> None:
        ids = list(ids)
        occupants = self.project.plan.occupants()
        for bid in ids:
            item = self.booth_items.get(bid)
            if bid not in self.project.booths:
                if item is not None:
                    self.removeItem(self.booth_items.pop(bid))
                continue
            if item is None:
                item = self.booth_items[bid] = BoothItem(bid)
                self.addItem(item)
            self._show_booth(item, occupants, None)
        if self.mode is ColorMode.KIND:
            # Kinds depend on the neighbours: recolour everything once the burst of changes
            # (a macro, a bulk edit) is over, not once per change.
            self._recolour.start()
        if stands:
            changed = set(ids)
            holders = {occupants[b] for b in changed if b in occupants}
            holders |= {e for e, s in self.stand_items.items() if changed.intersection(s.booth_ids)}
            self._refresh_stands(holders)

    def _refresh_fills(self) -> None:
        occupants = self.project.plan.occupants()
        layout = self._layout()
        for bid, item in self.booth_items.items():
            if bid in self.project.booths:  # a booth being removed goes on its own change
                self._show_booth(item, occupants, layout)
        for stand in self.stand_items.values():
            stand.set_colour(self._stand_fill(stand.booth_ids))

    def _stand_fill(self, booth_ids: tuple[str, ...]) -> QColor:
        """The fill the stand's name is written on (its first booth's, in the current mode)."""
        item = self.booth_items.get(booth_ids[0]) if booth_ids else None
        return item.fill if item is not None else QColor("#ffffff")

    def _refresh_stands(self, exhibitor_ids: Iterable[str] | None = None) -> None:
        plan = self.project.plan
        wanted = plan.stands.keys() if exhibitor_ids is None else exhibitor_ids
        if exhibitor_ids is None:
            for eid in [e for e in self.stand_items if e not in plan.stands]:
                self.removeItem(self.stand_items.pop(eid))
        for eid in list(wanted):
            booth_ids = tuple(b for b in plan.stands.get(eid, ()) if b in self.project.booths)
            item = self.stand_items.get(eid)
            if not booth_ids:
                if item is not None:
                    self.removeItem(self.stand_items.pop(eid))
                continue
            if item is None:
                item = self.stand_items[eid] = StandItem(eid)
                self.addItem(item)
            ex = self.project.exhibitors.get(eid)
            name = ex.name(self.language) if ex else eid
            colour = self._stand_fill(booth_ids)
            rects = [self.project.booths[b].rect for b in booth_ids]
            item.show(booth_ids, rects, name, eid in plan.locked, colour, self.base_font, self.rtl)

    def _refresh_obstacles(self, ids: Iterable[str]) -> None:
        for oid in ids:
            item = self.obstacle_items.get(oid)
            ob = self.project.obstacles.get(oid)
            if ob is None:
                if item is not None:
                    self.removeItem(self.obstacle_items.pop(oid))
                continue
            if item is None:
                item = self.obstacle_items[oid] = ObstacleItem(oid)
                self.addItem(item)
            item.show(ob, ob.label or ob.id, self.base_font)

    def _refresh_halls(self, ids: Iterable[str]) -> None:
        for hid in ids:
            item = self.hall_items.get(hid)
            hall = self.project.halls.get(hid)
            if hall is None:
                if item is not None:
                    self.removeItem(self.hall_items.pop(hid))
                continue
            if item is None:
                item = self.hall_items[hid] = HallItem(hid)
                self.addItem(item)
            item.show(hall, hall.name(self.language), self.base_font, self.rtl)
        self.update_scene_rect()

    def update_scene_rect(self) -> None:
        """The halls (and the background picture) with open ground around them."""
        area = QRectF()
        for item in self.hall_items.values():
            area = area.united(item.outline)
        if self.background is not None and self.background.loaded:
            area = area.united(self.background.item.sceneBoundingRect())
        if area.isEmpty():
            area = QRectF(0, 0, 3000, 2000)
        self.setSceneRect(area.adjusted(-MARGIN_CM, -MARGIN_CM, MARGIN_CM, MARGIN_CM))

    # -- what the plan shows -----------------------------------------------------------------
    def set_mode(self, mode: ColorMode) -> None:
        self.mode = mode
        self._refresh_fills()

    def set_language(self, language: str) -> None:
        self.language = language
        self.rebuild()

    def set_marks(self, violations: dict[str, list[tuple[str, bool]]]) -> None:
        """Outline booths that break rules; (message, hard) pairs go into their tooltips."""
        self.violations = {b: list(v) for b, v in violations.items()}
        self._refresh_marks()

    def set_highlight(self, booth_ids: Iterable[str]) -> None:
        self.highlighted = set(booth_ids)
        self._refresh_marks()

    def _refresh_marks(self) -> None:
        for bid, item in self.booth_items.items():
            item.set_marks(self.violations.get(bid, []), bid in self.highlighted)

    def set_scale(self, px_per_cm: float) -> None:
        self.px_per_cm = px_per_cm
        self.handles.set_scale(px_per_cm)
        self.badges.set_scale(px_per_cm)

    # -- queries for tools -------------------------------------------------------------------
    def booth_at(self, pos: QPointF) -> BoothItem | None:
        return next((i for i in self.items(pos) if isinstance(i, BoothItem)), None)

    def obstacle_at(self, pos: QPointF) -> ObstacleItem | None:
        return next((i for i in self.items(pos) if isinstance(i, ObstacleItem)), None)

    def hall_at(self, x: float, y: float) -> str | None:
        """The hall whose outline holds the point (the first in project order)."""
        return next(
            (h.id for h in self.project.halls.values() if h.outline.contains_point(x, y)), None
        )

    def selected_booth_ids(self) -> list[str]:
        """Selected booths in the project's order."""
        chosen = {i.booth_id for i in self.selectedItems() if isinstance(i, BoothItem)}
        return [b for b in self.project.booths if b in chosen]

    def selected_obstacle_ids(self) -> list[str]:
        chosen = {i.obstacle_id for i in self.selectedItems() if isinstance(i, ObstacleItem)}
        return [o for o in self.project.obstacles if o in chosen]

    def select(
        self, booth_ids: Iterable[str] = (), obstacle_ids: Iterable[str] = (), add: bool = False
    ) -> None:
        """Select these items (adding to the selection when `add`); one selectionChanged."""
        self.blockSignals(True)
        try:
            if not add:
                self.clearSelection()
            for bid in booth_ids:
                if bid in self.booth_items:
                    self.booth_items[bid].setSelected(True)
            for oid in obstacle_ids:
                if oid in self.obstacle_items:
                    self.obstacle_items[oid].setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    # -- previews while a tool drags ---------------------------------------------------------
    def preview_move(
        self,
        booth_ids: set[str],
        obstacle_ids: set[str],
        dx: float,
        dy: float,
        invalid: bool = False,
    ) -> None:
        """Show booths and obstacles shifted by (dx, dy) without touching the model."""
        self._moving = (set(booth_ids), set(obstacle_ids))
        for bid in booth_ids:
            r = self.project.booths[bid].rect
            self.booth_items[bid].setPos(r.x + dx, r.y + dy)
            self.booth_items[bid].set_invalid(invalid)
        for oid in obstacle_ids:
            r = self.project.obstacles[oid].rect
            self.obstacle_items[oid].setPos(r.x + dx, r.y + dy)
            self.obstacle_items[oid].set_invalid(invalid)
        for stand in self.stand_items.values():
            inside = set(stand.booth_ids) <= booth_ids
            stand.setPos(QPointF(dx, dy) if inside else QPointF(0, 0))
            stand.setVisible(inside or not set(stand.booth_ids) & booth_ids)

    def end_preview(self) -> None:
        """Put every previewed item back where the model says."""
        booth_ids, obstacle_ids = self._moving
        for bid in booth_ids:
            if bid in self.booth_items and bid in self.project.booths:
                r = self.project.booths[bid].rect
                item = self.booth_items[bid]
                item.setPos(r.x, r.y)
                item.preview_size(r.w, r.h)
                item.set_invalid(False)
        for oid in obstacle_ids:
            if oid in self.obstacle_items and oid in self.project.obstacles:
                r = self.project.obstacles[oid].rect
                self.obstacle_items[oid].setPos(r.x, r.y)
                self.obstacle_items[oid].set_invalid(False)
        for stand in self.stand_items.values():
            stand.setPos(0, 0)
            stand.setVisible(True)
        self._moving = (set(), set())

    def mark_resizing(self, booth_id: str) -> None:
        self._moving = ({booth_id}, set())
        for stand in self.stand_items.values():
            stand.setVisible(booth_id not in stand.booth_ids)

    # -- events: tooltips, background, tools -------------------------------------------------
    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        text = ""
        for item in self.items(event.scenePos()):
            text = self._tooltip(item)
            if text:
                break
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
        else:
            QToolTip.hideText()
        event.setAccepted(bool(text))

    def _tooltip(self, item: QGraphicsItem) -> str:
        if isinstance(item, BoothItem):
            return booth_tooltip(self.project, item.booth_id, item.violations, self.language)
        if isinstance(item, ObstacleItem):
            return obstacle_tooltip(self.project, item.obstacle_id)
        return item.toolTip()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        halls = [item.outline for item in self.hall_items.values()]
        zoom = abs(painter.worldTransform().m11()) or self.px_per_cm
        paint_floors(painter, rect, halls, zoom, self.show_grid)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.last_press = event.scenePos()
        if self.tool is not None and self.tool.mouse_press(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool is not None and self.tool.mouse_move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool is not None and self.tool.mouse_release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool is not None and self.tool.mouse_press(event):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.context_menu.emit(event.screenPos(), event.scenePos())
        event.accept()

    def keyPressEvent(self, event) -> None:
        if self.tool is not None and self.tool.key_press(event):
            event.accept()
            return
        super().keyPressEvent(event)
