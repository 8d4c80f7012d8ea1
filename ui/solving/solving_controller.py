"""The solving controller: one per main window. It takes snapshots, runs the worker, previews
better plans on the canvas, applies results as one undo step, publishes the baseline and
holds a re-solve's proposal until the organiser accepts or discards it.

Flow: `solve()` plans from scratch, `resolve()` from the current plan with the fewest moves;
either way the result is kept as a *proposal* (shown on the canvas and in the changes panel)
until `accept()` or `discard()`: one way to end every solve. A result is applied only
to the project state its snapshot came from; after an edit during the solve it is refused
with a message, never applied to a different project.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from qods_planner.cli.cmd_publish import publish_problems
from qods_planner.model import ModelError, Plan, RuleWeights, SolverSettings
from solver.result import Change, SolveStatus

from ..i18n import format_number
from .job import RESOLVE, SOLVE, SolveJob, make_job
from .moves import plan_changes, with_solver_reasons
from .outcome import Outcome
from .plan_commands import ApplySolution, PublishPlan
from .preview import PlanPreview
from .worker import SolveWorker


class SolvingController(QObject):
    running_changed = Signal(bool)
    outcome_ready = Signal(object, object)  # SolveJob, Outcome
    proposal_changed = Signal()  # a re-solve proposal appeared or went
    message = Signal(str)  # what happened, for the panels and the status bar
    settings_changed = Signal()  # the draft weights / solver settings were reloaded

    def __init__(self, window, worker: SolveWorker | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.worker = worker or SolveWorker(parent=self)
        self.worker.setParent(self)
        self._weights: RuleWeights = RuleWeights()
        self._solver_settings: SolverSettings = SolverSettings()
        self.last: tuple[SolveJob, Outcome] | None = None
        self.proposal: tuple[SolveJob, Outcome] | None = None
        self.preview: PlanPreview | None = None
        self._unsubscribe = lambda: None
        self.worker.started.connect(lambda _job: self.running_changed.emit(True))
        self.worker.better_plan.connect(self._show_better_plan)
        self.worker.finished.connect(self._finished)
        self.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        window.document_changed.connect(self._document_changed)
        self._document_changed(window.document)

    # -- the document ------------------------------------------------------------------------
    @property
    def project(self):
        return self.window.document.project

    def _document_changed(self, document) -> None:
        """A new project: stop solving the old one and forget its results."""
        if self.worker.is_running():
            self.worker.cancel()
        if self.preview is not None:
            self.preview.clear()
        self._unsubscribe()
        self._unsubscribe = document.project.subscribe(self._project_changed)
        self.preview = PlanPreview(self.window.editor.scene, document.project)
        self.load_settings()
        self.last = None
        if self.proposal is not None:
            self.proposal = None
            self.proposal_changed.emit()

    def _project_changed(self, change) -> None:
        if change.kind in ("settings", "meta"):  # an undo, a redo or a reload
            self.load_settings()
        # A proposal is only good for the project it was made for.
        if self.proposal is not None and not self.proposal[0].is_current(self.project):
            self.discard()
            self.message.emit(self.tr("The project changed, so the proposed moves were dropped"))

    def load_settings(self) -> None:
        """Take the weights and solver settings stored in the project (after an undo)."""
        self.weights = self.project.settings.weights
        self.solver_settings = self.project.settings.solver

    # The draft the next solve uses; the solve panel shows and edits it.
    @property
    def weights(self) -> RuleWeights:
        return self._weights

    @weights.setter
    def weights(self, weights: RuleWeights) -> None:
        if weights != self._weights:
            self._weights = weights
            self.settings_changed.emit()

    @property
    def solver_settings(self) -> SolverSettings:
        return self._solver_settings

    @solver_settings.setter
    def solver_settings(self, settings: SolverSettings) -> None:
        if settings != self._solver_settings:
            self._solver_settings = settings
            self.settings_changed.emit()

    # -- asking ------------------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (tests replace this)."""
        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- solving -----------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.worker.is_running()

    def solve(self) -> bool:
        """Plan from scratch (locked stands stay); the result is applied when it ends."""
        p = self.project
        if (
            p.baseline is not None
            and p.plan.stands
            and not self.confirm(
                self.tr("Solve from scratch"),
                self.tr(
                    "A plan was published. Solving from scratch may move exhibitors who were"
                    " already told their booth; Re-solve keeps moves to a minimum.\n\n"
                    "Solve from scratch anyway?"
                ),
            )
        ):
            return False
        return self._start(SOLVE)

    def resolve(self) -> bool:
        """Plan from the current plan with the fewest moves; the result becomes a proposal."""
        return self._start(RESOLVE)

    def _start(self, mode: str) -> bool:
        if self.worker.is_running():
            self.message.emit(self.tr("A solve is already running"))
            return False
        if not self.project.registered():
            self.message.emit(self.tr("There is no registered exhibitor to plan"))
            return False
        self.discard()
        try:
            job = make_job(self.project, mode, self.weights, self.solver_settings)
        except (ModelError, ValueError) as exc:  # the project cannot be snapshotted as it is
            self.message.emit(self.tr("Cannot solve: {reason}").format(reason=exc))
            return False
        self.worker.start(job)
        exhibitors, booths = len(job.problem.exhibitors), len(job.problem.booths)
        counts = {
            "exhibitors": self.tr("%n exhibitor(s)", "", exhibitors),
            "booths": self.tr("%n booth(s)", "", booths),
        }
        if mode == SOLVE:
            text = self.tr("Planning {exhibitors} on {booths} from scratch…")
        else:
            text = self.tr("Re-planning {exhibitors} with the fewest moves…")
        self.message.emit(text.format(**counts))
        return True

    def cancel(self) -> None:
        """Stop the solve; it ends with the best plan found so far."""
        if self.worker.is_running():
            self.worker.cancel()
            self.message.emit(self.tr("Cancelling: keeping the best plan found so far…"))

    def _show_better_plan(self, plan: Plan) -> None:
        job = self.worker.job
        # A solve of a document closed meanwhile keeps running until it stops: not shown.
        if self.preview is not None and job is not None and job.project_key == id(self.project):
            self.preview.show(plan)

    def _finished(self, job: SolveJob, outcome: Outcome) -> None:
        self.last = (job, outcome)
        if self.preview is not None:
            self.preview.clear()
        self.running_changed.emit(False)
        if outcome.status is SolveStatus.INFEASIBLE:
            self.message.emit(self.tr("No plan can keep every hard rule: see Explanations"))
        elif outcome.plan is None:
            self.message.emit(self.tr("The solve ended without a plan"))
        elif not job.is_current(self.project):
            self.message.emit(self._stale_text())
        elif all(p == self.project.plan for p in _plans_offered(outcome)):
            self.message.emit(self.tr("Re-solve: the current plan needs no change"))
        else:
            self.proposal = (job, outcome)
            if self.preview is not None:
                self.preview.show(outcome.plan)
            self.highlight_moves()
            self.proposal_changed.emit()
            self.message.emit(self._proposal_text(job, outcome))
        self.outcome_ready.emit(job, outcome)

    def _proposal_text(self, job: SolveJob, outcome: Outcome) -> str:
        """What the status bar says of a new proposal: a fresh plan's size, or the moves."""
        if job.mode == SOLVE or not job.plan_before.stands:
            return self.tr(
                "The solve proposes a plan: {placed} placed, {waiting} waitlisted."
                " Accept or discard it."
            ).format(
                placed=format_number(len(outcome.plan.stands)),
                waiting=format_number(len(self.project.waitlist(outcome.plan))),
            )
        changes = self.proposal_moves()
        if not changes:  # only the frontier's other points change anything
            return self.tr(
                "The re-solve needs no move. Changes lists better plans that move a few"
                " exhibitors: choose one and accept it, or discard."
            )
        # A newcomer given a stand is no move: counted apart, so "1 move" never means that.
        moved = sum(1 for m in changes if m.before and m.after)
        placed = sum(1 for m in changes if not m.before)
        exhibitors = self.project.exhibitors
        # A withdrawn exhibitor's released stand is no waitlisting.
        waiting = sum(
            1
            for m in changes
            if not m.after and m.exhibitor in exhibitors and exhibitors[m.exhibitor].registered
        )
        return self.tr(
            "The re-solve proposes {moves}, {placed} and {waiting}. Accept or discard them."
        ).format(
            moves=self.tr("%n move(s)", "", moved),
            placed=self.tr("%n newly placed", "", placed),
            waiting=self.tr("%n waitlisted", "", waiting),
        )

    def _stale_text(self) -> str:
        return self.tr(
            "The project changed while solving, so the result was not applied."
            " Solve again to plan the project as it is now."
        )

    # -- applying ----------------------------------------------------------------------------
    def apply(self, job: SolveJob, outcome: Outcome) -> bool:
        """Push the outcome's plan with the settings used as one undo step, if the project
        is still the one the snapshot came from."""
        if outcome.plan is None:
            return False
        if not job.is_current(self.project):
            self.message.emit(self._stale_text())
            return False
        if outcome.plan == self.project.plan and job.settings == self.project.settings:
            self.message.emit(self.tr("The solver kept the current plan"))
            return True
        text = self.tr("Solve") if job.mode == SOLVE else self.tr("Re-solve")
        command = ApplySolution(self.project, outcome.plan, job.settings, text)
        self.window.document.undo_stack.push(command)
        self.message.emit(
            self.tr("{what}: {placed} placed, {waiting} waitlisted").format(
                what=text,
                placed=format_number(len(outcome.plan.stands)),
                waiting=format_number(len(self.project.waitlist())),
            )
        )
        return True

    # -- the re-solve proposal ---------------------------------------------------------------
    def proposal_moves(self) -> list[Change]:
        """Who the proposal moves, from where to where and why (against the plan before)."""
        if self.proposal is None:
            return []
        job, outcome = self.proposal
        changes = plan_changes(self.project, job.plan_before, outcome.plan)
        return with_solver_reasons(outcome.changes, changes)

    def accept(self) -> bool:
        """Apply the proposal as one undo step (the baseline is kept as it is)."""
        if self.proposal is None:
            return False
        job, outcome = self.proposal
        self.discard()  # first: applying changes the project, which would drop the proposal
        return self.apply(job, outcome)

    def choose(self, index: int) -> bool:
        """Show frontier point `index` of the proposal (0: the fewest moves) as the proposal:
        its plan on the preview, its moves in the list; Accept then takes it."""
        if self.proposal is None:
            return False
        job, outcome = self.proposal
        if not 0 <= index < len(outcome.frontier) or index == outcome.chosen:
            return False
        self.proposal = (job, outcome.choose(index))
        if self.preview is not None:
            self.preview.show(self.proposal[1].plan)
        self.highlight_moves()
        self.proposal_changed.emit()
        return True

    def discard(self) -> None:
        """Forget the proposal; the canvas shows the project's plan again."""
        if self.proposal is None:
            return
        self.proposal = None
        if self.preview is not None:
            self.preview.clear()
        self.show_booths([])
        self.proposal_changed.emit()

    def highlight_moves(self, moves: list[Change] | None = None) -> None:
        booths: list[str] = []
        for m in self.proposal_moves() if moves is None else moves:
            booths.extend(m.before)
            booths.extend(m.after)
        self.show_booths(booths)

    def show_booths(self, booth_ids) -> None:
        """Highlight booths on the canvas (and on the preview, which covers the canvas)."""
        ids = list(dict.fromkeys(booth_ids))
        self.window.editor.highlight_booths(ids)
        if self.preview is not None:
            self.preview.set_highlight(ids)

    # -- publishing --------------------------------------------------------------------------
    def publish(self) -> bool:
        """Record the current plan as the baseline that exhibitors were told."""
        p = self.project
        if not p.plan.stands:
            self.message.emit(self.tr("There is no plan to publish"))
            return False
        if p.baseline == p.plan:
            self.message.emit(self.tr("This plan is already published"))
            return False
        if publish_problems(p):  # the command line refuses it too
            self.message.emit(
                self.tr("The plan breaks a hard rule and cannot be published: see Explanations")
            )
            return False
        self.window.document.undo_stack.push(PublishPlan(p, p.plan))
        self.message.emit(
            self.tr("Plan published. Stands: {n}").format(n=format_number(len(p.plan.stands)))
        )
        return True


def _plans_offered(outcome: Outcome) -> list[Plan]:
    """The plan of the outcome and of every frontier point (the organiser may choose one)."""
    return [outcome.plan, *(c.plan for c in outcome.frontier)]
