"""Picking booth choices on the plan: while it lasts, each click on a booth adds it to the
list (in click order) and the plan numbers the list; Esc or Enter ends it.

The exhibitor dialog hides while the organiser clicks, and comes back when picking ends.
Clicks on the plan do nothing else meanwhile (no selection, no drag).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from ..i18n import format_number

ENDING_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
MOUSE = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)


class ChoicePicking(QObject):
    """Appends clicked booths to `chosen` (a list it keeps), on `editor`'s plan."""

    picked = Signal(str)  # a booth id, added at the end
    finished = Signal()
    message = Signal(str)

    def __init__(self, editor: Any, chosen: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.chosen = list(chosen)
        self.active = False

    def start(self) -> None:
        self.active = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.editor.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.editor.view.setFocus()
        self.editor.preview_choices(self.chosen)
        self.message.emit(self.tr("Click booths in order of preference; Esc or Enter ends picking"))

    def finish(self) -> None:
        if not self.active:
            return
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.editor.view.viewport().setCursor(self.editor.tool.cursor())
        self.editor.preview_choices(None)
        count = len(self.chosen)
        self.message.emit(self.tr("%n booth choice(s)", "", count))
        self.finished.emit()

    def click(self, booth_id: str) -> bool:
        """Add `booth_id` at the end (as a click on it does); a booth listed already is not."""
        label = self.editor.project.booths[booth_id].label
        if booth_id in self.chosen:
            number = format_number(self.chosen.index(booth_id) + 1)
            self.message.emit(
                self.tr("Booth {booth} is already choice {number}").format(
                    booth=label, number=number
                )
            )
            return False
        self.chosen.append(booth_id)
        self.editor.preview_choices(self.chosen)
        self.picked.emit(booth_id)
        self.message.emit(
            self.tr("Choice {number}: booth {booth}").format(
                number=format_number(len(self.chosen)), booth=label
            )
        )
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in ENDING_KEYS:
                self.finish()
                return True
            return False
        viewport = self.editor.view.viewport()
        if kind in MOUSE and watched is viewport and isinstance(event, QMouseEvent):
            if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
                scene_pos = self.editor.view.mapToScene(event.position().toPoint())
                item = self.editor.scene.booth_at(scene_pos)
                if item is not None:
                    self.click(item.booth_id)
            return True
        return False
