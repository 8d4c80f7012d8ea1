"""The exhibitors table's filtering proxy: it sorts on `SORT_ROLE` (numbers as numbers) and
filters on a normalised search key, so "كيا" typed with Arabic letters finds "کیا" stored with
Persian ones, and by sector, status and placement.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel

from qods_planner.text import normalise_key

from .exhibitor_model import SORT_ROLE, ExhibitorTableModel, Index


class Placement(IntEnum):
    ANY = 0
    ASSIGNED = 1
    WAITLISTED = 2
    LOCKED = 3


class Status(IntEnum):
    ANY = 0
    REGISTERED = 1
    WITHDRAWN = 2


class ExhibitorFilter(QSortFilterProxyModel):
    """Sorts on `SORT_ROLE`; keeps rows matching the search text, sector, status, placement."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._search = ""
        self._sector: str | None = None
        self._status = Status.ANY
        self._placement = Placement.ANY

    def source(self) -> ExhibitorTableModel:
        model = self.sourceModel()
        assert isinstance(model, ExhibitorTableModel)
        return model

    def _change(self, apply: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() by begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            apply()
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        key = normalise_key(text)
        if key != self._search:
            self._change(lambda: setattr(self, "_search", key))

    def set_sector(self, sector_id: str | None) -> None:
        if sector_id != self._sector:
            self._change(lambda: setattr(self, "_sector", sector_id))

    def set_status(self, status: Status) -> None:
        if status != self._status:
            self._change(lambda: setattr(self, "_status", Status(status)))

    def set_placement(self, placement: Placement) -> None:
        if placement != self._placement:
            self._change(lambda: setattr(self, "_placement", Placement(placement)))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.source()
        project = model.project
        if project is None:
            return False
        ex = project.exhibitors.get(model.exhibitor_id(source_row))
        if ex is None:
            return False
        if self._sector is not None and ex.sector_id != self._sector:
            return False
        if self._status == Status.REGISTERED and not ex.registered:
            return False
        if self._status == Status.WITHDRAWN and ex.registered:
            return False
        placed = ex.id in project.plan.stands
        if self._placement == Placement.ASSIGNED and not placed:
            return False
        if self._placement == Placement.WAITLISTED and (placed or not ex.registered):
            return False
        if self._placement == Placement.LOCKED and ex.id not in project.plan.locked:
            return False
        return not self._search or self._search in model.search_key(source_row)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.source()
        a = model.sort_key(left.row(), left.column())
        b = model.sort_key(right.row(), right.column())
        if a == b:  # ties keep the project's order
            return left.row() < right.row()
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def ids(self, proxy_rows: list[int]) -> list[str]:
        model = self.source()
        return [model.exhibitor_id(self.mapToSource(self.index(r, 0)).row()) for r in proxy_rows]
