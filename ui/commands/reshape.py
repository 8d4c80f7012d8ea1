"""Undo commands that merge a straight run of booths into one, or split a booth into N."""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from qods_planner.layout import layout_of
from qods_planner.model import Booth, Project, Rect
from qods_planner.model.booth import MIN_BOOTH_SIDE_CM

from ..i18n import format_number
from .booth_change import Refused, ReplaceBooths
from .naming import new_ids, reading_order

translate = QCoreApplication.translate


def merged_booth(booths: Sequence[Booth]) -> Booth:
    """One booth covering `booths` (in reading order): the first one's id, label and status;
    a service any part offers; premium kept only when all parts agree."""
    first = booths[0]
    rect = first.rect
    for b in booths[1:]:
        rect = rect.union(b.rect)
    premiums = {b.premium for b in booths}
    return replace(
        first,
        rect=rect,
        power=any(b.power for b in booths),
        water=any(b.water for b in booths),
        heavy_floor=any(b.heavy_floor for b in booths),
        premium=premiums.pop() if len(premiums) == 1 else None,
    )


class MergeBooths(ReplaceBooths):
    """Merge booths forming a straight run into one; a stand over them keeps the merged booth."""

    def __init__(self, project: Project, ids: Sequence[str], parent=None) -> None:
        if len(set(ids)) < 2:
            raise Refused(translate("Commands", "Select two or more adjacent booths to merge"))
        missing = [b for b in ids if b not in project.booths]
        if missing:
            raise Refused(translate("Commands", "Booth {0} no longer exists").format(missing[0]))
        booths = reading_order(project.booths[b] for b in dict.fromkeys(ids))
        if len({b.hall_id for b in booths}) > 1:
            raise Refused(translate("Commands", "Booths in different halls cannot be merged"))
        if not layout_of(project).is_straight_run([b.id for b in booths]):
            raise Refused(
                translate("Commands", "Only booths side by side in one straight row can be merged")
            )
        occupants = project.plan.occupants()
        holder = occupants.get(booths[0].id)
        other = next((x for x in booths if occupants.get(x.id) != holder), None)
        if other is not None:
            raise Refused(
                translate("Commands", "Booths {0} and {1} belong to different stands").format(
                    booths[0].label, other.label
                )
            )
        merged = merged_booth(booths)
        replaced = {b.id: (merged.id,) for b in booths[1:]}
        count = len(booths)
        super().__init__(
            project,
            booths,
            [merged],
            translate("Commands", "Merge %n booths", "", count),
            replaced,
            parent,
        )


def split_lengths(length: int, n: int) -> list[int]:
    """`length` cm cut into `n` whole-centimetre parts differing by at most 1 cm."""
    base, extra = divmod(length, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


def split_rects(rect: Rect, n: int) -> list[Rect]:
    """`rect` cut into `n` equal parts across its longer side (left to right, or top down)."""
    if rect.w >= rect.h:
        xs = split_lengths(rect.w, n)
        starts = [rect.x + sum(xs[:i]) for i in range(n)]
        return [Rect(x, rect.y, w, rect.h) for x, w in zip(starts, xs, strict=True)]
    hs = split_lengths(rect.h, n)
    starts = [rect.y + sum(hs[:i]) for i in range(n)]
    return [Rect(rect.x, y, rect.w, h) for y, h in zip(starts, hs, strict=True)]


def split_labels(label: str, n: int, used: set[str]) -> list[str]:
    """`label` + a, b, c… (the first free run of suffixes)."""
    letters = list(string.ascii_lowercase)
    suffixes = letters + [a + b for a in letters for b in letters]
    out: list[str] = []
    for s in suffixes:
        if f"{label}{s}" not in used:
            out.append(f"{label}{s}")
            if len(out) == n:
                break
    return out


class SplitBooth(ReplaceBooths):
    """Split a booth into `n` equal booths across its longer side; the stand keeps all parts."""

    def __init__(self, project: Project, booth_id: str, n: int, parent=None) -> None:
        if booth_id not in project.booths:
            raise Refused(translate("Commands", "Booth {0} no longer exists").format(booth_id))
        booth = project.booths[booth_id]
        if n < 2:
            raise Refused(translate("Commands", "A booth is split into two or more parts"))
        longer = max(booth.rect.w, booth.rect.h)
        if longer // n < MIN_BOOTH_SIDE_CM:
            raise Refused(
                translate(
                    "Commands",
                    "Booth {0} is too small to split into {1}: each part would be {2} cm wide",
                ).format(booth.label, format_number(n), format_number(longer // n))
            )
        rects = split_rects(booth.rect, n)
        used = {b.label for b in project.booths.values() if b.id != booth_id}
        labels = split_labels(booth.label, n, used)
        ids = [booth.id, *new_ids(project.booths, "b", n - 1)]
        parts = [
            replace(booth, id=i, label=lab, rect=r)
            for i, lab, r in zip(ids, labels, rects, strict=True)
        ]
        super().__init__(
            project,
            [booth],
            parts,
            translate("Commands", "Split booth {0} into {1}").format(booth.label, format_number(n)),
            {booth.id: tuple(ids)},
            parent,
        )
