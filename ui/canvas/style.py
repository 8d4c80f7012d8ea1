"""How the plan is coloured: by the occupant's sector, by booth status or by booth kind.

Pure functions from model values to colours, plus the legend that explains them, so the
scene's items only paint what they are told and tests can check colours without pixels.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from qods_planner.model import Booth, BoothKind, BoothStatus, Plan, Project


class ColorMode(Enum):
    SECTOR = "sector"
    STATUS = "status"
    KIND = "kind"


CANVAS = QColor("#d9dde3")  # ground outside the halls
FLOOR = QColor("#fbfbf8")  # a hall's floor
GRID = QColor("#e4e6ea")
GRID_MAJOR = QColor("#cdd1d8")
EMPTY = QColor("#ffffff")  # a free booth, in sector mode
BORDER = QColor("#5f6672")
SELECTED = QColor("#1565c0")
HIGHLIGHT = QColor("#ff6f00")
HARD = QColor("#d50000")
SOFT = QColor("#f9a825")
STAND = QColor("#263238")
HATCH_BLOCKED = QColor("#616161")
HATCH_RESERVED = QColor("#b26a00")

STATUS_COLOURS = {
    BoothStatus.AVAILABLE: QColor("#c8e6c9"),
    BoothStatus.BLOCKED: QColor("#9e9e9e"),
    BoothStatus.RESERVED: QColor("#ffe0b2"),
}
KIND_COLOURS = {
    BoothKind.INLINE: QColor("#e3f2fd"),
    BoothKind.CORNER: QColor("#90caf9"),
    BoothKind.PENINSULA: QColor("#42a5f5"),
    BoothKind.ISLAND: QColor("#1565c0"),
}


translate = QCoreApplication.translate


def status_name(status: BoothStatus) -> str:
    return {
        BoothStatus.AVAILABLE: translate("PlanStyle", "Available"),
        BoothStatus.BLOCKED: translate("PlanStyle", "Blocked"),
        BoothStatus.RESERVED: translate("PlanStyle", "Reserved"),
    }[status]


def kind_name(kind: BoothKind) -> str:
    return {
        BoothKind.INLINE: translate("PlanStyle", "Inline"),
        BoothKind.CORNER: translate("PlanStyle", "Corner"),
        BoothKind.PENINSULA: translate("PlanStyle", "Peninsula"),
        BoothKind.ISLAND: translate("PlanStyle", "Island"),
    }[kind]


def occupant_sector_colour(project: Project, exhibitor_id: str | None) -> QColor | None:
    """The sector colour of the exhibitor holding a booth, None for a free booth."""
    if exhibitor_id is None:
        return None
    ex = project.exhibitors.get(exhibitor_id)
    sector = project.sectors.get(ex.sector_id) if ex else None
    return QColor(sector.colour) if sector else QColor("#bdbdbd")


def booth_fill(
    project: Project,
    booth: Booth,
    mode: ColorMode,
    occupant: str | None,
    kind: BoothKind | None = None,
) -> QColor:
    """The fill colour of `booth` in `mode` (`kind` is needed in KIND mode)."""
    if mode is ColorMode.STATUS:
        return STATUS_COLOURS[booth.status]
    if mode is ColorMode.KIND:
        return KIND_COLOURS[kind or BoothKind.INLINE]
    colour = occupant_sector_colour(project, occupant)
    if colour is not None:
        return colour
    return STATUS_COLOURS[BoothStatus.BLOCKED] if booth.status is BoothStatus.BLOCKED else EMPTY


def legend_entries(
    project: Project, mode: ColorMode, language: str = "en", plan: Plan | None = None
) -> list[tuple[str, QColor]]:
    """(text, colour) pairs explaining the colours of `mode`; in SECTOR mode the sectors in use
    in `plan` (the project's own by default; a proposal while one is shown) come first (in the
    project's order), then free and blocked booths."""
    if mode is ColorMode.STATUS:
        return [(status_name(s), STATUS_COLOURS[s]) for s in BoothStatus]
    if mode is ColorMode.KIND:
        return [(kind_name(k), KIND_COLOURS[k]) for k in BoothKind]
    stands = (plan or project.plan).stands
    used = {project.exhibitors[e].sector_id for e in stands if e in project.exhibitors}
    entries = [
        (s.name(language), QColor(s.colour)) for s in project.sectors.values() if s.id in used
    ]
    entries.append((translate("PlanStyle", "Free booth"), EMPTY))
    entries.append((translate("PlanStyle", "Blocked"), STATUS_COLOURS[BoothStatus.BLOCKED]))
    return entries


def text_colour(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill`."""
    luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF()
    return QColor("#111111") if luminance > 0.55 else QColor("#ffffff")
