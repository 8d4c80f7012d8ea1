"""The open document: one `Project`, the file it came from, and its undo stack.

The modified flag is the undo stack's clean state and nothing else (`cleanChanged`), so undoing
back to the saved state makes the document unmodified again. A document that was never saved
to its path (recovered after a crash) is marked with `resetClean()`, which no undo can reach.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from qods_planner.files import EXTENSION
from qods_planner.model import Hall, Project, Rect


def new_project(language: str | None = None) -> Project:
    """A fresh project with one empty 40 m × 30 m hall, ready to draw in, and the standard
    sector catalogue (both names, colours and the value-chain complementarity), which the
    registration template and the import need; the organiser removes what they do not want.

    Names are shown and printed in `language`, by default the interface's: an organiser
    working in English gets an English legend, workbook and PDF."""
    from qods_planner.default_sectors import default_complementarity, default_sectors
    from qods_planner.model import EventInfo

    from .i18n import current_language

    project = Project(event=EventInfo(language=language or current_language()))
    with project.quiet():
        project.put_hall(Hall("H1", "سالن ۱", "Hall 1", Rect(0, 0, 4000, 3000)))
        for sector in default_sectors():
            project.put_sector(sector)
        project.set_complementarity(default_complementarity())
    return project


def display_stem(path: Path) -> str:
    """The file name without the (double) project extension."""
    name = path.name
    return name[: -len(EXTENSION)] if name.endswith(EXTENSION) else path.stem


class Document(QObject):
    """A project being edited. `path` is None until it is first saved."""

    modified_changed = Signal(bool)
    path_changed = Signal()

    def __init__(
        self, project: Project, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._path = Path(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        # A bound slot (not a lambda): Qt drops it when the document goes, while the dying
        # stack may still emit cleanChanged.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = Path(path) if path is not None else None
        self.path_changed.emit()

    @property
    def modified(self) -> bool:
        """True when the project differs from what was last saved (or loaded)."""
        return not self.undo_stack.isClean()

    def mark_saved(self, path: Path) -> None:
        """The project was just written to `path`: this state is the clean one."""
        if path != self._path:
            self.set_path(path)
        self.undo_stack.setClean()

    def mark_unsaved(self) -> None:
        """The project holds work not in its file (e.g. recovered): modified until saved."""
        self.undo_stack.resetClean()

    def display_name(self) -> str:
        """The name shown in the title bar and dialogs."""
        if self._path is None:
            return self.tr("Untitled")
        return display_stem(self._path)
