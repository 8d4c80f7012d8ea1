"""File ▸ Export registration template…: the blank workbook exhibitors fill in, with the
project's sectors in its drop-down and its halls, headed in the fair's language. Also offered
from the import dialog, where an organiser without one finds out they need it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from qods_planner.model import Project

from .file_dialogs import save_file_name
from .write_failure import cannot_write

translate = QCoreApplication.translate


def export_template(
    parent: QWidget | None, project: Project, path: str | None = None
) -> str | None:
    """Ask where (unless `path`) and write the registration template; the path written, or
    None when cancelled or failed (the failure is told in a message box)."""
    from qods_planner.excel.template import write_template

    title = translate("TemplateExport", "Export registration template")
    if not path:
        suggested = translate("TemplateExport", "registration.xlsx")
        chosen, _ = save_file_name(
            parent, title, suggested, translate("TemplateExport", "Excel workbooks (*.xlsx)")
        )
        if not chosen:
            return None
        path = chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"
    try:
        write_template(
            Path(path),
            list(project.sectors.values()),
            halls=list(project.halls.values()),
            language=project.event.language,
        )
    except OSError as exc:
        QMessageBox.warning(parent, title, cannot_write(path, exc))
        return None
    return str(path)
