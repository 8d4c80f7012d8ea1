"""The app's publishing actions: Planning ▸ Letters to exhibitors… and Move notices…, and
File ▸ Export ▸ Catalogue…, Floor map for visitors… and Space report…. Each reads the
current document when triggered; failures are told in a message box. Tests call the `do_*`
methods with a path to skip the file dialogs. A file that cannot be written is told in the
user's words (`cannot_write`); letters and notices are written under a progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from qods_planner.model import ModelError
from qods_planner.publishing.letters import NoPublishedPlan

from ..file_dialogs import existing_folder, save_path, suggested_beside
from ..i18n import current_language, left_to_right
from ..printing import PrintError
from ..write_failure import cannot_write


class PublishingActions(QObject):
    writing_letters = Signal(object)  # the `LetterProgress` about to run

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.letters = self._action(self.tr("Letters to exhibitors…"), self.do_letters)
        self.letters.setStatusTip(
            self.tr("A PDF letter to each placed exhibitor, in its language, with a map")
        )
        self.notices = self._action(self.tr("Move notices…"), self.do_notices)
        self.notices.setStatusTip(
            self.tr("A notice to each exhibitor whose stand changed since the published plan")
        )
        self.catalogue = self._action(self.tr("Catalogue for visitors (PDF)…"), self.do_catalogue)
        self.floor_map = self._action(self.tr("Floor map for visitors (HTML)…"), self.do_floor_map)
        self.floor_map.setStatusTip(
            self.tr("One web page that works offline: search, sectors, supply chains")
        )
        self.space = self._action(self.tr("Space report (PDF)…"), self.do_space_report)
        self.fairness = self._action(self.tr("Fair order (PDF)…"), self.do_fairness)
        self.fairness.setStatusTip(
            self.tr("For each place refused: who holds it and why (the fairness certificate)")
        )

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda: slot())
        return action

    @property
    def project(self):
        return self.window.document.project

    def _suggested(self, suffix: str) -> str:
        return suggested_beside(self.window.document.path, suffix, str(Path.home() / "exhibition"))

    def _save_path(self, title: str, suffix: str, filter_text: str) -> str | None:
        return save_path(self.window, title, self._suggested(suffix), suffix, filter_text)

    def _write(self, title: str, suffix: str, kind: str, path: str | None, write, errors) -> bool:
        """Ask where (unless `path` is given; `kind` names the files in the dialog),
        `write(path)`, and tell the outcome: the file written in the status bar, or the error
        (one of `errors`) in a message box."""
        path = path or self._save_path(title, suffix, kind)
        if not path:
            return False
        try:
            write(path)
        except OSError as exc:
            self._fail(title, cannot_write(path, exc))
            return False
        except errors as exc:
            self._fail(title, str(exc))
            return False
        self._done(self.tr("Written: {path}").format(path=left_to_right(path)))
        return True

    def _fail(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def _done(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    # -- letters ---------------------------------------------------------------------------
    def do_letters(self, folder: str | None = None, changed_only: bool = False) -> bool:
        from .letter_pdfs import LetterRun
        from .letters_progress import LetterProgress

        title = self.tr("Move notices") if changed_only else self.tr("Letters to exhibitors")
        if changed_only and self.project.baseline is None:
            self._fail(
                title,
                self.tr(
                    "There is no published plan to compare with: publish the plan"
                    " (Planning ▸ Publish plan) before re-solving."
                ),
            )
            return False
        if folder is None:
            folder = existing_folder(self.window, self._folder_title(changed_only), self._beside())
        if not folder:
            return False
        try:
            letters = LetterRun(self.project, folder, changed_only=changed_only)
        except (NoPublishedPlan, ModelError) as exc:
            self._fail(title, str(exc))
            return False
        progress = LetterProgress(self.window, letters, title)
        self.writing_letters.emit(progress)
        try:
            outcome = progress.run()
        except (PrintError, ModelError) as exc:
            self._fail(title, str(exc))
            return False
        finally:
            progress.deleteLater()
        written, where = outcome.written, left_to_right(str(folder))
        if outcome.error is not None:
            self._fail(title, outcome.error + self._before(written, changed_only))
            return False
        if outcome.cancelled:
            QMessageBox.information(self.window, title, self._stopped(written, where, changed_only))
            return False
        if changed_only:
            done = self.tr("%n move notice(s) written into {folder}", "", written)
        else:
            done = self.tr("%n letter(s) written into {folder}", "", written)
        self._done(done.format(folder=where))
        return True

    def _folder_title(self, changed_only: bool) -> str:
        if changed_only:
            return self.tr("Folder for the move notices")
        return self.tr("Folder for the letters")

    def _beside(self) -> str:
        """The project's folder (the home folder for a project not saved yet)."""
        path = self.window.document.path
        return str(Path(path).parent if path else Path.home())

    def _stopped(self, written: int, where: str, changed_only: bool) -> str:
        if changed_only:
            text = self.tr(
                "Stopped after %n move notice(s), each one complete, in the folder\n{folder}\n\n"
                "The file with all of them was not written.",
                "",
                written,
            )
        else:
            text = self.tr(
                "Stopped after %n letter(s), each one complete, in the folder\n{folder}\n\n"
                "The file with all of them was not written.",
                "",
                written,
            )
        return text.format(folder=where)

    def _before(self, written: int, changed_only: bool) -> str:
        if not written:
            return ""
        if changed_only:
            text = self.tr(
                "Before this, %n move notice(s) had been written; each one is complete.",
                "",
                written,
            )
        else:
            text = self.tr(
                "Before this, %n letter(s) had been written; each one is complete.", "", written
            )
        return "\n\n" + text

    def do_notices(self, folder: str | None = None) -> bool:
        return self.do_letters(folder, changed_only=True)

    # -- catalogue, map, space report --------------------------------------------------------
    def do_catalogue(self, path: str | None = None) -> bool:
        from .catalogue import write_catalogue

        return self._write(
            self.tr("Catalogue for visitors"),
            "-catalogue.pdf",
            self.tr("PDF documents (*.pdf)"),
            path,
            lambda to: write_catalogue(self.project, to),
            (PrintError, ModelError, OSError),
        )

    def do_floor_map(self, path: str | None = None) -> bool:
        from qods_planner.publishing.html_map import build_html

        from ..i18n import FONTS_DIR
        from .atomic_file import write_text_atomically

        def write(to: str) -> None:
            fonts = {
                "regular": (FONTS_DIR / "Vazirmatn-Regular.ttf").read_bytes(),
                "bold": (FONTS_DIR / "Vazirmatn-Bold.ttf").read_bytes(),
            }
            write_text_atomically(Path(to), build_html(self.project, fonts, current_language()))

        return self._write(
            self.tr("Floor map for visitors"),
            "-map.html",
            self.tr("Web pages (*.html)"),
            path,
            write,
            (ModelError, OSError),
        )

    def do_space_report(self, path: str | None = None) -> bool:
        from .pdf import write_pdf
        from .space_pages import space_pages

        title = self.tr("Space report")
        return self._write(
            title,
            "-space.pdf",
            self.tr("PDF documents (*.pdf)"),
            path,
            lambda to: write_pdf(to, space_pages(self.project, current_language()), title),
            (PrintError, ModelError, OSError),
        )

    def do_fairness(self, path: str | None = None) -> bool:
        from .fairness_pages import fairness_pages
        from .pdf import write_pdf

        title = self.tr("Fair order")
        return self._write(
            title,
            "-fair-order.pdf",
            self.tr("PDF documents (*.pdf)"),
            path,
            lambda to: write_pdf(to, fairness_pages(self.project, current_language()), title),
            (PrintError, ModelError, OSError),
        )

    # -- menus -----------------------------------------------------------------------------
    def install(self, planning: QMenu, export: QMenu) -> None:
        planning.addSeparator()
        planning.addActions([self.letters, self.notices])
        export.addSeparator()
        export.addActions([self.catalogue, self.floor_map, self.space, self.fairness])


def install_publishing(window) -> PublishingActions:
    """Add the publishing actions to the window's Planning and File ▸ Export menus, and the
    space report panel beside the explanations."""
    from ..solving.solving_install import plan_menu
    from .space_panel import SpaceReportPanel

    actions = PublishingActions(window)
    actions.install(plan_menu(window), window.features.exchange.export_menu)
    window.features.publishing = actions
    panel = SpaceReportPanel(window)
    window.features.space_panel = panel
    from PySide6.QtCore import Qt

    window.add_panel(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    beside = window.features.explanations_panel
    if beside is not None:
        window.tabifyDockWidget(beside, panel)
    return actions
