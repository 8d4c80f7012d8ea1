"""Undo commands that set a zone: the sectors whose exhibitors may use a booth or a hall's
booths (empty: any sector; a booth's own zone wins over its hall's)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from qods_planner.model import Project

from ..i18n import current_language
from .booth_change import Refused, ReplaceBooths
from .venue_edits import EditHall

translate = QCoreApplication.translate


def zone_after(project: Project, zone: Sequence[str], sector_id: str, allowed: bool):
    """`zone` with `sector_id` allowed or not, in the project's order of sectors."""
    chosen = set(zone) | {sector_id} if allowed else set(zone) - {sector_id}
    return tuple(s for s in project.sectors if s in chosen)


class SetBoothZones(ReplaceBooths):
    """Allow (or stop allowing) one sector on each of `ids`; each booth keeps its other
    sectors. Refused when it changes nothing."""

    def __init__(self, project: Project, ids: Sequence[str], sector_id: str, allowed: bool):
        if sector_id not in project.sectors:
            raise Refused(translate("Commands", "Unknown sector {0}").format(sector_id))
        before = [project.booths[b] for b in ids if b in project.booths]
        after = [
            replace(b, sectors=zone_after(project, b.sectors, sector_id, allowed)) for b in before
        ]
        changed = [(b, a) for b, a in zip(before, after, strict=True) if a != b]
        if not changed:
            raise Refused(translate("Commands", "The zone is already so"))
        count = len(changed)
        super().__init__(
            project,
            [b for b, _ in changed],
            [a for _, a in changed],
            translate("Commands", "Set the sectors allowed on %n booth(s)", "", count),
        )


def hall_zone_edit(project: Project, hall_id: str, sector_id: str, allowed: bool) -> EditHall:
    """An `EditHall` allowing (or no longer allowing) one sector in the hall."""
    hall = project.halls[hall_id]
    sectors = zone_after(project, hall.sectors, sector_id, allowed)
    if sectors == hall.sectors:
        raise Refused(translate("Commands", "The zone is already so"))
    command = EditHall(project, replace(hall, sectors=sectors))
    command.setText(
        translate("Commands", "Set the sectors allowed in hall {0}").format(
            hall.name(current_language())
        )
    )
    return command
