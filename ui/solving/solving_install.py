"""`install_solving(window)`: the solve, changes and explanations panels and the solving part
of the Planning menu (Solve, Re-solve, Cancel, Accept, Discard, Publish plan) on a MainWindow.
Returns the `SolvingController`, also kept as `window.features.solving`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from solver.result import SolveStatus

from .changes_panel import ChangesPanel
from .explanations_panel import ExplanationsPanel
from .solve_panel import SolvePanel
from .solving_controller import SolvingController
from .worker import SolveWorker

# The keys of the solving actions, listed in Help ▸ Keyboard shortcuts.
SOLVE_KEY, RESOLVE_KEY, CANCEL_KEY = "F5", "Shift+F5", "Shift+Esc"
ACCEPT_KEY, DISCARD_KEY, PUBLISH_KEY = "Ctrl+Return", "Ctrl+Backspace", "Ctrl+Shift+P"


class SolvingActions(QObject):
    """The Planning menu's solving actions, enabled as the controller's state allows."""

    def __init__(self, window, controller: SolvingController) -> None:
        super().__init__(window)
        self.controller = controller
        self.solve = QAction(self.tr("&Solve"), window)
        self.solve.setShortcut(QKeySequence(SOLVE_KEY))
        self.solve.setStatusTip(self.tr("Plan from scratch; locked stands stay"))
        self.resolve = QAction(self.tr("&Re-solve"), window)
        self.resolve.setShortcut(QKeySequence(RESOLVE_KEY))
        self.resolve.setStatusTip(self.tr("Plan again with the fewest moves"))
        self.cancel = QAction(self.tr("&Cancel solving"), window)
        self.cancel.setShortcut(QKeySequence(CANCEL_KEY))
        self.cancel.setStatusTip(self.tr("Stop and keep the best plan found so far"))
        self.accept = QAction(self.tr("&Accept the proposed plan"), window)
        self.accept.setShortcut(QKeySequence(ACCEPT_KEY))
        self.accept.setStatusTip(self.tr("Apply the plan the solve proposes (one undo step)"))
        self.discard = QAction(self.tr("&Discard the proposed plan"), window)
        self.discard.setShortcut(QKeySequence(DISCARD_KEY))
        self.discard.setStatusTip(self.tr("Keep the plan as it is"))
        self.publish = QAction(self.tr("&Publish plan"), window)
        self.publish.setShortcut(QKeySequence(PUBLISH_KEY))
        self.publish.setStatusTip(self.tr("Record this plan as the one exhibitors were told"))
        self.solve.triggered.connect(controller.solve)
        self.resolve.triggered.connect(controller.resolve)
        self.cancel.triggered.connect(controller.cancel)
        self.publish.triggered.connect(controller.publish)
        self.accept.triggered.connect(controller.accept)
        self.discard.triggered.connect(controller.discard)
        controller.running_changed.connect(lambda _r: self.update())
        controller.proposal_changed.connect(self.update)
        self.update()

    def all(self) -> list[QAction]:
        return [self.solve, self.resolve, self.cancel, self.accept, self.discard, self.publish]

    def update(self) -> None:
        running = self.controller.is_running()
        self.solve.setEnabled(not running)
        self.resolve.setEnabled(not running)
        self.cancel.setEnabled(running)
        self.publish.setEnabled(not running)
        proposed = self.controller.proposal is not None and not running
        self.accept.setEnabled(proposed)
        self.discard.setEnabled(proposed)


def plan_menu(window) -> QMenu:
    """The window's one Planning menu (made before Help the first time it is asked for)."""
    menu = window.features.plan_menu
    if menu is None:
        title = QCoreApplication.translate("PlanningMenu", "&Planning")
        menu = QMenu(title, window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
        window.features.plan_menu = menu
    return menu


def _raise_on_events(controller: SolvingController, window) -> None:
    """Bring forward the panel that has news: progress, a proposal, or why nothing came."""
    controller.running_changed.connect(
        lambda running: running and window.features.solve_panel.raise_()
    )
    controller.proposal_changed.connect(
        lambda: controller.proposal is not None and window.features.changes_panel.raise_()
    )

    def ended(_job, outcome) -> None:
        if outcome.plan is None and outcome.status in (SolveStatus.INFEASIBLE, SolveStatus.NO_PLAN):
            window.features.explanations_panel.raise_()

    controller.outcome_ready.connect(ended)


def install_solving(window, worker: SolveWorker | None = None) -> SolvingController:
    """Add solving to `window`; `worker` lets tests inject a solve function."""
    controller = SolvingController(window, worker)
    window.features.solving = controller
    right = Qt.DockWidgetArea.RightDockWidgetArea
    window.features.solve_panel = SolvePanel(controller, window)
    window.features.changes_panel = ChangesPanel(controller, window)
    window.features.explanations_panel = ExplanationsPanel(controller, window)
    docks = (
        window.features.solve_panel,
        window.features.changes_panel,
        window.features.explanations_panel,
    )
    for dock in docks:
        window.add_panel(dock, right)
    # Tabs beside the properties panel: each gets the column's full height.
    first = getattr(window, "properties", None)
    for dock in docks:
        if first is not None:
            window.tabifyDockWidget(first, dock)
        first = dock
    _raise_on_events(controller, window)
    actions = SolvingActions(window, controller)
    window.features.solving_actions = actions
    menu = plan_menu(window)
    if not menu.isEmpty():
        menu.addSeparator()
    menu.addActions(actions.all())
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.worker.shutdown)
    return controller
