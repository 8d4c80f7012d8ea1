"""Pages 2 and 3 of the import: the problems (each at its cell, with the value and a
suggestion; the automatic corrections on request) and the differences the import would make."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qods_planner.excel import Issue, diff_exhibitors
from qods_planner.excel.diff import FieldChange, booth_changes, field_label, value_text
from qods_planner.model import Booth, Exhibitor, Project
from ui.i18n import format_number, isolated

MAX_EXPANDED = 50  # groups longer than this start folded

Group = tuple[str, list[tuple[str, list[tuple[str, str, str]]]]]


def change_rows(changes: tuple[FieldChange, ...]) -> list[tuple[str, str, str]]:
    """(what, before, after) of each changed field, in the reader's words and digits (the
    core's `field_label`/`value_text`, rendered in the installed language)."""
    return [
        (field_label(c.field), value_text(c.field, c.old), value_text(c.field, c.new))
        for c in changes
    ]


class ProblemsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_fixes = QCheckBox(self.tr("Also show what was corrected automatically"))
        self.show_fixes.toggled.connect(lambda _on: self.fill())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Cell"),
                self.tr("Value"),
                self.tr("Problem"),
                self.tr("Suggestion"),
                self.tr("Kind"),
            ]
        )
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, fit, stretch, stretch, fit)):
            self.table.horizontalHeader().setSectionResizeMode(column, mode)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.show_fixes)
        layout.addWidget(self.table, 1)

    def show_report(self, report) -> None:
        """Show an `ExhibitorImport` or `BoothImport`."""
        self.report = report
        rows = len(report.rows) + len(report.error_rows)
        problems, fixes = len(report.problems), len(report.fixes)
        counts = {
            "problems": self.tr("%n problem(s)", "", problems),
            "bad": format_number(len(report.error_rows)),
            "rows": self.tr("%n row(s)", "", rows),
            "fixes": self.tr("%n value(s)", "", fixes),
        }
        if report.problems:
            text = self.tr(
                "{problems} in {bad} of {rows}; {fixes} corrected automatically. "
                "Fix the workbook and check again, or import the valid rows only."
            ).format(**counts)
        else:
            text = self.tr("No problems in {rows}; {fixes} corrected automatically.").format(
                **counts
            )
        self.summary.setText(text)
        self.show_fixes.setChecked(not report.problems)
        self.fill()

    def fill(self) -> None:
        if self.report is None:
            return
        issues: list[Issue] = list(self.report.problems)
        if self.show_fixes.isChecked():
            issues = sorted(issues + self.report.fixes, key=lambda i: (i.row or 0, i.column or 0))
        self.table.setRowCount(len(issues))
        for r, issue in enumerate(issues):
            raw = "" if issue.raw is None else str(issue.raw)
            kind = self.tr("problem") if issue.is_error else self.tr("corrected")
            for c, text in enumerate((issue.cell, raw, issue.message, issue.suggestion, kind)):
                self.table.setItem(r, c, QTableWidgetItem(isolated(text)))
        self.table.resizeRowsToContents()


class DiffPage(QWidget):
    """New, changed (field by field), unchanged, and what the sheet does not mention."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.diff = None
        self.to_apply: list = []
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Before"), self.tr("After")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def _who(self, exhibitor_id: str) -> str:
        ex = self.project.exhibitors.get(exhibitor_id)
        return f"{exhibitor_id}  {ex.name_fa}" if ex else exhibitor_id

    def show_exhibitors(self, exhibitors: list[Exhibitor]) -> None:
        d = self.diff = diff_exhibitors(self.project, exhibitors)
        self.to_apply = d.to_apply()
        self._show(
            [
                (
                    self.tr("New ({n})").format(n=format_number(len(d.added))),
                    [(f"{e.id}  {e.name_fa}", []) for e in d.added],
                ),
                (
                    self.tr("Changed ({n})").format(n=format_number(len(d.changed))),
                    [(f"{c.new.id}  {c.new.name_fa}", change_rows(c.fields)) for c in d.changed],
                ),
                (
                    self.tr("Unchanged ({n})").format(n=format_number(len(d.unchanged))),
                    [(self._who(i), []) for i in d.unchanged],
                ),
                (
                    self.tr("In the project but not in the sheet, left as they are ({n})").format(
                        n=format_number(len(d.not_in_sheet))
                    ),
                    [(self._who(i), []) for i in d.not_in_sheet],
                ),
            ]
        )

    def show_booths(self, booths: list[Booth]) -> None:
        old = self.project.booths
        added = [b for b in booths if b.id not in old]
        changed = [b for b in booths if b.id in old and old[b.id] != b]
        self.to_apply = added + changed
        same = len(booths) - len(added) - len(changed)
        self._show(
            [
                (
                    self.tr("New ({n})").format(n=format_number(len(added))),
                    [(b.label, []) for b in added],
                ),
                (
                    self.tr("Changed ({n})").format(n=format_number(len(changed))),
                    [(b.label, change_rows(booth_changes(old[b.id], b))) for b in changed],
                ),
                (self.tr("Unchanged ({n})").format(n=format_number(same)), []),
            ]
        )

    def _show(self, groups: list[Group]) -> None:
        self.tree.clear()
        for title, children in groups:
            top = QTreeWidgetItem([title])
            self.tree.addTopLevelItem(top)
            for name, fields in children:
                child = QTreeWidgetItem([name])
                top.addChild(child)
                for field, before, after in fields:
                    child.addChild(QTreeWidgetItem([field, before, after]))
            top.setExpanded(len(children) <= MAX_EXPANDED)
        self.summary.setText(
            self.tr("Nothing to change: the project already holds what the sheet says.")
            if not self.to_apply
            else self.tr(
                "Apply puts {n} new or changed entries into the project as one step "
                "(Undo takes it back)."
            ).format(n=format_number(len(self.to_apply)))
        )
