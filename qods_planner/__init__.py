"""Qods Planner's domain core: the exhibition model, geometry, files, validation and Excel.

This package imports neither `solver` nor `ui`, nor PySide6 nor OR-Tools.
"""

__version__ = "0.1.0"
