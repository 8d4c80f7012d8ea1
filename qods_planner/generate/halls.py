"""Draws halls the way provincial fairs lay them out, sized to hold a number of booths.

A hall (y grows from the back wall towards the entrance wall):

    top perimeter row along the back wall, cut by a fire-exit zone
    aisle
    bands of island blocks, aisles between bands and between blocks:
      small  two rows of 3 m deep booths back to back (9, 12, 18 m²), some blocks capped at
             an end by a 6 m deep booth spanning both rows (24 or 36 m², a peninsula)
      large  two rows of 6 m deep booths back to back (36, 54, 72 m²)
      free   freestanding islands 6 m deep (36, 54, 72 m²), the band nearest the entrance
    aisle
    bottom perimeter row along the entrance wall, cut by the main entrance

plus perimeter columns 3 m wide along the side walls (the left one cut by a side door) and
pillars at some aisle crossings. Aisles are 3 or 4 m, so the layout analysis sees booths
facing across them. Every length is a multiple of 100 cm and every booth side a multiple of
the module sizes, so areas are whole m².
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from functools import cache

from ..messages import tr
from ..model.geometry import Rect, Side
from ..model.venue import Entrance, ObstacleKind

SIDE_WALL = 300  # depth of the perimeter columns and of the bottom row
PILLAR = 60
FIRE_EXIT = 400
MAIN_DOOR = 600
SIDE_DOOR = 300

SMALL = (300, 400, 600)
LARGE = (600, 900, 1200)


@dataclass
class HallDraft:
    """One drawn hall: its size, doors, obstacles and booth rectangles in sweep order."""

    width: int
    depth: int
    entrances: list[Entrance]
    obstacles: list[tuple[ObstacleKind, Rect]]
    rows: list[list[Rect]] = field(default_factory=list)
    island_rows: list[int] = field(default_factory=list)  # indices into rows
    perimeter_rows: list[int] = field(default_factory=list)

    @property
    def booth_rects(self) -> list[Rect]:
        return [r for row in self.rows for r in row]

    @property
    def capacity(self) -> int:
        return sum(len(row) for row in self.rows)


@dataclass(frozen=True)
class HallStyle:
    """The per-hall choices that stay fixed while the hall grows to fit."""

    aisle: int
    top_depth: int
    block: int


BLOCK_LENGTHS = (1500, 1800, 2100, 2400)
SEARCH_ALL_BELOW = 300


def draw_style(rng: random.Random) -> HallStyle:
    return HallStyle(
        aisle=rng.choice((300, 400)),
        top_depth=rng.choice((300, 400)),
        block=rng.choice((1800, 2100, 2400)),
    )


@cache
def _sums(widths: tuple[int, ...], limit: int) -> frozenset[int]:
    """Every length up to `limit` that `widths` can fill exactly."""
    reach = {0}
    for total in range(100, limit + 1, 100):
        if any(total - w in reach for w in widths):
            reach.add(total)
    return frozenset(reach)


def split(length: int, widths: tuple[int, ...], rng: random.Random) -> list[int]:
    """Random booth widths from `widths` that fill `length` exactly (or as much as possible)."""
    reach = _sums(widths, max(length, 0))
    while length not in reach:  # leave a sliver of open floor at the end
        length -= 100
    out: list[int] = []
    while length > 0:
        fits = [w for w in widths if length - w in reach]
        w = rng.choice(fits)
        out.append(w)
        length -= w
    return out


def _band_kinds(count: int) -> list[str]:
    cycle = ("small", "large", "small", "small")
    kinds = [cycle[i % len(cycle)] for i in range(count)]
    if count >= 2:
        kinds[-1] = "free"  # sponsors' islands face the entrance
    return kinds


_DEPTH = {"small": 600, "large": 1200, "free": 600}


def draw_hall(style: HallStyle, blocks: int, bands: int, rng: random.Random) -> HallDraft:
    """A hall with `blocks` island blocks across and `bands` bands of them deep."""
    a, td, lb = style.aisle, style.top_depth, style.block
    kinds = _band_kinds(bands)
    width = 2 * (SIDE_WALL + a) + blocks * lb + (blocks - 1) * a
    depth = td + a + sum(_DEPTH[k] for k in kinds) + (bands - 1) * a + a + SIDE_WALL
    fire_x = (width // 2 - FIRE_EXIT // 2) // 100 * 100
    door_x = (width // 2 - MAIN_DOOR // 2) // 100 * 100
    draft = HallDraft(
        width=width,
        depth=depth,
        entrances=[Entrance(Side.BOTTOM, door_x, MAIN_DOOR)],
        obstacles=[(ObstacleKind.FIRE_EXIT, Rect(fire_x, 0, FIRE_EXIT, td))],
    )

    def row(rects: list[Rect], trim: bool) -> None:
        if rects:
            draft.rows.append(rects)
            (draft.island_rows if trim else draft.perimeter_rows).append(len(draft.rows) - 1)

    top_widths = SMALL if td == 300 else (300, 600)
    for x0, x1 in ((0, fire_x), (fire_x + FIRE_EXIT, width)):
        row(_along_x(x0, 0, td, split(x1 - x0, top_widths, rng)), trim=False)

    col_top, col_bottom = td, depth - SIDE_WALL
    side_door = None
    if col_bottom - col_top >= 1500:
        mid = (col_top + col_bottom) // 2 // 100 * 100
        side_door = (mid - SIDE_DOOR // 2) // 100 * 100
        draft.entrances.append(Entrance(Side.LEFT, side_door, SIDE_DOOR))
        spans: tuple[tuple[int, int], ...] = (
            (col_top, side_door),
            (side_door + SIDE_DOOR, col_bottom),
        )
    else:
        spans = ((col_top, col_bottom),)
    for y0, y1 in spans:
        row(_along_y(0, y0, SIDE_WALL, split(y1 - y0, SMALL, rng)), trim=False)

    block_x = [SIDE_WALL + a + i * (lb + a) for i in range(blocks)]
    y = td + a
    band_tops: list[int] = []
    for kind in kinds:
        band_tops.append(y)
        for x in block_x:
            if kind == "small":
                _small_block(draft, row, x, y, lb, rng)
            elif kind == "large":
                for half in (0, 600):
                    row(_along_x(x, y + half, 600, split(lb, LARGE, rng)), trim=True)
            else:
                _free_block(row, x, y, lb, a, rng)
        y += _DEPTH[kind] + a

    row(
        _along_y(width - SIDE_WALL, col_top, SIDE_WALL, split(col_bottom - col_top, SMALL, rng)),
        trim=False,
    )
    for x0, x1 in ((0, door_x), (door_x + MAIN_DOOR, width)):
        row(_along_x(x0, depth - SIDE_WALL, SIDE_WALL, split(x1 - x0, SMALL, rng)), trim=False)

    _pillars(draft, block_x, band_tops, kinds, lb, a, td)
    return draft


def _along_x(x: int, y: int, depth: int, widths: list[int]) -> list[Rect]:
    out = []
    for w in widths:
        out.append(Rect(x, y, w, depth))
        x += w
    return out


def _along_y(x: int, y: int, width: int, lengths: list[int]) -> list[Rect]:
    out = []
    for h in lengths:
        out.append(Rect(x, y, width, h))
        y += h
    return out


def _small_block(draft: HallDraft, row, x: int, y: int, length: int, rng: random.Random) -> None:
    """Two 3 m rows back to back, maybe capped at either end by one 6 m deep booth."""
    left = rng.choice((0, 0, 400, 600))
    right = rng.choice((0, 0, 400, 600))
    if left:
        row([Rect(x, y, left, 600)], trim=False)
    middle = length - left - right
    for half in (0, 300):
        row(_along_x(x + left, y + half, 300, split(middle, SMALL, rng)), trim=True)
    if right:
        row([Rect(x + length - right, y, right, 600)], trim=False)


def _free_block(row, x: int, y: int, length: int, aisle: int, rng: random.Random) -> None:
    """Freestanding islands across one block's span, an aisle apart, centred."""
    widths: list[int] = []
    used = -aisle
    while True:
        fits = [w for w in LARGE if used + aisle + w <= length]
        if not fits:
            break
        w = rng.choice(fits)
        widths.append(w)
        used += aisle + w
    x += (length - used) // 2 // 100 * 100
    for w in widths:
        row([Rect(x, y, w, 600)], trim=True)
        x += w + aisle


