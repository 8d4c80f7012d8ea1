"""The movers' LP: an upper bound on a re-solve's score under a moves cap that knows two
movers cannot share a booth, a published pair is lost whole, and what the waitlist may gain
(`cap_relaxation`); the per-exhibitor bound it refines is `move_bound.MoveBound`."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .instance import Instance
from .lp_bound import LinearRelaxation
from .move_bound import MoveBound, points_at
from .touch import stands_touch
from .variables import LinearRows
from .waitlist import waitlist_ceiling, waitlist_step


@dataclass(frozen=True)
class CapRows:
    """Where the moves cap enters a movers' LP (`cap_relaxation`): the row Σ moves ≤ cap −
    `forced`, and the waitlist's ceiling row (None without one), whose upper side is the
    lines' ceiling for the cap plus `waitlisted`. For `rounded_plan`: `stands`, (column,
    exhibitor, placement) of every candidate's column, and `movers`, (column, exhibitor) of
    every published exhibitor's move."""

    cap_row: int
    ceiling_row: int | None
    forced: int
    waitlisted: float
    lines: tuple[tuple[int, int], ...]
    step: int
    stands: tuple[tuple[int, int, int], ...] = ()
    movers: tuple[tuple[int, int], ...] = ()

    def sides(self, cap: int) -> dict[int, float]:
        """The upper sides of these rows for at most `cap` moves. On the LP made for a looser
        cap they give a bound for `cap` too, a little weaker than its own LP's: every plan
        within `cap` is still one of its integer points, among candidates the looser cap
        allowed (measured at 400 exhibitors: m + 2 at 12,011 against 12,003)."""
        sides = {self.cap_row: float(max(cap - self.forced, 0))}
        if self.ceiling_row is not None:
            ceiling = waitlist_ceiling(list(self.lines), cap, self.step)
            sides[self.ceiling_row] = ceiling + self.waitlisted
        return sides


def cap_relaxation(
    mb: MoveBound,
    inst: Instance,
    cap: int,
    *,
    whole_pairs: bool = True,
    waitlist_lines: list[tuple[int, int]] | None = None,
) -> LinearRelaxation:
    """`cap_rows_relaxation`'s LP."""
    return cap_rows_relaxation(
        mb, inst, cap, whole_pairs=whole_pairs, waitlist_lines=waitlist_lines
    )[0]


