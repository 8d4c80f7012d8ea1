"""Recovery files: unsaved work survives a crash.

Rules:
- While the document has unsaved changes, it is written every few minutes (setting
  `autosave/minutes`, default 3; 0 turns it off) to `<token>.qods.json` in the recovery folder
  (the app data folder), with `<token>.meta.json` saying which file it belongs to.
- Each running window holds `<token>.lock` (a `QLockFile`). A crash leaves the lock stale, so
  on the next start any recovery file whose lock can be taken was left by a crash and is
  offered; files of windows still running are locked and left alone.
- A clean state (saved, or undone back to the saved state) and a normal close delete the
  recovery file.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from qods_planner.files import EXTENSION, ProjectFileError, load_project, save_project

from .document import Document
from .i18n import format_timestamp, left_to_right
from .user_settings import app_data_dir, settings

MINUTES_KEY = "autosave/minutes"
DEFAULT_MINUTES = 3.0


translate = QCoreApplication.translate


def default_directory() -> Path:
    return app_data_dir() / "recovery"


def interval_minutes() -> float:
    """The autosave interval from the settings (minutes; 0 means off)."""
    try:
        return max(0.0, float(settings().value(MINUTES_KEY, DEFAULT_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES


@dataclass
class Recovery:
    """A recovery file left by a window that did not close normally (its lock is ours now)."""

    path: Path
    original: Path | None
    saved_at: str
    name: str
    lock: QLockFile = field(repr=False)

    def delete(self) -> None:
        for p in (self.path, _meta_path(self.path)):
            p.unlink(missing_ok=True)
        self.lock.unlock()

    def release(self) -> None:
        """Leave the file for a later start."""
        self.lock.unlock()


def _meta_path(recovery_path: Path) -> Path:
    return recovery_path.with_name(recovery_path.name.removesuffix(EXTENSION) + ".meta.json")


def _lock_path(recovery_path: Path) -> Path:
    return recovery_path.with_name(recovery_path.name.removesuffix(EXTENSION) + ".lock")


def find_recoveries(directory: Path) -> list[Recovery]:
    """Recovery files in `directory` left by crashed windows, newest first."""
    found: list[Recovery] = []
    if not directory.is_dir():
        return found
    for path in sorted(directory.glob("*" + EXTENSION)):
        lock = QLockFile(str(_lock_path(path)))
        if not lock.tryLock(0):
            continue  # a running window owns it
        try:
            meta = json.loads(_meta_path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        original = meta.get("original")
        saved_at = meta.get("saved_at") or datetime.fromtimestamp(path.stat().st_mtime).isoformat(
            sep=" ", timespec="minutes"
        )
        found.append(
            Recovery(
                path,
                Path(original) if original else None,
                saved_at,
                str(meta.get("name") or path.name),
                lock,
            )
        )
    for lock_path in directory.glob("*.lock"):
        # A lock whose recovery file was never written (a crash with nothing unsaved): taking
        # the stale lock and letting it go removes it.
        recovery = lock_path.with_name(lock_path.name.removesuffix(".lock") + EXTENSION)
        if not recovery.exists():
            lock = QLockFile(str(lock_path))
            if lock.tryLock(0):
                lock.unlock()
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


class Autosave(QObject):
    """Keeps the recovery file of one main window up to date."""

    written = Signal(Path)

    def __init__(
        self, window: QMainWindow, directory: Path | None = None, minutes: float | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.directory = Path(directory) if directory is not None else default_directory()
        self.directory.mkdir(parents=True, exist_ok=True)
        token = uuid.uuid4().hex
        self.recovery_path = self.directory / f"{token}{EXTENSION}"
        self._lock = QLockFile(str(_lock_path(self.recovery_path)))
        self._lock.tryLock(0)
        self._last_written: tuple[int, int, int] | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write_if_needed)
        self.set_interval(interval_minutes() if minutes is None else minutes)

    def set_interval(self, minutes: float) -> None:
        """Autosave every `minutes` (0 stops it)."""
        self.timer.stop()
        if minutes > 0:
            self.timer.start(int(minutes * 60_000))

    def watch(self, document: Document) -> None:
        """Follow a newly opened document: its clean state deletes the recovery file."""
        self.discard()
        document.modified_changed.connect(self._on_modified_changed)

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()

    def write_if_needed(self) -> bool:
        """Write the recovery file if the document changed since the last write."""
        doc = self.window.document
        if not doc.modified:
            self.discard()
            return False
        key = (id(doc), doc.undo_stack.index(), doc.project.revision)
        if key == self._last_written and self.recovery_path.exists():
            return False
        return self.write_now()

    def write_now(self) -> bool:
        doc = self.window.document
        try:
            save_project(doc.project, self.recovery_path)
            meta = {
                "original": str(doc.path) if doc.path else None,
                "name": doc.display_name(),
                "saved_at": datetime.now().isoformat(sep=" ", timespec="seconds"),
            }
            _meta_path(self.recovery_path).write_text(json.dumps(meta), encoding="utf-8")
        except (ProjectFileError, OSError, ValueError) as exc:
            self.window.statusBar().showMessage(
                self.tr("Could not write the recovery file: {reason}").format(reason=str(exc)),
                10_000,
            )
            return False
        self._last_written = (id(doc), doc.undo_stack.index(), doc.project.revision)
        self.written.emit(self.recovery_path)
        return True

    def discard(self) -> None:
        """Delete this window's recovery file (the work is saved or deliberately dropped)."""
        self._last_written = None
        for p in (self.recovery_path, _meta_path(self.recovery_path)):
            p.unlink(missing_ok=True)

    def close(self) -> None:
        """Normal end of the window: no recovery needed."""
        self.timer.stop()
        self.discard()
        self._lock.unlock()


def offer_recovery(window: QMainWindow) -> bool:
    """Offer each crash-left recovery file, newest first; True when one was opened.

    Yes opens it (modified, with its original path for Save), Discard deletes it, Cancel
    keeps it for the next start.
    """
    for recovery in find_recoveries(window.autosave.directory):
        answer = QMessageBox.question(
            window,
            translate("Autosave", "Recover unsaved work?"),
            translate(
                "Autosave",
                "Qods Planner did not close properly last time. Unsaved work on “{name}”"
                " from {time} was kept.\n\nRecover it? (Discard deletes it; Cancel keeps it"
                " for the next start.)",
            ).format(name=recovery.name, time=format_timestamp(recovery.saved_at)),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Discard:
            recovery.delete()
            continue
        if answer != QMessageBox.StandardButton.Yes:
            recovery.release()
            continue
        try:
            project = load_project(recovery.path)
        except (ProjectFileError, OSError, ValueError) as exc:
            QMessageBox.critical(
                window,
                translate("Autosave", "Could not recover"),
                translate(
                    "Autosave", "The recovery file\n{path}\ncould not be read:\n\n{reason}"
                ).format(path=left_to_right(str(recovery.path)), reason=str(exc)),
            )
            recovery.release()
            continue
        document = Document(project, recovery.original)
        window.set_document(document)
        document.mark_unsaved()
        # Our own recovery file now holds the work before the old one goes.
        if window.autosave.write_now():
            recovery.delete()
        else:
            recovery.release()
        return True
    return False
