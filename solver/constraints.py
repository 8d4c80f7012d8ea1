"""The rules as CP-SAT constraints, one short method per rule.

Rules about one exhibitor and one stand (area within range, needs met, required hall,
blocked and reserved booths, straight runs) hold by construction: `instance` creates a
variable only for eligible (exhibitor, placement) pairs. What remains are the rules between
exhibitors and the links that let the objective see neighbours.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from .competitors import add_apart
from .fixed_stands import add_kept
from .instance import Instance
from .sector_caps import add_caps
from .variables import ProtoModel, Variables


class BuildStopped(Exception):
    """The build was asked to stop (the solve was cancelled)."""


class Constraints:
    def __init__(self, pm: ProtoModel, v: Variables, inst: Instance, stop=None) -> None:
        self.pm, self.v, self.inst = pm, v, inst
        self.stop = stop or (lambda: False)
        self.cover = v.covering()
        # Requirement literals for explanations: exhibitor -> literal that enforces it.
        self.kept_if: dict[int, int] = {}

    def add_hard(self, *, assumable_fixed: bool = False, confirmed: str = "off") -> None:
        """The hard rules. With `assumable_fixed`, each pin or lock holds only under its own
        literal (in `kept_if`), so an infeasible core can name the clashing ones. `confirmed`:
        "hard" — confirmed exhibitors get a stand; "assumable" — each under its own literal
        (in `kept_if`); "off" — not at all (the explanations' local models)."""
        self._one_stand_per_exhibitor()
        self._booth_holds_one_stand()
        self._pinned_and_locked_kept(assumable_fixed)
        self._competitors_apart()
        add_caps(self.pm, self.v, self.inst)
        if confirmed != "off":
            self._confirmed_get_a_stand(confirmed == "assumable")

    def add_soft_links(self) -> None:
        """Variables and links the soft rules' objective terms need, plus the valid cut.
        Raises `BuildStopped` when `stop()` turns true (a cancel during a long build)."""
        for step in (
            self._sector_occupancy,
            self._neighbour_sector_pairs,
            self._partners_near,
            self._sector_degree_cut,
        ):
            self._check()
            step()

    def _check(self, i: int = 0) -> None:
        if i % 256 == 0 and self.stop():
            raise BuildStopped

    # -- hard rules ----------------------------------------------------------------------
    def _one_stand_per_exhibitor(self) -> None:
        """Every exhibitor gets exactly one stand or the waitlist (pinned and locked ones: their
        stand, below)."""
        for e in range(self.inst.n_ex):
            xs = list(self.v.xs(e))
            if e in self.v.wait:
                self.pm.exactly_one([*xs, self.v.wait[e]])
            elif len(xs) > 1:
                self.pm.at_most_one(xs)

    def _booth_holds_one_stand(self) -> None:
        for lits in self.cover:
            if len(lits) > 1:
                self.pm.at_most_one(lits)

    def _pinned_and_locked_kept(self, assumable: bool) -> None:
        add_kept(self.pm, self.v, self.inst, self.kept_if, assumable=assumable)

    def _confirmed_get_a_stand(self, assumable: bool) -> None:
        """A confirmed exhibitor (a stand in the published plan) is never waitlisted; with
        `assumable`, under its own literal (in `kept_if`) so that a core can name them."""
        for e, must in enumerate(self.inst.must):
            if not must or e not in self.v.wait:
                continue
            if assumable:
                lit = self.pm.new_bools(1).start
                self.kept_if[e] = lit
                self.pm.linear([self.v.wait[e]], [1], 0, 0, enforce=[lit])
            else:
                self.pm.linear([self.v.wait[e]], [1], 0, 0)

    def _competitors_apart(self) -> None:
        add_apart(self.pm, self.inst, self._covering_of)

    def _covering_of(self, e: int) -> dict[int, list[tuple[int, int]]]:
        """Booth -> [(x variable, placement)] of exhibitor e's candidates covering it."""
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for x, p in zip(self.v.xs(e), self.inst.cands[e].tolist(), strict=True):
            for b in self.inst.p_booths[p]:
                out[b].append((x, p))
        return out

    # -- links for the soft rules -----------------------------------------------------------
    def _sector_occupancy(self) -> None:
        """y[b, s] = 1 exactly when booth b holds a stand of sector s."""
        inst, v = self.inst, self.v
        has_edge = {a for a, *_ in inst.edges} | {b for _a, b, *_ in inst.edges}
        sector_of_x = inst.e_sector[v.xe]
        for i, b in enumerate(sorted(has_edge)):
            self._check(i)
            by_sector: dict[int, list[int]] = defaultdict(list)
            for x in self.cover[b]:
                by_sector[int(sector_of_x[x - v.x0])].append(x)
            for s, xs in sorted(by_sector.items()):
                y = self.pm.new_bools(1).start
                v.y[(b, s)] = y
                self.pm.linear([y, *xs], [1] + [-1] * len(xs), 0, 0)

    def _neighbour_sector_pairs(self) -> None:
        """pair[edge, s, t] may be 1 only when booth a holds sector s and booth b sector t in
        two different stands: per booth and sector, the pairs it takes part in sum to at most
        y minus the stands of that sector covering both booths (a transportation bound, exact
        because each booth holds one sector)."""
        inst, v, pm = self.inst, self.v, self.pm
        sector_of_x = inst.e_sector[v.xe]
        sectors_at: dict[int, list[int]] = defaultdict(list)
        for b, s in v.y:
            sectors_at[b].append(s)
        placeable = np.bincount(
            np.array(
                [int(inst.e_sector[e]) for e in range(inst.n_ex) if len(inst.cands[e])],
                dtype=np.int64,
            ),
            minlength=len(inst.sector_ids),
        )
        for k, (a, b, f, _apart) in enumerate(inst.edges):
            self._check(k)
            rows: dict[int, list[int]] = defaultdict(list)
            cols: dict[int, list[int]] = defaultdict(list)
            for s in sectors_at[a]:
                for t in sectors_at[b]:
                    pts = int(inst.pair_weight[s, t]) * f
                    # A sector of one exhibitor has no same-sector pair of two stands.
                    if pts > 0 and (s != t or placeable[s] > 1):
                        var = pm.new_bools(1).start
                        v.pairs.append((var, k, s, t, pts))
                        rows[s].append(var)
                        cols[t].append(var)
            both = set(self.cover[a]) & set(self.cover[b])
            for booth, lines in ((a, rows), (b, cols)):
                for s, pair_vars in sorted(lines.items()):
                    inside = [x for x in sorted(both) if sector_of_x[x - v.x0] == s]
                    lits = [*pair_vars, *inside, v.y[(booth, s)]]
                    coeffs = [1] * (len(pair_vars) + len(inside)) + [-1]
                    pm.linear(lits, coeffs, -1, 0)

    def _partners_near(self) -> None:
        """near = 1 only when the first partner takes placement p and the other's stand
        touches p (any relation)."""
        inst, v, pm = self.inst, self.v, self.pm
        for i, j in inst.partner_pairs:
            if len(inst.cands[i]) > len(inst.cands[j]):
                i, j = j, i
            theirs = self._covering_of(j)
            for x, p in zip(v.xs(i), inst.cands[i].tolist(), strict=True):
                inside = set(inst.p_booths[p])
                touching = sorted(
                    {
                        xq
                        for b in inside
                        for n, _f, _apart in inst.nbrs[b]
                        if n not in inside
                        for xq, q in theirs.get(n, ())
                        if not inside & set(inst.p_booths[q])
                    }
                )
                if not touching:
                    continue
                r = pm.new_bools(1).start
                v.near.append((r, i, j, p))
                pm.linear([r, x], [1, -1], -1, 0)
                pm.linear([r, *touching], [1] + [-1] * len(touching), -len(touching), 0)

    def stand_degrees(self) -> np.ndarray:
        """Per exhibitor, the most weighted neighbour pairs any of its candidate stands can
        have with booths outside it (edges inside a stand earn nothing)."""
        inst = self.inst
        outer = np.zeros(len(inst.p_booths), dtype=np.int64)
        for p, booths in enumerate(inst.p_booths):
            inside = set(booths)
            outer[p] = sum(f for b in booths for n, f, _ap in inst.nbrs[b] if n not in inside)
        return np.array([int(outer[c].max()) if len(c) else 0 for c in inst.cands], dtype=np.int64)

    def _sector_degree_cut(self) -> None:
        """A valid cut that gives the bound meaning: the neighbour pairs a sector's stands
        take part in (weighted by relation factor, a same-sector pair counting at both ends)
        cannot exceed the summed weighted degrees of the booths the sector can occupy at
        most — its best booths, as many as its exhibitors' largest candidate stands cover."""
        inst, v, pm = self.inst, self.v, self.pm
        degree = np.zeros(inst.n_booths, dtype=np.int64)
        for a, b, f, _apart in inst.edges:
            degree[a] += f
            degree[b] += f
        booths_of: dict[int, list[int]] = defaultdict(list)
        for b, s in v.y:
            booths_of[s].append(b)
        widest = np.array([len(p) for p in inst.p_booths], dtype=np.int64)
        reach: dict[int, int] = defaultdict(int)
        for e in range(inst.n_ex):
            if len(inst.cands[e]):
                reach[int(inst.e_sector[e])] += int(widest[inst.cands[e]].max())
        usage: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for var, k, s, t, _pts in v.pairs:
            f = inst.edges[k][2]
            for sector in {s, t}:
                usage[sector][0].append(var)
                usage[sector][1].append(f * (2 if s == t else 1))
        stand_degree = self.stand_degrees()
        members: dict[int, list[int]] = defaultdict(list)
        for e in range(inst.n_ex):
            if len(inst.cands[e]):
                members[int(inst.e_sector[e])].append(int(stand_degree[e]))
        budget = {s: sum(d) for s, d in members.items()}
        for s, (vars_, coeffs) in sorted(usage.items()):
            degrees = np.sort(degree[booths_of[s]])[::-1]
            cap = min(int(degrees[: reach[s]].sum()), budget.get(s, 0))
            if cap < sum(coeffs):
                pm.linear(vars_, coeffs, 0, cap)
        self._pair_caps(members, budget)

    def _pair_caps(self, members: dict[int, list[int]], budget: dict[int, int]) -> None:
        """Per sector pair: the pairs between sectors s and t cannot exceed what the smaller
        side's stands can touch; two exhibitors of one sector share at most the boundary of
        the smaller one's stand."""
        inst, v, pm = self.inst, self.v, self.pm
        between: dict[tuple[int, int], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for var, k, s, t, _pts in v.pairs:
            f = inst.edges[k][2]
            key = (min(s, t), max(s, t))
            between[key][0].append(var)
            between[key][1].append(f)
        for (s, t), (vars_, coeffs) in sorted(between.items()):
            if s == t:
                d = members.get(s, [])
                cap = min(d) if len(d) == 2 else sum(d) // 2
            else:
                cap = min(budget.get(s, 0), budget.get(t, 0))
            if cap < sum(coeffs):
                pm.linear(vars_, coeffs, 0, cap)
