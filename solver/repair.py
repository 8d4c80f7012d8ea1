"""Repair the plan being re-solved: keep every stand that is still valid, re-insert the rest.

Hints alone make CP-SAT move almost everybody (see NOTES.md): so the old plan is repaired
first — fixed stands, then every other old stand that still fits its exhibitor, does not
overlap a kept stand and has no competitor next door — and the exhibitors left out (changed,
new, or displaced) are inserted by the greedy rule. Keeping stands in exhibitor order can move
the wrong side of a clash, so `restore_homes` then sends the displaced home by moving whoever
is in the way, where that costs fewer moves. The result is a complete valid plan that moves
only those who must move: the complete hint of the move-minimising phase.
"""

from __future__ import annotations

import math

import numpy as np

from qods_planner.messages import tr

from .greedy import eject_into_waitlist_gaps, insert_all, place_fixed, placement_order
from .indexing import why_not_candidate
from .instance import Instance
from .placement_board import Board
from .restore_homes import restore_homes
from .work_budget import WorkBudget

# The restore pass on a sold-out venue spent a whole second trying to bring waitlisted
# exhibitors in, and rarely could; with 0.3 s every benchmark re-solve measured (tight venues,
# generated fairs of 200 and 400 with new competitors, all changes, a closed section, a late
# batch) got the same moves and waitlist, and the minimal-move plan 0.2–0.7 s sooner; the
# relaxation that follows does the rest. The budget is counted in stands placed and removed
# (`Board.updates`), so that the repaired plan — and with it the re-solve — is the same run
# after run: 14,000–28,000 of them took 0.3 s on the benchmark machine, and stopped on the
# clock the repaired plan varied with the load (the 400 late batch, cut at 0.1 s: 17 moves
# unproven, where 16 exist). The clock only guards a much slower machine.
REPAIR_WORK = 20_000
WORK_FOR = 440  # exhibitors: above, the work is scaled down (`repair`)
REPAIR_GUARD_S = 1.0


def repair(
    inst: Instance, work: int = REPAIR_WORK, guard_s: float = REPAIR_GUARD_S
) -> tuple[np.ndarray, dict[int, str]]:
    """(assignment, why each exhibitor's start stand could not be kept)."""
    board = Board(inst)
    # Each update costs more on larger venues (measured: 20,000 took 0.24 s at 220
    # exhibitors, 0.41 s at 1,100), so the work shrinks with the square root of their number.
    scaled = int(work * min(1.0, math.sqrt(WORK_FOR / max(1, inst.n_ex))))
    budget = WorkBudget(lambda: board.updates, scaled, guard_s)
    place_fixed(board)
    dropped: dict[int, str] = {}
    for e, p in enumerate(inst.start):
        if p is None or inst.fixed[e] is not None:
            continue
        why = _why_not_kept(inst, board, e, p)
        if why is None:
            board.place(e, p)
        else:
            dropped[e] = why
    rest = [e for e in range(inst.n_ex) if board.assign[e] < 0]
    insert_all(board, placement_order(inst, rest))
    eject_into_waitlist_gaps(board, budget.spent)
    restore_homes(board, budget.spent)
    return board.assign.copy(), dropped


def _why_not_kept(inst: Instance, board: Board, e: int, p: int) -> str | None:
    if not inst.is_candidate(e, p):
        return why_not_candidate(inst, e, p) or tr("no longer fits its requirements")
    if board.can_take(e, p):
        return None
    taken = [o for o in board.occupants(p) if o != e]
    if taken:
        return tr("its booths are now used by {name}", name=inst.ex[taken[0]].name)
    next_door = board.competitors_next_to(e, p)
    if next_door:
        return tr("its stand is next to competitor {name}", name=inst.ex[next_door[0]].name)
    return tr("its stand can no longer be kept")
