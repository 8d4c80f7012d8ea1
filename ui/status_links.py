"""The status bar's rule counts as a way in: a click opens the Explanations panel, where each
broken rule and shortfall is listed with its reason."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent


class _ClickOpens(QObject):
    """Shows and raises `dock` when the watched label is clicked."""

    def __init__(self, dock, parent: QObject) -> None:
        super().__init__(parent)
        self.dock = dock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            open_explanations(self.dock)
            return True
        return False


def open_explanations(dock) -> None:
    dock.show()
    dock.raise_()


def install_status_links(window) -> None:
    """Make the rule-check field of the status bar open the Explanations panel."""
    label = window.indicators.violations
    label.setCursor(Qt.CursorShape.PointingHandCursor)
    label.installEventFilter(_ClickOpens(window.features.explanations_panel, label))
