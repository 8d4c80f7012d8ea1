"""Importing exhibitors (or booths) from a workbook: confirm the columns, see every problem,
see the differences, apply as one undo step.

`run_import(parent, project, undo_stack)` asks for the file and runs the dialog. The dialog has
three pages: the column mapping (sheet, header row, what each column means, and for exhibitors
which project sector each sector word of the sheet is), the problems (each at its cell, with
the value and a suggestion, plus the corrections the importer made), and the differences
(new, changed field by field, unchanged, not in the sheet). With problems, only "Import valid
rows only" goes on. The confirmed mapping is remembered in the settings for the next import.
The workbook is only read.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qods_planner.excel import (
    BOOTH_COLUMNS,
    EXHIBITOR_COLUMNS,
    ColumnMapping,
    ExcelError,
    Issue,
    diff_exhibitors,
    preview,
    read_booths,
    read_exhibitors,
    restore_booths,
    restore_exhibitors,
)
from qods_planner.excel.columns import IGNORE
from qods_planner.model import Booth, Exhibitor, Project
from qods_planner.text import normalise_key
from ui.canvas.text import is_rtl

EXHIBITORS, BOOTHS = "exhibitors", "booths"
MAPPING_KEY = "excel/{kind}_columns"  # JSON: header key → field
SECTORS_KEY = "excel/sector_words"  # JSON: normalised sheet word → sector id
SAMPLE_LINES = 3

# lupdate finds translate("Context", "text") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


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


def _isolated(text: str) -> str:
    """Left-to-right text isolated (U+2066…U+2069), so that a right-to-left table shows its
    quotes and punctuation where they belong."""
    return text if not text or is_rtl(text) else "\u2066" + text + "\u2069"


def _load_json(settings: QSettings, key: str) -> dict[str, str]:
    try:
        value = json.loads(str(settings.value(key, "{}")))
    except (TypeError, ValueError):
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


class ExcelImportDialog(QDialog):
    """The three pages (see the module doc). After `accept()`, `to_apply` holds the exhibitors
    (or booths) to put into the project."""

    def __init__(
        self,
        project: Project,
        path: str | Path,
        settings: QSettings,
        kind: str = EXHIBITORS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.path = Path(path)
        self.settings = settings
        self.kind = kind
        self.columns = EXHIBITOR_COLUMNS if kind == EXHIBITORS else BOOTH_COLUMNS
        self.report = None
        self.diff = None
        self.to_apply: list = []
        self.valid_rows_only = False
        self.setWindowTitle(self.tr("Import from {file}").format(file=self.path.name))
        self.resize(900, 600)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._problems_page())
        self.pages.addWidget(self._diff_page())
        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Check"))
        self.valid_only = QPushButton(self.tr("Import valid rows only"))
        self.apply = QPushButton(self.tr("Apply"))
        cancel = QPushButton(self.tr("Cancel"))
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.valid_only.clicked.connect(self.take_valid_rows)
        self.apply.clicked.connect(self.apply_import)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        for b in (self.valid_only, self.next, self.apply, cancel):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.load_preview()
        self._show_page(0)

    # -- page 1: the columns ---------------------------------------------------------------
    def _mapping_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_row)
        self.column_table = QTableWidget(0, 3)
        self.column_table.setHorizontalHeaderLabels(
            [self.tr("Column in the sheet"), self.tr("First values"), self.tr("Means")]
        )
        header = self.column_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sector_label = QLabel(self.tr("Sectors written in the sheet"))
        self.sector_table = QTableWidget(0, 2)
        self.sector_table.setHorizontalHeaderLabels([self.tr("In the sheet"), self.tr("Sector")])
        self.sector_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping_note = QLabel()
        self.mapping_note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.column_table, 2)
        layout.addWidget(self.sector_label)
        layout.addWidget(self.sector_table, 1)
        self.sheet.activated.connect(lambda _i: self.load_preview(sheet=self.sheet.currentText()))
        self.header_row.editingFinished.connect(
            lambda: self.load_preview(
                sheet=self.sheet.currentText(), header_row=self.header_row.value()
            )
        )
        return page

    def _field_names(self) -> list[tuple[str, str]]:
        """(field key, name shown) for the meaning drop-down; the first means "not imported"."""
        names = [("", self.tr("— not imported —"))]
        for col in self.columns:
            if col.key != IGNORE:
                shown = col.fa if self.project.event.language == "fa" else col.en
                names.append((col.key, shown + (" *" if col.required else "")))
        return names

    def load_preview(self, sheet: str | None = None, header_row: int | None = None) -> None:
        remembered = _load_json(self.settings, MAPPING_KEY.format(kind=self.kind))
        try:
            self.preview = preview(
                self.path,
                self.project,
                columns=self.columns,
                sheet=sheet,
                header_row=header_row,
                remembered=remembered,
            )
        except ExcelError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        pv = self.preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(pv.sheets))
        self.sheet.setCurrentText(pv.sheet)
        self.sheet.blockSignals(False)
        self.header_row.setValue(pv.header_row or 1)
        mapped = {c: k for k, c in (pv.mapping.columns.items() if pv.mapping else [])}
        if pv.header_row is None:
            self.mapping_note.setText(
                self.tr(
                    "No header row was recognised. Choose the header row, then say what each "
                    "column means."
                )
            )
        else:
            self.mapping_note.setText(
                self.tr("Check what each column means; columns marked * are needed.")
            )
        self.column_table.setRowCount(len(pv.headers))
        names = self._field_names()
        for r, (column, header) in enumerate(sorted(pv.headers.items())):
            item = QTableWidgetItem(header)
            item.setData(Qt.ItemDataRole.UserRole, column)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.column_table.setItem(r, 0, item)
            samples = QTableWidgetItem(
                " | ".join(v for v in pv.samples.get(column, ())[:SAMPLE_LINES] if v)
            )
            samples.setFlags(samples.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.column_table.setItem(r, 1, samples)
            combo = QComboBox()
            for key, shown in names:
                combo.addItem(shown, key)
            combo.setCurrentIndex(max(0, combo.findData(mapped.get(column, ""))))
            combo.currentIndexChanged.connect(self._meaning_changed)
            self.column_table.setCellWidget(r, 2, combo)
        self._fill_sectors()

    def _headers(self) -> dict[int, str]:
        return {
            self.column_table.item(r, 0).data(Qt.ItemDataRole.UserRole): self.column_table.item(
                r, 0
            ).text()
            for r in range(self.column_table.rowCount())
        }

    def _meaning_changed(self) -> None:
        """A column chosen as the sector: list the sheet's sector words to map."""
        if self.kind != EXHIBITORS:
            return
        mapping = self.mapping()
        try:
            pv = preview(
                self.path,
                self.project,
                columns=self.columns,
                sheet=mapping.sheet,
                header_row=mapping.header_row,
                remembered=mapping.remembered(self._headers()),
            )
        except ExcelError:
            return
        if pv.mapping is not None and "sector" in mapping.columns:
            self.preview = pv
        else:
            self.preview = type(pv)(
                pv.sheets, pv.sheet, pv.header_row, pv.headers, pv.samples, pv.mapping
            )
        self._fill_sectors()

    def _fill_sectors(self) -> None:
        show = self.kind == EXHIBITORS and bool(self.preview.sector_values)
        self.sector_label.setVisible(show)
        self.sector_table.setVisible(show)
        if not show:
            self.sector_table.setRowCount(0)
            return
        remembered = _load_json(self.settings, SECTORS_KEY)
        guessed = dict(self.preview.mapping.sectors) if self.preview.mapping else {}
        guessed |= self._sector_choices()  # what the user picked already stays picked
        lang = self.project.event.language
        words = self.preview.sector_values
        self.sector_table.setRowCount(len(words))
        for r, word in enumerate(words):
            item = QTableWidgetItem(word)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.sector_table.setItem(r, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("— no sector —"), "")
            for s in self.project.sectors.values():
                combo.addItem(s.name(lang), s.id)
            chosen = guessed.get(normalise_key(word)) or remembered.get(normalise_key(word), "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.sector_table.setCellWidget(r, 1, combo)

    def _sector_choices(self) -> dict[str, str]:
        chosen = {}
        for r in range(self.sector_table.rowCount()):
            combo = self.sector_table.cellWidget(r, 1)
            if combo is not None and combo.currentData():
                chosen[normalise_key(self.sector_table.item(r, 0).text())] = combo.currentData()
        return chosen

    def mapping(self) -> ColumnMapping:
        """The mapping as the user set it on the first page."""
        columns: dict[str, int] = {}
        for r in range(self.column_table.rowCount()):
            key = self.column_table.cellWidget(r, 2).currentData()
            if key and key not in columns:
                columns[key] = self.column_table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        return ColumnMapping(
            self.sheet.currentText(), self.header_row.value(), columns, self._sector_choices()
        )

    # -- page 2: the problems --------------------------------------------------------------
    def _problems_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_fixes = QCheckBox(self.tr("Also show what was corrected automatically"))
        self.show_fixes.toggled.connect(lambda _on: self._fill_problems())
        self.problem_table = QTableWidget(0, 5)
        self.problem_table.setHorizontalHeaderLabels(
            [
                self.tr("Cell"),
                self.tr("Value"),
                self.tr("Problem"),
                self.tr("Suggestion"),
                self.tr("Kind"),
            ]
        )
        header = self.problem_table.horizontalHeader()
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.ResizeToContents,) * 2
            + (QHeaderView.ResizeMode.Stretch,) * 2
            + (QHeaderView.ResizeMode.ResizeToContents,)
        ):
            header.setSectionResizeMode(column, mode)
        self.problem_table.setWordWrap(True)
        self.problem_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.show_fixes)
        layout.addWidget(self.problem_table, 1)
        return page

    def _fill_problems(self) -> None:
        if self.report is None:
            return
        issues: list[Issue] = list(self.report.problems)
        if self.show_fixes.isChecked():
            issues += self.report.fixes
            issues.sort(key=lambda i: (i.row or 0, i.column or 0))
        self.problem_table.setRowCount(len(issues))
        for r, issue in enumerate(issues):
            raw = "" if issue.raw is None else str(issue.raw)
            kind = self.tr("problem") if issue.is_error else self.tr("corrected")
            for c, text in enumerate((issue.cell, raw, issue.message, issue.suggestion, kind)):
                self.problem_table.setItem(r, c, QTableWidgetItem(_isolated(text)))
        self.problem_table.resizeRowsToContents()

    # -- page 3: the differences -----------------------------------------------------------
    def _diff_page(self) -> QWidget:
        page = QWidget()
        self.diff_summary = QLabel()
        self.diff_tree = QTreeWidget()
        self.diff_tree.setHeaderLabels([self.tr("What"), self.tr("Before"), self.tr("After")])
        header = self.diff_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(page)
        layout.addWidget(self.diff_summary)
        layout.addWidget(self.diff_tree, 1)
        return page

    def _who(self, exhibitor_id: str) -> str:
        ex = self.project.exhibitors.get(exhibitor_id)
        return f"{exhibitor_id}  {ex.name_fa}" if ex else exhibitor_id

    def _fill_diff(self, items: list) -> None:
        self.diff_tree.clear()
        if self.kind == EXHIBITORS:
            self.diff = diff_exhibitors(self.project, items)
            d = self.diff
            groups = [
                (
                    self.tr("New ({n})").format(n=len(d.added)),
                    [(f"{e.id}  {e.name_fa}", [], "") for e in d.added],
                ),
                (
                    self.tr("Changed ({n})").format(n=len(d.changed)),
                    [
                        (
                            f"{c.new.id}  {c.new.name_fa}",
                            [(f.field, str(f.old), str(f.new)) for f in c.fields],
                            "",
                        )
                        for c in d.changed
                    ],
                ),
                (
                    self.tr("Unchanged ({n})").format(n=len(d.unchanged)),
                    [(self._who(i), [], "") for i in d.unchanged],
                ),
                (
                    self.tr("In the project but not in the sheet, left as they are ({n})").format(
                        n=len(d.not_in_sheet)
                    ),
                    [(self._who(i), [], "") for i in d.not_in_sheet],
                ),
            ]
            self.to_apply = d.to_apply()
        else:
            added = [b for b in items if b.id not in self.project.booths]
            changed = [
                b for b in items if b.id in self.project.booths and self.project.booths[b.id] != b
            ]
            same = len(items) - len(added) - len(changed)
            groups = [
                (self.tr("New ({n})").format(n=len(added)), [(b.label, [], "") for b in added]),
                (
                    self.tr("Changed ({n})").format(n=len(changed)),
                    [
                        (
                            b.label,
                            [(self.tr("booth"), str(self.project.booths[b.id].rect), str(b.rect))],
                            "",
                        )
                        for b in changed
                    ],
                ),
                (self.tr("Unchanged ({n})").format(n=same), []),
            ]
            self.to_apply = added + changed
        for title, children in groups:
            top = QTreeWidgetItem([title])
            self.diff_tree.addTopLevelItem(top)
            for name, fields, _ in children:
                child = QTreeWidgetItem([name])
                top.addChild(child)
                for field, old, new in fields:
                    child.addChild(QTreeWidgetItem([field, old, new]))
            top.setExpanded(len(children) <= 50)
        self.diff_summary.setText(
            self.tr("Nothing to change: the project already holds what the sheet says.")
            if not self.to_apply
            else self.tr(
                "Apply puts {n} new or changed entries into the project as one step "
                "(Undo takes it back)."
            ).format(n=len(self.to_apply))
        )

    # -- moving between pages ----------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back.setEnabled(index > 0)
        has_problems = bool(self.report and self.report.problems)
        self.next.setVisible(index < 2)
        self.next.setText(self.tr("Check") if index == 0 else self.tr("Next"))
        self.next.setEnabled(index == 0 or (index == 1 and not has_problems))
        self.valid_only.setVisible(index == 1 and has_problems)
        self.valid_only.setEnabled(bool(self.report and self.report.rows))
        self.apply.setVisible(index == 2)
        self.apply.setEnabled(index == 2 and bool(self.to_apply))

    def go_back(self) -> None:
        index = self.pages.currentIndex()
        if index == 2 and not (self.report.problems or self.report.fixes):
            index = 1  # the problems page was skipped on the way here
        self._show_page(max(0, index - 1))

    def go_next(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            self.check()
        elif index == 1 and not self.report.problems:
            self.valid_rows_only = False
            self._to_diff()

    def check(self) -> None:
        """Read the workbook with the mapping of page 1; show the problems (or the diff)."""
        mapping = self.mapping()
        reader = read_exhibitors if self.kind == EXHIBITORS else read_booths
        try:
            self.report = reader(self.path, self.project, mapping)
        except ExcelError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        rows = len(self.report.rows) + len(self.report.error_rows)
        self.summary.setText(
            self.tr(
                "{problems} problem(s) in {bad} of {rows} row(s); {fixes} value(s) "
                "corrected automatically. Fix the workbook and check again, or import the "
                "valid rows only."
            ).format(
                problems=len(self.report.problems),
                bad=len(self.report.error_rows),
                rows=rows,
                fixes=len(self.report.fixes),
            )
            if self.report.problems
            else self.tr(
                "No problems in {rows} row(s); {fixes} value(s) corrected automatically."
            ).format(rows=rows, fixes=len(self.report.fixes))
        )
        self.show_fixes.setChecked(not self.report.problems)
        self._fill_problems()
        if self.report.problems or self.report.fixes:
            self._show_page(1)
        else:
            self._to_diff()

    def take_valid_rows(self) -> None:
        self.valid_rows_only = True
        self._to_diff()

    def _to_diff(self) -> None:
        if self.kind == EXHIBITORS:
            items = self.report.exhibitors(valid_rows_only=self.valid_rows_only)
        else:
            items = self.report.booths(valid_rows_only=self.valid_rows_only)
        self._fill_diff(items)
        self._show_page(2)

    def apply_import(self) -> None:
        """Remember the confirmed mapping, then close with the entries to apply."""
        mapping = self.mapping()
        key = MAPPING_KEY.format(kind=self.kind)
        stored = _load_json(self.settings, key)
        stored.update(mapping.remembered(self._headers()))
        self.settings.setValue(key, json.dumps(stored, ensure_ascii=False))
        if mapping.sectors:
            words = _load_json(self.settings, SECTORS_KEY)
            words.update(mapping.sectors)
            self.settings.setValue(SECTORS_KEY, json.dumps(words, ensure_ascii=False))
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
        chosen, _ = QFileDialog.getOpenFileName(
            parent, title, "", translate("ExcelImportDialog", "Excel workbooks (*.xlsx)")
        )
        if not chosen:
            return False
        path = chosen
    if settings is None:
        from ui.app import settings as app_settings

        settings = app_settings()
    dialog = ExcelImportDialog(project, path, settings, kind, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.to_apply:
        return False
    name = Path(path).name
    if kind == EXHIBITORS:
        text = dialog.tr("Import {n} exhibitor(s) from {file}").format(
            n=len(dialog.to_apply), file=name
        )
        undo_stack.push(ImportExhibitorsCommand(project, dialog.to_apply, text))
    else:
        text = dialog.tr("Import {n} booth(s) from {file}").format(
            n=len(dialog.to_apply), file=name
        )
        undo_stack.push(ImportBoothsCommand(project, dialog.to_apply, text))
    return True


def run_import_booths(
    parent: QWidget | None, project: Project, undo_stack: QUndoStack, path: str | Path | None = None
) -> bool:
    """`run_import` for a booth sheet."""
    return run_import(parent, project, undo_stack, path, BOOTHS)
