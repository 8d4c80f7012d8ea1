"""Planning ▸ Copy choices from an earlier fair…: last year's booths become each returning
exhibitor's first choices, in one undo step (`qods_planner.earlier_fair`).

The earlier fair is read from its project file or the workbook it exported. The organiser is
told how many exhibitors got their booths back as choices, whom the program could not match,
and which booths this venue no longer has; a file that cannot be read is a message, and the
project is untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QMainWindow, QMessageBox

from qods_planner.earlier_fair import CopyReport, copy_choices, earlier_stands
from qods_planner.excel.issues import ExcelError
from qods_planner.model import Exhibitor, ModelError, Project

from ..file_dialogs import open_file_name
from ..i18n import current_language, left_to_right

translate = QCoreApplication.translate
MOST_NAMED = 12  # names listed in the message before "and N more"


class CopyChoices(QUndoCommand):
    """Put the exhibitors with their new choices; restore the old ones on undo."""

    def __init__(self, project: Project, after: list[Exhibitor]) -> None:
        super().__init__(translate("Planning", "Copy choices from an earlier fair"))
        self.project = project
        self.before = [project.exhibitors[e.id] for e in after]
        self.after = list(after)

    def redo(self) -> None:
        self.project.put_exhibitors(self.after)

    def undo(self) -> None:
        self.project.put_exhibitors(self.before)


class CopyChoicesAction(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Copy choices from an earlier fair…"), window)
        self.action.setStatusTip(
            self.tr("Make last year's booths each returning exhibitor's first choices")
        )
        self.action.triggered.connect(lambda: self.do_copy())

    def do_copy(self, path: str | None = None) -> bool:
        document = getattr(self.window, "document", None)
        if document is None:
            return False
        title = self.tr("Copy choices from an earlier fair")
        if path is None:
            filters = self.tr("Projects and exported workbooks (*.json *.xlsx)")
            path, _ = open_file_name(self.window, title, "", filters)
        if not path:
            return False
        try:
            earlier = earlier_stands(Path(path))
        except (ModelError, ExcelError, OSError) as exc:
            QMessageBox.warning(
                self.window,
                title,
                self.tr("{path} could not be read:\n{reason}").format(
                    path=left_to_right(path), reason=exc
                ),
            )
            return False
        changed, report = copy_choices(document.project, earlier)
        if changed:
            document.undo_stack.push(CopyChoices(document.project, changed))
        QMessageBox.information(self.window, title, self.summary(report))
        return True

    def summary(self, report: CopyReport) -> str:
        lines = [
            self.tr(
                "%n exhibitor(s) got last year's booths as their first choices.",
                "",
                len(report.copied),
            )
        ]
        if report.unmatched:
            names = [s.name_fa or s.name_en or s.id for s in report.unmatched]
            comma = "، " if current_language() == "fa" else ", "
            shown = comma.join(names[:MOST_NAMED])
            more = len(names) - MOST_NAMED
            lines.append(self.tr("Not matched (%n): ", "", len(names)) + shown)
            if more > 0:
                lines.append(self.tr("… and %n more", "", more))
        if report.missing_booths:
            lines.append(
                self.tr(
                    "%n exhibitor(s) had booths this venue no longer has.",
                    "",
                    len(report.missing_booths),
                )
            )
        return "\n".join(lines)
