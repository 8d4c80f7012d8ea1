"""The exhibitors table: a Qt model over the project's exhibitors (the filter is
`exhibitor_filter.ExhibitorFilter`).

Model → view: the model listens to the project's change notifications and re-reads only what
changed (rows of the exhibitors named, the stand columns after a plan change), so undo, redo,
file loads and other panels all refresh the table through one path.
View → model: edits (name, requested area, locked) go through `Planning`, as undo commands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from qods_planner.model import EMPTY_PLAN, Change, Exhibitor, Plan, PriorityTier, Project
from qods_planner.text import normalise_key

from ..i18n import format_number, isolated
from .drop import MIME_TYPE, encode_ids
from .planning_controller import Planning

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    ID = 0
    NAME = 1
    SECTOR = 2
    AREA = 3
    STAND = 4
    HALL = 5
    PRIORITY = 6
    NEEDS = 7
    STATUS = 8
    LOCKED = 9


COLUMN_COUNT = len(Column)
# Above this many changed rows, one signal for the span is cheaper than one per row.
MANY_ROWS = 200
# Columns that show the plan, refreshed after every plan, booth or hall change.
PLAN_COLUMNS = (Column.STAND, Column.HALL, Column.LOCKED)
PRIORITY_RANK = {PriorityTier.SPONSOR: 0, PriorityTier.RETURNING: 1, PriorityTier.REGULAR: 2}


class ExhibitorTableModel(QAbstractTableModel):
    """One row per exhibitor, in the project's order."""

    def __init__(self, planning: Planning, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.planning = planning
        self.project: Project | None = None
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._plan_seen: Plan = EMPTY_PLAN
        self._keys: dict[str, str] = {}
        # Sort keys per (exhibitor, column): sorting thousands of rows asks for each many times.
        self._sort_keys: dict[tuple[str, int], Any] = {}
        self._unsubscribe: Callable[[], None] = lambda: None
        planning.document_changed.connect(self._rebind)
        self._rebind()

    # -- binding -----------------------------------------------------------------------------
    def _rebind(self) -> None:
        self._unsubscribe()
        self.beginResetModel()
        document = self.planning.document
        self.project = document.project if document is not None else None
        self._set_ids(list(self.project.exhibitors) if self.project else [])
        self._plan_seen = self.project.plan if self.project else EMPTY_PLAN
        self._keys.clear()
        self._sort_keys.clear()
        self.endResetModel()
        if self.project is not None:
            self._unsubscribe = self.project.subscribe(self._changed)

    def _changed(self, change: Change) -> None:
        if change.kind == "meta":
            self._rebind()
            return
        # Rows first: removing an exhibitor sends "plan" before "exhibitor", and the rows must
        # never name an exhibitor the project no longer has.
        self._sync_rows()
        if change.kind == "exhibitor":
            self._rows_changed(change.ids, Column.ID, Column.LOCKED)
        elif change.kind == "plan":
            # Only the exhibitors whose stand or lock changed: a sorted table then re-sorts a
            # few rows, not thousands.
            old, new = self._plan_seen, self.project.plan
            self._plan_seen = new
            moved = {
                e
                for e in old.stands.keys() | new.stands.keys()
                if old.stands.get(e) != new.stands.get(e)
            } | (old.locked ^ new.locked)
            self._rows_changed(moved, min(PLAN_COLUMNS), max(PLAN_COLUMNS))
        elif change.kind in ("booth", "hall"):
            self._keys.clear()  # stand labels are searchable
            self._sort_keys.clear()
            # One signal over the plan's columns: the proxy re-filters each row once.
            self._columns_changed(min(PLAN_COLUMNS), max(PLAN_COLUMNS))
        elif change.kind == "sector":
            self._sort_keys.clear()
            self._columns_changed(Column.SECTOR, Column.SECTOR)

    def _sync_rows(self) -> None:
        """Make the rows the project's exhibitors: insert at the end, remove one, or reset."""
        assert self.project is not None
        now = list(self.project.exhibitors)
        old = self._ids
        if now == old:
            return
        if now[: len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(now) - 1)
            self._set_ids(now)
            self.endInsertRows()
        elif len(now) == len(old) - 1 and [e for e in old if e in self.project.exhibitors] == now:
            row = next(i for i, e in enumerate(old) if e not in self.project.exhibitors)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._set_ids(now)
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self._set_ids(now)
            self._keys.clear()
            self._sort_keys.clear()
            self.endResetModel()

    def _set_ids(self, ids: list[str]) -> None:
        self._ids = ids
        self._rows = {e: i for i, e in enumerate(ids)}

    def _rows_changed(self, ids: Iterable[str], first: Column, last: Column) -> None:
        """Forget the cached keys of `ids` and tell the views their rows changed."""
        rows = sorted(self._rows[e] for e in ids if e in self._rows)
        for row in rows:
            eid = self._ids[row]
            self._keys.pop(eid, None)
            for column in Column:
                self._sort_keys.pop((eid, column), None)
        if len(rows) > MANY_ROWS:
            self.dataChanged.emit(self.index(rows[0], first), self.index(rows[-1], last))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row, first), self.index(row, last))

    def _columns_changed(self, first: Column, last: Column) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._ids) - 1, last))

    # -- reading -----------------------------------------------------------------------------
    def exhibitor_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, exhibitor_id: str) -> int:
        return self._rows[exhibitor_id]

    def exhibitor(self, row: int) -> Exhibitor:
        assert self.project is not None
        return self.project.exhibitors[self._ids[row]]

    def search_key(self, row: int) -> str:
        """Everything a search may match in this row, normalised ("\\x1f" between fields)."""
        eid = self._ids[row]
        key = self._keys.get(eid)
        if key is None:
            assert self.project is not None
            ex = self.project.exhibitors[eid]
            stand = self.project.plan.stand_of(eid) or ()
            booths = self.project.booths
            labels = [booths[b].label for b in stand if b in booths]
            fields = [ex.id, ex.name_fa, ex.name_en, ex.phone, *labels]
            key = "\x1f".join(normalise_key(f) for f in fields if f)
            self._keys[eid] = key
        return key

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.AREA:
            return self.tr("Requested area in square metres (smallest – largest accepted)")
        return None

    def column_title(self, column: Column) -> str:
        return {
            Column.ID: self.tr("ID"),
            Column.NAME: self.tr("Name"),
            Column.SECTOR: self.tr("Sector"),
            Column.AREA: self.tr("Area (m²)"),
            Column.STAND: self.tr("Stand"),
            Column.HALL: self.tr("Hall"),
            Column.PRIORITY: self.tr("Priority"),
            Column.NEEDS: self.tr("Needs"),
            Column.STATUS: self.tr("Status"),
            Column.LOCKED: self.tr("Locked"),
        }[column]

    def priority_name(self, tier: PriorityTier) -> str:
        return {
            PriorityTier.SPONSOR: self.tr("Sponsor"),
            PriorityTier.RETURNING: self.tr("Returning"),
            PriorityTier.REGULAR: self.tr("Regular"),
        }[tier]

    def needs_text(self, ex: Exhibitor) -> str:
        names = []
        if ex.needs.power:
            names.append(self.tr("power"))
        if ex.needs.water:
            names.append(self.tr("water"))
        if ex.needs.heavy_floor:
            names.append(self.tr("heavy floor"))
        return self.tr(", ").join(names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.project is None:
            return None
        ex = self.project.exhibitors.get(self._ids[index.row()])
        if ex is None:  # between the project's change and our notification
            return None
        column = Column(index.column())
        if role == ID_ROLE:
            return ex.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(ex, column, role == Qt.ItemDataRole.EditRole)
        if role == SORT_ROLE:
            return self.sort_key(index.row(), column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SECTOR:
            sector = self.project.sectors.get(ex.sector_id)
            return QColor(sector.colour) if sector else None
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.LOCKED:
            if ex.id not in self.project.plan.stands:
                return None
            locked = ex.id in self.project.plan.locked
            return Qt.CheckState.Checked if locked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(ex, column)
        if role == Qt.ItemDataRole.ForegroundRole and not ex.registered:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AREA:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, ex: Exhibitor, column: Column, edit: bool) -> Any:
        project = self.project
        assert project is not None
        language = self.planning.language()
        if column == Column.ID:
            return ex.id
        if column == Column.NAME:
            name = ex.name(language)
            # A Latin name in the Persian table had its "Co." dot jump to the left.
            return isolated(name) if language == "fa" and not edit else name
        if column == Column.SECTOR:
            sector = project.sectors.get(ex.sector_id)
            return sector.name(language) if sector else ex.sector_id
        if column == Column.AREA:
            return ex.requested_m2 if edit else format_number(ex.requested_m2, language, 1)
        if column == Column.STAND:
            stand = project.plan.stand_of(ex.id) or ()
            return ", ".join(project.booths[b].label for b in stand if b in project.booths)
        if column == Column.HALL:
            stand = project.plan.stand_of(ex.id)
            if not stand or stand[0] not in project.booths:
                return ""
            hall = project.halls.get(project.booths[stand[0]].hall_id)
            return hall.name(language) if hall else ""
        if column == Column.PRIORITY:
            return self.priority_name(ex.priority)
        if column == Column.NEEDS:
            return self.needs_text(ex)
        if column == Column.STATUS:
            if not ex.registered:
                return self.tr("Withdrawn")
            return self.tr("Assigned") if ex.id in project.plan.stands else self.tr("Waitlisted")
        return None  # LOCKED shows a check box only

    def sort_key(self, row: int, column: int) -> Any:
        """What the column sorts on for this row: numbers for numbers, normalised text."""
        cache_key = (self._ids[row], column)
        key = self._sort_keys.get(cache_key)
        if key is None:
            assert self.project is not None
            ex = self.project.exhibitors.get(self._ids[row])
            key = self._sort_key(ex, Column(column)) if ex is not None else ""
            self._sort_keys[cache_key] = key
        return key

    def _sort_key(self, ex: Exhibitor, column: Column) -> Any:
        project = self.project
        assert project is not None
        if column == Column.AREA:
            return ex.requested_m2
        if column == Column.PRIORITY:
            return PRIORITY_RANK[ex.priority]
        if column == Column.LOCKED:
            return 1 if ex.id in project.plan.locked else 0
        if column == Column.NEEDS:
            return (ex.needs.power, ex.needs.water, ex.needs.heavy_floor)
        text = self._display(ex, column, False)
        return normalise_key(text) if isinstance(text, str) else text

    def _tooltip(self, ex: Exhibitor, column: Column) -> str | None:
        if column == Column.NAME:
            return "\n".join(n for n in (ex.name_fa, ex.name_en) if n)
        if column == Column.AREA:
            language = self.planning.language()
            return self.tr("{req} m² requested; accepts {min} – {max} m²").format(
                req=format_number(ex.requested_m2, language, 1),
                min=format_number(ex.min_m2, language, 1),
                max=format_number(ex.max_m2, language, 1),
            )
        return None

    # -- editing -----------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        column = index.column()
        if column in (Column.NAME, Column.AREA):
            base |= Qt.ItemFlag.ItemIsEditable
        elif (
            column == Column.LOCKED
            and self.project is not None
            and self.exhibitor_id(index.row()) in self.project.plan.stands
        ):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.project is None:
            return False
        eid = self.exhibitor_id(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.LOCKED:
            locked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.planning.set_locked([eid], locked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == Column.NAME:
            text = str(value).strip()
            field = "name_fa" if self.planning.language() == "fa" else "name_en"
            if not text and field == "name_en":
                return False
            return self.planning.edit_exhibitors([eid], {field: text})
        if column == Column.AREA:
            try:
                area = float(value)
            except (TypeError, ValueError):
                return False
            return self.planning.edit_exhibitors([eid], {"requested_m2": area})
        return False

    # -- dragging ----------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self._ids[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
