"""Printing the plan: each hall's sheets (tiled over several pages when its words need it),
their key lists and the index of exhibitors, as PDF (vector, real text), on a printer, as
PNG and as SVG, on A4…A0 in either orientation. No text is printed under 6 pt.

`plan_drawing.draw_hall_plan` paints one hall onto any painter rectangle (with stands
highlighted), for other printed matter. See docs/printing.md.
"""

from .options import ORIENTATIONS, PAPERS, TILINGS, PrintOptions
from .output import (
    IMAGE_DPI,
    PDF_DPI,
    export_pdf,
    export_png,
    export_svg,
    paint_pages,
    print_plan,
    render_document,
    render_image,
)
from .plan_drawing import draw_hall, draw_hall_plan
from .plan_layout import HallLayout, TextBox, layout_hall
from .print_document import PrintDocument, build
from .print_error import PrintError

__all__ = [
    "IMAGE_DPI",
    "ORIENTATIONS",
    "PAPERS",
    "PDF_DPI",
    "TILINGS",
    "HallLayout",
    "PrintDocument",
    "PrintError",
    "PrintOptions",
    "TextBox",
    "build",
    "draw_hall",
    "draw_hall_plan",
    "export_pdf",
    "export_png",
    "export_svg",
    "layout_hall",
    "paint_pages",
    "print_plan",
    "render_document",
    "render_image",
]
