"""Persian first: the interface's language, right-to-left layout, font, digits and dates.

Start-up order in the program: `install_fonts(app)`, then `install_language(app)` (the stored
choice, else the system's language), then build the windows. A language change in the
settings (`store_language`) takes effect at the next start. See docs/i18n.md.
"""

from .fonts import FONT_FAMILY, FONTS_DIR, install_fonts, interface_font
from .formatting import (
    format_area_m2,
    format_date,
    format_fixed,
    format_number,
    format_timestamp,
    is_rtl,
    isolated,
    jalali_calendar,
    left_to_right,
)
from .language import (
    LANGUAGE_NAMES,
    LANGUAGES,
    SETTINGS_KEY,
    TRANSLATIONS_DIR,
    current_language,
    install_language,
    locale_for,
    preferred_language,
    qt_translations_dir,
    store_language,
    translate_into,
)

__all__ = [
    "FONTS_DIR",
    "FONT_FAMILY",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "SETTINGS_KEY",
    "TRANSLATIONS_DIR",
    "current_language",
    "format_area_m2",
    "format_date",
    "format_fixed",
    "format_number",
    "format_timestamp",
    "is_rtl",
    "isolated",
    "install_fonts",
    "install_language",
    "interface_font",
    "jalali_calendar",
    "left_to_right",
    "locale_for",
    "preferred_language",
    "qt_translations_dir",
    "store_language",
    "translate_into",
]
