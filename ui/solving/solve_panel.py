"""The solve panel: time limit, seed, weight presets and every rule weight, the fair order;
Solve, Re-solve and Cancel; live progress (elapsed time, score, bound, gap, plans found) and
the outcome.

The values here are a draft held by the `SolvingController`; they reach the project only
with a solve's result (one undo step: the plan and the settings it was made with). While a
solve runs, a timer in the GUI thread refreshes the elapsed time; ticks from the worker fill in
the score and bound.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qods_planner.model import ModelError, RuleWeights, SolverSettings
from solver.result import Progress, SolveStatus, relative_gap

from ..i18n import format_number
from .fair_order_box import FairOrderBox
from .outcome import Outcome
from .presets import BALANCED, PRESETS, SECTORS, WEIGHT_NAMES, WISHES, preset_of
from .resolve_settings import ResolveSettings
from .solving_controller import SolvingController

CLOCK_MS = 200
CUSTOM = "custom"


class SolvePanel(QDockWidget):
    def __init__(self, controller: SolvingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SolvePanel")
        self.setWindowTitle(self.tr("Solve"))
        self.controller = controller
        self._loading = False
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self._settings_box(body))
        layout.addWidget(self._weights_box(body))
        self.fair_order = FairOrderBox(controller, body)
        layout.addWidget(self.fair_order)
        layout.addWidget(self._progress_box(body))
        layout.addStretch(1)
        self.body = body
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        # The buttons stay in sight below the scrolled settings: at the window's first size
        # they had scrolled out of view under the fair order's box.
        holder = QWidget(self)
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        buttons = self._buttons(holder)
        buttons.setContentsMargins(6, 2, 6, 4)  # the dock's edge is no button's edge
        outer.addLayout(buttons)
        self.setWidget(holder)
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self._tick_clock)
        controller.running_changed.connect(self._running_changed)
        controller.worker.progress.connect(self.show_progress)
        controller.outcome_ready.connect(self.show_outcome)
        controller.proposal_changed.connect(self._update_buttons)
        controller.message.connect(self.status.setText)
        controller.settings_changed.connect(
            lambda: self._load(controller.weights, controller.solver_settings)
        )
        self._unsubscribe = lambda: None
        controller.window.document_changed.connect(lambda _d: self._document_changed())
        self._document_changed()

    # -- building ----------------------------------------------------------------------------
    def _settings_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Search"), parent)
        form = QFormLayout(box)
        self.time_limit = QDoubleSpinBox(box)
        self.time_limit.setRange(1, 3600)
        self.time_limit.setDecimals(0)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(
            self.tr("The solver stops after this many seconds (a re-solve after at most 10)")
        )
        self.seed = QSpinBox(box)
        self.seed.setRange(0, 1_000_000)
        self.seed.setToolTip(self.tr("The same project and seed give the same plan"))
        self.preset = QComboBox(box)
        names = {
            BALANCED: self.tr("Balanced"),
            SECTORS: self.tr("Group sectors strongly"),
            WISHES: self.tr("Respect wishes"),
        }
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.addItem(self.tr("Custom"), CUSTOM)
        form.addRow(self.tr("Time limit"), self.time_limit)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Weights"), self.preset)
        self.resolve_settings = ResolveSettings(box, form, self.controller)
        self.time_limit.valueChanged.connect(self._solver_edited)
        self.seed.valueChanged.connect(self._solver_edited)
        self.preset.activated.connect(self._preset_chosen)
        return box

    def _weights_box(self, parent: QWidget) -> QWidget:
        """The points of every rule, folded under a disclosure button (presets suffice)."""
        holder = QWidget(parent)
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        self.weights_toggle = QToolButton(holder)
        self.weights_toggle.setText(self.tr("Points per rule"))
        self.weights_toggle.setCheckable(True)
        self.weights_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.weights_toggle.setAutoRaise(True)
        self.weights_box = QGroupBox(holder)
        form = QFormLayout(self.weights_box)
        labels = {
            "same_sector": self.tr("Same sector as neighbour"),
            "complementary": self.tr("Complementary sectors as neighbours"),
            "premium": self.tr("Priority exhibitors on premium booths"),
            "corner_wish": self.tr("Corner wish met"),
            "island_wish": self.tr("Island wish met"),
            "hall_wish": self.tr("Hall wish met"),
            "choice": self.tr("Booth choice met (first choice × 5)"),
            "partners": self.tr("Partners near each other"),
            "waste": self.tr("Wasted area (per m²)"),
            "waitlist": self.tr("Waitlisting an exhibitor"),
            "move": self.tr("Moving a published stand"),
        }
        self.weight_boxes: dict[str, QSpinBox] = {}
        for name in WEIGHT_NAMES:
            spin = QSpinBox(self.weights_box)
            spin.setRange(0, 1_000_000)
            spin.setObjectName(f"weight_{name}")
            spin.valueChanged.connect(self._weights_edited)
            self.weight_boxes[name] = spin
            form.addRow(labels.get(name, name), spin)
        outer.addWidget(self.weights_toggle)
        outer.addWidget(self.weights_box)
        self.weights_toggle.toggled.connect(self._fold_weights)
        self._fold_weights(False)
        return holder

    def _fold_weights(self, shown: bool) -> None:
        self.weights_box.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        if not shown and self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            arrow = Qt.ArrowType.LeftArrow
        self.weights_toggle.setArrowType(arrow)

    def _buttons(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.solve_button = QPushButton(self.tr("Solve"), parent)
        self.solve_button.setToolTip(self.tr("Plan from scratch; locked stands stay"))
        self.resolve_button = QPushButton(self.tr("Re-solve"), parent)
        self.resolve_button.setToolTip(
            self.tr("Plan again from the current plan, moving as few exhibitors as possible")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), parent)
        self.cancel_button.setToolTip(self.tr("Stop and keep the best plan found so far"))
        for b in (self.solve_button, self.resolve_button, self.cancel_button):
            row.addWidget(b)
        self.solve_button.clicked.connect(self.controller.solve)
        self.resolve_button.clicked.connect(self.controller.resolve)
        self.cancel_button.clicked.connect(self.controller.cancel)
        return row

    def _progress_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Progress"), parent)
        self.progress_box = box
        form = QFormLayout(box)
        self.bar = QProgressBar(box)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.state = QLabel(box)
        self.elapsed = QLabel(box)
        self.objective = QLabel(box)
        self.bound = QLabel(box)
        self.gap = QLabel(box)
        self.plans = QLabel(box)
        self.waitlisted = QLabel(box)
        self.status = QLabel(box)
        for label in (self.state, self.status, self.waitlisted):  # must not widen the dock
            label.setWordWrap(True)
        form.addRow(self.bar)
        form.addRow(self.tr("State"), self.state)
        form.addRow(self.tr("Elapsed"), self.elapsed)
        form.addRow(self.tr("Score"), self.objective)
        form.addRow(self.tr("Best possible"), self.bound)
        form.addRow(self.tr("Gap"), self.gap)
        form.addRow(self.tr("Plans found"), self.plans)
        form.addRow(self.tr("Waitlist"), self.waitlisted)
        form.addRow(self.status)
        self._clear_progress()
        return box

    # -- draft settings ----------------------------------------------------------------------
    def _document_changed(self) -> None:
        # Solve waits for the first exhibitor: the buttons follow every edit of the project,
        # not only a new document (measured: after File > New and three exhibitors added,
        # Solve stayed greyed out).
        self._unsubscribe()
        self._unsubscribe = self.controller.project.subscribe(lambda _c: self._update_buttons())
        self._load(self.controller.weights, self.controller.solver_settings)
        self._clear_progress()
        self.state.setText(self.tr("Ready"))
        self._update_buttons()

    def _load(self, weights: RuleWeights, solver: SolverSettings) -> None:
        self._loading = True
        try:
            self.time_limit.setValue(solver.time_limit_s)
            self.seed.setValue(solver.seed)
            for name, spin in self.weight_boxes.items():
                spin.setValue(getattr(weights, name))
            self._show_preset(weights)
        finally:
            self._loading = False

    def _show_preset(self, weights: RuleWeights) -> None:
        key = preset_of(weights) or CUSTOM
        self.preset.setCurrentIndex(self.preset.findData(key))

    def _preset_chosen(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key in PRESETS:
            self.controller.weights = PRESETS[key]
            self._load(self.controller.weights, self.controller.solver_settings)

    def _weights_edited(self) -> None:
        if self._loading:
            return
        values = {name: spin.value() for name, spin in self.weight_boxes.items()}
        try:
            self.controller.weights = RuleWeights(**values)
        except ModelError as exc:
            self.status.setText(str(exc))
            return
        self._show_preset(self.controller.weights)

    def _solver_edited(self) -> None:
        if self._loading:
            return
        self.controller.solver_settings = replace(
            self.controller.solver_settings,
            time_limit_s=float(self.time_limit.value()),
            seed=int(self.seed.value()),
        )

    # -- progress ----------------------------------------------------------------------------
    def _running_changed(self, running: bool) -> None:
        if running:
            self._clear_progress()
            self.state.setText(self.tr("Solving…"))
            self.scroll.ensureWidgetVisible(self.progress_box)  # what the solve is doing
            self.clock.start()
        else:
            self.clock.stop()
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.controller.is_running()
        has_exhibitors = bool(self.controller.project.registered())
        for w in (
            self.solve_button,
            self.resolve_button,
            self.time_limit,
            self.seed,
            self.preset,
            self.weights_box,
            self.fair_order,
        ):
            w.setEnabled(not running)
        self.solve_button.setEnabled(not running and has_exhibitors)
        self.resolve_button.setEnabled(not running and has_exhibitors)
        self.cancel_button.setEnabled(running and not self.controller.worker.is_cancelling())

    def _clear_progress(self) -> None:
        self.bar.setValue(0)
        for label in (self.elapsed, self.objective, self.bound, self.gap, self.plans):
            label.setText("–")
        self.waitlisted.setText("–")

    def _tick_clock(self) -> None:
        seconds = self.controller.worker.elapsed()
        job = self.controller.worker.job  # the limit the running solve has (a re-solve's ≤ 10 s)
        limit = job.time_limit_s if job else self.controller.solver_settings.time_limit_s
        self.elapsed.setText(self._seconds(seconds))
        self.bar.setValue(min(1000, int(1000 * seconds / max(limit, 0.001))))
        if self.controller.worker.is_cancelling():
            self.state.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def show_progress(self, tick: Progress) -> None:
        """A better plan or a better bound arrived."""
        self._show_numbers(tick.objective, tick.bound, tick.gap, tick.plans_found)

    def _show_numbers(self, objective, bound, gap, plans) -> None:
        self.objective.setText(self._number(objective))
        self.bound.setText(self._number(bound))
        self.gap.setText("–" if gap is None else self._percent(gap))
        self.plans.setText(format_number(plans))

    def show_outcome(self, _job, outcome: Outcome) -> None:
        gap = (
            outcome.gap
            if outcome.gap is not None
            else relative_gap(outcome.objective, outcome.bound)
        )
        self._show_numbers(outcome.objective, outcome.bound, gap, outcome.plans_found)
        self.elapsed.setText(self._seconds(outcome.seconds))
        self.bar.setValue(1000)
        self.state.setText(self.status_name(outcome.status))
        self.state.setToolTip(outcome.error)
        self.waitlisted.setText(self.waitlist_text(len(outcome.waitlist), outcome.waitlist_proven))
        self._update_buttons()

    def waitlist_text(self, count: int, proven: bool | None) -> str:
        """ "31 on the waitlist — no plan can place more" when the waitlist is proven as short
        as any plan's (tier-weighted: sponsors first)."""
        if count == 0:
            return self.tr("Nobody")
        if proven:
            return self.tr("%n on the waitlist — no plan can place more (by priority)", "", count)
        return self.tr("%n on the waitlist — not proven the shortest", "", count)

    def status_name(self, status: SolveStatus) -> str:
        return {
            SolveStatus.OPTIMAL: self.tr("Optimal: no better plan exists"),
            SolveStatus.FEASIBLE: self.tr("Good plan (not proven best)"),
            SolveStatus.TIME_LIMIT: self.tr("Time limit reached: best plan found"),
            SolveStatus.CANCELLED: self.tr("Cancelled: best plan found so far"),
            SolveStatus.INFEASIBLE: self.tr("No plan can meet every hard rule"),
            SolveStatus.NO_PLAN: self.tr("No plan found"),
            SolveStatus.ERROR: self.tr("The solver failed"),
        }[status]

    def _number(self, value) -> str:
        return "–" if value is None else format_number(value)

    def _seconds(self, seconds: float) -> str:
        return self.tr("{s} s").format(s=format_number(seconds, decimals=1))

    def _percent(self, fraction: float) -> str:
        return self.tr("{p} %").format(p=format_number(100 * fraction, decimals=1))
