"""File ▸ Import / Export / Print: where the plan meets spreadsheets and paper.

Each action reads the current document when triggered, so one set of actions serves every
document the window opens. Imports change the model through undo commands (one step each);
exports never touch the project. Failures are told in a message box, never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from qods_planner.model import ModelError

from .file_dialogs import open_file_name, save_path, suggested_beside
from .i18n import left_to_right

translate = QCoreApplication.translate
PAPERS = ("A4", "A3", "A2", "A1", "A0")
IMPORT_KEY, EXPORT_KEY, EXPORT_PDF_KEY, TEMPLATE_KEY = "Ctrl+I", "Ctrl+E", "Ctrl+Shift+E", "Ctrl+T"


class ExchangeActions(QObject):
    """The import, export and print actions of a main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.import_exhibitors = self._action(self.tr("Exhibitors from Excel…"), self.do_import)
        self.import_booths = self._action(self.tr("Booths from Excel…"), self.do_import_booths)
        self.import_plan = self._action(
            self.tr("Plan edited in an exported workbook…"), self.do_import_plan
        )
        self.export_xlsx = self._action(self.tr("Plan as Excel workbook…"), self.do_export_xlsx)
        self.export_pdf = self._action(self.tr("Floor plan as PDF…"), self.do_export_pdf)
        self.export_png = self._action(self.tr("Floor plan as PNG picture…"), self.do_export_png)
        self.export_svg = self._action(self.tr("Floor plan as SVG drawing…"), self.do_export_svg)
        self.preview_action = self._action(self.tr("Print pre&view…"), self.do_preview)
        self.print_action = self._action(self.tr("&Print…"), self.do_print)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_options = None  # what the preview last showed (None: A4 landscape, all)
        self.export_template = self._action(
            self.tr("Registration template…"), lambda: self.do_export_template()
        )
        self.export_template.setStatusTip(
            self.tr("The blank workbook exhibitors fill in, with this fair's sectors")
        )
        for action, key in (
            (self.import_exhibitors, IMPORT_KEY),
            (self.export_xlsx, EXPORT_KEY),
            (self.export_pdf, EXPORT_PDF_KEY),
            (self.export_template, TEMPLATE_KEY),
        ):
            action.setShortcut(QKeySequence(key))

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    # -- helpers ---------------------------------------------------------------------------
    @property
    def project(self):
        return self.window.document.project

    def _suggested(self, suffix: str) -> str:
        return suggested_beside(self.window.document.path, suffix, "plan")

    def _save_path(self, title: str, suffix: str, filter_text: str) -> str | None:
        return save_path(self.window, title, self._suggested(suffix), suffix, filter_text)

    def _fail(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self.window, title, str(error))

    def _done(self, path: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Written: {path}").format(path=left_to_right(path)), 8000
        )

    # -- imports ---------------------------------------------------------------------------
    def do_import(self) -> None:
        from .excel_import_dialog import run_import

        stack = self.window.document.undo_stack
        if run_import(self.window, self.project, stack):
            self._imported(stack.undoText())

    def do_import_booths(self) -> None:
        from .excel_import_dialog import run_import_booths

        stack = self.window.document.undo_stack
        if run_import_booths(self.window, self.project, stack):
            self._imported(stack.undoText())

    def _imported(self, what: str) -> None:
        """Say what the import did ("Import 15 exhibitors from registration.xlsx"), so the
        status bar does not keep showing an older message."""
        self.window.statusBar().showMessage(what, 8000)

    def do_import_plan(self, path: str | None = None) -> bool:
        """Read back the locks and moves made in an exported workbook; one undo step."""
        from qods_planner.excel import ExcelError, import_plan_from_export

        from .commands import SetPlan

        title = self.tr("Read back an edited plan")
        if not path:
            path, _ = open_file_name(self.window, title, "", self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return False
        try:
            plan, report = import_plan_from_export(self.project, path)
        except (ExcelError, ModelError, OSError) as exc:
            from .excel_import_dialog.mapping_page import error_text

            QMessageBox.warning(self.window, title, error_text(exc, path))
            return False
        if report.problems:
            lines = "\n".join(f"• {issue.message}" for issue in report.problems[:20])
            QMessageBox.warning(
                self.window,
                title,
                self.tr("Nothing was changed; the workbook has these problems:\n{lines}").format(
                    lines=lines
                ),
            )
            return False
        if plan == self.project.plan:
            QMessageBox.information(self.window, title, self.tr("The workbook has no changes."))
            return False
        self.window.document.undo_stack.push(
            SetPlan(
                self.project,
                plan,
                self.tr("Read back the plan from {file}").format(file=Path(path).name),
            )
        )
        return True

    # -- exports ---------------------------------------------------------------------------
    def do_export_template(self, path: str | None = None) -> bool:
        from .template_export import export_template

        written = export_template(self.window, self.project, path)
        if written:
            self._done(written)
        return bool(written)

    def do_export_xlsx(self, path: str | None = None) -> bool:
        from qods_planner.excel import ExcelError, export_workbook

        title = self.tr("Export the plan to Excel")
        path = path or self._save_path(title, ".xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return False
        try:
            export_workbook(self.project, path)
        except (ExcelError, ModelError, OSError) as exc:
            self._fail(title, exc)
            return False
        self._done(path)
        return True

    def _ask_paper(self, title: str) -> str | None:
        paper, ok = QInputDialog.getItem(
            self.window, title, self.tr("Paper size:"), list(PAPERS), 0, False
        )
        return paper if ok else None

    def _export_drawing(self, kind: str, path: str | None, paper: str | None) -> bool:
        from . import printing

        titles = {
            "pdf": self.tr("Export the floor plan as PDF"),
            "png": self.tr("Export the floor plan as a PNG picture"),
            "svg": self.tr("Export the floor plan as an SVG drawing"),
        }
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "png": self.tr("PNG pictures (*.png)"),
            "svg": self.tr("SVG drawings (*.svg)"),
        }
        title = titles[kind]
        path = path or self._save_path(title, f".{kind}", filters[kind])
        if not path:
            return False
        paper = paper or self._ask_paper(title)
        if not paper:
            return False
        writer = {
            "pdf": printing.export_pdf,
            "png": printing.export_png,
            "svg": printing.export_svg,
        }[kind]
        base = self._print_options()  # the preview's orientation, tiling and language
        try:
            options = printing.PrintOptions(
                paper=paper,
                orientation=base.orientation,
                tiling=base.tiling,
                plan=base.plan if kind == "pdf" else True,
                index=base.index if kind == "pdf" else False,
                language=base.language,
            )
            writer(self.project, path, options=options)
        except (printing.PrintError, ModelError, OSError) as exc:
            self._fail(title, exc)
            return False
        self._done(path)
        return True

    def do_export_pdf(self, path: str | None = None, paper: str | None = None) -> bool:
        return self._export_drawing("pdf", path, paper)

    def do_export_png(self, path: str | None = None, paper: str | None = None) -> bool:
        return self._export_drawing("png", path, paper)

    def do_export_svg(self, path: str | None = None, paper: str | None = None) -> bool:
        return self._export_drawing("svg", path, paper)

    def _print_options(self):
        from .printing import PrintOptions

        return self.print_options or PrintOptions()

    def preview_dialog(self):
        """The print preview (plan, index, paper, orientation, tiling) for the current
        document; its choices are kept for File ▸ Print… when it closes."""
        from .print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(self.project, self._print_options(), self.window)
        dialog.finished.connect(lambda _: setattr(self, "print_options", dialog.options))
        return dialog

    def do_preview(self) -> None:
        self.preview_dialog().exec()

    def do_print(self) -> None:
        """The print dialog, set to the preview's last choices; prints on OK."""
        from PySide6.QtPrintSupport import QPrintDialog

        from .print_preview import print_with, printer_for

        options = self._print_options()
        printer = printer_for(options)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_with(self.window, self.project, printer, options)

    # -- menus -----------------------------------------------------------------------------
    def install(self, file_menu: QMenu, before: QAction) -> None:
        """Put Import ▸, Export ▸ and Print into the File menu, above `before`."""
        imports = QMenu(self.tr("&Import"), self.window)
        imports.addActions([self.import_exhibitors, self.import_booths])
        imports.addSeparator()
        imports.addAction(self.import_plan)
        exports = QMenu(self.tr("&Export"), self.window)
        exports.addAction(self.export_template)
        exports.addSeparator()
        exports.addAction(self.export_xlsx)
        exports.addSeparator()
        exports.addActions([self.export_pdf, self.export_png, self.export_svg])
        file_menu.insertMenu(before, imports)
        file_menu.insertMenu(before, exports)
        file_menu.insertAction(before, self.preview_action)
        file_menu.insertAction(before, self.print_action)
        file_menu.insertSeparator(before)
        self.import_menu, self.export_menu = imports, exports
