"""The select tool: click and rubber-band selection, drag to move, handles to resize, arrow
keys to nudge, Alt+drag to slide an unlocked background picture.

A drag previews on the items and commits one command on release (a macro when booths and
obstacles move together); a resize commits only when the rectangle changed; a refused edit
snaps the items back and says why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from qods_planner.model import Rect

from ..canvas.booth_item import BoothItem
from ..commands import MoveBooths, MoveObstacle, ResizeBooth
from .snapping import resized, snap
from .tool_base import Tool

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


@dataclass
class _Gesture:
    kind: str  # "move", "resize", "band", "background"
    start: QPointF
    booth_ids: set[str] = field(default_factory=set)
    obstacle_ids: set[str] = field(default_factory=set)
    handle: str = ""
    dx: int = 0
    dy: int = 0
    rect: Rect | None = None
    add: bool = False
    started: bool = False


class SelectTool(Tool):
    name = "select"

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self._g: _Gesture | None = None

    def activate(self) -> None:
        self.editor.update_handles()

    def deactivate(self) -> None:
        super().deactivate()
        self.scene.handles.set_target(None)

    def cancel(self) -> None:
        if self._g is not None:
            self.scene.end_preview()
            self.scene.rubber_band.setVisible(False)
            self._g = None
            self.editor.update_handles()

    # -- press -------------------------------------------------------------------------------
    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        mods = event.modifiers()
        hall = self.scene.hall_at(pos.x(), pos.y())
        if hall is not None:
            self.editor.set_current_hall(hall, fit=False)
        if mods & Qt.KeyboardModifier.AltModifier and self.editor.background.contains(pos):
            self._g = _Gesture("background", pos)
            return True
        handle = self.scene.handles.handle_at(pos)
        selected = self.scene.selected_booth_ids()
        if handle and len(selected) == 1:
            booth = self.project.booths[selected[0]]
            self._g = _Gesture("resize", pos, {booth.id}, handle=handle, rect=booth.rect)
            self.scene.mark_resizing(booth.id)
            return True
        item = self.scene.booth_at(pos) or self.scene.obstacle_at(pos)
        toggle = mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        if item is not None:
            if toggle:
                item.setSelected(not item.isSelected())
                return True
            if not item.isSelected():
                if isinstance(item, BoothItem):
                    self.scene.select([item.booth_id])
                else:
                    self.scene.select((), [item.obstacle_id])
            self._g = _Gesture(
                "move",
                pos,
                set(self.scene.selected_booth_ids()),
                set(self.scene.selected_obstacle_ids()),
            )
            return True
        if not toggle:
            self.scene.clearSelection()
        self._g = _Gesture("band", pos, add=bool(toggle))
        return True

    # -- move --------------------------------------------------------------------------------
    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        g = self._g
        if g is None:
            return False
        pos = event.scenePos()
        if not g.started and not self.moved_enough(g.start, pos):
            return True
        g.started = True
        if g.kind == "move":
            self._drag_to(g, pos)
        elif g.kind == "resize":
            self._resize_to(g, pos)
        elif g.kind == "band":
            band = self.scene.rubber_band
            band.setRect(QRectF(g.start, pos).normalized())
            band.setVisible(True)
        elif g.kind == "background":
            delta = pos - g.start
            g.start = pos
            self.editor.background.move_by(delta.x(), delta.y())
        return True

    def _drag_to(self, g: _Gesture, pos: QPointF) -> None:
        step = self.editor.snap_cm
        g.dx = snap(pos.x() - g.start.x(), step)
        g.dy = snap(pos.y() - g.start.y(), step)
        reason = self.editor.move_refusal(g.booth_ids, g.obstacle_ids, g.dx, g.dy)
        self.scene.preview_move(g.booth_ids, g.obstacle_ids, g.dx, g.dy, invalid=bool(reason))
        self.scene.handles.set_target(None)

    def _resize_to(self, g: _Gesture, pos: QPointF) -> None:
        x, y = self.snapped(pos)
        g.rect = resized(self.project.booths[next(iter(g.booth_ids))].rect, g.handle, x, y)
        (bid,) = g.booth_ids
        item = self.scene.booth_items[bid]
        item.setPos(g.rect.x, g.rect.y)
        item.preview_size(g.rect.w, g.rect.h)
        item.set_invalid(bool(self.editor.resize_refusal(bid, g.rect)))
        self.scene.handles.set_target(QRectF(g.rect.x, g.rect.y, g.rect.w, g.rect.h))

    # -- release -----------------------------------------------------------------------------
    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        g, self._g = self._g, None
        if g is None or event.button() != Qt.MouseButton.LeftButton:
            self._g = g
            return False
        self.scene.end_preview()
        if g.kind == "move" and g.started and (g.dx or g.dy):
            self._commit_move(g)
        elif g.kind == "resize" and g.started and g.rect is not None:
            (bid,) = g.booth_ids
            if g.rect != self.project.booths[bid].rect:  # commit only a real change
                self.editor.try_push(ResizeBooth(self.project, bid, g.rect))
        elif g.kind == "band":
            self._select_band(g, event.scenePos())
        self.editor.update_handles()
        return True

    def _commit_move(self, g: _Gesture) -> None:
        booths = sorted(g.booth_ids)
        obstacles = sorted(g.obstacle_ids)
        if booths and obstacles:
            self.editor.try_push_group(
                self.tr("Move selection"),
                MoveBooths(self.project, booths, g.dx, g.dy),
                MoveObstacle(self.project, obstacles, g.dx, g.dy),
            )
        elif booths:
            self.editor.try_push(MoveBooths(self.project, booths, g.dx, g.dy))
        elif obstacles:
            self.editor.try_push(MoveObstacle(self.project, obstacles, g.dx, g.dy))

    def _select_band(self, g: _Gesture, end: QPointF) -> None:
        band = self.scene.rubber_band
        band.setVisible(False)
        if not g.started:
            return
        area = QRectF(g.start, end).normalized()
        booths = [
            b
            for b, item in self.scene.booth_items.items()
            if item.sceneBoundingRect().intersects(area)
        ]
        obstacles = [
            o
            for o, item in self.scene.obstacle_items.items()
            if item.sceneBoundingRect().intersects(area)
        ]
        self.scene.select(booths, obstacles, add=g.add)

    # -- keys --------------------------------------------------------------------------------
    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() in ARROWS and self._g is None:
            booths = self.scene.selected_booth_ids()
            obstacles = self.scene.selected_obstacle_ids()
            if not booths and not obstacles:
                return False
            ux, uy = ARROWS[Qt.Key(event.key())]
            step = self.editor.snap_cm
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                step = 1  # fine adjustment, to the centimetre
            dx, dy = ux * step, uy * step
            if booths and obstacles:
                self.editor.try_push_group(
                    self.tr("Move selection"),
                    MoveBooths(self.project, booths, dx, dy),
                    MoveObstacle(self.project, obstacles, dx, dy),
                )
            elif booths:
                self.editor.try_push(MoveBooths(self.project, booths, dx, dy, nudge=True))
            else:
                self.editor.try_push(MoveObstacle(self.project, obstacles, dx, dy, nudge=True))
            return True
        if event.key() == Qt.Key.Key_Escape:
            if self._g is not None:
                self.cancel()
            else:
                self.scene.clearSelection()
            return True
        return False
