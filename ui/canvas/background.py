"""A picture of the venue under the plan, to trace real halls: scale, position, opacity, lock.

The project file has no place for it, so it is side state kept by the editor: `state()` gives a
plain dict (JSON-ready) the window may store in QSettings or next to the project file, and
`set_state()` puts it back.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene

translate = QCoreApplication.translate


class BackgroundPicture(QGraphicsPixmapItem):
    Z = -10

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)


class Background(QObject):
    """The picture, its scale (cm of floor per picture pixel) and where its corner lies."""

    changed = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.item = BackgroundPicture()
        scene.addItem(self.item)
        self.path = ""
        self.locked = False

    @property
    def loaded(self) -> bool:
        return bool(self.path) and not self.item.pixmap().isNull()

    @property
    def scale(self) -> float:
        return self.item.scale()

    def load(self, path: str, width_cm: float | None = None, at: QPointF | None = None) -> str:
        """Show the picture at `path`; '' when done, else why not. `width_cm` is a first guess
        of its width on the floor (calibrate for the real one), `at` its top-left corner."""
        pixmap = QPixmap(path)
        if pixmap.isNull():
            return translate("Background", "Cannot read the picture {0}").format(Path(path).name)
        self.item.setPixmap(pixmap)
        self.path = str(path)
        self.item.setScale(width_cm / pixmap.width() if width_cm else 1.0)
        self.item.setPos(at or QPointF(0, 0))
        self.item.setOpacity(self.item.opacity() if self.item.isVisible() else 0.5)
        self.item.setVisible(True)
        self.changed.emit()
        return ""

    def clear(self) -> None:
        self.item.setPixmap(QPixmap())
        self.item.setVisible(False)
        self.path = ""
        self.changed.emit()

    def calibrate(self, a: QPointF, b: QPointF, metres: float) -> str:
        """Scale the picture so that scene points `a`…`b` lie `metres` apart; `a` stays put.
        Returns '' when done, else why not."""
        if not self.loaded:
            return translate("Background", "Load a background picture first")
        if self.locked:
            return translate("Background", "The background picture is locked")
        drawn = math.hypot(b.x() - a.x(), b.y() - a.y())
        if drawn <= 0 or metres <= 0:
            return translate(
                "Background", "Click two different points and give a distance above zero"
            )
        old = self.item.scale()
        new = old * metres * 100 / drawn
        pos = self.item.pos()
        on_picture = (a - pos) / old
        self.item.setScale(new)
        self.item.setPos(a - on_picture * new)
        self.changed.emit()
        return ""

    def move_by(self, dx: float, dy: float) -> None:
        if self.loaded and not self.locked:
            self.item.moveBy(dx, dy)
            self.changed.emit()

    def set_opacity(self, opacity: float) -> None:
        self.item.setOpacity(min(1.0, max(0.05, opacity)))
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.changed.emit()

    def contains(self, pos: QPointF) -> bool:
        return self.loaded and self.item.sceneBoundingRect().contains(pos)

    def state(self) -> dict:
        """Everything needed to show the picture again (empty when there is none)."""
        if not self.loaded:
            return {}
        return {
            "path": self.path,
            "x": self.item.pos().x(),
            "y": self.item.pos().y(),
            "scale": self.item.scale(),
            "opacity": self.item.opacity(),
            "locked": self.locked,
        }

    def set_state(self, state: dict) -> str:
        """Restore a `state()`; '' when done (or nothing to show), else why not."""
        if not state or not state.get("path"):
            self.clear()
            return ""
        problem = self.load(state["path"])
        if problem:
            return problem
        self.item.setScale(float(state.get("scale", 1.0)))
        self.item.setPos(float(state.get("x", 0.0)), float(state.get("y", 0.0)))
        self.item.setOpacity(float(state.get("opacity", 0.5)))
        self.locked = bool(state.get("locked", False))
        self.changed.emit()
        return ""
