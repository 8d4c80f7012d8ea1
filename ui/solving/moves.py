"""Who moves between two plans, and a plain reason where the project itself tells it.

Used for the changes since publishing (baseline → current plan) and when a solver result
lists no changes of its own. The solver's reasons, when present, always win.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qods_planner.model import BoothStatus, Plan, Project

from .outcome import Move

translate = QCoreApplication.translate


def plan_moves(project: Project, before: Plan, after: Plan) -> list[Move]:
    """Every exhibitor whose stand differs between `before` and `after`, by exhibitor id."""
    ids = sorted(set(before.stands) | set(after.stands))
    moves = []
    for eid in ids:
        old, new = before.stands.get(eid, ()), after.stands.get(eid, ())
        if tuple(old) != tuple(new):
            moves.append(Move(eid, tuple(old), tuple(new), guess_why(project, eid, old, new)))
    return moves


def guess_why(project: Project, eid: str, old: tuple[str, ...], new: tuple[str, ...]) -> str:
    """The reason the project shows by itself, or '' when only the solver knows it."""
    ex = project.exhibitors.get(eid)
    if ex is None:
        return translate("PlanMoves", "removed from the project")
    if not ex.registered:
        return translate("PlanMoves", "withdrawn")
    if not old:
        return translate("PlanMoves", "newly placed")
    gone = [b for b in old if b not in project.booths]
    if gone:
        return translate("PlanMoves", "its booth was removed")
    if any(project.booths[b].status is BoothStatus.BLOCKED for b in old):
        return translate("PlanMoves", "its booth was blocked")
    area = sum(project.booths[b].area for b in old)
    if not ex.min_cm2 <= area <= ex.max_cm2:
        return translate("PlanMoves", "its stand size changed")
    if not new:
        return translate("PlanMoves", "no stand fits any more")
    return ""


def merge_reasons(solver_moves: tuple[Move, ...], guessed: list[Move]) -> list[Move]:
    """The solver's moves (its reasons first), else the guessed ones."""
    if not solver_moves:
        return guessed
    known = {m.exhibitor: m for m in guessed}
    out = []
    for m in solver_moves:
        why = m.why or (known[m.exhibitor].why if m.exhibitor in known else "")
        out.append(Move(m.exhibitor, m.before, m.after, why))
    return out
