"""A re-solve of a stored benchmark fair: its greedy plan published, then one of the
benchmarks' changes (benchmarks/changes.py)."""

from __future__ import annotations

from qods_planner.model import Project
from qods_planner.snapshot import build_problem
from solver.api import to_plan
from solver.greedy import greedy
from solver.indexing import build_instance


def stored_re_solve(name: str, change: str) -> Project:
    """The fair `name` (benchmarks/instances) with its greedy plan published and as the
    baseline, after `change`."""
    from benchmarks.changes import APPLY
    from benchmarks.instances import HERE, load

    path = HERE / f"{name}.qods.json.gz"
    fresh = build_instance(build_problem(load(path), fresh=True))
    published = to_plan(fresh, greedy(fresh))
    project = load(path)
    project.set_plan(published)
    project.set_baseline(published)
    APPLY[change](project)
    return project
