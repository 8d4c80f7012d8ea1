"""Snapping and rectangle arithmetic shared by the tools (plain numbers, whole cm)."""

from __future__ import annotations

from qods_planner.model import Rect
from qods_planner.model.booth import MIN_BOOTH_SIDE_CM


def snap(value: float, step: int) -> int:
    """`value` rounded to the nearest multiple of `step` cm (to the cm when step ≤ 1)."""
    step = max(1, int(step))
    return int(round(value / step)) * step


def rect_between(ax: int, ay: int, bx: int, by: int) -> Rect | None:
    """The rectangle with corners (ax, ay) and (bx, by); None when it has no area."""
    x, y = min(ax, bx), min(ay, by)
    w, h = abs(bx - ax), abs(by - ay)
    return Rect(x, y, w, h) if w > 0 and h > 0 else None


def resized(rect: Rect, handle: str, x: int, y: int, min_side: int = MIN_BOOTH_SIDE_CM) -> Rect:
    """`rect` with the edges named by `handle` ('t', 'b', 'l', 'r' or a corner such as 'tl')
    moved to the point (x, y), never smaller than `min_side` and never turned inside out."""
    left, top, right, bottom = rect.x, rect.y, rect.right, rect.bottom
    if "l" in handle:
        left = min(x, right - min_side)
    if "r" in handle:
        right = max(x, left + min_side)
    if "t" in handle:
        top = min(y, bottom - min_side)
    if "b" in handle:
        bottom = max(y, top + min_side)
    return Rect(left, top, right - left, bottom - top)
