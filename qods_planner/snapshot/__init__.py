"""The frozen, plain-data problem a solver works on, built from a `Project`.

`build_problem(project, fresh=False, reference=None)` returns a `Problem`: booths, neighbour
edges, candidate multi-booth stand shapes, registered exhibitors, rule weights, and the plans
to start from and count moves against — ints, strings and tuples sorted by id, so the same
project always gives the same problem and the solver never touches the editor's objects.
"""

from .freeze import build_problem, confirmed_exhibitors, default_reference
from .problem import (
    BoothData,
    EdgeData,
    ExhibitorData,
    HallData,
    Problem,
    SectorData,
    Stands,
    StandShape,
)

__all__ = [
    "BoothData",
    "EdgeData",
    "ExhibitorData",
    "HallData",
    "Problem",
    "SectorData",
    "StandShape",
    "Stands",
    "build_problem",
    "confirmed_exhibitors",
    "default_reference",
]
