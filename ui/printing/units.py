"""Printed sizes. Pages are painted in tenths of a point (1/720 inch), whatever the device:
the painter is scaled to that unit, so a font's pixel size of 60 is exactly 6 pt on paper,
in an image at any resolution and in an SVG."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPainter

from ui.i18n import interface_font

UNIT_PER_PT = 10.0
MIN_TEXT_PT = 6.0  # nothing is printed smaller: the plan is read standing, a metre away


def pt(points: float) -> float:
    """`points` in page units."""
    return points * UNIT_PER_PT


def mm(millimetres: float) -> float:
    """`millimetres` in page units."""
    return millimetres / 25.4 * 72 * UNIT_PER_PT


def font(points: float, bold: bool = False) -> QFont:
    """Vazirmatn at `points` (whole tenths), sized in page units."""
    f = interface_font(bold=bold)
    f.setPixelSize(max(1, round(points * UNIT_PER_PT)))
    # Unhinted outlines: text measured once is as wide on paper as in a 96-dpi preview.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No pair kerning: Vazirmatn kerns a few pairs (آ before ت) wide enough that pdftotext
    # reads a space inside the word («آ تیه»), and a name could not be found whole.
    f.setKerning(False)
    return f


def points_of(f: QFont) -> float:
    """The printed size of a font made by `font`."""
    return f.pixelSize() / UNIT_PER_PT


def to_page_units(painter: QPainter) -> None:
    """Scale `painter` so that one unit is a tenth of a point on its device."""
    dpi = painter.device().logicalDpiX()
    painter.scale(dpi / 72 / UNIT_PER_PT, painter.device().logicalDpiY() / 72 / UNIT_PER_PT)
