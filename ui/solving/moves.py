"""Who moves between two plans, each with its reason: the solver's when it gave one, else the
project's own (the reason the Excel Changes sheet gives, `excel.export.reasons.change_reason`).
The interface never words a reason of its own.
"""

from __future__ import annotations

from dataclasses import replace

from qods_planner.excel.export.reasons import change_reason
from qods_planner.layout import layout_of
from qods_planner.model import Plan, Project
from solver.result import Change

from ..i18n import current_language


def plan_changes(project: Project, before: Plan, after: Plan) -> list[Change]:
    """Every exhibitor whose stand differs between `before` and `after`, by exhibitor id,
    with the project's reason."""
    layout, language = layout_of(project), current_language()
    changes = []
    for eid in sorted(set(before.stands) | set(after.stands)):
        old, new = tuple(before.stands.get(eid, ())), tuple(after.stands.get(eid, ()))
        if old == new:
            continue
        ex = project.exhibitors.get(eid)
        name = eid if ex is None else ex.name(language)
        why = change_reason(project, layout, eid, old, new or None, language)
        evicted = bool(old) and not new and ex is not None and ex.registered
        changes.append(Change(eid, name, old, new, why, evicted))
    return changes


def with_solver_reasons(solver: tuple[Change, ...], changes: list[Change]) -> list[Change]:
    """The solver's changes of the exhibitors in `changes` (the solver counts from its
    reference, the published plan when there is one), each with the project's reason where
    the solver gave none; `changes` as they are when the solver listed none."""
    if not solver:
        return changes
    own = {c.exhibitor: c for c in changes}
    return [
        c if c.why else replace(c, why=own[c.exhibitor].why) for c in solver if c.exhibitor in own
    ]
