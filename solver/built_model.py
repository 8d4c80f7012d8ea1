"""Assemble the CP-SAT model of an instance: variables, constraints, objective, hint."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .constraints import Constraints
from .instance import Instance
from .objective import Objective
from .variables import ProtoModel, Variables


@dataclass
class BuiltModel:
    pm: ProtoModel
    v: Variables
    constraints: Constraints
    objective: Objective
    always_true: list[int] = field(default_factory=list)  # literals fixed true after the build

    def use_objective(self, mode: str) -> int:
        """Set the 'full', 'dominant', 'choice' or 'tie' objective; returns its constant offset."""
        objective = self.objective
        pick = {
            "full": objective.full,
            "dominant": objective.dominant,
            "choice": objective.choices,
            "tie": objective.tie_break,
        }
        variables, points, constant = pick[mode]()
        self.pm.set_objective(variables, points, constant)
        return constant

    def copy(self) -> BuiltModel:
        """A copy whose proto may be changed freely (constraints, objective, hint) while this
        one is searched; the index (`v`) and objective terms are shared, being read-only, and
        `constraints` still adds to the original."""
        return BuiltModel(
            self.pm.clone(), self.v, self.constraints, self.objective, list(self.always_true)
        )

    def hint(self, assign: np.ndarray) -> None:
        """A complete hint: a value for every variable, taken from a valid assignment."""
        values = self.v.values(assign)
        n = self.pm.n_vars
        full = np.zeros(n, dtype=np.int64)
        full[: min(n, len(values))] = values[:n]
        full[self.always_true] = 1
        self.pm.set_hint(range(n), full.tolist())


def build_model(
    inst: Instance,
    *,
    soft: bool = True,
    assumable_fixed: bool = False,
    confirmed: str = "off",
    stop=None,
    record_rows: bool = False,
) -> BuiltModel:
    """The model of `inst`: hard rules always; soft-rule links when `soft`. `stop()` is
    polled during the long parts; when it turns true the build raises `BuildStopped`.
    `record_rows` keeps the constraints as linear rows for `lp_bound`; `confirmed` says how
    confirmed exhibitors keep a stand (`Constraints.add_hard`)."""
    pm = ProtoModel(record_rows=record_rows)
    v = Variables.create(pm, inst)
    constraints = Constraints(pm, v, inst, stop)
    constraints.add_hard(assumable_fixed=assumable_fixed, confirmed=confirmed)
    if soft:
        constraints.add_soft_links()
    return BuiltModel(pm, v, constraints, Objective(v, inst))
