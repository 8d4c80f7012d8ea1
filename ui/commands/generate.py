"""The row / island generator: a block of equal booths from a few numbers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from qods_planner.model import Booth, Project, Rect
from qods_planner.model.booth import MIN_BOOTH_SIDE_CM

from ..i18n import format_number
from .booth_change import Refused
from .naming import new_ids, pattern_labels


@dataclass(frozen=True)
class RowSpec:
    """`count` booths of `width` × `depth` cm in a row starting at (x, y), running along x
    (or along y when `vertical`); `back_to_back` adds a second row behind the first (an island
    when the count is small). Labels come from `pattern` numbered from `start`, first row first.
    """

    hall_id: str
    x: int
    y: int
    count: int = 6
    width: int = 300
    depth: int = 300
    back_to_back: bool = False
    vertical: bool = False
    pattern: str = "B-{n:02}"
    start: int = 1


def row_booths(project: Project, spec: RowSpec) -> list[Booth]:
    """The booths `spec` describes, with fresh ids; raises `Refused` for impossible numbers."""
    if spec.count < 1:
        raise Refused(QCoreApplication.translate("Commands", "A row needs at least one booth"))
    if min(spec.width, spec.depth) < MIN_BOOTH_SIDE_CM:
        raise Refused(
            QCoreApplication.translate(
                "Commands", "Each side of a booth must be at least {0} cm"
            ).format(format_number(MIN_BOOTH_SIDE_CM))
        )
    rows = 2 if spec.back_to_back else 1
    total = spec.count * rows
    labels = pattern_labels(spec.pattern, spec.start, total)
    ids = new_ids(project.booths, "b", total)
    booths: list[Booth] = []
    w, d = spec.width, spec.depth
    for r in range(rows):
        for i in range(spec.count):
            if spec.vertical:
                rect = Rect(spec.x + r * d, spec.y + i * w, d, w)
            else:
                rect = Rect(spec.x + i * w, spec.y + r * d, w, d)
            k = r * spec.count + i
            booths.append(Booth(id=ids[k], label=labels[k], hall_id=spec.hall_id, rect=rect))
    return booths
