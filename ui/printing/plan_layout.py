"""Where every word of a printed hall goes, at a given scale, before anything is painted.

The rules (docs/printing.md): no text under 6 pt; each booth shows its label in its top
corner; a stand shows its exhibitor's name (up to three lines) when it fits at 6 pt or more,
else a key number whose name a key list gives; a text never leaves its booth or stand, so no
two texts overlap (tests check the boxes). What cannot be placed even at 6 pt is listed in
`HallLayout.missing`, and automatic tiling picks a larger scale until nothing is.

Coordinates are page units (tenths of a point) with the hall's top-left corner at (0, 0);
`scale` is page units per cm of floor.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF

from qods_planner.model import ObstacleKind, Project, Rect, Side
from ui.canvas import style
from ui.canvas.stand_item import text_area
from ui.i18n import format_number

from .units import MIN_TEXT_PT, font, pt

LABEL_MAX_PT = 9.0
NAME_MAX_PT = 14.0
KEY_MAX_PT = 10.0
DOOR_PT = 7.0
MAX_LINES = 3
DOOR_GAP_PT = 2.5  # between a door and its word


@dataclass(frozen=True, slots=True)
class TextBox:
    """One printed text: `rect` is its whole box (line height × advance), in hall units."""

    text: str
    rect: QRectF
    points: float
    kind: str  # "label", "name", "key", "door" or "obstacle"
    owner: str  # the booth, exhibitor, entrance or obstacle it belongs to
    bold: bool = False
    colour: QColor = field(default_factory=lambda: QColor("#111111"))
    align_start: bool = True  # labels sit at the reading start; names and keys are centred


@dataclass
class HallLayout:
    hall_id: str
    scale: float
    language: str
    texts: list[TextBox] = field(default_factory=list)
    keys: dict[str, int] = field(default_factory=dict)  # exhibitor id → key number
    stands: dict[str, tuple[str, ...]] = field(default_factory=dict)  # in this hall
    missing: list[str] = field(default_factory=list)  # owners left without their text
    origin: tuple[int, int] = (0, 0)  # the hall's top-left corner, cm
    larger: float = 1.0  # the largest text sizes, × (see `layout_hall`)

    def box(self, r: Rect) -> QRectF:
        """A floor rectangle (cm) in hall units."""
        o, s = self.origin, self.scale
        return QRectF((r.x - o[0]) * s, (r.y - o[1]) * s, r.w * s, r.h * s)


@lru_cache(maxsize=64)
def _metrics(points: float, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(font(points, bold))


def text_size(text: str, points: float, bold: bool = False) -> tuple[float, float]:
    """(advance, line height) of `text` in page units."""
    m = _metrics(points, bold)
    return m.horizontalAdvance(text), m.height()


def _sizes(high: float) -> list[float]:
    """Candidate sizes from `high` down to 6 pt: half points below 12 pt, whole points below
    24 pt, two points above (a poster's names need not be fitted to the half point)."""
    sizes, size = [], max(MIN_TEXT_PT, round(high * 2) / 2)
    while size >= MIN_TEXT_PT:
        sizes.append(size)
        size -= 0.5 if size <= 12 else 1.0 if size <= 24 else 2.0
    if sizes[-1] != MIN_TEXT_PT:
        sizes.append(MIN_TEXT_PT)
    return sizes


def wrap(words: list[str], points: float, bold: bool, width: float) -> list[str] | None:
    """`words` in at most MAX_LINES lines no wider than `width`, the widest line as short as
    can be; None when no split fits."""
    best: tuple[float, list[str]] | None = None
    n = len(words)
    for lines in range(1, min(MAX_LINES, n) + 1):
        for cuts in itertools.combinations(range(1, n), lines - 1):
            bounds = (0, *cuts, n)
            parts = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
            widest = max(text_size(p, points, bold)[0] for p in parts)
            if widest <= width and (best is None or widest < best[0]):
                best = (widest, parts)
        if best is not None:
            return best[1]  # fewest lines first: a name reads best on one line
        if n > 9:  # too many splits to try: greedy lines
            return _greedy(words, points, bold, width)
    return None


def _greedy(words: list[str], points: float, bold: bool, width: float) -> list[str] | None:
    lines: list[str] = []
    for word in words:
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and text_size(trial, points, bold)[0] <= width:
            lines[-1] = trial
        elif text_size(word, points, bold)[0] <= width:
            lines.append(word)
        else:
            return None
    return lines if len(lines) <= MAX_LINES else None


def _bands(area: QRectF, labels: list[QRectF], gap: float) -> list[QRectF]:
    """The full-width horizontal strips of `area` that no label box reaches."""
    spans = sorted(
        (max(area.top(), r.top() - gap), min(area.bottom(), r.bottom() + gap))
        for r in labels
        if r.intersects(area)
    )
    bands, y = [], area.top()
    for top, bottom in spans:
        if top > y:
            bands.append(QRectF(area.left(), y, area.width(), top - y))
        y = max(y, bottom)
    if area.bottom() > y:
        bands.append(QRectF(area.left(), y, area.width(), area.bottom() - y))
    return bands


def layout_hall(
    project: Project, hall_id: str, scale: float, language: str, larger: float = 1.0
) -> HallLayout:
    """Every text of hall `hall_id` at `scale` page units per cm, in `language`. `larger`
    multiplies the largest sizes a label, name or key may take (a poster on A1 is read from
    further away than an A4 sheet); the smallest stays 6 pt."""
    hall = project.halls[hall_id]
    layout = HallLayout(hall_id, scale, language, origin=(hall.outline.x, hall.outline.y))
    layout.larger = larger
    booths = {b.id: b for b in project.booths.values() if b.hall_id == hall_id}
    occupants = project.plan.occupants()
    margin = pt(1.2)
    label_boxes: dict[str, QRectF] = {}
    rtl = language == "fa"
    for booth in sorted(booths.values(), key=lambda b: (b.rect.y, b.rect.x, b.id)):
        r = layout.box(booth.rect)
        size = min(
            LABEL_MAX_PT * larger, max(MIN_TEXT_PT, min(r.width(), r.height()) / pt(1) * 0.13)
        )
        fill = _fill(project, booth.id, occupants)
        placed = None
        for points in _sizes(size):
            w, h = text_size(booth.label, points)
            if w + 2 * margin <= r.width() and h + margin <= r.height():
                x = r.right() - margin - w if rtl else r.left() + margin
                placed = TextBox(
                    booth.label,
                    QRectF(x, r.top() + margin * 0.5, w, h),
                    points,
                    "label",
                    booth.id,
                    colour=style.text_colour(fill),
                )
                break
        if placed is None:
            layout.missing.append(booth.id)
        else:
            layout.texts.append(placed)
            label_boxes[booth.id] = placed.rect
    stands = {
        eid: ids
        for eid, ids in project.plan.stands.items()
        if eid in project.exhibitors and ids and all(b in booths for b in ids)
    }
    layout.stands = stands
    keyed: list[tuple[str, list[QRectF], QColor]] = []
    for eid, ids in sorted(stands.items(), key=lambda item: _first_label(project, item[1])):
        exhibitor = project.exhibitors[eid]
        name = exhibitor.name(language)
        rects = [booths[b].rect for b in ids]
        area = layout.box(text_area(rects)).adjusted(margin, 0, -margin, -margin * 0.5)
        colour = style.text_colour(_fill(project, ids[0], occupants))
        bands = sorted(
            _bands(area, [label_boxes[b] for b in ids if b in label_boxes], margin * 0.3),
            key=lambda band: -band.height(),
        )
        if bands and _place_name(layout, eid, name, bands[0], colour):
            continue
        keyed.append((eid, bands, colour))
    for number, (eid, bands, colour) in enumerate(keyed, start=1):
        layout.keys[eid] = number
        text = format_number(number, language)
        if not _place_key(layout, eid, text, bands, colour, stands[eid], label_boxes, booths, rtl):
            layout.missing.append(eid)
    _doors(layout, project, hall_id)
    _obstacles(layout, project, hall_id)
    return layout


def _first_label(project: Project, ids: tuple[str, ...]) -> tuple:
    """Booth labels in reading order ("A-2" before "A-11")."""
    label = min(project.booths[b].label for b in ids)
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in _split_digits(label)
    )


