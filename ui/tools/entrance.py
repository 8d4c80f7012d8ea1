"""The entrance tool: drag along a hall's wall to open a door there (a click opens a 3 m
door); a click on an existing door closes it. Each is one `EditHall` step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from qods_planner.model import Entrance, Hall, ModelError, Side

from ..commands import EditHall
from .snapping import snap
from .tool_base import Tool

REACH_PX = 10.0  # how close to a wall a press must be
DEFAULT_WIDTH_CM = 300


def wall_at(hall: Hall, x: float, y: float, reach: float) -> tuple[Side, float] | None:
    """The wall of `hall` within `reach` cm of (x, y), and the distance along it from its start
    (left or top end)."""
    o = hall.outline
    walls = (
        (Side.TOP, abs(y - o.y), x - o.x, o.w),
        (Side.BOTTOM, abs(y - o.bottom), x - o.x, o.w),
        (Side.LEFT, abs(x - o.x), y - o.y, o.h),
        (Side.RIGHT, abs(x - o.right), y - o.y, o.h),
    )
    best = min(walls, key=lambda w: w[1])
    side, distance, along, length = best
    if distance <= reach and -reach <= along <= length + reach:
        return side, min(max(along, 0.0), float(length))
    return None


def door_at(hall: Hall, side: Side, along: float) -> Entrance | None:
    return next(
        (d for d in hall.entrances if d.side is side and d.offset <= along <= d.offset + d.width),
        None,
    )


class EntranceTool(Tool):
    name = "draw_entrance"

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self._hall: Hall | None = None
        self._side: Side | None = None
        self._start = 0.0
        self._press = QPointF()
        self._dragged = False

    def cursor(self) -> Qt.CursorShape:
        return Qt.CursorShape.CrossCursor

    def activate(self) -> None:
        self.editor.notify(
            self.tr("Drag along a hall wall to add an entrance; click one to remove it")
        )

    def cancel(self) -> None:
        self._hall = None
        self.scene.preview.setVisible(False)

    def _reach(self) -> float:
        return REACH_PX / max(self.view.px_per_cm, 1e-9)

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        for hall in self.project.halls.values():
            found = wall_at(hall, pos.x(), pos.y(), self._reach())
            if found is not None:
                self._hall, (self._side, self._start) = hall, found
                self._press, self._dragged = pos, False
                self.editor.set_current_hall(hall.id)
                return True
        self.editor.refuse(self.tr("Press on a hall's wall to place an entrance"))
        return True

    def _span(self, pos: QPointF) -> tuple[int, int]:
        """(offset, width) of the door being dragged, snapped and kept on the wall."""
        o = self._hall.outline
        along = (pos.x() - o.x) if self._side.horizontal else (pos.y() - o.y)
        length = o.side_length(self._side)
        step = self.editor.snap_cm
        if not self._dragged:
            width = min(DEFAULT_WIDTH_CM, length)
            start = min(max(0, snap(self._start - width / 2, step)), length - width)
            return start, width
        a = min(max(0, snap(min(self._start, along), step)), length)
        b = min(max(0, snap(max(self._start, along), step)), length)
        return a, b - a

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._hall is None:
            return False
        if not self._dragged and not self.moved_enough(self._press, event.scenePos()):
            return True
        self._dragged = True
        offset, width = self._span(event.scenePos())
        if width > 0:
            r = Entrance(self._side, offset, width).rect_on(self._hall.outline, 1)
            pad = self._reach() / 2
            self.scene.preview.setRect(QRectF(r.x, r.y, r.w, r.h).adjusted(-pad, -pad, pad, pad))
            self.scene.preview.setVisible(True)
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._hall is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        hall, side = self._hall, self._side
        offset, width = self._span(event.scenePos())
        existing = None if self._dragged else door_at(hall, side, self._start)
        self.cancel()
        if existing is not None:
            doors = tuple(d for d in hall.entrances if d != existing)
            self.editor.try_push(EditHall(self.project, replace(hall, entrances=doors)))
            return True
        if width <= 0:
            return True
        try:
            after = replace(hall, entrances=(*hall.entrances, Entrance(side, offset, width)))
        except ModelError as exc:
            self.editor.refuse(str(exc))
            return True
        self.editor.try_push(EditHall(self.project, after))
        return True
