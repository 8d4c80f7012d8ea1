"""Solving inside the app: the worker that runs the solver off the GUI thread on a snapshot,
the controller that previews, applies, publishes and re-solves, and `install_solving(window)`
which adds the solve, changes and explanations panels and the Plan menu to a MainWindow."""

from .job import RESOLVE, SOLVE, SolveJob, make_job
from .outcome import Explanation, Outcome
from .plan_commands import ApplySolution, PublishPlan, SetSettings
from .solving_controller import SolvingController
from .solving_install import install_solving
from .worker import SolveWorker

__all__ = [
    "RESOLVE",
    "SOLVE",
    "ApplySolution",
    "Explanation",
    "Outcome",
    "PublishPlan",
    "SetSettings",
    "SolveJob",
    "SolveWorker",
    "SolvingController",
    "install_solving",
    "make_job",
]
