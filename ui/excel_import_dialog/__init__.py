"""Importing exhibitors (or booths) from a workbook: confirm the columns, see every problem,
see the differences, apply as one undo step.

`run_import(parent, project, undo_stack)` asks for the file and runs the dialog
(`run_import_booths` for a booth sheet). The dialog's pages: the column mapping (sheet, header
row, what each column means and, for exhibitors, which project sector each sector word of the
sheet is), the problems (each at its cell, with the value and a suggestion, plus the
corrections the importer made), and the differences (new, changed field by field, unchanged,
not in the sheet). With problems, only "Import valid rows only" goes on. The confirmed mapping
is remembered in the settings for the next import. The workbook is only read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from qods_planner.model import Project

from .dialog import ExcelImportDialog, run_import
from .import_command import ImportBoothsCommand, ImportExhibitorsCommand
from .mapping_page import BOOTHS, EXHIBITORS, MAPPING_KEY, SECTORS_KEY


def run_import_booths(
    parent: QWidget | None, project: Project, undo_stack: QUndoStack, path: str | Path | None = None
) -> bool:
    """`run_import` for a booth sheet."""
    return run_import(parent, project, undo_stack, path, BOOTHS)


__all__ = [
    "BOOTHS",
    "EXHIBITORS",
    "MAPPING_KEY",
    "SECTORS_KEY",
    "ExcelImportDialog",
    "ImportBoothsCommand",
    "ImportExhibitorsCommand",
    "run_import",
    "run_import_booths",
]
