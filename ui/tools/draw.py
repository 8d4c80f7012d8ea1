"""Tools that draw a rectangle on the floor: a booth or an obstacle.

Drag from corner to corner (snapped); a plain click places one of the last drawn size. The
preview turns red where the shape would be refused; release pushes one command.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from qods_planner.model import Booth, ModelError, Obstacle, ObstacleKind, Rect
from qods_planner.model.booth import MIN_BOOTH_SIDE_CM

from ..commands import AddBooths, AddObstacle, Refused
from ..commands.naming import new_ids, next_labels
from ..i18n import format_number
from .snapping import rect_between
from .tool_base import Tool


class DrawRectTool(Tool):
    """Common gesture: press at a corner, drag, release."""

    min_side = 1
    default_size = (300, 300)

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self._start: QPointF | None = None
        self._corner: tuple[int, int] = (0, 0)
        self._hall: str | None = None
        self._dragged = False

    def cursor(self) -> Qt.CursorShape:
        return Qt.CursorShape.CrossCursor

    def cancel(self) -> None:
        self._start = None
        self.scene.preview.setVisible(False)

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        self._hall = self.scene.hall_at(pos.x(), pos.y())
        if self._hall is None:
            self.editor.refuse(self.tr("Draw inside a hall"))
            return True
        self.editor.set_current_hall(self._hall, fit=False)
        self._start, self._corner, self._dragged = pos, self.snapped(pos), False
        return True

    def _rect_to(self, pos: QPointF) -> Rect | None:
        x, y = self.snapped(pos)
        if not self._dragged:
            w, h = self.default_size
            return Rect(self._corner[0], self._corner[1], w, h)
        return rect_between(*self._corner, x, y)

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None:
            return False
        pos = event.scenePos()
        if not self._dragged and not self.moved_enough(self._start, pos):
            return True
        self._dragged = True
        rect = self._rect_to(pos)
        preview = self.scene.preview
        if rect is None:
            preview.setVisible(False)
            return True
        preview.setRect(QRectF(rect.x, rect.y, rect.w, rect.h))
        preview.set_valid(self._refusal(rect) is None)
        preview.setVisible(True)
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        rect = self._rect_to(event.scenePos())
        self.cancel()
        if rect is None:
            return True
        if min(rect.w, rect.h) < self.min_side:
            self.editor.refuse(
                self.tr("Each side must be at least {0} cm").format(format_number(self.min_side))
            )
            return True
        if self._dragged:
            self.default_size = (rect.w, rect.h)
        try:
            self._commit(rect)
        except (Refused, ModelError) as exc:
            self.editor.refuse(str(exc))
        return True

    def _refusal(self, rect: Rect) -> str | None:
        raise NotImplementedError

    def _commit(self, rect: Rect) -> None:
        raise NotImplementedError


class DrawBoothTool(DrawRectTool):
    """Draws one booth, labelled after the hall's numbering (A-7 follows A-6)."""

    name = "draw_booth"
    min_side = MIN_BOOTH_SIDE_CM

    def activate(self) -> None:
        self.editor.notify(self.tr("Drag a booth's rectangle, or click to place one"))

    def _booth(self, rect: Rect) -> Booth:
        (bid,) = new_ids(self.project.booths, "b", 1)
        (label,) = next_labels(self.project, self._hall, 1)
        return Booth(bid, label, self._hall, rect)

    def _refusal(self, rect: Rect) -> str | None:
        if min(rect.w, rect.h) < self.min_side:
            return "small"
        return self.editor.booth_refusal([self._booth(rect)])

    def _commit(self, rect: Rect) -> None:
        booth = self._booth(rect)
        if self.editor.try_push(AddBooths(self.project, [booth])):
            self.scene.select([booth.id])


class DrawObstacleTool(DrawRectTool):
    """Draws an obstacle of the editor's current obstacle kind (a pillar by default)."""

    name = "draw_obstacle"
    min_side = 10
    default_size = (50, 50)

    def activate(self) -> None:
        self.editor.notify(self.tr("Drag the obstacle's rectangle, or click to place a pillar"))

    def _obstacle(self, rect: Rect) -> Obstacle:
        kind: ObstacleKind = self.editor.obstacle_kind
        (oid,) = new_ids(self.project.obstacles, kind.value.replace("_", "-"), 1)
        return Obstacle(oid, self._hall, kind, rect, oid)

    def _refusal(self, rect: Rect) -> str | None:
        return self.editor.obstacle_refusal([self._obstacle(rect)])

    def _commit(self, rect: Rect) -> None:
        ob = self._obstacle(rect)
        if self.editor.try_push(AddObstacle(self.project, ob)):
            self.scene.select((), [ob.id])
