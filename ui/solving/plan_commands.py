"""Undo commands of solving: apply a solver's plan with the settings it used, publish a plan.

Each holds plain values (plans, settings) taken when it is built; `redo()` and `undo()` only
call the Project's mutators, so they are safe to repeat.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from qods_planner.model import Plan, Project, Settings

translate = QCoreApplication.translate


class SetSettings(QUndoCommand):
    """Replace the project's settings (weights, neighbour rules, solver settings)."""

    def __init__(
        self, project: Project, settings: Settings, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(translate("SolvingCommands", "Change the settings"), parent)
        self.project = project
        self.before = project.settings
        self.after = settings

    def redo(self) -> None:
        if self.project.settings != self.after:
            self.project.set_settings(self.after)

    def undo(self) -> None:
        if self.project.settings != self.before:
            self.project.set_settings(self.before)


class ApplySolution(QUndoCommand):
    """One undo step: the settings the solve used, then its plan.

    Settings come first so that the plan, when it lands, is judged by the weights that made it.
    (One command rather than child commands: PySide frees child commands twice.)
    """

    def __init__(self, project: Project, plan: Plan, settings: Settings, text: str) -> None:
        super().__init__(text)
        self.project = project
        self.plan_before, self.plan = project.plan, plan
        self.settings_before, self.settings = project.settings, settings

    def redo(self) -> None:
        p = self.project
        if p.settings != self.settings:
            p.set_settings(self.settings)
        if p.plan != self.plan:
            p.set_plan(self.plan)

    def undo(self) -> None:
        p = self.project
        if p.plan != self.plan_before:
            p.set_plan(self.plan_before)
        if p.settings != self.settings_before:
            p.set_settings(self.settings_before)


class PublishPlan(QUndoCommand):
    """Record `plan` as the published baseline: the stands exhibitors were told."""

    def __init__(self, project: Project, plan: Plan) -> None:
        super().__init__(translate("SolvingCommands", "Publish the plan"))
        self.project = project
        self.before = project.baseline
        self.after = plan

    def redo(self) -> None:
        if self.project.baseline != self.after:
            self.project.set_baseline(self.after)

    def undo(self) -> None:
        if self.project.baseline != self.before:
            self.project.set_baseline(self.before)