def _pillars(
    draft: HallDraft,
    block_x: list[int],
    band_tops: list[int],
    kinds: list[str],
    lb: int,
    a: int,
    td: int,
) -> None:
    """Pillars stand where aisles cross (every other crossing): never under a booth, and
    never between two booths that face each other."""
    aisle_xs = [x - a for x in block_x] + [block_x[-1] + lb]
    aisle_ys = [td] + [top + _DEPTH[k] for top, k in zip(band_tops, kinds, strict=True)]
    for j, ay in enumerate(aisle_ys):
        for i, ax in enumerate(aisle_xs):
            if (i + j) % 2:
                continue
            cx, cy = ax + a // 2, ay + a // 2
            rect = Rect(cx - PILLAR // 2, cy - PILLAR // 2, PILLAR, PILLAR)
            draft.obstacles.append((ObstacleKind.PILLAR, rect))


def trim(draft: HallDraft, target: int) -> None:
    """Drop booths from the ends of the longest rows until the hall holds `target` booths, so
    the cut is spread thin (island rows first when rows are equally long)."""
    islands = set(draft.island_rows)
    for _ in range(draft.capacity - target):
        longest = max(
            (i for i, row in enumerate(draft.rows) if row),
            key=lambda i: (len(draft.rows[i]), i in islands, -i),
        )
        draft.rows[longest].pop()


def _rng(seed_key: str, style: HallStyle, blocks: int, bands: int) -> random.Random:
    return random.Random(f"{seed_key}/{style.block}/{blocks}/{bands}")


def fit_hall(target: int, rng: random.Random, seed_key: str) -> HallDraft:
    """The least roomy hall of a usual shape (width/depth 0.7–2.6) holding `target` booths,
    trimmed to exactly `target`."""
    if target < 1:
        raise ValueError(f"a hall needs at least one booth, got {target}")
    base = draw_style(rng)
    # Small halls try every block length, so few booths need trimming; big ones keep the
    # drawn length (trimming is then a small share, and the search stays fast).
    lengths = BLOCK_LENGTHS if target <= SEARCH_ALL_BELOW else (base.block,)
    found: list[tuple[bool, int, float, int, int, int]] = []
    for block in lengths:
        style = replace(base, block=block)
        for bands in range(1, 16):
            for blocks in range(1, 20):
                draft = draw_hall(style, blocks, bands, _rng(seed_key, style, blocks, bands))
                if draft.capacity >= target:
                    ratio = draft.width / draft.depth
                    odd = not 0.7 <= ratio <= 2.6
                    found.append((odd, draft.capacity, abs(ratio - 1.5), block, blocks, bands))
                    break
            if found and found[-1][4] == 1:
                break  # more bands only add booths
    if not found:
        raise ValueError(tr("a hall cannot be drawn for {count} booth(s)", count=target))
    _, _, _, block, blocks, bands = min(found)
    style = replace(base, block=block)
    draft = draw_hall(style, blocks, bands, _rng(seed_key, style, blocks, bands))
    trim(draft, target)
    return draft
