"""File menu: New, Open, Open Recent, Save, Save As, Close.

Rules:
- Opening loads the file first; only a project that loaded replaces the current document, and
  only after the user agreed to save or discard its unsaved changes. A damaged file is reported
  (what and where, from `ProjectFileError`) and the current document stays as it was.
- Saving goes through `qods_planner.files.save_project`, which writes atomically; the document
  becomes clean only when the write succeeded.
- Recent files and the last folder are kept in QSettings (`files/recent`, `files/last_dir`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from qods_planner.files import EXTENSION, ProjectFileError, load_project, save_project

from .document import Document, new_project
from .file_dialogs import open_file_name, save_file_name
from .i18n import left_to_right
from .user_settings import settings

MAX_RECENT = 8
RECENT_KEY = "files/recent"
LAST_DIR_KEY = "files/last_dir"


def read_recent() -> list[str]:
    """The recent project paths, most recent first."""
    value = settings().value(RECENT_KEY, [])
    if isinstance(value, str):  # an INI list of one comes back as a plain string
        value = [value] if value else []
    return [str(v) for v in (value or [])]


def write_recent(paths: list[str]) -> None:
    settings().setValue(RECENT_KEY, paths[:MAX_RECENT])


class FileActions(QObject):
    """The file commands of one main window. Each returns True when it did what it says."""

    saved = Signal(Path)
    recent_changed = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = self._action(
            self.tr("&New…"), QKeySequence.StandardKey.New, self.new_exhibition
        )
        self.open_action = self._action(self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open)
        self.save_action = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        self.save_as_action = self._action(
            self.tr("Save &As…"), QKeySequence.StandardKey.SaveAs, self.save_as
        )
        self.close_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, window.close
        )
        self.new_action.setStatusTip(self.tr("Start a new exhibition with one empty hall"))
        self.open_action.setStatusTip(self.tr("Open a project file"))
        self.save_action.setStatusTip(self.tr("Save the project"))
        self.save_as_action.setStatusTip(self.tr("Save the project under a new name"))
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.recent_changed.connect(self._fill_recent_menu)
        self._fill_recent_menu()

    def _action(self, text: str, key: QKeySequence.StandardKey, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def document(self) -> Document:
        return self.window.document

    # -- commands ----------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.window.set_document(Document(new_project()))
        return True

    def new_exhibition(self) -> bool:
        """File ▸ New: a new project, then its details (name, days) asked at once. A new
        organiser's printed plan was titled "Exhibition", since nothing asked for the name;
        Cancel keeps the placeholder names, which Edit ▸ Exhibition details changes later."""
        if not self.new():
            return False
        self.window.edit_event(new=True)
        return True

    def open(self) -> bool:
        filename, _ = open_file_name(
            self.window, self.tr("Open project"), self._start_dir(), self._filter()
        )
        return bool(filename) and self.open_path(Path(filename))

    def open_path(self, path: Path) -> bool:
        """Load `path` and make it the current document (asking about unsaved changes)."""
        path = Path(path).expanduser().resolve()
        try:
            project = load_project(path)
        # ValueError covers ModelError, should an entity's check escape the file reader.
        except (ProjectFileError, OSError, ValueError) as exc:
            if not path.exists():
                self._forget(path)
            QMessageBox.critical(
                self.window,
                self.tr("Could not open the project"),
                self.tr(
                    "Could not open the project file\n{path}\n\n{reason}\n\n"
                    "The current project was left as it was."
                ).format(path=left_to_right(str(path)), reason=self._reason(exc)),
            )
            return False
        if not self.maybe_save():
            return False
        self.window.set_document(Document(project, path))
        self._remember(path)
        self.window.statusBar().showMessage(
            self.tr("Opened {path}").format(path=left_to_right(str(path))), 5000
        )
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        suggested = str(Path(self._start_dir()) / (self.document.display_name() + EXTENSION))
        filename, _ = save_file_name(
            self.window, self.tr("Save project as"), suggested, self._filter()
        )
        if not filename:
            return False
        if not filename.endswith(EXTENSION):
            filename = filename.removesuffix(".json") + EXTENSION
        return self._write(Path(filename))

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes. False means the user cancelled."""
        if not self.document.modified:
            return True
        answer = QMessageBox.warning(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("“{name}” has changes that are not saved.\nSave them first?").format(
                name=self.document.display_name()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- helpers -----------------------------------------------------------------------------
    def _write(self, path: Path) -> bool:
        path = path.expanduser().resolve()
        try:
            save_project(self.document.project, path)
        except (ProjectFileError, OSError, ValueError) as exc:
            QMessageBox.critical(
                self.window,
                self.tr("Could not save the project"),
                self.tr(
                    "Could not save the project to\n{path}\n\n{reason}\n\n"
                    "Nothing was overwritten; the project is still open."
                ).format(path=left_to_right(str(path)), reason=self._reason(exc)),
            )
            return False
        self.document.mark_saved(path)
        self._remember(path)
        self.window.statusBar().showMessage(
            self.tr("Saved {path}").format(path=left_to_right(str(path))), 5000
        )
        self.saved.emit(path)
        return True

    def _filter(self) -> str:
        return self.tr("Qods Planner projects (*{ext});;All files (*)").format(ext=EXTENSION)

    def _start_dir(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        return str(settings().value(LAST_DIR_KEY, str(Path.home())))

    def _remember(self, path: Path) -> None:
        recent = [p for p in read_recent() if p != str(path)]
        write_recent([str(path), *recent])
        settings().setValue(LAST_DIR_KEY, str(path.parent))
        self.recent_changed.emit()

    def _forget(self, path: Path) -> None:
        write_recent([p for p in read_recent() if p != str(path)])
        self.recent_changed.emit()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = read_recent()
        for number, name in enumerate(recent, start=1):
            path = Path(name)
            action = menu.addAction(f"&{number} {left_to_right(path.name)}")
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if recent:
            menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear the list"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(lambda _checked=False: self.clear_recent())

    def clear_recent(self) -> None:
        write_recent([])
        self.recent_changed.emit()

    def _reason(self, exc: BaseException) -> str:
        """One readable line for a load or save error."""
        text = str(exc) or type(exc).__name__
        source = getattr(exc, "source", "")
        # The path is already on its own line of the message; do not repeat it.
        return text.removeprefix(f"{source}: ") if source else text
