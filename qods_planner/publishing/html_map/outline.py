"""The outline of a stand made of several booths: every booth edge that no other booth of the
stand shares, as line segments in cm (for an SVG path). Rectangles only, as booths are."""

from __future__ import annotations

from ...model import Rect

Segment = tuple[int, int, int, int]  # x1, y1, x2, y2 (horizontal or vertical)


def _minus(span: tuple[int, int], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`span` with the parts covered by `cuts` removed."""
    parts = [span]
    for c0, c1 in cuts:
        nxt = []
        for a, b in parts:
            if c1 <= a or c0 >= b:
                nxt.append((a, b))
                continue
            if a < c0:
                nxt.append((a, c0))
            if c1 < b:
                nxt.append((c1, b))
        parts = nxt
    return parts


def outline_segments(rects: list[Rect]) -> list[Segment]:
    """The stand's outer edges: each rectangle's sides minus where another one touches them."""
    out: list[Segment] = []
    for i, r in enumerate(rects):
        others = [o for j, o in enumerate(rects) if j != i]
        for y, facing in ((r.y, "bottom"), (r.bottom, "top")):
            cuts = [
                (max(r.x, o.x), min(r.right, o.right))
                for o in others
                if (o.bottom if facing == "bottom" else o.y) == y
            ]
            out += [(a, y, b, y) for a, b in _minus((r.x, r.right), cuts)]
        for x, facing in ((r.x, "right"), (r.right, "left")):
            cuts = [
                (max(r.y, o.y), min(r.bottom, o.bottom))
                for o in others
                if (o.right if facing == "right" else o.x) == x
            ]
            out += [(x, a, x, b) for a, b in _minus((r.y, r.bottom), cuts)]
    return out


def path_data(rects: list[Rect]) -> str:
    """SVG path data of `outline_segments`."""
    return " ".join(f"M{x1} {y1}L{x2} {y2}" for x1, y1, x2, y2 in outline_segments(rects))
