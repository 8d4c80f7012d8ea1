"""The import as one undo step: plain values before and after, `redo()` safe to repeat."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from qods_planner.excel import restore_booths, restore_exhibitors
from qods_planner.model import Booth, Exhibitor, Project


class ImportExhibitorsCommand(QUndoCommand):
    """Put the imported exhibitors; undo puts back what each id held (removing new ones)."""

    def __init__(self, project: Project, exhibitors: list[Exhibitor], text: str) -> None:
        super().__init__(text)
        self.project = project
        self.after = list(exhibitors)
        self.before = {e.id: project.exhibitors.get(e.id) for e in exhibitors}

    def redo(self) -> None:
        if self.after:
            self.project.put_exhibitors(self.after)

    def undo(self) -> None:
        restore_exhibitors(self.project, self.before)


class ImportBoothsCommand(QUndoCommand):
    """Put the imported booths; undo puts back what each id held (removing new ones)."""

    def __init__(self, project: Project, booths: list[Booth], text: str) -> None:
        super().__init__(text)
        self.project = project
        self.after = list(booths)
        self.before = {b.id: project.booths.get(b.id) for b in booths}

    def redo(self) -> None:
        if self.after:
            self.project.put_booths(self.after)

    def undo(self) -> None:
        restore_booths(self.project, self.before)
