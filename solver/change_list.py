"""The list of changes a re-solve makes against the reference plan: who, from where to
where, and why (the stand broke a rule, the exhibitor is new or withdrew, room was made)."""

from __future__ import annotations

import numpy as np

from qods_planner.messages import get_language, join, tr
from qods_planner.model.exhibitor import name_in

from .competitors import rivals_next_to
from .indexing import why_not_candidate
from .instance import Instance
from .result import Change


def list_changes(
    inst: Instance,
    assign: np.ndarray,
    dropped: dict[int, str],
    waitlisted: dict[int, str],
) -> tuple[Change, ...]:
    """Every difference between the reference plan and `assign`, sorted by exhibitor id."""
    problem = inst.problem
    if problem.reference is None:
        return ()
    before = dict(problem.reference)
    start = dict(problem.start)
    owner_now: dict[int, int] = {}
    for e, p in enumerate(assign.tolist()):
        if p >= 0:
            for b in inst.p_booths[p]:
                owner_now[b] = e
    out: list[Change] = []
    names = {x.id: x.name for x in problem.exhibitors}
    left = {e: name_in(fa, en, get_language()) for e, fa, en in problem.released_names}
    for eid, stand in problem.released:
        why = tr("withdrawn: its stand is released")
        out.append(Change(eid, left.get(eid, eid), tuple(stand), (), why))
    for e, ex in enumerate(inst.ex):
        old = tuple(sorted(before.get(ex.id, ())))
        new = inst.stand(int(assign[e])) if assign[e] >= 0 else ()
        if old == new:
            continue
        out.append(
            Change(
                ex.id,
                names[ex.id],
                old,
                new,
                _why(inst, e, old, new, start, dropped, waitlisted, owner_now, assign),
                evicted=bool(old) and not new,
            )
        )
    return tuple(sorted(out, key=lambda c: c.exhibitor))


def _why(inst, e, old, new, start, dropped, waitlisted, owner_now, assign) -> str:
    ex = inst.ex[e]
    met = ex.choice_met(new)
    if not old:
        if new and met is not None:
            return tr("newly placed on its choice {k} ({labels})", k=met, labels=_labels(inst, new))
        if new:
            return tr("newly placed: not in the previous plan")
        return tr("waitlisted: {reason}", reason=waitlisted[e])
    p_old = inst.placement_of(old) if all(b in inst.bidx for b in old) else None
    rivals = [] if p_old is None else rivals_next_to(inst, e, p_old, assign)
    if p_old is None:
        head = tr("its stand {labels} uses booths that no longer exist", labels=_labels(inst, old))
    elif not inst.is_candidate(e, p_old):
        why = why_not_candidate(inst, e, p_old) or dropped.get(e)
        why = why or tr("no longer fits its requirements")
        head = tr("its stand {labels} {why}", labels=_labels(inst, old), why=why)
    elif rivals:
        head = tr(
            "its stand {labels} would be next to competitor {names}",
            labels=_labels(inst, old),
            names=join(inst.ex[c].name for c in rivals),
        )
    elif tuple(sorted(start.get(ex.id, ()))) != old:
        head = tr("its stand was changed by hand since the previous plan")
    else:
        takers = sorted({owner_now[inst.bidx[b]] for b in old if inst.bidx[b] in owner_now} - {e})
        head = (
            tr("moved to make room for {names}", names=join(inst.ex[t].name for t in takers))
            if takers
            else tr("moved so that the changed stands fit")
        )
    if not new:
        reason = waitlisted[e] if e in waitlisted else tr("no place left")
        # Said in its own words: the organiser chose (or allowed) that it loses its stand.
        return tr("loses its stand: {head}; waitlisted: {reason}", head=head, reason=reason)
    if met is not None and met != ex.choice_met(old):
        return tr("{head}; now on its choice {k}", head=head, k=met)
    return head


def _labels(inst: Instance, booth_ids: tuple[str, ...]) -> str:
    booths = {b.id: b.label for b in inst.problem.booths}
    return join(booths.get(b, b) for b in booth_ids)
