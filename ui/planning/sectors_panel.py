"""The sectors panel: the sectors (names, colours, stands placed / most) and the
complementarity matrix.

The matrix is an editable heat map: a cell is how much the row's and the column's sectors
feed each other (0 none … 3 a value chain); editing (i, j) sets (j, i), the diagonal is
disabled. Typing 0–3 (Persian digits too) sets every selected cell at once, as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDockWidget,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from qods_planner.model import Change, Sector
from qods_planner.model.sector import MAX_COMPLEMENTARITY
from qods_planner.text import to_ascii_digits

from .planning_controller import Planning
from .sector_commands import AddSector, RemoveSector
from .sector_models import HEAT, ComplementarityModel, SectorColumn, SectorTableModel

# Colours offered to new sectors, in order: distinct, readable under black labels.
NEW_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
)  # fmt: skip


class WeightDelegate(QStyledItemDelegate):
    """Edits a cell with a spin box limited to 0–3."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_COMPLEMENTARITY)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return spin


class MatrixView(QTableView):
    """The heat-map grid. Keys 0–3 set every selected cell."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = to_ascii_digits(event.text())
        model = self.model()
        if (
            isinstance(model, ComplementarityModel)
            and text.isdigit()
            and int(text) <= MAX_COMPLEMENTARITY
            and self.state() != QAbstractItemView.State.EditingState
        ):
            indexes = [QPersistentModelIndex(i) for i in self.selectedIndexes()]
            if indexes:
                model.set_weight(indexes, int(text))
                event.accept()
                return
        super().keyPressEvent(event)


class SectorsPanel(QDockWidget):
    """Dock with the sectors list (top) and the complementarity matrix (bottom)."""

    def __init__(self, planning: Planning, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sectors"))
        self.setObjectName("SectorsPanel")
        self.planning = planning
        self._unsubscribe = lambda: None

        self.sectors_model = SectorTableModel(planning, self)
        self.matrix_model = ComplementarityModel(planning, self)

        top = QWidget(self)
        self.toolbar = QToolBar(top)
        self.add_action = QAction(self.tr("Add sector"), self)
        self.remove_action = QAction(self.tr("Remove sector"), self)
        self.colour_action = QAction(self.tr("Colour…"), self)
        self.cap_action = QAction(self.tr("Most stands…"), self)
        self.cap_action.setToolTip(self.tr("Cap how many of the sector's exhibitors get a stand"))
        self.toolbar.addActions(
            [self.add_action, self.remove_action, self.colour_action, self.cap_action]
        )
        self.sectors = QTableView(top)
        self.sectors.setModel(self.sectors_model)
        self.sectors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sectors.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sectors.verticalHeader().hide()
        header = self.sectors.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SectorColumn.NAME_EN, QHeaderView.ResizeMode.Stretch)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 0)
        top_layout.addWidget(self.toolbar)
        top_layout.addWidget(self.sectors)

        bottom = QWidget(self)
        title = QLabel(self.tr("<b>Complementarity</b>: how much two sectors feed each other"))
        title.setWordWrap(True)
        self.matrix = MatrixView(bottom)
        self.matrix.setModel(self.matrix_model)
        self.matrix.setItemDelegate(WeightDelegate(self.matrix))
        self.matrix.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.matrix.setShowGrid(True)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.horizontalHeader().setDefaultSectionSize(34)
        self.matrix.horizontalHeader().setMinimumSectionSize(26)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.verticalHeader().setDefaultSectionSize(24)
        self.legend = QLabel(self._legend_html())
        self.legend.setWordWrap(True)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(4, 4, 4, 4)
        bottom_layout.addWidget(title)
        bottom_layout.addWidget(self.matrix, 1)
        bottom_layout.addWidget(self.legend)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setWidget(self.splitter)
        self.dockLocationChanged.connect(self._docked)

        self.add_action.triggered.connect(lambda: self.add_sector())
        self.remove_action.triggered.connect(self.remove_sector)
        self.colour_action.triggered.connect(self.choose_colour)
        self.cap_action.triggered.connect(self.edit_cap)
        self.sectors.doubleClicked.connect(self._double_clicked)
        self.sectors.selectionModel().selectionChanged.connect(self._update_actions)
        planning.document_changed.connect(self._rebind)
        self._rebind()

    def _docked(self, area: Qt.DockWidgetArea) -> None:
        """Side by side in a wide dock (top, bottom), one above the other in a tall one."""
        wide = area in (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)

    def _legend_html(self) -> str:
        parts = []
        for w, colour in enumerate(HEAT):
            meaning = self.matrix_model.meaning(w)
            parts.append(
                f'<span style="background:{colour}; border:1px solid #888;">&nbsp;&nbsp;&nbsp;'
                f"</span> {w} {meaning}"
            )
        return (
            "&nbsp;&nbsp; ".join(parts)
            + "<br>"
            + self.tr("Double-click a cell, or select cells and type 0–3.")
        )

    # -- binding -----------------------------------------------------------------------------
    def _rebind(self) -> None:
        self._unsubscribe()
        self._unsubscribe = lambda: None
        if self.planning.document is not None:
            self._unsubscribe = self.planning.project.subscribe(self._changed)
        self._update_actions()

    def _changed(self, change: Change) -> None:
        if change.kind in ("sector", "exhibitor", "meta"):
            self._update_actions()

    def selected_sector(self) -> str | None:
        rows = self.sectors.selectionModel().selectedRows()
        return self.sectors_model.sector_ids[rows[0].row()] if rows else None

    def select_sector(self, sector_id: str) -> None:
        row = self.sectors_model.sector_ids.index(sector_id)
        self.sectors.selectRow(row)

    def _update_actions(self) -> None:
        bound = self.planning.document is not None
        chosen = self.selected_sector() if bound else None
        self.add_action.setEnabled(bound)
        self.remove_action.setEnabled(chosen is not None)
        self.colour_action.setEnabled(chosen is not None)
        self.cap_action.setEnabled(chosen is not None)

    # -- doing -------------------------------------------------------------------------------
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == SectorColumn.COLOUR:
            self.choose_colour()

    def choose_colour(self) -> None:
        sector_id = self.selected_sector()
        if sector_id is None:
            return
        old = self.planning.project.sectors[sector_id]
        colour = QColorDialog.getColor(
            QColor(old.colour),
            self,
            self.tr("Colour of {0}").format(old.name(self.planning.language())),
        )
        if colour.isValid():
            self.sectors_model.set_field(sector_id, "colour", colour.name())

    def edit_cap(self) -> None:
        """Edit the chosen sector's most stands in its cell (type a number; empty: no cap)."""
        sector_id = self.selected_sector()
        if sector_id is not None:
            row = self.sectors_model.sector_ids.index(sector_id)
            index = self.sectors_model.index(row, SectorColumn.STANDS)
            self.sectors.setCurrentIndex(index)
            self.sectors.edit(index)

    def add_sector(
        self, names: tuple[str, str] | None = None, most_stands: int | None = None
    ) -> str | None:
        """Add a sector named `names` (Persian, English), asked for when not given with its
        most stands; both names are required and unique. Returns the new sector's id, None
        when refused."""
        from .sector_dialog import SectorNameDialog, name_problem

        project = self.planning.project
        if names is None:
            dialog = SectorNameDialog(project.sectors.values(), self)
            if dialog.exec() != SectorNameDialog.DialogCode.Accepted:
                return None
            names = dialog.names()
            most_stands = dialog.most_stands()
        problem = name_problem(*names, project.sectors.values())
        if problem:
            self.planning.refuse(problem)
            return None
        used = {s.colour.lower() for s in project.sectors.values()}
        colour = next((c for c in NEW_COLOURS if c not in used), NEW_COLOURS[0])
        sector = Sector(project.new_id("sector", project.sectors), *names, colour, most_stands)
        if self.planning.push(lambda: AddSector(project, sector)):
            self.select_sector(sector.id)
            return sector.id
        return None

    def remove_sector(self) -> None:
        sector_id = self.selected_sector()
        if sector_id is not None:
            self.planning.push(lambda: RemoveSector(self.planning.project, sector_id))
