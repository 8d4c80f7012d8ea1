"""The fair order in the solve panel: the four keys that decide who is served first, in the
order the organiser wants (`Settings.priority_order`).

Unlike the weights (a draft a solve stores), the order is a rule of the project: the validator
judges priority inversions by it, so each move is one undo step on the project at once
(`SetSettings`); the draft weights and solver settings of the panel stay as they are.
Move up / Move down (Alt+Up / Alt+Down in the list) reorder it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from qods_planner.model import Change

from ..i18n import format_number
from .plan_commands import SetSettings
from .solving_controller import SolvingController

KEY_ROLE = Qt.ItemDataRole.UserRole


class FairOrderBox(QGroupBox):
    """A reorderable list of tier, priority points, registration time and id."""

    def __init__(self, controller: SolvingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Fair order"))
        self.controller = controller
        window = self.window_ = controller.window
        self._unsubscribe = lambda: None
        self.note = QLabel(
            self.tr(
                "Who is served first when exhibitors compete for a place or a choice: the first"
                " key decides, the next breaks its ties."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Fair order"))
        self.list.setFixedHeight(4 * 22 + 8)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip(self.tr("Decides earlier (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip(self.tr("Decides later (Alt+Down)"))
        grid = QGridLayout(self)
        grid.addWidget(self.note, 0, 0, 1, 2)
        grid.addWidget(self.list, 1, 0, 3, 1)
        grid.addWidget(self.up_button, 1, 1)
        grid.addWidget(self.down_button, 2, 1)
        grid.setRowStretch(3, 1)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.installEventFilter(self)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        window.document_changed.connect(lambda _d: self.bind())
        self.bind()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Alt+Up and Alt+Down in the list move the current key."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def names(self) -> dict[str, str]:
        return {
            "tier": self.tr("Priority tier (sponsor, returning, regular)"),
            "priority_points": self.tr("Priority points (more first)"),
            "registered_on": self.tr("Registration time (earlier first)"),
            "id": self.tr("Exhibitor ID (the last word)"),
        }

    def bind(self) -> None:
        self._unsubscribe()
        self._unsubscribe = self.window_.document.project.subscribe(self._changed)
        self.load()

    def _changed(self, change: Change) -> None:
        if change.kind in ("settings", "meta"):
            self.load()

    def order(self) -> tuple[str, ...]:
        return tuple(self.list.item(r).data(KEY_ROLE) for r in range(self.list.count()))

    def load(self) -> None:
        """Show the project's order, keeping the current key current."""
        current = self.list.currentItem()
        key = current.data(KEY_ROLE) if current is not None else None
        names = self.names()
        self.list.clear()
        for i, k in enumerate(self.window_.document.project.settings.priority_order, 1):
            item = QListWidgetItem(f"{format_number(i)}. {names[k]}", self.list)
            item.setData(KEY_ROLE, k)
            if k == key:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def move_current(self, step: int) -> bool:
        """Move the current key up (-1) or down (1) as one undo step."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return False
        order = list(self.order())
        order[row], order[target] = order[target], order[row]
        document = self.window_.document
        project = document.project
        command = SetSettings(project, replace(project.settings, priority_order=tuple(order)))
        command.setText(self.tr("Change the fair order"))
        drafts = self.controller.weights, self.controller.solver_settings
        document.undo_stack.push(command)  # the project's change reloads the list
        self.controller.weights, self.controller.solver_settings = drafts
        self.list.setCurrentRow(target)
        return True

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        enabled = self.isEnabled()
        self.up_button.setEnabled(enabled and row > 0)
        self.down_button.setEnabled(enabled and 0 <= row < count - 1)
