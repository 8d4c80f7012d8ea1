"""Printing the floor plan: PDF (vector, A4 or A3 landscape, one page per hall, with title,
dates, legend and scale bar), PNG and SVG. Persian text is shaped by Qt with the bundled
Vazirmatn font. One painter (`PlanPage`) draws every output through the canvas's `PlanScene`.
"""

from .output import (
    IMAGE_DPI,
    PAPERS,
    PDF_DPI,
    PrintError,
    export_pdf,
    export_png,
    export_svg,
    print_plan,
    render_image,
)
from .page import PlanPage

__all__ = [
    "IMAGE_DPI",
    "PAPERS",
    "PDF_DPI",
    "PlanPage",
    "PrintError",
    "export_pdf",
    "export_png",
    "export_svg",
    "print_plan",
    "render_image",
]
