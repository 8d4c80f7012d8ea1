"""Qt's own texts that `qtbase_fa.qm` does not translate, translated in our catalogue instead.

lupdate files each `QT_TRANSLATE_NOOP("QContext", text)` below under Qt's own context, so our
`qods_planner_fa.qm` answers Qt's lookup for it (a translator is asked for any context). Found
by walking the Persian window and by `tests/ui/test_i18n_*.py`; add a text here when one is seen
in English in the Persian interface.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS: tuple[tuple[str, str], ...] = (
    ("QColorDialog", QT_TRANSLATE_NOOP("QColorDialog", "&HTML:")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "No to All")),
    # Key names in the menus' shortcuts ("Ctrl+Backspace" read "کنترل+Backspace").
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Backspace")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Esc")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Tab")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Space")),
)
