"""A table column that stretches to fill the view but never below a readable width: when the
view is too narrow, the column keeps that width and the table scrolls sideways instead of
cutting every name to "…" (seen in a new project's narrow Exhibitors dock)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

# The width kept, in average characters of the table's font: a company name is readable.
READABLE_CHARS = 18


class ReadableColumn(QObject):
    """Keeps `column` of `table` stretching, or at least `chars` characters wide."""

    def __init__(self, table: QTableView, column: int, chars: int = READABLE_CHARS) -> None:
        super().__init__(table)
        self.table, self.column = table, column
        self.minimum = table.fontMetrics().averageCharWidth() * chars
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._others_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _others_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.column:
            self.fit()

    def fit(self) -> None:
        """Stretch when the other columns leave the readable width, else hold it."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != self.column and not header.isSectionHidden(i)
        )
        room = self.table.viewport().width() - others
        stretch = room >= self.minimum
        mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.column) != mode:
            header.setSectionResizeMode(self.column, mode)
        if not stretch and header.sectionSize(self.column) != self.minimum:
            header.resizeSection(self.column, self.minimum)
