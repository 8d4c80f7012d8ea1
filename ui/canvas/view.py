"""The plan view: wheel zoom about the cursor, pan with the middle button or Space+drag, fit
to a hall, a scale bar in the corner. 100 % zoom is one screen pixel per centimetre."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCursor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from .scale_bar import ScaleBar
from .scene import PlanScene

MIN_ZOOM = 0.002  # px per cm: a 500 m site in 1000 px
MAX_ZOOM = 4.0
WHEEL_STEP = 1.2


class PlanView(QGraphicsView):
    zoom_changed = Signal(float)  # percent; 100 % = 1 px per cm
    cursor_moved = Signal(float, float)  # scene position in cm
    first_shown = Signal()  # once, when the view first has its real size

    def __init__(self, scene: PlanScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # Axis-aligned rectangles need no antialiasing; text keeps it.
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scale_bar = ScaleBar(self)
        self._pan_from: QPointF | None = None
        self._space_down = False
        self._shown = False
        self._zoom_changed()

    @property
    def plan_scene(self) -> PlanScene:
        return self.scene()  # type: ignore[return-value]

    # -- zoom --------------------------------------------------------------------------------
    @property
    def px_per_cm(self) -> float:
        return self.transform().m11()

    def zoom_percent(self) -> float:
        return self.px_per_cm * 100

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom by `factor`, within limits, keeping the scene point at viewport pixel `anchor`
        in place (the pointer, when it is over the view, else the centre)."""
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.px_per_cm * factor))
        if abs(target - self.px_per_cm) <= 1e-12:
            return
        if anchor is None:
            anchor = self.viewport().mapFromGlobal(QCursor.pos())
            if not self.viewport().rect().contains(anchor):
                anchor = self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self.setTransform(QTransform.fromScale(target, target))
        drift = self.mapFromScene(fixed) - anchor
        self.pan_by(-drift)
        self._zoom_changed()

    def set_zoom(self, px_per_cm: float) -> None:
        self.zoom_by(px_per_cm / self.px_per_cm)

    def fit(self, rect: QRectF, margin_cm: float = 200) -> None:
        """Show all of `rect` (plus a margin) as large as it fits."""
        if rect.isEmpty():
            return
        self.fitInView(
            rect.adjusted(-margin_cm, -margin_cm, margin_cm, margin_cm),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.px_per_cm))
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(rect.center())
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        self.plan_scene.set_scale(self.px_per_cm)
        self.scale_bar.set_scale(self.px_per_cm)
        self.zoom_changed.emit(self.zoom_percent())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(WHEEL_STEP**steps, event.position().toPoint())
        event.accept()

    # -- pan ---------------------------------------------------------------------------------
    def _pan_starts(self, event: QMouseEvent) -> bool:
        return event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._pan_starts(event):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        at = self.mapToScene(event.position().toPoint())
        self.cursor_moved.emit(at.x(), at.y())
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.pan_by(QPoint(round(delta.x()), round(delta.y())))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self._restore_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan_by(self, pixels: QPoint) -> None:
        """Move the plan with the pointer by `pixels`."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - pixels.x())
        v.setValue(v.value() - pixels.y())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_down = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self._restore_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _restore_cursor(self) -> None:
        tool = self.plan_scene.tool
        if self._space_down:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().setCursor(tool.cursor() if tool else Qt.CursorShape.ArrowCursor)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            # After the window's layout has given the view its size.
            QTimer.singleShot(0, self.first_shown.emit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        vp = self.viewport().geometry()
        self.scale_bar.move(vp.left() + 8, vp.bottom() - self.scale_bar.height() - 8)
