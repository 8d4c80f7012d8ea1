"""The changes panel: publish the plan, re-solve after last-minute changes, and review who
moves from where to where and why before accepting (one undo step) or discarding.

Without a proposal the panel lists how the current plan differs from the published baseline
(read only). Selecting rows highlights the booths involved on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from solver.result import Change

from ..i18n import current_language, format_number
from ..widgets.whole_columns import whole_columns_width
from .bidi_names import in_direction, isolate
from .frontier_view import FrontierView
from .moves import plan_changes
from .solving_controller import SolvingController

REFRESH_MS = 250
BOOTHS_ROLE = Qt.ItemDataRole.UserRole
EXHIBITOR_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2


class ChangesPanel(QDockWidget):
    def __init__(self, controller: SolvingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangesPanel")
        self.setWindowTitle(self.tr("Changes"))
        self.controller = controller
        self.moves: list[Change] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.baseline = QLabel(body)
        self.baseline.setWordWrap(True)
        top = QHBoxLayout()
        self.publish_button = QPushButton(self.tr("Publish plan"), body)
        self.publish_button.setToolTip(
            self.tr("Record this plan as the one exhibitors were told; re-solving keeps to it")
        )
        self.resolve_button = QPushButton(self.tr("Re-solve"), body)
        self.resolve_button.setToolTip(
            self.tr("Repair the plan after changes, moving as few exhibitors as possible")
        )
        top.addWidget(self.publish_button)
        top.addWidget(self.resolve_button)
        self.title = QLabel(body)
        self.title.setWordWrap(True)  # unwrapped, a long Persian title widened the whole dock
        self.table = QTreeWidget(body)
        self.table.setHeaderLabels([self.tr("Exhibitor"), self.tr("From"), self.tr("To")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names elide
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel(body)  # the selected move in full: reasons are long
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept"), body)
        self.accept_button.setToolTip(self.tr("Apply these moves (one undo step)"))
        self.discard_button = QPushButton(self.tr("Discard"), body)
        self.discard_button.setToolTip(self.tr("Keep the plan as it is"))
        bottom.addStretch(1)
        bottom.addWidget(self.accept_button)
        bottom.addWidget(self.discard_button)
        layout.addWidget(self.baseline)
        layout.addLayout(top)
        layout.addWidget(self.title)
        self.frontier = FrontierView(controller, body)  # moves against quality: the choice
        layout.addWidget(self.frontier)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(bottom)
        self.setWidget(body)

        self.publish_button.clicked.connect(controller.publish)
        self.resolve_button.clicked.connect(controller.resolve)
        self.accept_button.clicked.connect(controller.accept)
        self.discard_button.clicked.connect(controller.discard)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        controller.proposal_changed.connect(self.refresh)
        controller.running_changed.connect(lambda _r: self._update_buttons())
        controller.window.document_changed.connect(self._document_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = lambda: None
        self._document_changed(controller.window.document)

    def _document_changed(self, document) -> None:
        self._unsubscribe()
        self._unsubscribe = document.project.subscribe(self._project_changed)
        self.refresh()

    def _project_changed(self, _change) -> None:
        self._show_baseline()  # cheap: at once; the list waits for the burst to end
        self._update_buttons()
        self._timer.start()

    # -- what is listed ----------------------------------------------------------------------
    @property
    def showing_proposal(self) -> bool:
        return self.controller.proposal is not None

    def refresh(self) -> None:
        self._timer.stop()
        c = self.controller
        p = c.project
        self._show_baseline()
        if self.showing_proposal:
            self.moves = c.proposal_moves()
            fresh = c.proposal[0].mode == "solve" or not c.proposal[0].plan_before.stands
            title = (
                self.tr("Stands the solve proposes: {n}")
                if fresh
                else self.tr("Moves the re-solve proposes: {n}")
            )
            self.title.setText(title.format(n=format_number(len(self.moves))))
        elif p.baseline is not None:
            self.moves = plan_changes(p, p.baseline, p.plan)
            self.title.setText(
                self.tr("Changes since publishing: {n}").format(n=format_number(len(self.moves)))
            )
        else:
            self.moves = []
            self.title.setText(self.tr("Publish the plan to follow later changes."))
        self._fill()
        self.details.clear()
        self._update_buttons()

    def _show_baseline(self) -> None:
        baseline = self.controller.project.baseline
        if baseline is None:
            self.baseline.setText(self.tr("No plan published yet."))
        else:
            self.baseline.setText(
                self.tr("Stands in the published plan: {n}").format(
                    n=format_number(len(baseline.stands))
                )
            )

    def _fill(self) -> None:
        self.table.clear()
        p = self.controller.project
        language = current_language()  # a list in the interface, as its reasons are
        for move in self.moves:
            ex = p.exhibitors.get(move.exhibitor)
            name = ex.name(language) if ex is not None else move.exhibitor
            leaves = ex is None or not ex.registered
            booths = list(dict.fromkeys(move.before + move.after))
            item = QTreeWidgetItem(
                [name, self._where(move.before, True), self._where(move.after, False, leaves)]
            )
            item.setData(0, BOOTHS_ROLE, booths)
            item.setData(0, EXHIBITOR_ROLE, move.exhibitor)
            sentence = self._sentence(name, move, leaves)
            item.setData(0, DETAILS_ROLE, sentence)
            item.setToolTip(0, sentence)
            self.table.addTopLevelItem(item)
            if move.why:  # the reason on its own line, across the row: panels are narrow
                why = QTreeWidgetItem([move.why])
                why.setData(0, BOOTHS_ROLE, booths)
                why.setData(0, DETAILS_ROLE, sentence)
                why.setToolTip(0, move.why)
                why.setForeground(0, self.palette().placeholderText())
                font = why.font(0)
                font.setItalic(True)
                why.setFont(0, font)
                item.addChild(why)
                why.setFirstColumnSpanned(True)
                item.setExpanded(True)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The panel no narrower than the headers and the booths need: only names elide."""
        header, table = self.table.header(), self.table
        wanted = header.sectionSizeHint(0) + whole_columns_width(table, header, (1, 2))
        wanted += table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()
        table.setMinimumWidth(wanted)

    def _sentence(self, name: str, move: Change, leaves: bool) -> str:
        text = self.tr("{name}: from {before} to {after}").format(
            name=isolate(name),
            before=self._where(move.before, True),
            after=self._where(move.after, False, leaves),
        )
        return f"{text}. {move.why}" if move.why else text

    def rows(self) -> list[QTreeWidgetItem]:
        """One row per move (reasons are their children)."""
        return [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]

    def why_of(self, row: QTreeWidgetItem) -> str:
        return row.child(0).text(0) if row.childCount() else ""

    def _where(self, booths: tuple[str, ...], before: bool, leaves: bool = False) -> str:
        """Booth labels; no stand afterwards is the waitlist, unless the exhibitor withdrew."""
        if not booths:
            return self.tr("(no stand)") if before or leaves else self.tr("Waitlist")
        known = self.controller.project.booths
        return ", ".join(known[b].label if b in known else b for b in booths)

    def _update_buttons(self) -> None:
        c = self.controller
        running = c.is_running()
        self.publish_button.setEnabled(
            not running and bool(c.project.plan.stands) and c.project.baseline != c.project.plan
        )
        self.resolve_button.setEnabled(not running and bool(c.project.registered()))
        self.accept_button.setEnabled(self.showing_proposal and not running)
        self.discard_button.setEnabled(self.showing_proposal)

    def _selection_changed(self) -> None:
        booths: list[str] = []
        selected = self.table.selectedItems()
        for item in selected:
            booths.extend(item.data(0, BOOTHS_ROLE) or [])
        shown = selected[0].data(0, DETAILS_ROLE) or "" if len(selected) == 1 else ""
        self.details.setText(in_direction(shown, self.isRightToLeft()))
        if not booths and self.showing_proposal:
            self.controller.highlight_moves()
            return
        self.controller.show_booths(booths)
