"""Where the program keeps the user's settings and its own files, under our own names.

Kept apart from `ui.app` (which opens the window) so that any module may read the settings
without importing the whole application.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "QodsPlanner"
APPLICATION = "Qods Planner"


def settings() -> QSettings:
    """The user's settings, in an INI file (the same format on every OS, and a path that
    `QSettings.setPath(IniFormat, UserScope, dir)` can redirect, which the tests do)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def app_data_dir() -> Path:
    """Where the program keeps its own files (recovery files); created on demand.

    Built from our own names rather than the running QApplication's, so it is the same
    whoever created the application object.
    """
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    path = Path(base or Path.home()) / ORGANIZATION / APPLICATION
    path.mkdir(parents=True, exist_ok=True)
    return path
