"""The Qt application: bundled fonts, the language, and `main(argv)` that opens a window.

Start-up must stay fast (the window in ≤ 2 s): nothing here imports the solver or OR-Tools;
panels that need them import them when first used.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from .i18n import install_fonts, install_language, preferred_language
from .user_settings import APPLICATION, ORGANIZATION, settings


def create_app(argv: Sequence[str] | None = None, language: str | None = None) -> QApplication:
    """The one QApplication, named so QSettings and data paths are ours, with the bundled
    font and the interface language installed before any window exists: `language` ("fa" /
    "en") when given, else the user's stored choice, else the system's language."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName(APPLICATION)
    # `QSettings()` anywhere in the program then reads the same INI file as `settings()`.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    install_fonts(app)
    install_language(app, language or preferred_language(settings()))
    # After the translators: the title bar then ends in the program's Persian name.
    QApplication.setApplicationDisplayName(
        QCoreApplication.translate("Application", "Qods Planner")
    )
    return app  # type: ignore[return-value]


def main(
    argv: Sequence[str] | None = None,
    project: str | Path | None = None,
    language: str | None = None,
) -> int:
    """Open the main window (on `project` when given, in `language` when given, without
    storing it), offer to recover work lost in a crash, and run the event loop. Returns the
    process exit code."""
    app = create_app(argv, language)
    # Imported here so `import ui.app` stays cheap for the command line.
    from .autosave import offer_recovery
    from .main_window import MainWindow
    from .workspace import fit_on_screen, install_workspace

    window = MainWindow()
    install_workspace(window)
    # Before showing: the window then opens on the project, fitted, with no empty flash.
    recovered = offer_recovery(window)
    if project is not None and not recovered:
        window.files.open_path(Path(project))
    window.show()
    fit_on_screen(window)
    return app.exec()
