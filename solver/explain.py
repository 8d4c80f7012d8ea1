"""Why exhibitors are waitlisted and why pinned or locked stands clash — in the organiser's
words ("3 exhibitors need ≥ 36 m² with power in Hall B; only 2 such booths are available").

Three sources, cheapest first (`why_waitlisted` puts them together):
1. No candidate at all: which requirement empties the list (area, needs, hall, blocked or
   reserved booths, booths kept for pinned or locked stands, a fixed competitor next door).
   Or a counting certificate: more exhibitors can only use the booths that fit this one than
   those booths can hold.
2. An infeasible core: a hard-rules-only model where every placed exhibitor and the
   waitlisted one must be placed under its own assumption literal — exhibitors competing for
   the waitlisted one's booths free to move, everyone else on its stand; CP-SAT (one worker)
   returns a small set of exhibitors that cannot all be placed together.
3. The plan: every place that fits is taken (by whom) or next to a competitor.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

import numpy as np
from ortools.sat.python import cp_model

from qods_planner.messages import join, tr

from .built_model import build_model
from .competitors import rivals_next_to
from .evaluate import owners
from .instance import Instance
from .stand_rules.choices_only import ChoicesOnlyRule
from .stand_rules.reason_words import kind_name, m2, need_name, needs_text, request_text, span
from .stand_rules.sector_zone import SectorZoneRule
from .touch import stands_touch

MAX_NAMES = 6


MAX_LABELS = 12
# Lists in reasons are shortened ("… and 40 more") for reading; inside `complete_lists()` they
# are not (the JSON report keeps every name).
_SHORTEN: ContextVar[bool] = ContextVar("shorten_lists", default=True)


@contextmanager
def complete_lists() -> Iterator[None]:
    """Within this block, reasons list every exhibitor and booth."""
    token = _SHORTEN.set(False)
    try:
        yield
    finally:
        _SHORTEN.reset(token)


def names(inst: Instance, exhibitors, limit: int = MAX_NAMES) -> str:
    """Exhibitors by name with their ids, so that two firms of one name can be told apart."""
    items = [f"{inst.ex[e].name} ({inst.ex[e].id})" for e in exhibitors]
    return _listing(items, limit)


def labels(inst: Instance, booths, limit: int = MAX_LABELS) -> str:
    return _listing([inst.problem.booths[b].label for b in sorted(booths)], limit)


def _listing(items: list[str], limit: int) -> str:
    if len(items) <= limit or not _SHORTEN.get():
        return join(items)
    return tr("{items} and {count} more", items=join(items[:limit]), count=len(items) - limit)


def hall_names(inst: Instance) -> dict[str, str]:
    return {h.id: h.name for h in inst.problem.halls}


# -- 1. no candidate ------------------------------------------------------------------------
def no_candidate_reason(inst: Instance, e: int) -> str:
    """Which requirement leaves exhibitor `e` without a single place that fits."""
    ex = inst.ex[e]
    booths = inst.problem.booths
    pad = inst.pb
    status = np.array([b.status for b in booths] + ["available"])
    flags = {
        attr: np.array([getattr(b, attr) for b in booths] + [True])
        for attr in ("power", "water", "heavy_floor")
    }
    straight = np.ones(len(inst.p_booths), dtype=bool)
    straight[inst.n_booths :] = [s.straight for s in inst.problem.shapes]
    sized = (inst.p_area >= ex.min_area) & (inst.p_area <= ex.max_area) & straight
    sized &= inst.p_hall >= 0
    size = span(ex.min_area, ex.max_area)
    if not sized.any():
        return tr("no booth or straight run of booths measures {size}", size=size)
    ok = sized.copy()
    for attr, wanted in (("power", ex.power), ("water", ex.water), ("heavy_floor", ex.heavy_floor)):
        if wanted:
            ok &= flags[attr][pad].all(axis=1)
    available = (status == "available")[pad].all(axis=1)
    if not ok.any():
        return tr(
            "none of the {count} places of {size} offers {needs}",
            count=int((sized & available).sum()),  # blocked and reserved places are not offered
            size=size,
            needs=needs_text(ex),
        )
    if ex.hall_required:
        hidx = inst.hall_ids.index(ex.preferred_hall) if ex.preferred_hall in inst.hall_ids else -2
        in_hall = ok & (inst.p_hall == hidx)
        if not in_hall.any():
            required = ex.preferred_hall or ""  # a required hall is always named
            hall = hall_names(inst).get(required, required)
            return tr(
                "no place in the required {hall} fits {request}",
                hall=hall,
                request=request_text(ex, hall_names(inst)),
            )
        ok = in_hall
    free = ok & available
    if not free.any():
        return tr(
            "every place that fits ({request}) uses a blocked or reserved booth",
            request=request_text(ex, hall_names(inst)),
        )
    if ex.choices_only:
        free &= ChoicesOnlyRule(inst).allows(ex)
        if not free.any():
            return tr(
                "none of its chosen booths ({labels}) can hold a place that fits ({request})",
                labels=join(booths[inst.bidx[b]].label for b in ex.choices if b in inst.bidx),
                request=request_text(ex, hall_names(inst)),
            )
    free &= SectorZoneRule(inst).allows(ex)
    if not free.any():
        return tr(
            "every place that fits ({request}) is kept for other sectors",
            request=request_text(ex, hall_names(inst)),
        )
    fixed_booths = {b for p in inst.fixed if p is not None for b in inst.p_booths[p]}
    fixed_owners = sorted(
        {
            o
            for o, p in enumerate(inst.fixed)
            if p is not None
            for q in np.nonzero(free)[0]
            if set(inst.p_booths[q]) & set(inst.p_booths[p])
        }
    )
    left = [q for q in np.nonzero(free)[0] if not set(inst.p_booths[q]) & fixed_booths]
    if not left:
        return tr(
            "every place that fits ({request}) is kept for pinned or locked exhibitors ({names})",
            request=request_text(ex, hall_names(inst)),
            names=names(inst, fixed_owners),
        )
    comps = [c for c in inst.competitors[e] if inst.fixed[c] is not None]
    return tr(
        "every place that fits ({request}) is next to its competitor {names}, whose stand is fixed",
        request=request_text(ex, hall_names(inst)),
        names=names(inst, comps),
    )


# -- 3. from the plan -------------------------------------------------------------------------
def plan_reason(
    inst: Instance,
    e: int,
    assign: np.ndarray,
    owner: np.ndarray | None = None,
    *,
    proven: bool = False,
) -> str:
    """Every place that fits is taken, or next to a competitor, in this plan (`owner`: the
    plan's booth owners, when already at hand). "Placed first" only when `proven`: no plan
    with a waitlist as short places this exhibitor."""
    ex = inst.ex[e]
    owner = owners(inst, assign) if owner is None else owner
    takers: set[int] = set()
    rivals: set[int] = set()
    for p in inst.cands[e].tolist():
        held = {int(o) for o in owner[inst.pb[p]] if o >= 0}
        if held:
            takers |= held
            continue
        rivals |= set(rivals_next_to(inst, e, p, assign))
    count = len(inst.cands[e])
    request = request_text(ex, hall_names(inst))
    if count == 1:
        text = tr("all {count} place that fit ({request}) are taken", count=count, request=request)
    else:
        text = tr("all {count} places that fit ({request}) are taken", count=count, request=request)
    if takers and proven:
        text += tr(" by exhibitors placed first ({names})", names=names(inst, sorted(takers)))
    elif takers:
        text += tr(" in this plan, by {names}", names=names(inst, sorted(takers)))
    if rivals:
        text += tr(" or next to its competitor {names}", names=names(inst, sorted(rivals)))
    return text


# -- 2. infeasible cores ----------------------------------------------------------------------
def capacity_core(inst: Instance, e: int, cache: dict) -> tuple[list[int], int] | None:
    """A counting certificate, no search: the exhibitors that can only use booths e can use
    (e among them), when there are more of them than those booths can hold — by Hall's
    theorem some of them must wait. Returns (members, how many the booths hold at most)."""
    key = inst.cands[e].tobytes()
    if key in cache:
        return cache[key]
    if "flat" not in cache:  # once per call: every candidate in one array
        sizes = np.array([len(c) for c in inst.cands], dtype=np.int64)
        width = (inst.pb < inst.n_booths).sum(axis=1)
        cache["flat"] = (np.concatenate(inst.cands), sizes, np.cumsum(sizes) - sizes)
        cache["narrowest"] = np.array(
            [int(width[c].min()) if len(c) else 0 for c in inst.cands], dtype=np.int64
        )
    flat, sizes, starts = cache["flat"]
    mask = np.zeros(inst.n_booths + 1, dtype=bool)
    mask[inst.pb[inst.cands[e]]] = True
    mask[inst.n_booths] = True  # the padding counts as inside
    inside = mask[inst.pb].all(axis=1)[flat]
    has = sizes > 0
    members_mask = np.zeros(inst.n_ex, dtype=bool)
    members_mask[has] = np.logical_and.reduceat(inside, starts[has])
    members = np.nonzero(members_mask)[0].tolist()
    booths = int(mask[: inst.n_booths].sum())
    room = booths // max(1, int(cache["narrowest"][members].min()))
    found = (members, room) if len(members) > room else None
    cache[key] = found
    return found


def phrase_core(inst: Instance, members: list[int], room: int | None = None) -> str:
    """A core (exhibitors that cannot all be placed together) in the organiser's words;
    `room`: how many of their stands the booths that fit them hold at most, when known."""
    exs = [inst.ex[m] for m in members]
    booths = sorted({b for m in members for p in inst.cands[m].tolist() for b in inst.p_booths[p]})
    singles = all(len(inst.p_booths[p]) == 1 for m in members for p in inst.cands[m].tolist())
    pairs = [
        (a, b) for i, a in enumerate(members) for b in members[i + 1 :] if b in inst.competitors[a]
    ]
    need = tr("≥ {size}", size=m2(min(x.min_area for x in exs)))
    shared = [n for n in ("power", "water", "heavy_floor") if all(getattr(x, n) for x in exs)]
    if shared:
        need = tr(
            "{size} with {needs}",
            size=need,
            needs=join((need_name(n.replace("_", " ")) for n in shared), "and"),
        )
    halls = {x.preferred_hall for x in exs if x.hall_required}
    if len(halls) == 1 and all(x.hall_required for x in exs):
        hall = next(iter(halls)) or ""  # a required hall is always named
        need = tr("{size} in {hall}", size=need, hall=hall_names(inst).get(hall, hall))
    k = len(members)
    who_names = names(inst, members)
    if k == 1:
        who = tr("{count} exhibitor ({names}) need {need}", count=k, names=who_names, need=need)
    else:
        who = tr("{count} exhibitors ({names}) need {need}", count=k, names=who_names, need=need)
    if singles and len(booths) < k:
        only = len(booths)
        if only == 1:
            return tr(
                "{who}; only {count} such booth is available ({labels})",
                who=who,
                count=only,
                labels=labels(inst, booths),
            )
        return tr(
            "{who}; only {count} such booths are available ({labels})",
            who=who,
            count=only,
            labels=labels(inst, booths),
        )
    if pairs:
        rivals = join(
            (join((inst.ex[a].name, inst.ex[b].name), "and") for a, b in pairs),
            "semicolon",
        )
        return tr(
            "{who}; the booths that fit them ({labels}) cannot keep competitors apart ({rivals})",
            who=who,
            labels=labels(inst, booths),
            rivals=rivals,
        )
    room = k - 1 if room is None else room
    return tr(
        "{who}; the booths that fit them ({labels}) hold at most {room} of these stands at once",
        who=who,
        labels=labels(inst, booths),
        room=int(room),
    )


def local_instance(inst: Instance, e: int, assign: np.ndarray) -> Instance:
    """The question "can e be placed too?" around e: exhibitors whose candidates share a booth
    with e's keep all their candidates; everyone else keeps only its stand in `assign` (none
    when waitlisted). Much smaller than the whole problem, so a core comes within the budget."""
    region = np.zeros(inst.n_booths + 1, dtype=bool)
    region[inst.pb[inst.cands[e]]] = True
    region[inst.n_booths] = False
    cands = []
    for o in range(inst.n_ex):
        cand = inst.cands[o]
        if o == e or (len(cand) and region[inst.pb[cand]].any()):
            cands.append(cand)
        elif assign[o] >= 0 and inst.is_candidate(o, int(assign[o])):
            cands.append(np.array([assign[o]], dtype=np.int64))
        else:
            cands.append(np.zeros(0, dtype=np.int64))
    keep = [np.isin(inst.cands[o], cands[o]) for o in range(inst.n_ex)]
    return replace(
        inst,
        cands=cands,
        cgain=[inst.cgain[o][k] for o, k in enumerate(keep)],
        cterms=[{r: t[k] for r, t in inst.cterms[o].items()} for o, k in enumerate(keep)],
    )


def placed_model(inst: Instance):
    """A hard-rules model of `inst` and one literal per exhibitor: true ⇒ it has a stand
    (an exhibitor without candidates has its literal false)."""
    bm = build_model(inst, soft=False)
    pm, v = bm.pm, bm.v
    placed = pm.new_bools(inst.n_ex)
    for e in range(inst.n_ex):
        xs = list(v.xs(e))
        if xs:
            pm.linear(xs, [1] * len(xs), 1, len(xs), enforce=[placed[e]])
        else:
            pm.linear([placed[e]], [1], 0, 0)
    return bm, placed


class CoreFinder:
    """A hard-rules model where each exhibitor must be placed under its own literal."""

    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        self.bm, self.placed = placed_model(inst)

    def core(self, e: int, assign: np.ndarray, time_s: float, seed: int) -> list[int] | None:
        """Exhibitors (with e) that cannot all be placed, [] if e could be placed as well
        (others moving), None when the time ran out first."""
        inst, pm = self.inst, self.bm.pm
        others = [o for o in range(inst.n_ex) if assign[o] >= 0]
        pm.set_assumptions([self.placed[o] for o in others] + [self.placed[e]])
        self.bm.hint(assign)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_time_in_seconds = max(0.05, time_s)
        solver.parameters.random_seed = seed
        status = solver.solve(pm.model)
        if status == cp_model.INFEASIBLE:
            lit_to_e = {lit: o for o, lit in enumerate(self.placed)}
            core = [
                lit_to_e[lit]
                for lit in solver.sufficient_assumptions_for_infeasibility()
                if lit in lit_to_e
            ]
            return sorted(set(core) | {e})
        if status in (cp_model.FEASIBLE, cp_model.OPTIMAL):
            return []
        return None


def fixed_clash(inst: Instance, *, budget_s: float, seed: int) -> list[str]:
    """Why pinned and locked stands cannot all hold: a core over their assumption literals."""
    fixed = [e for e, p in enumerate(inst.fixed) if p is not None]
    bm = build_model(inst, soft=False, assumable_fixed=True)
    lits = [bm.constraints.kept_if[e] for e in fixed]
    bm.pm.set_assumptions(lits)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = max(0.1, budget_s)
    solver.parameters.random_seed = seed
    if solver.solve(bm.pm.model) != cp_model.INFEASIBLE:
        return []
    lit_to_e = {bm.constraints.kept_if[e]: e for e in fixed}
    core = sorted(
        {lit_to_e[x] for x in solver.sufficient_assumptions_for_infeasibility() if x in lit_to_e}
    )
    return [_fixed_pair_text(inst, core)]


def _fixed_pair_text(inst: Instance, core: list[int]) -> str:
    parts = []
    for i, a in enumerate(core):
        for b in core[i + 1 :]:
            pa, pb = inst.fixed[a], inst.fixed[b]
            if pa is None or pb is None:  # the core holds fixed exhibitors only
                continue
            shared = set(inst.p_booths[pa]) & set(inst.p_booths[pb])
            if shared:
                parts.append(
                    tr(
                        "{first} ({first_kind}) and {second} ({second_kind}) both hold booth"
                        " {labels}",
                        first=inst.ex[a].name,
                        first_kind=kind_name(inst.fixed_kind[a]),
                        second=inst.ex[b].name,
                        second_kind=kind_name(inst.fixed_kind[b]),
                        labels=labels(inst, shared),
                    )
                )
            elif b in inst.competitors[a] and stands_touch(inst, pa, pb, apart_only=True):
                parts.append(
                    tr(
                        "competitors {first} ({first_kind} to {first_labels}) and {second}"
                        " ({second_kind} to {second_labels}) would be neighbours",
                        first=inst.ex[a].name,
                        first_kind=kind_name(inst.fixed_kind[a]),
                        first_labels=inst.labels(pa),
                        second=inst.ex[b].name,
                        second_kind=kind_name(inst.fixed_kind[b]),
                        second_labels=inst.labels(pb),
                    )
                )
    if not parts:
        parts.append(
            tr("the pinned or locked stands of {names} cannot all be kept", names=names(inst, core))
        )
    return join(parts, "semicolon")