def cap_rows_relaxation(
    mb: MoveBound,
    inst: Instance,
    cap: int,
    *,
    whole_pairs: bool = True,
    waitlist_lines: list[tuple[int, int]] | None = None,
) -> tuple[LinearRelaxation, CapRows]:
    """An LP whose optimum bounds the score without moves (the waitlist included) for at
    most `cap` moves; every plan with at most `cap` moves is one of its integer points.
    Variables, all in [0, 1]: each optional exhibitor moves or not; each mover or newcomer
    takes at most one candidate (among those displacing few enough others); each booth holds
    at most one stand, its kept owner's unless that owner moves; at most `cap` − forced
    optional exhibitors move.

    What a move gives up and earns is counted against who stays, not guessed per exhibitor:
    - a pair of published neighbours is lost, whole, when either of them moves (one
      variable per pair, at least each one's move), a pair worth less than nothing is won back;
      without `whole_pairs`, each mover gives up half of it (all of it beside a neighbour that
      never moves), as in `MoveBound`: a weaker LP, but GLOP solves it 3–5 times faster;
    - a mover's new stand earns its stand points and, per outside neighbour, the exact pair
      with a neighbour that never moves, else the larger of the pair with the published
      neighbour and half the best pair with whoever may stand there (as `MoveBound`);
    - a candidate beside a competitor's published stand needs that competitor to move;
    - a newcomer or mover without a stand costs its waitlist cost; a confirmed one gets one;
    - the waitlist gains no more than the moves pay for: per line (w, c) of `waitlist_lines`
      (`waitlist_ceiling`: waitlist − w × moves ≤ c in every plan), waitlist − w × moves ≤ c,
      and the waitlist is at most the lines' ceiling for the cap (whole waitlist costs
      only). Without them the LP let a few moves place part of every waitlisted exhibitor:
      on the tight venues the points from m + 2 on carried gaps of 15–110 % where no plan
      within the cap could shorten the waitlist at all.
    `MoveBound` charges each mover half its positive pairs and leaves the waitlist to the
    caller. Measured on the 200-exhibitor withdrawal: m + 1 closed (5,798 found and bound, was
    5,818), m + 2 at 0.6 % (was 2.4 %). Making the half pairs count only on booths the LP takes
    gained 2–3 points at 400 exhibitors and took GLOP 3–5 s a cap instead of 1–3 s."""
    free = cap - mb.forced
    optional, newcomers = mb.optional, set(mb.newcomers)
    lp = _Lp()
    moves = {e: lp.var(-points_at(inst, e, mb.home[e])) for e in optional}
    # published neighbours: a pair is lost when either of its exhibitors moves
    for (a, b), v in _home_pairs(inst, mb).items():
        movers = [moves[x] for x in (a, b) if x in moves]
        if not movers or not v:
            continue
        if not whole_pairs:
            alone = len(movers) == 1  # the other never moves
            for m in movers:
                lp.gain[m] -= v if v < 0 or alone else v / 2
            continue
        if v > 0:
            lost = lp.var(-v)
            for m in movers:
                lp.row([(lost, 1.0), (m, -1.0)], 0.0, np.inf)
        else:
            won = lp.var(-v)
            lp.row([(won, 1.0)] + [(m, -1.0) for m in movers], -np.inf, 0.0)
    on_booth: dict[int, list[int]] = defaultdict(list)  # booth -> candidates covering it
    waitlisted = 0.0  # every newcomer's waitlist cost, won back by its stand
    # the LP's waitlist term is Σ wait·(candidates taken) − Σ wait·(moves) − `waitlisted`
    waitlist_terms: list[tuple[int, float]] = []
    stands: list[tuple[int, int, int]] = []
    for e in optional + mb.newcomers:
        _earn, count, _held, placements = mb.options[e]
        ok = count <= (free if e in newcomers else free - 1)  # displaced ones move too
        taken = []
        for p in placements[ok].tolist():
            twice, clash = mb.lp_stand(e, p)
            if clash is None:
                continue  # next to a competitor that never moves
            booths = inst.p_booths[p]
            x = lp.var(twice / 2)
            taken.append(x)
            stands.append((x, e, p))
            for o in clash:  # next to a competitor's published stand: only if it moves
                lp.row([(x, 1.0), (moves[o], -1.0)], -np.inf, 0.0)
            for a in booths:
                on_booth[a].append(x)
        # A mover or newcomer without a stand is waitlisted (a confirmed one never is).
        wait = float(inst.wcost[e])
        for x in taken:
            lp.gain[x] += wait
        waitlist_terms += [(x, wait) for x in taken]
        must = bool(inst.must[e]) if inst.must else False
        if e in moves:
            lp.gain[moves[e]] -= wait
            waitlist_terms.append((moves[e], -wait))
            lp.row([(x, 1.0) for x in taken] + [(moves[e], -1.0)], 0.0 if must else -np.inf, 0.0)
        else:
            waitlisted += wait
            lp.row([(x, 1.0) for x in taken], 1.0 if must else -np.inf, 1.0)
    for b, xs in on_booth.items():
        o = int(mb.owner[b])
        if o >= 0 and o in moves:
            lp.row([(x, 1.0) for x in xs] + [(moves[o], -1.0)], -np.inf, 0.0)
        else:
            lp.row([(x, 1.0) for x in xs], -np.inf, 0.0 if o >= 0 else 1.0)
    cap_row = lp.rows_count()
    lp.row([(m, 1.0) for m in moves.values()], -np.inf, float(max(free, 0)))
    ceiling_row = None
    if waitlist_lines and waitlist_terms:
        most = waitlist_ceiling(waitlist_lines, cap, waitlist_step(inst))
        ceiling_row = lp.rows_count()
        lp.row(waitlist_terms, -np.inf, most + waitlisted)
        for w, c in waitlist_lines:
            if w > 0:  # (w = 0 is the ceiling's row, whole steps only)
                paid = waitlist_terms + [(m, -float(w)) for m in moves.values()]
                lp.row(paid, -np.inf, c + w * mb.forced + waitlisted)
    rows = CapRows(
        cap_row,
        ceiling_row,
        mb.forced,
        waitlisted,
        tuple(waitlist_lines or ()),
        waitlist_step(inst),
        tuple(stands),
        tuple((column, e) for e, column in moves.items()),
    )
    return lp.relaxation(mb.kept - round(waitlisted)), rows


