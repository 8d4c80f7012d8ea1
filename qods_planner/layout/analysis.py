"""Derives, from geometry alone, each booth's open sides, kind, premium flag, neighbours and
rows. Nothing here is typed in by the user.

Rules (all lengths in cm, `tol` absorbs drawing imprecision of a centimetre or two):
- Two booths *touch* on a side when their edges lie within `tol` and share at least
  `min_shared_wall_cm` of wall.
- A side is *closed* when it lies on the hall's outline or touching booths cover at least half
  of it; otherwise it is *open* (on an aisle). Kind follows the open-side count.
- Touching booths are *back to back* when both have their opposite side open and at least one
  of them also touches a booth across a perpendicular side (it sits in a row); otherwise they
  are *side by side*.
- Booths *face* each other when open sides are parallel, 0 < gap ≤ `aisle_max_cm`, they
  overlap by at least `facing_min_overlap_cm` across the aisle, no booth stands in between,
  and obstacles in the aisle hide less than half of the fronts' overlap (a pillar in the aisle
  does not hide one booth from the other).
- A *row* is a maximal chain of booths of equal depth (or width) joined end to end; a straight
  run is a contiguous part of a row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model.booth import BoothKind
from ..model.geometry import Rect, Side, span_overlap
from ..model.project import Project
from ..model.settings import NeighbourRules
from .relations import Relation
from .spatial_index import GridIndex

TOUCH_TOL_CM = 2


@dataclass
class Layout:
    """Derived facts about every booth of a project at one revision."""

    rules: NeighbourRules
    rects: dict[str, Rect]
    hall_of: dict[str, str]
    open_sides: dict[str, frozenset[Side]] = field(default_factory=dict)
    touching: dict[str, dict[str, Side]] = field(default_factory=dict)
    neighbours_of: dict[str, dict[str, Relation]] = field(default_factory=dict)
    premium: dict[str, bool] = field(default_factory=dict)
    row_of: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # (row, position)
    rows: list[tuple[str, ...]] = field(default_factory=list)
    hall_outlines: dict[str, Rect] = field(default_factory=dict)

    def kind(self, booth_id: str) -> BoothKind:
        return BoothKind.from_open_sides(len(self.open_sides[booth_id]))

    def neighbour_pairs(self) -> list[tuple[str, str, Relation]]:
        """Every neighbouring pair once, as (a, b, relation) with a < b, sorted."""
        return sorted(
            (a, b, rel)
            for a, nbrs in self.neighbours_of.items()
            for b, rel in nbrs.items()
            if a < b
        )

    def relation(self, a: str, b: str) -> Relation | None:
        return self.neighbours_of.get(a, {}).get(b)

    def is_straight_run(self, booth_ids: tuple[str, ...] | list[str]) -> bool:
        """True for one booth, or booths that form a contiguous part of one row."""
        ids = list(booth_ids)
        if len(ids) == 1:
            return ids[0] in self.rects
        for row_index, _ in self.row_of.get(ids[0], []):
            row = self.rows[row_index]
            positions = sorted(row.index(b) for b in ids if b in row)
            if len(positions) == len(ids) and positions[-1] - positions[0] == len(ids) - 1:
                return True
        return False

    def runs(self, max_booths: int) -> list[tuple[str, ...]]:
        """Every straight run of 2..max_booths booths, each once, in a stable order."""
        found: set[tuple[str, ...]] = set()
        for row in self.rows:
            for length in range(2, min(max_booths, len(row)) + 1):
                for start in range(len(row) - length + 1):
                    found.add(row[start : start + length])
        return sorted(found, key=lambda r: (len(r), r))

    def stand_open_sides(self, booth_ids: tuple[str, ...] | list[str]) -> frozenset[Side]:
        """Open sides of the rectangle a stand covers (booths outside the stand close sides)."""
        ids = set(booth_ids)
        if len(ids) == 1:
            return self.open_sides[next(iter(ids))]
        union = _union(self.rects[b] for b in ids)
        outline = self.hall_outlines[self.hall_of[next(iter(ids))]]
        covered: dict[Side, int] = defaultdict(int)
        for b in ids:
            for other, side in self.touching.get(b, {}).items():
                if other in ids:
                    continue
                rect = self.rects[b]
                pos, lo, hi = rect.edge(side)
                upos, ulo, uhi = union.edge(side)
                if abs(pos - upos) <= TOUCH_TOL_CM:
                    o_pos, o_lo, o_hi = self.rects[other].edge(side.opposite)
                    covered[side] += span_overlap(lo, hi, o_lo, o_hi)
        return frozenset(
            s
            for s in Side
            if not _on_outline(union, s, outline) and covered[s] * 2 < union.side_length(s)
        )

    def stand_kind(self, booth_ids: tuple[str, ...] | list[str]) -> BoothKind:
        return BoothKind.from_open_sides(len(self.stand_open_sides(booth_ids)))

    def stand_relation(self, a: tuple[str, ...], b: tuple[str, ...]) -> Relation | None:
        """The strongest relation between any booth of stand `a` and any of stand `b`."""
        best: Relation | None = None
        for x in a:
            for y in b:
                rel = self.relation(x, y)
                if rel is not None and (best is None or rel.factor > best.factor):
                    best = rel
        return best


def _union(rects) -> Rect:
    rects = list(rects)
    out = rects[0]
    for r in rects[1:]:
        out = out.union(r)
    return out


def _on_outline(rect: Rect, side: Side, outline: Rect) -> bool:
    return abs(rect.edge(side)[0] - outline.edge(side)[0]) <= TOUCH_TOL_CM


def _touch_side(a: Rect, b: Rect, min_wall: int) -> Side | None:
    """The side of `a` on which `b` touches it, if they share at least `min_wall` of wall."""
    for side in Side:
        pos, lo, hi = a.edge(side)
        o_pos, o_lo, o_hi = b.edge(side.opposite)
        if abs(pos - o_pos) <= TOUCH_TOL_CM and span_overlap(lo, hi, o_lo, o_hi) >= min_wall:
            return side
    return None


def _facing_side(a: Rect, b: Rect, rules: NeighbourRules) -> tuple[Side, Rect] | None:
    """The side of `a` facing `b` across an aisle, and the aisle rectangle between them."""
    found = _facing_forward(a, b, rules)
    if found is not None:
        return found
    found = _facing_forward(b, a, rules)
    return (found[0].opposite, found[1]) if found is not None else None


def _facing_forward(a: Rect, b: Rect, rules: NeighbourRules) -> tuple[Side, Rect] | None:
    """`a`'s right or bottom side facing `b`'s left or top side across an aisle."""
    for side in (Side.RIGHT, Side.BOTTOM):
        pos, lo, hi = a.edge(side)
        o_pos, o_lo, o_hi = b.edge(side.opposite)
        gap = o_pos - pos
        shared = span_overlap(lo, hi, o_lo, o_hi)
        if TOUCH_TOL_CM < gap <= rules.aisle_max_cm and shared >= rules.facing_min_overlap_cm:
            start = max(lo, o_lo)
            if side is Side.RIGHT:
                return side, Rect(pos, start, gap, shared)
            return side, Rect(start, pos, shared, gap)
    return None


def _front(aisle: Rect, side: Side) -> int:
    """The length of the two fronts' overlap: the aisle's extent along the fronts."""
    return aisle.h if side in (Side.LEFT, Side.RIGHT) else aisle.w


def _blocked(aisle: Rect, side: Side, obstacles: list[Rect]) -> int:
    """How much of the fronts' overlap obstacles standing in the aisle hide (their union). A
    pillar hides only its own width: two booths either side of it still face each other."""
    along_y = side in (Side.LEFT, Side.RIGHT)
    spans = []
    for o in obstacles:
        if not o.overlaps(aisle):
            continue
        if along_y:
            spans.append((max(o.y, aisle.y), min(o.bottom, aisle.bottom)))
        else:
            spans.append((max(o.x, aisle.x), min(o.right, aisle.right)))
    covered, reach = 0, None
    for lo, hi in sorted(spans):
        if reach is not None and lo < reach:
            lo = reach
        if hi > lo:
            covered += hi - lo
            reach = hi
    return covered


def analyse(project: Project) -> Layout:
    """Compute the layout of every booth in `project` (see the module doc for the rules)."""
    rules = project.settings.neighbours
    rects = {b.id: b.rect for b in project.booths.values()}
    layout = Layout(
        rules=rules,
        rects=rects,
        hall_of={b.id: b.hall_id for b in project.booths.values()},
        hall_outlines={h.id: h.outline for h in project.halls.values()},
    )
    by_hall: dict[str, list[str]] = defaultdict(list)
    for booth in project.booths.values():
        by_hall[booth.hall_id].append(booth.id)
    for hall_id in sorted(by_hall):
        _analyse_hall(project, layout, hall_id, sorted(by_hall[hall_id]))
    return layout


def _analyse_hall(project: Project, layout: Layout, hall_id: str, ids: list[str]) -> None:
    rules = layout.rules
    rects = layout.rects
    hall = project.halls.get(hall_id)
    outline = hall.outline if hall else _union(rects[b] for b in ids)
    layout.hall_outlines.setdefault(hall_id, outline)
    index = GridIndex((b, rects[b]) for b in ids)
    obstacles = [o.rect for o in project.obstacles.values() if o.hall_id == hall_id]

    for b in ids:
        layout.touching[b] = {}
        for other in index.near(rects[b], TOUCH_TOL_CM):
            if other != b:
                side = _touch_side(rects[b], rects[other], rules.min_shared_wall_cm)
                if side is not None:
                    layout.touching[b][other] = side

    for b in ids:
        covered: dict[Side, int] = defaultdict(int)
        rect = rects[b]
        for other, side in layout.touching[b].items():
            _, lo, hi = rect.edge(side)
            _, o_lo, o_hi = rects[other].edge(side.opposite)
            covered[side] += span_overlap(lo, hi, o_lo, o_hi)
        layout.open_sides[b] = frozenset(
            s
            for s in Side
            if not _on_outline(rect, s, outline) and covered[s] * 2 < rect.side_length(s)
        )

    for b in ids:
        nbrs = layout.neighbours_of.setdefault(b, {})
        for other, side in layout.touching[b].items():
            nbrs[other] = _touch_relation(layout, b, other, side)

    for b in ids:
        for other in index.near(rects[b], rules.aisle_max_cm):
            if other <= b or other in layout.touching[b]:
                continue
            found = _facing_side(rects[b], rects[other], rules)
            if found is None:
                continue
            side, aisle = found
            if side not in layout.open_sides[b] or side.opposite not in layout.open_sides[other]:
                continue
            if index.overlapping(aisle) or _blocked(aisle, side, obstacles) * 2 >= _front(
                aisle, side
            ):
                continue
            layout.neighbours_of[b][other] = Relation.FACING
            layout.neighbours_of.setdefault(other, {})[b] = Relation.FACING

    entrances = [d.rect_on(hall.outline) for d in hall.entrances] if hall else []
    for b in ids:
        booth = project.booths[b]
        if booth.premium is not None:
            layout.premium[b] = booth.premium
        else:
            layout.premium[b] = any(
                rects[b].gap_to(door) <= rules.premium_entrance_distance_cm for door in entrances
            )

    _find_rows(layout, ids)


def _touch_relation(layout: Layout, a: str, b: str, side: Side) -> Relation:
    back = side.opposite
    if back in layout.open_sides[a] and side in layout.open_sides[b]:
        perpendicular = {s for s in Side if s.horizontal != side.horizontal}
        in_row = any(
            s in perpendicular for booth in (a, b) for s in layout.touching[booth].values()
        )
        if in_row:
            return Relation.BACK_TO_BACK
    return Relation.SIDE_BY_SIDE


def _find_rows(layout: Layout, ids: list[str]) -> None:
    """Chains of booths of equal depth (or width) joined end to end along x (or y)."""
    rects = layout.rects
    for horizontal in (True, False):
        after: dict[str, str] = {}
        has_before: set[str] = set()
        for b in ids:
            want = Side.RIGHT if horizontal else Side.BOTTOM
            for other, side in layout.touching[b].items():
                if side is not want:
                    continue
                r, o = rects[b], rects[other]
                aligned = (
                    abs(r.y - o.y) <= TOUCH_TOL_CM and abs(r.h - o.h) <= TOUCH_TOL_CM
                    if horizontal
                    else abs(r.x - o.x) <= TOUCH_TOL_CM and abs(r.w - o.w) <= TOUCH_TOL_CM
                )
                if aligned:
                    after[b] = other
                    has_before.add(other)
        for start in ids:
            if start in has_before or start not in after:
                continue
            chain = [start]
            while chain[-1] in after and len(chain) <= len(ids):
                chain.append(after[chain[-1]])
            index = len(layout.rows)
            layout.rows.append(tuple(chain))
            for pos, b in enumerate(chain):
                layout.row_of.setdefault(b, []).append((index, pos))


def layout_of(project: Project) -> Layout:
    """The project's layout, recomputed only when its geometry has changed since last time."""
    cached = getattr(project, "_layout_cache", None)
    if cached is not None and cached[0] == project.geometry_revision:
        return cached[1]
    layout = analyse(project)
    project._layout_cache = (project.geometry_revision, layout)  # type: ignore[attr-defined]
    return layout
