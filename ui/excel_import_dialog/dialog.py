"""The import dialog: three pages, and `run_import` that asks for the file and pushes the
result as one undo command."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qods_planner.excel import (
    BOOTH_COLUMNS,
    EXHIBITOR_COLUMNS,
    ColumnMapping,
    ExcelError,
    read_booths,
    read_exhibitors,
)
from qods_planner.model import Project
from qods_planner.text import normalise_key
from ui.i18n import left_to_right

from ..file_dialogs import open_file_name
from .import_command import ImportBoothsCommand, ImportExhibitorsCommand
from .mapping_page import EXHIBITORS, MappingPage, error_text
from .review_pages import DiffPage, ProblemsPage

MAPPING, PROBLEMS, DIFF = range(3)

# lupdate finds translate("Context", "text") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


class ExcelImportDialog(QDialog):
    """Mapping → problems → differences. After `accept()`, `to_apply` holds the exhibitors
    (or booths) to put into the project; `report` is the core's import report."""

    def __init__(
        self,
        project: Project,
        path: str | Path,
        settings: QSettings,
        kind: str = EXHIBITORS,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack  # where sectors added from the sheet go (one step)
        self.path = Path(path)
        self.kind = kind
        self.report = None
        self.valid_rows_only = False
        self.setWindowTitle(
            self.tr("Import from {file}").format(file=left_to_right(self.path.name))
        )
        self.resize(900, 600)
        columns = EXHIBITOR_COLUMNS if kind == EXHIBITORS else BOOTH_COLUMNS
        self.mapping_page = MappingPage(project, self.path, settings, kind, columns)
        self.problems_page = ProblemsPage()
        self.diff_page = DiffPage(project)
        self.pages = QStackedWidget()
        for page in (self.mapping_page, self.problems_page, self.diff_page):
            self.pages.addWidget(page)
        # The widgets tests and callers reach for.
        self.sheet, self.header_row = self.mapping_page.sheet, self.mapping_page.header_row
        self.column_table = self.mapping_page.column_table
        self.sector_table = self.mapping_page.sector_table
        self.mapping_note = self.mapping_page.note
        self.problem_table = self.problems_page.table
        self.diff_tree = self.diff_page.tree
        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Check"))
        self.valid_only = QPushButton(self.tr("Import valid rows only"))
        self.apply = QPushButton(self.tr("Apply"))
        cancel = QPushButton(self.tr("Cancel"))
        self.template = QPushButton(self.tr("Registration template…"))
        self.template.setToolTip(
            self.tr("Save the blank workbook to send to exhibitors, with this fair's sectors")
        )
        self.template.clicked.connect(self.save_template)
        self.mapping_page.add_sectors.clicked.connect(self.add_unknown_sectors)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.valid_only.clicked.connect(self.take_valid_rows)
        self.apply.clicked.connect(self.apply_import)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.template)
        buttons.addStretch(1)
        for button in (self.valid_only, self.next, self.apply, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        # False when the workbook cannot be read at all: the page said why in a message box.
        self.readable = self.mapping_page.load()
        self._show_page(MAPPING)

    def save_template(self, path: str | None = None) -> str | None:
        from ..template_export import export_template

        return export_template(self, self.project, path)

    def add_unknown_sectors(self) -> list[str]:
        """Add a sector for each sheet word mapped to none, map the words to them, and
        return the new ids (one undo step on the document's stack)."""
        from .new_sectors import add_sectors, sectors_for_words

        if self.undo_stack is None:
            return []
        sectors = sectors_for_words(self.project, self.mapping_page.unmapped_words())
        if not sectors:
            return []
        add_sectors(self.project, self.undo_stack, sectors)
        self.mapping_page._fill_sectors({normalise_key(s.name_fa): s.id for s in sectors})
        return [s.id for s in sectors]

    @property
    def to_apply(self) -> list:
        return self.diff_page.to_apply

    def mapping(self) -> ColumnMapping:
        return self.mapping_page.mapping()

    def load_preview(self, sheet: str | None = None, header_row: int | None = None) -> None:
        self.mapping_page.load(sheet, header_row)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        problems = bool(self.report and self.report.problems)
        self.back.setEnabled(index > MAPPING)
        self.next.setVisible(index < DIFF)
        self.next.setText(self.tr("Check") if index == MAPPING else self.tr("Next"))
        self.next.setEnabled(index == MAPPING or not problems)
        self.valid_only.setVisible(index == PROBLEMS and problems)
        self.valid_only.setEnabled(bool(self.report and self.report.rows))
        self.apply.setVisible(index == DIFF)
        self.apply.setEnabled(index == DIFF and bool(self.to_apply))

    def go_back(self) -> None:
        index = self.pages.currentIndex()
        if index == DIFF and not (self.report.problems or self.report.fixes):
            index = PROBLEMS  # that page was skipped on the way here
        self._show_page(max(MAPPING, index - 1))

    def go_next(self) -> None:
        index = self.pages.currentIndex()
        if index == MAPPING:
            self.check()
        elif index == PROBLEMS and not self.report.problems:
            self.valid_rows_only = False
            self._to_diff()

    def check(self) -> None:
        """Read the workbook with the mapping of page 1; show the problems (or the diff)."""
        reader = read_exhibitors if self.kind == EXHIBITORS else read_booths
        try:
            self.report = reader(self.path, self.project, self.mapping())
        except ExcelError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc, self.path))
            return
        self.problems_page.show_report(self.report)
        if self.report.problems or self.report.fixes:
            self._show_page(PROBLEMS)
        else:
            self._to_diff()

    def take_valid_rows(self) -> None:
        self.valid_rows_only = True
        self._to_diff()

    def _to_diff(self) -> None:
        if self.kind == EXHIBITORS:
            self.diff_page.show_exhibitors(self.report.exhibitors(self.valid_rows_only))
        else:
            self.diff_page.show_booths(self.report.booths(self.valid_rows_only))
        self._show_page(DIFF)

    def apply_import(self) -> None:
        """Remember the confirmed mapping, then close with the entries to apply."""
        self.mapping_page.remember()
        self.accept()


