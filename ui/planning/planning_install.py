"""Putting manual planning into the main window: the exhibitors and sectors panels, the
planning actions on the booths selected on the canvas, and dropping exhibitors on booths.

`install_planning(window)` is called once after the window is built; it follows the window's
`document_changed` (each document gets a new editor, so the drop handler is installed again).
`planning_actions(window)` gives the actions on selected booths (swap, unassign, lock, unlock,
find in the table) for menus and the canvas's context menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from .copy_choices_action import CopyChoicesAction
from .drop import BoothDropHandler
from .planning_controller import Planning

if TYPE_CHECKING:
    from .exhibitors_panel import ExhibitorsPanel
    from .sectors_panel import SectorsPanel

MESSAGE_MS = 8000


class BoothActions(QObject):
    """Actions on the exhibitors whose stands use the booths selected on the canvas."""

    def __init__(self, planning: Planning, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.planning = planning
        self.swap = QAction(self.tr("Swap the two selected stands"), self)
        self.unassign = QAction(self.tr("Unassign the selected stands"), self)
        self.lock = QAction(self.tr("Lock the selected stands"), self)
        self.unlock = QAction(self.tr("Unlock the selected stands"), self)
        self.swap.setToolTip(self.tr("Exchange the exhibitors of two selected stands"))
        self.unassign.setToolTip(
            self.tr("Put the exhibitors of the selected booths on the waiting list")
        )
        self.lock.setToolTip(self.tr("A re-solve keeps locked stands where they are"))
        self.swap.triggered.connect(self.do_swap)
        self.unassign.triggered.connect(lambda: self.planning.unassign(self.occupants()))
        self.lock.triggered.connect(lambda: self.planning.set_locked(self.occupants(), True))
        self.unlock.triggered.connect(lambda: self.planning.set_locked(self.occupants(), False))
        self.update()

    def actions(self) -> list[QAction]:
        return [self.swap, self.unassign, self.lock, self.unlock]

    def occupants(self) -> list[str]:
        """Exhibitors holding any selected booth, in plan order."""
        if self.planning.document is None:
            return []
        chosen = set(self.planning.selected_booth_ids())
        return [
            e for e, booths in self.planning.project.plan.stands.items() if chosen & set(booths)
        ]

    def do_swap(self) -> None:
        ids = self.occupants()
        if len(ids) != 2:
            self.planning.refuse(self.tr("Select booths of exactly two stands to swap them"))
            return
        self.planning.swap(ids[0], ids[1])

    def update(self) -> None:
        """Enable what the canvas selection allows."""
        ids = self.occupants()
        locked = self.planning.project.plan.locked if self.planning.document else frozenset()
        self.swap.setEnabled(len(ids) == 2)
        self.unassign.setEnabled(bool(ids))
        self.lock.setEnabled(any(e not in locked for e in ids))
        self.unlock.setEnabled(any(e in locked for e in ids))


@dataclass
class PlanningUI:
    """What `install_planning` added to a window."""

    planning: Planning
    exhibitors: ExhibitorsPanel
    sectors: SectorsPanel
    booth_actions: BoothActions
    menu: QMenu
    copy_choices: CopyChoicesAction | None = None
    drop: BoothDropHandler | None = None


def _planning_of(window: QMainWindow) -> Planning:
    """The window's Planning (made on first use, bound to the current document)."""
    planning = window.findChild(Planning)
    if planning is None:
        planning = Planning(window)
        planning.message.connect(lambda text: window.statusBar().showMessage(text, MESSAGE_MS))
        planning.bind(window.document, window.editor)
        window.document_changed.connect(lambda doc: planning.bind(doc, window.editor))
    return planning


def planning_actions(window: QMainWindow) -> list[QAction]:
    """Actions on the booths selected on the canvas: swap, unassign, lock, unlock."""
    found = window.findChild(BoothActions)
    if found is None:
        planning = _planning_of(window)
        found = BoothActions(planning, window)
        unsubscribe = [lambda: None]

        def follow() -> None:
            unsubscribe[0]()
            unsubscribe[0] = lambda: None
            editor = planning.editor
            if editor is not None:
                editor.selection_changed.connect(found.update)
            if planning.document is not None:
                unsubscribe[0] = planning.project.subscribe(lambda _change: found.update())
            found.update()

        planning.document_changed.connect(follow)
        follow()
    return found.actions()


def install_planning(window: QMainWindow) -> PlanningUI:
    """Add the exhibitors and sectors panels, a Planning menu, and drops on the canvas."""
    from .exhibitors_panel import ExhibitorsPanel
    from .sectors_panel import SectorsPanel

    planning = _planning_of(window)
    exhibitors = ExhibitorsPanel(planning, window)
    sectors = SectorsPanel(planning, window)
    # Both are wide tables: tabs under the plan, exhibitors in front.
    window.add_panel(exhibitors, Qt.DockWidgetArea.BottomDockWidgetArea)
    window.add_panel(sectors, Qt.DockWidgetArea.BottomDockWidgetArea)
    if window.dockWidgetArea(sectors) == window.dockWidgetArea(exhibitors):
        window.tabifyDockWidget(exhibitors, sectors)
        exhibitors.raise_()

    booth = planning_actions(window)
    from ..solving.solving_install import plan_menu

    # One Planning menu: exhibitors and stands here, solving after them (install_solving).
    menu = plan_menu(window)
    add = QAction(QCoreApplication.translate("PlanningMenu", "Add e&xhibitor…"), window)
    add.triggered.connect(exhibitors.add_action.trigger)
    edit = QAction(QCoreApplication.translate("PlanningMenu", "&Edit exhibitors…"), window)
    edit.triggered.connect(exhibitors.edit_action.trigger)
    exhibitors.edit_action.changed.connect(
        lambda: edit.setEnabled(exhibitors.edit_action.isEnabled())
    )
    edit.setEnabled(exhibitors.edit_action.isEnabled())
    copy = CopyChoicesAction(window)
    menu.addActions([add, edit, copy.action])
    menu.addSeparator()
    menu.addActions([exhibitors.assign_action, *booth])
    ui = PlanningUI(
        planning, exhibitors, sectors, window.findChild(BoothActions), menu, copy_choices=copy
    )

    def attach() -> None:
        # The old handler is a child of the old editor's view and goes with it.
        editor = planning.editor
        ui.drop = BoothDropHandler(planning, editor.view) if editor is not None else None

    planning.document_changed.connect(attach)
    attach()
    return ui
