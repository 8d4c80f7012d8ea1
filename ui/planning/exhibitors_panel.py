"""The exhibitors panel: a sortable table with search and filters, and the actions on the
chosen rows (add, edit, withdraw, restore, remove; assign, swap, unassign, lock, unlock).

Rows can be dragged onto a booth of the canvas to assign a stand (see `ui.planning.drop`).
Selecting rows highlights their stands on the canvas. Every change goes through `Planning`.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from qods_planner.model import Change

from ..i18n import format_number
from ..widgets.readable_column import ReadableColumn
from ..widgets.swatch import colour_icon
from .exhibitor_dialog import ExhibitorDialog
from .exhibitor_filter import ExhibitorFilter, Placement, Status
from .exhibitor_model import Column, ExhibitorTableModel
from .planning_controller import Planning

CONTENTS_PRECISION = 200  # rows judged when sizing columns: fast with thousands of rows


class ExhibitorsPanel(QDockWidget):
    """Dock with the exhibitors table. `table`, `proxy`, `model` and the filter widgets are
    public for tests and for other panels (e.g. to select an exhibitor)."""

    def __init__(self, planning: Planning, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exhibitors"))
        self.setObjectName("ExhibitorsPanel")
        self.planning = planning
        self.model = ExhibitorTableModel(planning, self)
        self.proxy = ExhibitorFilter(self)
        self.proxy.setSourceModel(self.model)
        self._unsubscribe = lambda: None

        body = QWidget(self)
        self.search = QLineEdit(body)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, id, phone or booth…"))
        self.sector_filter = QComboBox(body)
        self.sector_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter = QComboBox(body)
        self.status_filter.addItems(
            [self.tr("Any status"), self.tr("Registered"), self.tr("Withdrawn")]
        )
        self.placement_filter = QComboBox(body)
        self.placement_filter.addItems(
            [self.tr("Any stand"), self.tr("Assigned"), self.tr("Waitlisted"), self.tr("Locked")]
        )
        self.count = QLabel(body)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.sector_filter, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.placement_filter)
        filters.addWidget(self.count)

        self.table = QTableView(body)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the project's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(CONTENTS_PRECISION)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.name_column = ReadableColumn(self.table, Column.NAME)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.toolbar = QToolBar(body)
        self._build_actions()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table)
        self.setWidget(body)

        self.search.textChanged.connect(self.proxy.set_search)
        self.sector_filter.activated.connect(
            lambda i: self.proxy.set_sector(self.sector_filter.itemData(i))
        )
        self.status_filter.currentIndexChanged.connect(lambda i: self.proxy.set_status(Status(i)))
        self.placement_filter.currentIndexChanged.connect(
            lambda i: self.proxy.set_placement(Placement(i))
        )
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.customContextMenuRequested.connect(self._context_menu)
        planning.document_changed.connect(self._rebind)
        self._rebind()

    # -- actions -----------------------------------------------------------------------------
    def _action(self, text: str, slot, tip: str = "", shortcut: QKeySequence | None = None):
        action = QAction(text, self)
        action.setToolTip(tip or text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(
            self.tr("Add…"), self.add, self.tr("Register a new exhibitor")
        )
        self.edit_action = self._action(
            self.tr("Edit…"), self.edit, self.tr("Edit the chosen exhibitors (several at once)")
        )
        self.withdraw_action = self._action(
            self.tr("Withdraw"), self.withdraw, self.tr("Mark as withdrawn; the stand is freed")
        )
        self.restore_action = self._action(
            self.tr("Restore"), self.restore, self.tr("Register a withdrawn exhibitor again")
        )
        self.remove_action = self._action(
            self.tr("Remove"),
            self.remove,
            self.tr("Delete the chosen exhibitors"),
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.assign_action = self._action(
            self.tr("Assign to selected booths"),
            self.assign_to_selection,
            self.tr("Give the chosen exhibitor the booths selected on the plan"),
        )
        self.swap_action = self._action(
            self.tr("Swap stands"), self.swap, self.tr("Exchange the stands of two exhibitors")
        )
        self.unassign_action = self._action(
            self.tr("Unassign"), self.unassign, self.tr("Take the stand away (waiting list)")
        )
        self.lock_action = self._action(
            self.tr("Lock"), lambda: self.set_locked(True), self.tr("Keep the stand on re-solve")
        )
        self.unlock_action = self._action(
            self.tr("Unlock"), lambda: self.set_locked(False), self.tr("Let re-solve move it")
        )
        self.toolbar.addActions(
            [
                self.add_action,
                self.edit_action,
                self.withdraw_action,
                self.restore_action,
                self.remove_action,
            ]
        )
        self.toolbar.addSeparator()
        self.toolbar.addActions(
            [
                self.assign_action,
                self.swap_action,
                self.unassign_action,
                self.lock_action,
                self.unlock_action,
            ]
        )
        self._update_actions()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.add_action, self.edit_action])
        menu.addSeparator()
        menu.addActions(
            [
                self.assign_action,
                self.swap_action,
                self.unassign_action,
                self.lock_action,
                self.unlock_action,
            ]
        )
        menu.addSeparator()
        menu.addActions([self.withdraw_action, self.restore_action, self.remove_action])
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- binding -----------------------------------------------------------------------------
    def _rebind(self) -> None:
        self._unsubscribe()
        self._unsubscribe = lambda: None
        if self.planning.document is not None:
            self._unsubscribe = self.planning.project.subscribe(self._changed)
        self._fill_sectors()
        self._update_count()
        self._update_actions()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size the columns to what they show (judged on the first rows), the name stretching."""
        for column in Column:
            if column != Column.NAME:
                self.table.resizeColumnToContents(column)

    def _changed(self, change: Change) -> None:
        if change.kind in ("sector", "meta"):
            self._fill_sectors()
        if change.kind in ("exhibitor", "plan", "meta"):
            self._update_actions()
            self._update_count()
        if change.kind in ("exhibitor", "sector", "meta", "plan"):
            # After the table's model has taken the change: sectors, names and stands (a
            # solve's "A1-03, A1-09") were cut short.
            QTimer.singleShot(0, self.fit_columns)

    def _fill_sectors(self) -> None:
        current = self.sector_filter.currentData()
        self.sector_filter.clear()
        self.sector_filter.addItem(self.tr("All sectors"), None)
        if self.planning.document is not None:
            language = self.planning.language()
            for s in self.planning.project.sectors.values():
                self.sector_filter.addItem(colour_icon(s.colour), s.name(language), s.id)
        index = self.sector_filter.findData(current) if current is not None else 0
        self.sector_filter.setCurrentIndex(max(index, 0))
        self.proxy.set_sector(self.sector_filter.currentData())

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total}").format(
                shown=format_number(self.proxy.rowCount()),
                total=format_number(self.model.rowCount()),
            )
        )

    # -- selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """The chosen exhibitors, in the table's order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return self.proxy.ids(rows)

    def select_ids(self, ids: list[str]) -> None:
        """Choose these exhibitors' rows (those the filters show)."""
        selection = QItemSelection()
        for e in ids:
            source = self.model.index(self.model.row_of(e), 0)
            row = self.proxy.mapFromSource(source)
            if row.isValid():
                selection.select(row, row.siblingAtColumn(len(Column) - 1))
        model = self.table.selectionModel()
        model.select(selection, model.SelectionFlag.ClearAndSelect)

    def _selection_changed(self) -> None:
        self._update_actions()
        self.planning.show_exhibitors(self.selected_ids())

    def _update_actions(self) -> None:
        bound = self.planning.document is not None
        ids = self.selected_ids() if bound else []
        project = self.planning.project if bound else None
        exhibitors = (
            [project.exhibitors[e] for e in ids if e in project.exhibitors] if project else []
        )
        stands = project.plan.stands if project else {}
        locked = project.plan.locked if project else frozenset()
        self.add_action.setEnabled(bound and bool(project.sectors))
        self.edit_action.setEnabled(bool(exhibitors))
        self.remove_action.setEnabled(bool(exhibitors))
        self.withdraw_action.setEnabled(any(e.registered for e in exhibitors))
        self.restore_action.setEnabled(any(not e.registered for e in exhibitors))
        self.assign_action.setEnabled(len(exhibitors) == 1 and exhibitors[0].registered)
        self.swap_action.setEnabled(len(ids) == 2 and all(e in stands for e in ids))
        self.unassign_action.setEnabled(any(e in stands for e in ids))
        self.lock_action.setEnabled(any(e in stands and e not in locked for e in ids))
        self.unlock_action.setEnabled(any(e in locked for e in ids))

    # -- doing -------------------------------------------------------------------------------
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in (Column.NAME, Column.AREA, Column.LOCKED):
            self.edit()

    def dialog(self, ids: list[str] | None) -> ExhibitorDialog:
        """The add/edit dialog for `ids` (None: a new exhibitor), not yet shown."""
        return ExhibitorDialog(self.planning, ids, self)

    def add(self) -> None:
        dialog = self.dialog(None)
        if dialog.exec() == ExhibitorDialog.DialogCode.Accepted:
            new = list(self.planning.project.exhibitors)[-1:]
            self.select_ids(new)

    def edit(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.dialog(ids).exec()

    def withdraw(self) -> None:
        self.planning.withdraw(self.selected_ids())

    def restore(self) -> None:
        self.planning.restore(self.selected_ids())

    def remove(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = ", ".join(self.planning.exhibitor_name(e) for e in ids[:5])
        if len(ids) > 5:
            names += "…"
        if self.planning.confirm(
            self.tr("Remove exhibitors"),
            self.tr(
                "Delete %n exhibitor(s): {names}?\n\nTo keep them on record, withdraw"
                " them instead.",
                "",
                len(ids),
            ).format(names=names),
        ):
            self.planning.remove_exhibitors(ids)

    def assign_to_selection(self) -> None:
        ids = self.selected_ids()
        booths = self.planning.selected_booth_ids()
        if len(ids) != 1:
            self.planning.refuse(self.tr("Choose one exhibitor to assign"))
        elif not booths:
            self.planning.refuse(self.tr("Select the booths on the plan first"))
        else:
            self.planning.assign(ids[0], booths)

    def swap(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self.planning.swap(ids[0], ids[1])
        else:
            self.planning.refuse(self.tr("Choose two exhibitors to swap"))

    def unassign(self) -> None:
        self.planning.unassign(self.selected_ids())

    def set_locked(self, locked: bool) -> None:
        self.planning.set_locked(self.selected_ids(), locked)
