"""The whole planner around the editor: planning and solving panels, import/export and print.

`MainWindow` is the drawing program; this adds the organiser's workflow to it. Kept apart so
the window's own tests can build a bare window, and so start-up stays one call.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from .exchange_actions import ExchangeActions


def install_workspace(window) -> None:
    """Add the exhibitors, sectors, solve, changes and explanations panels, the Planning and
    Plan menus, and File ▸ Import / Export / Print; then restore the saved dock layout, which
    could not be applied before these docks existed."""
    from .halls.hall_actions import install_halls
    from .planning.planning_install import install_planning
    from .solving.solving_install import install_solving

    # The side columns run the full height, the tables under the plan only: the solve panel
    # then fits a 900 px screen without scrolling.
    corner, area = Qt.Corner, Qt.DockWidgetArea
    window.setCorner(corner.BottomRightCorner, area.RightDockWidgetArea)
    window.setCorner(corner.BottomLeftCorner, area.LeftDockWidgetArea)
    install_halls(window)
    install_planning(window)
    install_solving(window)
    window.features.exchange = ExchangeActions(window)
    window.features.exchange.install(window.file_menu, window.files.close_action)
    from .publishing.publishing_actions import install_publishing

    install_publishing(window)
    from .shortcuts_help import install_shortcuts_help
    from .status_links import install_status_links

    window.features.shortcuts_action = install_shortcuts_help(window)
    install_status_links(window)
    window._restore_window_state()


def fit_on_screen(window) -> None:
    """Keep the whole window, title bar and menus included, on its screen: docks' size hints
    can make a first layout taller than the screen, hiding the menus above its top edge."""
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if screen.contains(frame):
        return
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    window.resize(
        min(window.width(), screen.width() - extra_w),
        min(window.height(), screen.height() - extra_h),
    )
    frame = window.frameGeometry()
    x = min(max(frame.x(), screen.x()), screen.right() - frame.width() + 1)
    y = min(max(frame.y(), screen.y()), screen.bottom() - frame.height() + 1)
    window.move(x, y)
