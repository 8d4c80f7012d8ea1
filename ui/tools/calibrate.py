"""Calibrate the background picture: click two points a known distance apart, type it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from .tool_base import Tool


class CalibrateTool(Tool):
    name = "calibrate"

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self._first: QPointF | None = None

    def cursor(self) -> Qt.CursorShape:
        return Qt.CursorShape.CrossCursor

    def activate(self) -> None:
        if not self.editor.background.loaded:
            self.editor.refuse(self.tr("Load a background picture first"))
        else:
            self.editor.notify(self.tr("Click two points of the picture a known distance apart"))

    def cancel(self) -> None:
        self._first = None
        self.scene.calibration_line.setVisible(False)

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        if not self.editor.background.loaded:
            self.editor.refuse(self.tr("Load a background picture first"))
            return True
        if self._first is None:
            self._first = pos
            self.scene.calibration_line.show_between(pos, pos)
            return True
        first, self._first = self._first, None
        self.scene.calibration_line.show_between(first, pos)
        metres = self.editor.prompts.ask_distance()
        self.scene.calibration_line.setVisible(False)
        if metres is None:
            return True
        problem = self.editor.background.calibrate(first, pos, metres)
        if problem:
            self.editor.refuse(problem)
        else:
            self.editor.notify(self.tr("Background picture calibrated"))
            self.editor.scene.update_scene_rect()
        return True

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._first is None:
            return False
        self.scene.calibration_line.show_between(self._first, event.scenePos())
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return event.button() == Qt.MouseButton.LeftButton
