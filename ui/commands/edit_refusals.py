"""Why an edit would break the drawing: the reason shown in the status bar, or None.

The editor asks these before pushing a command, so invalid geometry never reaches the model.
Overlaps are found by the model's own `overlapping_pairs` and `Rect` methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from qods_planner.model import Booth, Hall, Obstacle, ObstacleKind, Project
from qods_planner.model.integrity import overlapping_pairs

from .booth_change import ReplaceBooths
from .venue_edits import EditHall, ReplaceObstacles

translate = QCoreApplication.translate


def obstacle_kind_name(kind: ObstacleKind) -> str:
    """The translated name of an obstacle kind."""
    return {
        ObstacleKind.PILLAR: translate("Rules", "pillar"),
        ObstacleKind.STAGE: translate("Rules", "stage"),
        ObstacleKind.FIRE_EXIT: translate("Rules", "fire exit"),
        ObstacleKind.SERVICE: translate("Rules", "service area"),
    }[kind]


def _obstacle_name(ob: Obstacle) -> str:
    return f"{obstacle_kind_name(ob.kind)} {ob.label or ob.id}"


def _hall_name(hall: Hall, language: str) -> str:
    return hall.name(language) or hall.id


def booth_refusal(
    project: Project, after: Sequence[Booth], removed: Iterable[str] = (), language: str = "en"
) -> str | None:
    """Why the booths `after` (replacing booths of the same ids, and with `removed` gone)
    cannot be drawn: outside their hall, over an obstacle, overlapping a booth, or a label
    already used. Only booths the edit moves or relabels are judged. None when sound."""
    changing = {b.id for b in after} | set(removed)
    # Judge only what the edit changes, so a flaw already in the data never blocks other edits.
    old = project.booths
    moved = [
        b
        for b in after
        if b.id not in old or (old[b.id].rect, old[b.id].hall_id) != (b.rect, b.hall_id)
    ]
    relabelled = [b for b in after if b.id not in old or old[b.id].label != b.label]
    for b in moved:
        hall = project.halls.get(b.hall_id)
        if hall is None:
            return translate("Rules", "Booth {0} is in no known hall").format(b.label)
        if not hall.outline.contains(b.rect):
            return translate("Rules", "Booth {0} would lie outside hall {1}").format(
                b.label, _hall_name(hall, language)
            )
    labels = {b.label for b in old.values() if b.id not in changing}
    labels |= {b.label for b in after if b not in relabelled}
    for b in relabelled:
        if b.label in labels:
            return translate("Rules", "Label {0} is already used by another booth").format(b.label)
        labels.add(b.label)
    skip = {b.id for b in moved} | set(removed)
    for hall_id in dict.fromkeys(b.hall_id for b in moved):
        mine = [b for b in moved if b.hall_id == hall_id]
        area = mine[0].rect
        for b in mine[1:]:
            area = area.union(b.rect)
        # Only booths near the edited ones can overlap them; the sweep does the rest.
        others = [
            (o.id, o.rect)
            for o in project.booths.values()
            if o.hall_id == hall_id and o.id not in skip and o.rect.overlaps(area)
        ]
        names = {b.id: b.label for b in mine} | {o: project.booths[o].label for o, _ in others}
        mine_ids = {b.id for b in mine}
        for a, c in overlapping_pairs([(b.id, b.rect) for b in mine] + others):
            if a in mine_ids or c in mine_ids:
                first, second = (a, c) if a in mine_ids else (c, a)
                return translate("Rules", "Booth {0} would overlap booth {1}").format(
                    names[first], names[second]
                )
        for ob in project.obstacles.values():
            if ob.hall_id != hall_id or not ob.rect.overlaps(area):
                continue
            for b in mine:
                if b.rect.overlaps(ob.rect):
                    return translate("Rules", "Booth {0} would cover {1}").format(
                        b.label, _obstacle_name(ob)
                    )
    return None


def obstacle_refusal(
    project: Project, after: Sequence[Obstacle], language: str = "en"
) -> str | None:
    """Why the obstacles `after` cannot be placed: outside their hall or under a booth."""
    for ob in after:
        hall = project.halls.get(ob.hall_id)
        if hall is None:
            return translate("Rules", "The {0} is in no known hall").format(_obstacle_name(ob))
        if not hall.outline.contains(ob.rect):
            return translate("Rules", "The {0} would lie outside hall {1}").format(
                _obstacle_name(ob), _hall_name(hall, language)
            )
        for b in project.booths.values():
            if b.hall_id == ob.hall_id and b.rect.overlaps(ob.rect):
                return translate("Rules", "The {0} would lie under booth {1}").format(
                    _obstacle_name(ob), b.label
                )
    return None


def hall_refusal(project: Project, hall: Hall, language: str = "en") -> str | None:
    """Why a hall cannot take this outline: a booth or obstacle would be left outside."""
    name = _hall_name(hall, language)
    for b in project.booths_in(hall.id):
        if not hall.outline.contains(b.rect):
            return translate("Rules", "Booth {0} would lie outside hall {1}").format(b.label, name)
    for ob in project.obstacles.values():
        if ob.hall_id == hall.id and not hall.outline.contains(ob.rect):
            return translate("Rules", "The {0} would lie outside hall {1}").format(
                _obstacle_name(ob), name
            )
    return None


def _applied(current: dict, changed: Iterable, removed: Iterable[str]) -> dict:
    gone = set(removed)
    out = {k: v for k, v in current.items() if k not in gone}
    out.update({e.id: e for e in changed})
    return out


def edit_refusal(
    project: Project,
    booths: Sequence[Booth] = (),
    removed_booths: Iterable[str] = (),
    obstacles: Sequence[Obstacle] = (),
    removed_obstacles: Iterable[str] = (),
    language: str = "en",
) -> str | None:
    """Why an edit of booths and obstacles together would break the drawing. Each kind is
    judged against the other kind as it will be after the edit (a booth and the pillar beside
    it may move together)."""
    removed_booths, removed_obstacles = list(removed_booths), list(removed_obstacles)
    if booths or removed_booths:
        trial = Project(
            id=project.id,
            halls=project.halls,
            booths=project.booths,
            obstacles=_applied(project.obstacles, obstacles, removed_obstacles),
        )
        reason = booth_refusal(trial, booths, removed_booths, language)
        if reason:
            return reason
    if obstacles:
        trial = Project(
            id=project.id,
            halls=project.halls,
            obstacles=project.obstacles,
            booths=_applied(project.booths, booths, removed_booths),
        )
        return obstacle_refusal(trial, obstacles, language)
    return None


def commands_refusal(
    project: Project, commands: Iterable[QUndoCommand], language: str = "en"
) -> str | None:
    """Why these commands, applied together, would break the drawing (None: they may)."""
    commands = list(commands)
    for c in commands:
        if isinstance(c, EditHall):
            reason = hall_refusal(project, c.after, language)
            if reason:
                return reason
    booths = [c for c in commands if isinstance(c, ReplaceBooths)]
    obstacles = [c for c in commands if isinstance(c, ReplaceObstacles)]
    return edit_refusal(
        project,
        [b for c in booths for b in c.after],
        [b for c in booths for b in c.removed],
        [o for c in obstacles for o in c.after],
        [o for c in obstacles for o in c.removed],
        language,
    )
