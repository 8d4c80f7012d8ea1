"""The Space report panel: the committee's figures (area assigned, free, blocked and reserved
per hall; exhibitors, waitlisted and area per sector; stand kinds) for the plan on screen,
refreshed a moment after each change. The same tables as the workbook's sheet and the PDF,
each a read-only table under its title, every column whole; a narrow panel scrolls rather
than break words or cut a column."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qods_planner.messages import format_number
from qods_planner.publishing.space import space_report, space_tables

from ..i18n import current_language
from ..widgets.whole_columns import whole_columns_width

REFRESH_MS = 400


class SpaceReportPanel(QDockWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("SpaceReportPanel")
        self.setWindowTitle(self.tr("Space report"))
        self.window_ = window
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.setWidget(self.scroll)
        self.grids: list[QTableWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = None
        window.document_changed.connect(self.bind)
        if getattr(window, "document", None) is not None:
            self.bind(window.document)

    def bind(self, document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = document.project.subscribe(lambda _change: self._timer.start())
        self.refresh()

    def tables(self):
        project = self.window_.document.project
        return space_tables(project, space_report(project), current_language())

    def text(self) -> str:
        """Every title and cell shown, one table row a line (for tests and copying)."""
        lines = []
        for title, grid in zip(self.titles, self.grids, strict=True):
            lines.append(title.text())
            heads = [
                grid.horizontalHeaderItem(c).text().replace("\n", " ")
                for c in range(grid.columnCount())
            ]
            lines.append("\t".join(heads))
            for r in range(grid.rowCount()):
                lines.append("\t".join(grid.item(r, c).text() for c in range(grid.columnCount())))
        return "\n".join(lines)

    def refresh(self) -> None:
        language = current_language()
        page = QWidget()
        column = QVBoxLayout(page)
        self.grids, self.titles = [], []
        for table in self.tables():
            title = QLabel(table.title, page)
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            grid = QTableWidget(len(table.rows), len(table.headers), page)
            # "Area assigned (m²)" on two lines: the unit under the words, a narrower column
            grid.setHorizontalHeaderLabels([h.replace(" (", "\n(") for h in table.headers])
            grid.verticalHeader().hide()
            grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            grid.setAccessibleName(table.title)
            last = len(table.rows) - 1
            for r, row in enumerate(table.rows):
                for c, value in enumerate(row):
                    text = value if isinstance(value, str) else format_number(value, language, 1)
                    item = QTableWidgetItem(text)
                    if not isinstance(value, str):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if r == last and table.key != "kinds":
                        item.setFont(bold)
                    grid.setItem(r, c, item)
            header = grid.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            # Every column whole: a narrow panel scrolls as a page, no table cuts a column.
            grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            columns = range(grid.columnCount())
            grid.setMinimumWidth(whole_columns_width(grid, header, columns) + 2 * grid.frameWidth())
            grid.resizeRowsToContents()
            height = header.sizeHint().height() + 2 * grid.frameWidth()
            height += sum(grid.rowHeight(r) for r in range(grid.rowCount()))
            grid.setFixedHeight(height)
            column.addWidget(title)
            column.addWidget(grid)
            self.titles.append(title)
            self.grids.append(grid)
        column.addStretch(1)
        self.scroll.setWidget(page)