def _split_digits(text: str) -> list[str]:
    return ["".join(g) for _, g in itertools.groupby(text, str.isdigit)]


def _fill(project: Project, booth_id: str, occupants: dict[str, str]) -> QColor:
    from ui.canvas.style import ColorMode, booth_fill

    return booth_fill(project, project.booths[booth_id], ColorMode.SECTOR, occupants.get(booth_id))


def _place_name(layout: HallLayout, eid: str, name: str, band: QRectF, colour: QColor) -> bool:
    words = name.split()
    if not words:
        return False
    top = min(NAME_MAX_PT * layout.larger, band.height() / pt(1) * 0.45)
    for points in _sizes(top):
        lines = wrap(words, points, True, band.width())
        if lines is None:
            continue
        _, line_h = text_size(lines[0], points, True)
        if line_h * len(lines) > band.height():
            continue
        y = band.center().y() - line_h * len(lines) / 2
        for i, line in enumerate(lines):
            w, _ = text_size(line, points, True)
            rect = QRectF(band.center().x() - w / 2, y + i * line_h, w, line_h)
            layout.texts.append(
                TextBox(line, rect, points, "name", eid, True, colour, align_start=False)
            )
        return True
    return False


def _place_key(
    layout: HallLayout,
    eid: str,
    text: str,
    bands: list[QRectF],
    colour: QColor,
    ids: tuple[str, ...],
    label_boxes: dict[str, QRectF],
    booths: dict,
    rtl: bool,
) -> bool:
    """The key number in the stand's largest free strip, else beside a booth label."""
    for band in bands:
        for points in _sizes(min(KEY_MAX_PT * layout.larger, band.height() / pt(1) * 0.6)):
            w, h = text_size(text, points, True)
            if w <= band.width() and h <= band.height():
                rect = QRectF(band.center().x() - w / 2, band.center().y() - h / 2, w, h)
                layout.texts.append(TextBox(text, rect, points, "key", eid, True, colour, False))
                return True
    for b in ids:  # on the label's line, after the label
        label = label_boxes.get(b)
        if label is None:
            continue
        r = layout.box(booths[b].rect)
        w, h = text_size(text, MIN_TEXT_PT, True)
        gap = pt(2)
        x = label.left() - gap - w if rtl else label.right() + gap
        rect = QRectF(x, label.top(), w, h)
        if r.adjusted(pt(0.5), 0, -pt(0.5), 0).contains(rect):
            layout.texts.append(TextBox(text, rect, MIN_TEXT_PT, "key", eid, True, colour, False))
            return True
    return False


