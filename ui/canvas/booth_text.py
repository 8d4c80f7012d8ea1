"""Text inside booths: fitted once when the model changes, drawn right-to-left for Persian.

Fonts are sized in scene units (cm), so a name fitted to its booth stays fitted at every zoom;
items skip text that would be too small to read (level of detail) instead of re-measuring.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextOption

from ..i18n import is_rtl

MIN_READABLE_PX = 6.0  # text smaller than this on screen is not drawn


def scene_font(base: QFont, size_cm: float, bold: bool = False) -> QFont:
    """`base` with its pixel size set to `size_cm` scene units."""
    font = QFont(base)
    font.setPixelSize(max(1, round(size_cm)))
    font.setBold(bold)
    return font


def elide(text: str, font: QFont, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` scene units ('' when nothing fits)."""
    if width <= 0:
        return ""
    fitted = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
    return "" if fitted in ("…", "...") and text not in ("…", "...") else fitted


def text_option(text: str, alignment: Qt.AlignmentFlag) -> QTextOption:
    """Alignment plus the text's own direction, so Persian is shaped and ordered right to left.
    Left and right stay on the screen's left and right (not mirrored for right-to-left text)."""
    option = QTextOption(alignment | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    return option
