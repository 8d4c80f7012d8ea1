"""Pinned and locked stands are kept: a pinned exhibitor holds exactly its pinned booths, a
locked one its stand of the current plan. Validator: qods_planner/validation/hard_rules.py
(`pin_not_kept`, `lock_not_kept`).

Here are all of the rule's faces in the solver: the start, reference and fixed placements of
an indexed problem (with the pins and locks that cannot hold), the booths fixed stands take from
everyone else, why in words, and the model's constraints.
"""

from __future__ import annotations

import numpy as np

from qods_planner.messages import join, tr

from .instance import Instance
from .stand_rules.reason_words import kind_name
from .variables import ProtoModel, Variables


def index_plans(inst: Instance) -> None:
    """Start and reference placements, who is confirmed, and the fixed (pinned or locked)
    stands; a pin or lock that cannot hold goes to `inst.infeasible`."""

    problem = inst.problem
    n = inst.n_ex
    inst.start = [None] * n
    for eid, stand in problem.start:
        inst.start[inst.eidx[eid]] = inst.placement_of(stand)
    inst.ref = [None] * n
    for eid, stand in problem.reference or ():
        if eid in inst.eidx:
            p = inst.placement_of(stand) if all(b in inst.bidx for b in stand) else None
            inst.ref[inst.eidx[eid]] = -1 if p is None else p
    confirmed = set(problem.confirmed)
    inst.must = [data.id in confirmed for data in inst.ex]
    inst.fixed = [None] * n
    inst.fixed_kind = [None] * n
    locked = set(problem.locked)
    for e, data in enumerate(inst.ex):
        who = f"{data.name} ({data.id})"  # no words: the same in every language
        if data.pinned:
            unknown = [b for b in data.pinned if b not in inst.bidx]
            if unknown:
                inst.infeasible.append(
                    (
                        tr(
                            "{who} is pinned to booths that do not exist: {ids}",
                            who=who,
                            ids=join(unknown),
                        ),
                        (data.id,),
                    )
                )
                continue
            p = inst.placement_of(data.pinned)
            if data.id in locked and inst.start[e] != p:
                inst.infeasible.append(
                    (
                        tr(
                            "{who} is locked on {locked} but pinned to {pinned}",
                            who=who,
                            # a locked exhibitor has a start stand, and pinned booths
                            # are always a placement (build_problem adds their shape)
                            locked=inst.labels(inst.start[e]),  # type: ignore[arg-type]
                            pinned=inst.labels(p),  # type: ignore[arg-type]
                        ),
                        (data.id,),
                    )
                )
                continue
            inst.fixed[e], inst.fixed_kind[e] = p, "pinned"
        elif data.id in locked:
            inst.fixed[e], inst.fixed_kind[e] = inst.start[e], "locked"
        fixed = inst.fixed[e]
        if fixed is not None:
            why = inst.stand_rules.why_not(data, fixed, pinned_ok=True)
            if why is not None:
                inst.infeasible.append(
                    (
                        tr(
                            "{who} is {kind} to {labels}, but that stand {why}",
                            who=who,
                            kind=kind_name(inst.fixed_kind[e]),
                            labels=inst.labels(fixed),
                            why=why,
                        ),
                        (data.id,),
                    )
                )


def taken_by_fixed(inst: Instance) -> np.ndarray:
    """Booths (a mask with the padding sentinel, never taken) that fixed stands hold."""
    taken = np.zeros(inst.n_booths + 1, dtype=bool)
    for p in inst.fixed:
        if p is not None:
            taken[list(inst.p_booths[p])] = True
    taken[inst.n_booths] = False
    return taken


def kept_for_fixed(inst: Instance, e: int, p: int) -> str | None:
    """Why `p` is ruled out for `e` because someone else's pinned or locked stand holds a
    booth of it, or None."""
    booths = set(inst.p_booths[p])
    for other, q in enumerate(inst.fixed):
        if q is None or other == e:
            continue
        if booths & set(inst.p_booths[q]):
            return tr(
                "is kept for {kind} {name}",
                kind=kind_name(inst.fixed_kind[other]),
                name=inst.ex[other].name,
            )
    return None


def add_kept(
    pm: ProtoModel, v: Variables, inst: Instance, kept_if: dict[int, int], *, assumable: bool
) -> None:
    """The model's constraints: every fixed exhibitor takes its placement; with `assumable`,
    each only under its own literal (recorded in `kept_if`) so a core can name the clashing."""
    for e, p in enumerate(inst.fixed):
        if p is None:
            continue
        x = v.x(e, p)
        if assumable:
            lit = pm.new_bools(1).start
            kept_if[e] = lit
            pm.linear([x], [1], 1, 1, enforce=[lit])
        else:
            pm.linear([x], [1], 1, 1)