def rounded_plan(mb: MoveBound, rows: CapRows, values: np.ndarray) -> np.ndarray:
    """The plan a movers' LP solution rounds to: each exhibitor on the candidate whose column
    is above one half (at most one is: a mover or newcomer takes at most one), else
    waitlisted if it has no published stand to keep or its move is above one half, else on
    its published stand. Not checked: an LP knows fewer rules than a plan must keep
    (`evaluate.is_valid`). Where the LP is integral, as at the fewest moves it mostly is,
    this is its optimum: measured, a better minimal-move plan than the re-solve's search
    found on three benchmark changes (benchmarks/analysis-resolve.md)."""
    plan = np.array(mb.home, dtype=np.int64)
    plan[plan < 0] = -1
    for column, e in rows.movers:
        if values[column] > 0.5:
            plan[e] = -1
    for column, e, p in rows.stands:
        if values[column] > 0.5:
            plan[e] = p
    return plan


def _home_pairs(inst: Instance, mb: MoveBound) -> dict[tuple[int, int], int]:
    """(a, b) -> the points of published neighbours a < b (their pairs and partnership)."""
    owner, home, sector = mb.owner, mb.home, inst.e_sector
    pairs: dict[tuple[int, int], int] = defaultdict(int)
    for a, b, f, _apart in inst.edges:
        ea, eb = int(owner[a]), int(owner[b])
        if ea < 0 or eb < 0 or ea == eb:
            continue
        pairs[(min(ea, eb), max(ea, eb))] += int(inst.pair_weight[sector[ea], sector[eb]]) * f
    w_partners = inst.problem.weights.partners
    for i, j in inst.partner_pairs:
        if home[i] >= 0 and home[j] >= 0 and stands_touch(inst, home[i], home[j]):
            pairs[(min(i, j), max(i, j))] += w_partners
    return pairs


class _Lp:
    """Variables in [0, 1] with their gains, and rows (`LinearRows`), for `LinearRelaxation`."""

    def __init__(self) -> None:
        self.gain: list[float] = []
        self.rows = LinearRows()

    def var(self, gain: float) -> int:
        self.gain.append(float(gain))
        return len(self.gain) - 1

    def rows_count(self) -> int:
        return len(self.rows)

    def row(self, entries: list[tuple[int, float]], lo: float, hi: float) -> None:
        self.rows.add([col for col, _ in entries], [coeff for _, coeff in entries], lo, hi)

    def relaxation(self, constant: int) -> LinearRelaxation:
        rows = self.rows
        out = LinearRelaxation.from_arrays(
            len(self.gain),
            np.repeat(np.arange(len(rows)), np.array(rows.sizes, dtype=np.int64)),
            rows.cols,
            rows.coeffs,
            rows.lo,
            rows.hi,
            np.array(self.gain),
            constant=constant,
        )
        # Measured at 400 exhibitors (the late batch, 84,466 columns): the primal simplex
        # had not finished some caps in 10 s; the dual simplex took 2–3.4 s.
        out.glop_parameters = "use_dual_simplex: true"
        return out
