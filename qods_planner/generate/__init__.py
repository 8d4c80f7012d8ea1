"""Realistic exhibitions for demos, tests and benchmarks, feasible by construction.

`generate_project(exhibitors, booths, halls, seed)` draws halls with perimeter rows,
back-to-back island blocks, freestanding islands, aisles of 3–4 m, entrances, pillars and a
fire-exit zone; booths of 9–72 m² on the 3 m module; Zipf-sized sectors from the Qods
catalogue; exhibitors with requests, needs, wishes, priorities, registration dates,
competitors, partners, pinned industrial estates on reserved booths, and blocked booths.

Feasible by construction: a hidden assignment (the *witness*) is drawn first — every
exhibitor on its own stand obeying every hard rule, competitors not neighbours — and the
exhibitors' requests and needs are read off it. The project's plan stays empty;
`generate_with_witness` also returns the witness. With `feasible=False` a water clash is
added (see `clash`) and, when there are more exhibitors than booths, the surplus exhibitors;
the witness is then the one of the instance before those changes.

Deterministic: only `random.Random` seeded from `seed`; the same arguments give the same
project, and the same file once saved.
"""

from __future__ import annotations

import random

from ..model.plan import Plan
from ..model.project import Project
from .clash import add_overflow, add_water_clash, needs_water_clash, water_clash_capacity
from .pipeline import Spec, build, whole_number_message
from .tight_venues import SHAPES, Tight, tighten

__all__ = [
    "SHAPES",
    "Spec",
    "Tight",
    "build",
    "generate_project",
    "generate_tight",
    "generate_with_witness",
    "needs_water_clash",
    "water_clash_capacity",
]


def generate_with_witness(
    exhibitors: int,
    booths: int,
    halls: int = 1,
    seed: int = 0,
    feasible: bool = True,
    name: str | None = None,
) -> tuple[Project, Plan]:
    """A generated project (empty plan) and its hidden assignment. Raises ValueError for
    impossible arguments (numbers < 1, more halls than booths, more exhibitors than booths
    when `feasible`)."""
    placed = exhibitors if feasible else min(exhibitors, booths)
    width = max(3, len(str(exhibitors)))
    spec = Spec(exhibitors=placed, booths=booths, halls=halls, seed=seed, id_width=width)
    spec.project_id = (
        f"generated-s{seed}-e{exhibitors}-b{booths}-h{halls}{'' if feasible else '-infeasible'}"
    )
    if name:
        spec.name_fa = spec.name_en = name
    if not isinstance(exhibitors, int) or isinstance(exhibitors, bool) or exhibitors < 1:
        raise ValueError(whole_number_message("exhibitors", exhibitors))
    project, witness = build(spec)
    if not feasible:
        rng = random.Random(seed + 1)  # a stream of its own: the feasible part stays the same
        with project.quiet():
            add_overflow(project, exhibitors - placed, rng, width)
            add_water_clash(project, rng, width)
    return project, witness


def generate_project(
    exhibitors: int,
    booths: int,
    halls: int = 1,
    seed: int = 0,
    feasible: bool = True,
    name: str | None = None,
) -> Project:
    """A generated project with an empty plan (see the module doc)."""
    return generate_with_witness(exhibitors, booths, halls, seed, feasible, name)[0]


def generate_tight(
    exhibitors: int,
    booths: int,
    halls: int = 1,
    seed: int = 0,
    tight: Tight | None = None,
    name: str | None = None,
) -> Project:
    """A tight venue (see `tight`): the feasible project of `exhibitors` on `booths`, then
    odd sizes, pillars, rare water, cliques, multi-booth requests and late registrations up
    to the requested demand."""
    project = generate_project(exhibitors, booths, halls, seed, True, name)
    tighten(project, tight or Tight(), seed)
    project.id = project.id + "-tight"
    return project
