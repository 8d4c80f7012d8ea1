"""What the feature installers add to a main window, declared in one place.

The window holds one `Features` as `window.features`; each installer (`install_workspace`,
`install_solving`, `install_publishing`, `install_halls`) fills its fields, and a field stays
None until its installer has run (a bare MainWindow, as some tests make, has none). The types
are Qt's base classes: this module sits below the features, which may not be imported here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu


@dataclass
class Features:
    exchange: QObject | None = None  # ui.exchange_actions.ExchangeActions: import, export, print
    shortcuts_action: QAction | None = None  # Help ▸ Keyboard shortcuts
    plan_menu: QMenu | None = None  # the Planning menu
    solving: QObject | None = None  # ui.solving.controller.SolvingController
    solving_actions: object | None = None  # ui.solving.solving_install's actions
    solve_panel: QDockWidget | None = None
    changes_panel: QDockWidget | None = None
    explanations_panel: QDockWidget | None = None
    publishing: QObject | None = None  # ui.publishing.actions.PublishingActions
    space_panel: QDockWidget | None = None
    hall_actions: QObject | None = None  # ui.halls.actions.HallActions
    hall_list_actions: QObject | None = None  # the hall list's buttons
