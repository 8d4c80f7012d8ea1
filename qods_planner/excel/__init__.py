"""Excel in and out: registration import, booth import, the blank template, the plan export.

Reading never writes to the user's workbook (it is parsed from memory); every problem found is
an `Issue` pinned to a cell ("Sheet1!C7") with the raw value and a suggested fix.
"""

from .booth_import import BoothImport, apply_booths, read_booths, restore_booths
from .columns import BOOTH_COLUMNS, EXHIBITOR_COLUMNS, Column
from .diff import (
    ExhibitorChange,
    ExhibitorDiff,
    FieldChange,
    apply_exhibitors,
    diff_exhibitors,
    restore_exhibitors,
)
from .exhibitors import ExhibitorImport, ImportBlocked, ImportedRow, read_exhibitors
from .export import PlanImport, StandEdit, build_workbook, export_workbook, import_plan_from_export
from .issues import ExcelError, Issue, Severity, cell_ref
from .mapping import ColumnMapping, SheetPreview, preview
from .template import write_template

__all__ = [
    "BOOTH_COLUMNS",
    "BoothImport",
    "PlanImport",
    "StandEdit",
    "apply_booths",
    "build_workbook",
    "export_workbook",
    "import_plan_from_export",
    "read_booths",
    "restore_booths",
    "write_template",
    "EXHIBITOR_COLUMNS",
    "Column",
    "ColumnMapping",
    "ExcelError",
    "ExhibitorChange",
    "ExhibitorDiff",
    "ExhibitorImport",
    "FieldChange",
    "ImportBlocked",
    "ImportedRow",
    "Issue",
    "Severity",
    "SheetPreview",
    "apply_exhibitors",
    "cell_ref",
    "diff_exhibitors",
    "preview",
    "read_exhibitors",
    "restore_exhibitors",
]