def door_word(language: str) -> str:
    from ui.i18n import translate_into

    return translate_into(language, "PlanPrint", "Entrance")


def _doors(layout: HallLayout, project: Project, hall_id: str) -> None:
    """Each entrance's word just outside the wall, beside the door (in the map's margin)."""
    hall = project.halls[hall_id]
    word = door_word(layout.language)
    w, h = text_size(word, DOOR_PT, True)
    gap = pt(DOOR_GAP_PT)
    for i, door in enumerate(hall.entrances):
        r = layout.box(door.rect_on(hall.outline))
        if door.side is Side.TOP:
            rect = QRectF(r.center().x() - w / 2, r.top() - gap - h, w, h)
        elif door.side is Side.BOTTOM:
            rect = QRectF(r.center().x() - w / 2, r.bottom() + gap, w, h)
        elif door.side is Side.LEFT:
            rect = QRectF(r.left() - gap - w, r.center().y() - h / 2, w, h)
        else:
            rect = QRectF(r.right() + gap, r.center().y() - h / 2, w, h)
        if any(t.kind == "door" and t.rect.intersects(rect) for t in layout.texts):
            continue
        layout.texts.append(
            TextBox(
                word,
                rect,
                DOOR_PT,
                "door",
                f"{hall_id}/door{i}",
                True,
                QColor("#1b5e20"),
            )
        )


def door_band(language: str) -> tuple[float, float]:
    """The margin (x, y) left around a hall's walls for its entrances' words."""
    w, h = text_size(door_word(language), DOOR_PT, True)
    extra = pt(DOOR_GAP_PT + 2)
    return w + extra, h + extra


def _obstacles(layout: HallLayout, project: Project, hall_id: str) -> None:
    """Fire exits, stages and service areas named inside themselves when the name fits."""
    from qods_planner.messages import render

    words = {
        ObstacleKind.STAGE: "stage",
        ObstacleKind.FIRE_EXIT: "fire exit",
        ObstacleKind.SERVICE: "service",
    }
    for obstacle in project.obstacles.values():
        if obstacle.hall_id != hall_id or obstacle.kind is ObstacleKind.PILLAR:
            continue
        text = obstacle.label or render(words[obstacle.kind], {}, layout.language)
        r = layout.box(obstacle.rect)
        w, h = text_size(text, MIN_TEXT_PT)
        if w <= r.width() - pt(1) and h <= r.height():
            rect = QRectF(r.center().x() - w / 2, r.center().y() - h / 2, w, h)
            layout.texts.append(
                TextBox(
                    text,
                    rect,
                    MIN_TEXT_PT,
                    "obstacle",
                    obstacle.id,
                    False,
                    QColor("#b71c1c"),
                    False,
                )
            )
