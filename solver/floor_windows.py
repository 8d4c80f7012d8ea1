"""Large instances: improve the plan one window of the floor at a time.

Above `max_candidates` (exhibitor, placement) pairs one model of the whole problem takes too
long to build and presolve to improve anything within a minute (measured at 2,000
exhibitors). Large-neighbourhood search instead: take a window of neighbouring booths, free
the exhibitors whose stands lie inside it (and waitlisted ones that fit inside), keep every
other stand where it is — those touching the window as fixed neighbours, so that sector,
partner and competitor rules across its border still count — and let CP-SAT re-plan the
window. A better plan is kept; the next window starts where this one ended. Windows follow the
booths in a fixed order and each gets a fixed (deterministic, when reproducible) time, so the
result is reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .instance import Instance

WINDOW_BOOTHS = 120
WINDOW_SECONDS = 3.0


@dataclass
class Window:
    inst: Instance  # the window's instance: free, fixed-neighbour and absent exhibitors
    free: np.ndarray  # exhibitor indices re-planned in this window
    hint: np.ndarray  # the current plan as the window sees it


def window_order(inst: Instance) -> list[int]:
    """Seed booths, hall by hall, row by row: the windows sweep the floor."""
    booths = inst.problem.booths
    return sorted(range(inst.n_booths), key=lambda b: (booths[b].hall, booths[b].y, booths[b].x))


def window_booths(inst: Instance, seed: int, size: int = WINDOW_BOOTHS) -> np.ndarray:
    """The `size` booths of the seed's hall nearest the seed booth."""
    booths = inst.problem.booths
    hall = booths[seed].hall
    same = np.array([b for b in range(inst.n_booths) if booths[b].hall == hall], dtype=np.int64)
    xs = np.array([booths[b].x for b in same], dtype=np.float64)
    ys = np.array([booths[b].y for b in same], dtype=np.float64)
    far = np.hypot(xs - booths[seed].x, ys - booths[seed].y)
    return same[np.argsort(far, kind="stable")[:size]]


def make_window(inst: Instance, assign: np.ndarray, booths: np.ndarray) -> Window:
    n_b = inst.n_booths
    inside = np.zeros(n_b + 1, dtype=bool)
    inside[booths] = True
    inside[n_b] = True  # padding
    placement_inside = inside[inst.pb].all(axis=1)
    inside[n_b] = False
    free = [
        e
        for e in range(inst.n_ex)
        if inst.fixed[e] is None
        and (
            (assign[e] >= 0 and placement_inside[assign[e]])
            or (assign[e] < 0 and placement_inside[inst.cands[e]].any())
        )
    ]
    is_free = np.zeros(inst.n_ex, dtype=bool)
    is_free[free] = True
    held = np.zeros(n_b + 1, dtype=bool)  # booths of stands that stay put
    touch = inside.copy()
    for b in booths.tolist():
        for n, _f, _apart in inst.nbrs[b]:
            touch[n] = True
    cands: list[np.ndarray | None] = []
    fixed: list[int | None] = []
    kinds: list[str | None] = []
    keep: list[np.ndarray] = []
    for e in range(inst.n_ex):
        p = int(assign[e])
        if is_free[e] or p < 0:
            cands.append(None)
            fixed.append(None)
            kinds.append(None)
            continue
        stays = inst.pb[p][inst.pb[p] < n_b]
        held[stays] = True
        if touch[stays].any():  # a neighbour of the window: fixed where it is
            cands.append(np.array([p], dtype=np.int64))
            fixed.append(p)
            kinds.append(inst.fixed_kind[e] or "kept")
        else:
            cands.append(np.zeros(0, dtype=np.int64))
            fixed.append(None)
            kinds.append(None)
    chosen: list[np.ndarray] = []
    for e, c in enumerate(cands):
        if c is None:
            cand = inst.cands[e]
            ok = placement_inside[cand] & ~held[inst.pb[cand]].any(axis=1) if is_free[e] else []
            c = cand[ok] if is_free[e] else np.zeros(0, dtype=np.int64)
        chosen.append(c)
    for e in range(inst.n_ex):
        keep.append(np.isin(inst.cands[e], chosen[e]))
    absent = [e for e, c in enumerate(chosen) if not len(c) and assign[e] >= 0]
    elsewhere = np.bincount(inst.e_sector[absent], minlength=len(inst.sector_ids))
    window_inst = replace(
        inst,
        held_elsewhere={s: int(n) for s, n in enumerate(elsewhere.tolist()) if n},
        cands=chosen,
        cgain=[inst.cgain[e][k] for e, k in enumerate(keep)],
        cterms=[{r: t[k] for r, t in inst.cterms[e].items()} for e, k in enumerate(keep)],
        fixed=fixed,
        fixed_kind=kinds,
        # one left out of the window keeps its stand outside it, where the window cannot see
        must=[m and len(c) > 0 for m, c in zip(inst.must, chosen, strict=True)],
    )
    hint = np.where(np.array([len(c) > 0 for c in chosen]) & (assign >= 0), assign, -1).astype(
        np.int64
    )
    return Window(window_inst, np.array(free, dtype=np.int64), hint)


def merge(assign: np.ndarray, window: Window, solution: np.ndarray) -> np.ndarray:
    out = assign.copy()
    out[window.free] = solution[window.free]
    return out
