"""The plan as a workbook, and an edited export read back."""

from .plan_import import PlanImport, StandEdit, import_plan_from_export
from .writer import build_workbook, export_workbook

__all__ = [
    "PlanImport",
    "StandEdit",
    "build_workbook",
    "export_workbook",
    "import_plan_from_export",
]
