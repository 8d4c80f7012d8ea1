"""Sectors made from the words of a registration sheet that match no project sector, so an
organiser who starts without sectors (or with other ones) imports in one step."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from qods_planner.model import Project, Sector
from qods_planner.text import normalise_key

from ..planning import AddSector
from ..planning.sectors_panel import NEW_COLOURS

translate = QCoreApplication.translate


def sectors_for_words(project: Project, words: Iterable[str]) -> list[Sector]:
    """A new sector per distinct sheet word (both names the word, as written; the organiser
    can rename), each with a colour no sector has yet where one is left."""
    taken_ids = set(project.sectors)
    used_colours = {s.colour.lower() for s in project.sectors.values()}
    known = {normalise_key(n) for s in project.sectors.values() for n in (s.name_fa, s.name_en)}
    made: list[Sector] = []
    for word in words:
        name = word.strip()
        key = normalise_key(name)
        if not name or key in known:
            continue
        known.add(key)
        sector_id = project.new_id("sector", taken_ids)
        taken_ids.add(sector_id)
        colour = next((c for c in NEW_COLOURS if c not in used_colours), NEW_COLOURS[0])
        used_colours.add(colour)
        made.append(Sector(sector_id, name, name, colour))
    return made


def add_sectors(project: Project, undo_stack: QUndoStack, sectors: list[Sector]) -> None:
    """Add `sectors` as one undo step."""
    count = len(sectors)
    undo_stack.beginMacro(
        translate("ExcelImportDialog", "Add %n sector(s) from the sheet", "", count)
    )
    for sector in sectors:
        undo_stack.push(AddSector(project, sector))
    undo_stack.endMacro()
