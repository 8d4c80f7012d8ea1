"""Keeping the plan the largest thing in the window.

Docked panels remember their sizes; a saved layout restored into a window whose central widget
is then replaced (File ▸ New, Open) let Qt hand the panels nearly all the width, leaving the
plan a thin strip. `keep_plan_large` gives the plan at least half the window back by shrinking
the docks beside (and under) it; the window calls it after each layout change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

SIDE_SHARE = 4  # a side column of docks gets at most 1/4 of the width when shrunk
BOTTOM_SHARE = 4


def _docked(window: QMainWindow, areas: tuple[Qt.DockWidgetArea, ...]) -> list[QDockWidget]:
    return [
        d
        for d in window.findChildren(QDockWidget)
        if d.parent() is window
        and d.isVisible()
        and not d.isFloating()
        and window.dockWidgetArea(d) in areas
    ]


def keep_plan_large(window: QMainWindow) -> bool:
    """Shrink docks so the central widget has at least half the window's width and height.

    Returns True when something had to be shrunk."""
    central = window.centralWidget()
    if central is None or not window.isVisible():
        return False
    area = Qt.DockWidgetArea
    changed = False
    if central.width() < window.width() // 2:
        docks = _docked(window, (area.LeftDockWidgetArea, area.RightDockWidgetArea))
        if docks:
            width = window.width() // SIDE_SHARE
            window.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
            changed = True
    if central.height() < window.height() // 2:
        docks = _docked(window, (area.TopDockWidgetArea, area.BottomDockWidgetArea))
        if docks:
            height = window.height() // BOTTOM_SHARE
            window.resizeDocks(docks, [height] * len(docks), Qt.Orientation.Vertical)
            changed = True
    return changed
