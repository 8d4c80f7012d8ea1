"""Qt models of the sectors panel: the sectors list and the complementarity matrix.

Both re-read the project after its change notifications; edits go through `Planning` as undo
commands. The sectors list shows each sector's stands as "placed / most" (the cap; empty in
the editor means no cap). The matrix is symmetric by construction: a cell shows the weight of
its pair, so setting (i, j) shows at (j, i) as well; the diagonal is disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from qods_planner.model import Change, Project, Sector
from qods_planner.model.sector import MAX_COMPLEMENTARITY
from qods_planner.text import to_ascii_digits

from ..i18n import format_number
from ..widgets.swatch import colour_icon
from .planning_controller import Planning
from .sector_commands import EditSector, SetComplementarity

Index = QModelIndex | QPersistentModelIndex
SECTOR_ROLE = Qt.ItemDataRole.UserRole

# The heat map: no tie, weak, medium, strong (a value chain). Text turns white on the darkest.
HEAT = ("#ffffff", "#cfe3f3", "#7fb3dc", "#2166ac")
DIAGONAL = "#d9d9d9"


def heat_colour(weight: int) -> QColor:
    return QColor(HEAT[max(0, min(weight, MAX_COMPLEMENTARITY))])


class _ProjectModel(QAbstractTableModel):
    """A table model that follows `planning`'s document and resets on the kinds it shows."""

    KINDS: frozenset[str] = frozenset()

    def __init__(self, planning: Planning, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.planning = planning
        self.project: Project | None = None
        self._unsubscribe: Callable[[], None] = lambda: None
        self.sector_ids: list[str] = []
        planning.document_changed.connect(self._rebind)
        self._rebind()

    def _rebind(self) -> None:
        self._unsubscribe()
        self._unsubscribe = lambda: None
        document = self.planning.document
        self.project = document.project if document is not None else None
        self._reset()
        if self.project is not None:
            self._unsubscribe = self.project.subscribe(self._changed)

    def _reset(self) -> None:
        self.beginResetModel()
        self.sector_ids = list(self.project.sectors) if self.project else []
        self.endResetModel()

    def _changed(self, change: Change) -> None:
        if change.kind not in self.KINDS and change.kind != "meta":
            return
        if self.project is not None and list(self.project.sectors) != self.sector_ids:
            self._reset()
        elif self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def sector(self, row: int) -> Sector:
        assert self.project is not None
        return self.project.sectors[self.sector_ids[row]]


class SectorColumn(IntEnum):
    COLOUR = 0
    ID = 1
    NAME_FA = 2
    NAME_EN = 3
    EXHIBITORS = 4
    STANDS = 5


class SectorTableModel(_ProjectModel):
    """One row per sector: colour, id, Persian and English names, how many exhibitors, and
    stands placed against the most it may have."""

    KINDS = frozenset({"sector", "exhibitor", "plan"})

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.sector_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SectorColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SectorColumn.COLOUR: self.tr("Colour"),
            SectorColumn.ID: self.tr("ID"),
            SectorColumn.NAME_FA: self.tr("Name (Persian)"),
            SectorColumn.NAME_EN: self.tr("Name (English)"),
            SectorColumn.EXHIBITORS: self.tr("Exhibitors"),
            SectorColumn.STANDS: self.tr("Stands / most"),
        }[SectorColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.project is None:
            return None
        s = self.project.sectors.get(self.sector_ids[index.row()])
        if s is None:
            return None
        column = SectorColumn(index.column())
        if role == SECTOR_ROLE:
            return s.id
        if role == Qt.ItemDataRole.DecorationRole and column == SectorColumn.COLOUR:
            return QColor(s.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == SectorColumn.COLOUR:
            return self.tr("{colour} (double-click to change)").format(colour=s.colour)
        if column == SectorColumn.STANDS:
            return self._stands_data(s, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == SectorColumn.COLOUR:
                return None  # the swatch says it; the code is in the tooltip
            if column == SectorColumn.ID:
                return s.id
            if column == SectorColumn.NAME_FA:
                return s.name_fa
            if column == SectorColumn.NAME_EN:
                return s.name_en
            count = sum(1 for e in self.project.exhibitors.values() if e.sector_id == s.id)
            return format_number(count, self.planning.language())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SectorColumn.NAME_FA:
            # Persian names sit on the right whatever the interface's direction (Absolute: not
            # mirrored in a right-to-left layout).
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def placed(self, sector_id: str) -> int:
        """How many of the sector's exhibitors hold a stand in the plan."""
        assert self.project is not None
        exhibitors = self.project.exhibitors
        return sum(
            1
            for e in self.project.plan.stands
            if e in exhibitors and exhibitors[e].sector_id == sector_id
        )

    def _stands_data(self, s: Sector, role: int) -> Any:
        language = self.planning.language()
        placed = self.placed(s.id)
        cap = s.max_stands
        if role == Qt.ItemDataRole.DisplayRole:
            if cap is None:
                return format_number(placed, language)
            return self.tr("{placed} / {most}").format(
                placed=format_number(placed, language), most=format_number(cap, language)
            )
        if role == Qt.ItemDataRole.EditRole:
            return "" if cap is None else str(cap)
        if role == Qt.ItemDataRole.ForegroundRole and cap is not None and placed > cap:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole:
            if cap is None:
                return self.tr("Stands placed; no cap. Double-click to set the most stands.")
            return self.tr(
                "Stands placed, and the most the sector may have. Double-click to change;"
                " empty: no cap."
            )
        return None

    def set_cap(self, sector_id: str, cap: int | None) -> bool:
        """Set the most stands of a sector (None: no cap) as one undo step."""
        assert self.project is not None
        old = self.project.sectors[sector_id]
        if old.max_stands == cap:
            return False
        project = self.project

        def build() -> EditSector:
            command = EditSector(project, replace(old, max_stands=cap))
            most = self.tr("no cap") if cap is None else format_number(cap)
            command.setText(self.tr("Most stands of sector {0}: {1}").format(old.id, most))
            return command

        return self.planning.push(build)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        editable = (SectorColumn.NAME_FA, SectorColumn.NAME_EN, SectorColumn.STANDS)
        if index.isValid() and index.column() in editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.project is None:
            return False
        if index.column() == SectorColumn.STANDS:
            text = to_ascii_digits(str(value)).strip()
            if text and not text.isdigit():
                self.planning.refuse(self.tr("The most stands is a whole number, or empty"))
                return False
            return self.set_cap(self.sector_ids[index.row()], int(text) if text else None)
        field = {SectorColumn.NAME_FA: "name_fa", SectorColumn.NAME_EN: "name_en"}.get(
            SectorColumn(index.column())
        )
        if field is None:
            return False
        return self.set_field(self.sector_ids[index.row()], field, str(value).strip())

    def set_field(self, sector_id: str, field: str, value: str) -> bool:
        """Change one field of a sector (name_fa, name_en, colour) as one undo step."""
        assert self.project is not None
        old = self.project.sectors[sector_id]
        if getattr(old, field) == value:
            return False

        def build() -> EditSector:
            return EditSector(self.project, replace(old, **{field: value}))

        return self.planning.push(build)


class ComplementarityModel(_ProjectModel):
    """The sectors × sectors matrix of weights 0–3, shown as a heat map."""

    KINDS = frozenset({"sector", "complementarity"})

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sector_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sector_ids)

    def pair(self, index: Index) -> tuple[str, str]:
        return self.sector_ids[index.row()], self.sector_ids[index.column()]

    def weight(self, row: int, column: int) -> int:
        assert self.project is not None
        return self.project.complementarity.weight(self.sector_ids[row], self.sector_ids[column])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.project is None or not 0 <= section < len(self.sector_ids):
            return None
        s = self.sector(section)
        language = self.planning.language()
        number = format_number(section + 1, language)
        if role == Qt.ItemDataRole.DisplayRole:
            # Columns are numbered to keep the grid narrow; rows carry the names.
            if orientation == Qt.Orientation.Horizontal:
                return number
            return f"{number}. {s.name(language)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return colour_icon(s.colour, 10)
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.name(language)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.project is None:
            return None
        row, column = index.row(), index.column()
        if row == column:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(DIAGONAL)
            return None
        w = self.weight(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(w, self.planning.language()) if w else ""
        if role == Qt.ItemDataRole.EditRole:
            return w
        if role == Qt.ItemDataRole.BackgroundRole:
            return heat_colour(w)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#ffffff") if w == MAX_COMPLEMENTARITY else QColor("#000000")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            language = self.planning.language()
            a, b = self.sector(row).name(language), self.sector(column).name(language)
            return self.tr("{a} ↔ {b}: {w} ({meaning})").format(
                a=a, b=b, w=format_number(w, language), meaning=self.meaning(w)
            )
        return None

    def meaning(self, weight: int) -> str:
        return (
            self.tr("none"),
            self.tr("weak"),
            self.tr("medium"),
            self.tr("strong: a value chain"),
        )[weight]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.row() == index.column():
            return Qt.ItemFlag.NoItemFlags  # a sector's tie with itself is not a choice
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.project is None:
            return False
        if index.row() == index.column():
            return False
        return self.set_weight([index], value)

    def set_weight(self, indexes: list[Index], value: Any) -> bool:
        """Set the weight of every (off-diagonal) cell of `indexes`, as one undo step."""
        try:
            weight = int(value)
        except (TypeError, ValueError):
            return False
        pairs = [self.pair(i) for i in indexes if i.isValid() and i.row() != i.column()]
        if not pairs or self.project is None:
            return False
        project = self.project
        return self.planning.push(lambda: SetComplementarity(project, pairs, weight))
