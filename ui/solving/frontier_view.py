"""The re-solve's trade-off frontier in the changes panel: what each extra move buys.

A small table, one row per point — "fewest: 3 moves", "+1 move", "+2 moves" … — with the
score (without the moves penalty), the gain over the fewest moves ("+3.1 %") drawn as a bar,
and whether the point is proven best for its moves or how far its bound is. Selecting a row
makes that point the proposal (`SolvingController.choose`): the preview, the list of moves and
Accept follow. Shown only while a proposal with more than one point is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import format_number
from ..widgets.whole_columns import whole_columns_width
from .frontier_choices import Choice
from .solving_controller import SolvingController

INDEX_ROLE = Qt.ItemDataRole.UserRole
GAIN = 2  # the column drawn as a bar


class FrontierView(QWidget):
    """The frontier of the open proposal; `rows()` and `select(i)` for tests."""

    def __init__(self, controller: SolvingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FrontierView")
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("More moves, a better plan? Choose:"), self)
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Moves"), self.tr("Score"), self.tr("Gain"), self.tr("Proof")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GAIN, QHeaderView.ResizeMode.Fixed)  # a bar: any width
        header.resizeSection(GAIN, self.fontMetrics().horizontalAdvance("+00.0 %") + 24)
        header.setStretchLastSection(True)  # the proof takes what is left
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.table.itemSelectionChanged.connect(self._selected)
        controller.proposal_changed.connect(self.refresh)
        self._filling = False
        self.refresh()

    def points(self) -> tuple[Choice, ...]:
        proposal = self.controller.proposal
        return () if proposal is None else tuple(proposal[1].frontier)

    def refresh(self) -> None:
        points = self.points()
        self.setVisible(len(points) > 1)
        self._filling = True
        self.table.setRowCount(len(points))
        best_gain = max((p.gain_over(points[0]) for p in points), default=0.0) if points else 0
        for i, point in enumerate(points):
            self._row(i, point, points[0], best_gain)
        chosen = self.controller.proposal[1].chosen if self.controller.proposal else 0
        if points:
            self.table.selectRow(chosen)
        self._filling = False
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)
        self.table.setMinimumWidth(self.content_width())  # no column clipped by the panel

    def content_width(self) -> int:
        """The width every column needs whole: its header and its widest cell."""
        header = self.table.horizontalHeader()
        whole = whole_columns_width(self.table, header, (0, 1, 3))
        return whole + header.sectionSize(GAIN) + 2 * self.table.frameWidth()

    def _row(self, i: int, point: Choice, first: Choice, best_gain: float) -> None:
        if i == 0:
            moves = self.tr("fewest: {n}").format(n=format_number(point.moves))
        else:
            moves = self.tr("+%n move(s)", "", i)
        gain = point.gain_over(first)
        if point.proven:
            proof = self.tr("proven best")
        elif point.gap is None:
            proof = self.tr("not proven")
        else:
            proof = self.tr("within {p} %").format(p=format_number(100 * point.gap, decimals=1))
        cells = [
            moves,
            format_number(point.score),
            ""
            if i == 0
            else self.tr("{sign}{p} %").format(
                sign="+" if gain >= 0 else "−", p=format_number(abs(100 * gain), decimals=1)
            ),
            proof,
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(INDEX_ROLE, i)
            if point.moved < point.moves and i > 0:
                moved = point.moved
                item.setToolTip(self.tr("The best plan found moves %n exhibitor(s)", "", moved))
            self.table.setItem(i, column, item)
        bar = QProgressBar(self.table)
        bar.setRange(0, 1000)
        bar.setValue(0 if best_gain <= 0 else round(1000 * max(0.0, gain) / best_gain))
        bar.setFormat(cells[2])
        bar.setTextVisible(bool(cells[2]))
        self.table.setCellWidget(i, GAIN, bar)

    def rows(self) -> list[list[str]]:
        """The table's text, row by row (the gain column as its bar shows it)."""
        out = []
        for r in range(self.table.rowCount()):
            out.append([self.table.item(r, c).text() for c in range(4)])
        return out

    def select(self, index: int) -> None:
        self.table.selectRow(index)

    def _selected(self) -> None:
        if self._filling:
            return
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) == 1:
            self.controller.choose(rows.pop())
