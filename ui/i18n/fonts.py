"""The bundled Vazirmatn font (SIL Open Font Licence, `ui/fonts/OFL-Vazirmatn.txt`).

Registered with Qt at start-up and made the application font, so the interface, the canvas,
PDFs and images look the same on every machine, whatever fonts it has installed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

FONT_FAMILY = "Vazirmatn"
FONTS_DIR = Path(__file__).resolve().parent.parent / "fonts"

# font file → Qt's id for it: Qt would register a file twice if asked twice.
_registered: dict[Path, int] = {}


def _register_bundled_fonts() -> None:
    files = sorted(FONTS_DIR.glob("*.ttf"))
    if not files:
        raise FileNotFoundError(f"no bundled fonts in {FONTS_DIR}")
    for path in files:
        if path in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0 or FONT_FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
            raise RuntimeError(f"Qt could not load the font {path}")
        _registered[path] = font_id


def install_fonts(app: QCoreApplication) -> str:
    """Register the bundled fonts and make Vazirmatn the application font (its size kept).

    Safe to call more than once. Returns the family name.
    """
    _register_bundled_fonts()
    if isinstance(app, QGuiApplication):
        font = QFont(app.font())
        font.setFamilies([FONT_FAMILY])
        app.setFont(font)
    return FONT_FAMILY


def interface_font(point_size: float | None = None, *, bold: bool = False) -> QFont:
    """Vazirmatn at `point_size` (the application's size if None), for painting text on the
    canvas, in PDFs and images, where the widgets' font is not inherited."""
    _register_bundled_fonts()
    font = QFont(QGuiApplication.font())
    font.setFamilies([FONT_FAMILY])
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
