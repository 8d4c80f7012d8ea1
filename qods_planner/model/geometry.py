"""Axis-aligned rectangles in integer centimetres.

Lengths are whole centimetres so that "touches" and "overlaps" are exact: a float gap of
1e-7 m can never make two booths that share a wall look apart. Values read from files or
typed in metres are rounded to the centimetre once, at the boundary (`cm`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..messages import tr
from .model_error import ModelError


def cm(metres: float) -> int:
    """Metres to whole centimetres, rounding half away from zero."""
    value = round(abs(metres) * 100 + 1e-9)
    return value if metres >= 0 else -value


def m2(area_cm2: int) -> float:
    """Square centimetres to square metres."""
    return area_cm2 / 10_000


class Side(Enum):
    """A side of a rectangle. y grows downwards, as on screen and in Qt."""

    TOP = "top"
    RIGHT = "right"
    BOTTOM = "bottom"
    LEFT = "left"

    @property
    def opposite(self) -> Side:
        return _OPPOSITE[self]

    @property
    def horizontal(self) -> bool:
        """True for TOP and BOTTOM, whose edge runs along x."""
        return self in (Side.TOP, Side.BOTTOM)


_OPPOSITE = {
    Side.TOP: Side.BOTTOM,
    Side.BOTTOM: Side.TOP,
    Side.LEFT: Side.RIGHT,
    Side.RIGHT: Side.LEFT,
}


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle with its top-left corner at (x, y); width and depth are > 0 cm."""

    x: int
    y: int
    w: int
    h: int

    def __post_init__(self) -> None:
        for name in ("x", "y", "w", "h"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ModelError(
                    tr("{field} must be whole centimetres, got {value!r}", field=name, value=value)
                )
        if self.w <= 0 or self.h <= 0:
            raise ModelError(
                tr(
                    "width and depth must be > 0 cm, got {width} × {depth}",
                    width=self.w,
                    depth=self.h,
                )
            )

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def area(self) -> int:
        """Area in cm²."""
        return self.w * self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def overlaps(self, other: Rect) -> bool:
        """True when the interiors intersect; rectangles that only touch do not overlap."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, other: Rect) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def contains_point(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def edge(self, side: Side) -> tuple[int, int, int]:
        """(position across, start along, end along) of one side.

        For TOP/BOTTOM the position is a y and the span runs along x; for LEFT/RIGHT the
        position is an x and the span runs along y.
        """
        if side is Side.TOP:
            return (self.y, self.x, self.right)
        if side is Side.BOTTOM:
            return (self.bottom, self.x, self.right)
        if side is Side.LEFT:
            return (self.x, self.y, self.bottom)
        return (self.right, self.y, self.bottom)

    def side_length(self, side: Side) -> int:
        return self.w if side.horizontal else self.h

    def union(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def moved(self, dx: int, dy: int) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def gap_to(self, other: Rect) -> float:
        """Euclidean distance between the two rectangles (0 when they touch or overlap)."""
        dx = max(other.x - self.right, self.x - other.right, 0)
        dy = max(other.y - self.bottom, self.y - other.bottom, 0)
        return (dx * dx + dy * dy) ** 0.5


def span_overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Length shared by the intervals [a0, a1] and [b0, b1] (0 when they do not meet)."""
    return max(0, min(a1, b1) - max(a0, b0))
