"""Dropping an exhibitor on the plan: drag a row of the exhibitors table onto a booth.

`BoothDropHandler` is an event filter installed on the plan view's viewport, so the canvas
needs no change: it reads the booth under the pointer from the scene (`booth_at`, or any item
with a `booth_id`) and hands the assignment to `Planning`, which judges it and asks when a
rule would break. Dropped on a booth that is part of the canvas selection, the exhibitor gets
the whole selection (e.g. a straight run of booths selected beforehand).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QGraphicsView

from .planning_controller import Planning

MIME_TYPE = "application/x-qods-exhibitors"


def encode_ids(ids: list[str]) -> QMimeData:
    """Exhibitor ids as drag data (one per line)."""
    data = QMimeData()
    data.setData(MIME_TYPE, "\n".join(ids).encode())
    return data


def decode_ids(data: QMimeData | None) -> list[str]:
    """The exhibitor ids a drag carries; [] when it carries none."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    return [e for e in bytes(data.data(MIME_TYPE).data()).decode().split("\n") if e]


class BoothDropHandler(QObject):
    """Accepts exhibitor drags over booths of `view` and assigns them on drop."""

    def __init__(self, planning: Planning, view: QGraphicsView) -> None:
        super().__init__(view)
        self.planning = planning
        self.view = view
        self._shown: list[str] = []
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def detach(self) -> None:
        self.view.viewport().removeEventFilter(self)

    def booth_at(self, pos: QPoint) -> str | None:
        """The booth under viewport pixel `pos`, or None."""
        scene_pos = self.view.mapToScene(pos)
        scene = self.view.scene()
        if scene is None:
            return None
        finder = getattr(scene, "booth_at", None)
        if finder is not None:
            item = finder(scene_pos)
            return item.booth_id if item is not None else None
        for item in scene.items(scene_pos):
            booth_id = getattr(item, "booth_id", None)
            if booth_id is not None:
                return booth_id
        return None

    def target(self, pos: QPoint) -> list[str]:
        """The booths a drop at `pos` assigns: the selection when the booth is in it, else
        the booth alone; [] off the booths."""
        booth = self.booth_at(pos)
        if booth is None or self.planning.document is None:
            return []
        selected = self.planning.selected_booth_ids()
        return selected if booth in selected else [booth]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            if not decode_ids(event.mimeData()):
                return False
            booths = self.target(event.position().toPoint())
            self._preview(booths)
            if booths:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            elif kind == QEvent.Type.DragEnter:
                event.accept()  # keep the drag: the pointer may reach a booth next
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.DragLeave:
            self._preview([])
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            ids = decode_ids(event.mimeData())
            if not ids:
                return False
            self._preview([])
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.drop(ids, event.position().toPoint())
            return True
        return False

    def drop(self, exhibitor_ids: list[str], pos: QPoint) -> bool:
        """Assign the dropped exhibitor to the booths at `pos`. True when assigned."""
        booths = self.target(pos)
        if not booths:
            return self.planning.refuse(self.tr("Drop the exhibitor on a booth"))
        if len(exhibitor_ids) != 1:
            return self.planning.refuse(self.tr("Drag one exhibitor at a time onto a booth"))
        return self.planning.assign(exhibitor_ids[0], booths)

    def _preview(self, booths: list[str]) -> None:
        """Highlight where the drop would go (and clear it when the drag leaves)."""
        editor = self.planning.editor
        if booths == self._shown or editor is None:
            return
        self._shown = list(booths)
        editor.highlight_booths(booths)
