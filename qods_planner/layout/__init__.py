"""Geometry derived from the drawing: open sides, booth kinds, neighbours, rows, premium."""

from .analysis import TOUCH_TOL_CM, Layout, analyse, layout_of
from .relations import Relation

__all__ = ["TOUCH_TOL_CM", "Layout", "Relation", "analyse", "layout_of"]
