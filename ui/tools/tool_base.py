"""A tool is one interaction mode of the canvas (select, draw a booth, calibrate…).

The scene hands each mouse and key event to the current tool first; a hook returns True when
it used the event. Tools read the scene, preview with overlays, and change the model only by
pushing undo commands through the editor, once, when the gesture ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from .host import EditorHost
from .snapping import snap

if TYPE_CHECKING:
    from ..canvas.scene import PlanScene
    from ..canvas.view import PlanView


class Tool(QObject):
    """Base: does nothing; Escape cancels the gesture in progress."""

    name = ""

    def __init__(self, editor: EditorHost) -> None:
        super().__init__(editor)
        self.editor = editor

    @property
    def scene(self) -> PlanScene:
        return self.editor.scene

    @property
    def view(self) -> PlanView:
        return self.editor.view

    @property
    def project(self):
        return self.editor.project

    def snapped(self, pos: QPointF) -> tuple[int, int]:
        step = self.editor.snap_cm
        return snap(pos.x(), step), snap(pos.y(), step)

    def activate(self) -> None:
        """Called when the tool becomes the current one."""

    def deactivate(self) -> None:
        """Called when another tool takes over; an unfinished gesture is dropped."""
        self.cancel()

    def cancel(self) -> None:
        """Drop the gesture in progress, leaving the model as it is."""

    def cursor(self) -> Qt.CursorShape:
        return Qt.CursorShape.ArrowCursor

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False

    def moved_enough(self, start: QPointF, now: QPointF, pixels: float = 3.0) -> bool:
        """True once the pointer left a few screen pixels around `start` (not a click)."""
        reach = pixels / max(self.view.px_per_cm, 1e-9)
        return abs(now.x() - start.x()) > reach or abs(now.y() - start.y()) > reach