def run_import(
    parent: QWidget | None,
    project: Project,
    undo_stack: QUndoStack,
    path: str | Path | None = None,
    kind: str = EXHIBITORS,
    settings: QSettings | None = None,
) -> bool:
    """Ask for a workbook (unless `path`), run the dialog, and push the import as one undo
    command. Returns True when something was imported."""
    if path is None:
        title = (
            translate("ExcelImportDialog", "Import exhibitors from Excel")
            if kind == EXHIBITORS
            else translate("ExcelImportDialog", "Import booths from Excel")
        )
        chosen, _ = open_file_name(
            parent, title, "", translate("ExcelImportDialog", "Excel workbooks (*.xlsx)")
        )
        if not chosen:
            return False
        path = chosen
    if settings is None:
        from ui.user_settings import settings as app_settings

        settings = app_settings()
    dialog = ExcelImportDialog(project, path, settings, kind, parent, undo_stack)
    if not dialog.readable:  # damaged or not a workbook: the message was shown, nothing changed
        dialog.deleteLater()
        return False
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.to_apply:
        return False
    name = left_to_right(Path(path).name)
    count = len(dialog.to_apply)
    if kind == EXHIBITORS:
        text = translate(
            "ExcelImportDialog", "Import %n exhibitor(s) from {file}", None, count
        ).format(file=name)
        undo_stack.push(ImportExhibitorsCommand(project, dialog.to_apply, text))
    else:
        text = translate("ExcelImportDialog", "Import %n booth(s) from {file}", "", count).format(
            file=name
        )
        undo_stack.push(ImportBoothsCommand(project, dialog.to_apply, text))
    return True
