"""A uniform grid over rectangles, to find what lies near a booth without comparing all pairs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..model.geometry import Rect

CELL_CM = 600


class GridIndex:
    def __init__(self, items: Iterable[tuple[str, Rect]], cell: int = CELL_CM) -> None:
        self._cell = cell
        self._cells: dict[tuple[int, int], list[str]] = defaultdict(list)
        self._rects: dict[str, Rect] = {}
        for key, rect in items:
            self._rects[key] = rect
            for c in self._cells_of(rect):
                self._cells[c].append(key)

    def _cells_of(self, rect: Rect) -> Iterable[tuple[int, int]]:
        c = self._cell
        for i in range(rect.x // c, (rect.right - 1) // c + 1):
            for j in range(rect.y // c, (rect.bottom - 1) // c + 1):
                yield (i, j)

    def near(self, rect: Rect, margin: int = 0) -> list[str]:
        """Keys whose rectangles may lie within `margin` cm of `rect` (sorted, no duplicates).

        The probe is closed on both ends: a rectangle whose edge lies exactly `margin` cm away
        on a cell boundary is in the cell before it (cells hold [x, right - 1]).
        """
        c = self._cell
        found: set[str] = set()
        for i in range((rect.x - margin - 1) // c, (rect.right + margin) // c + 1):
            for j in range((rect.y - margin - 1) // c, (rect.bottom + margin) // c + 1):
                found.update(self._cells.get((i, j), ()))
        return sorted(found)

    def overlapping(self, rect: Rect) -> list[str]:
        return [k for k in self.near(rect) if self._rects[k].overlaps(rect)]
