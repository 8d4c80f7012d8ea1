"""What the window remembers between runs (QSettings), apart from recent files:

- `window/geometry`, `window/state`: size, position, tool bars and docked panels;
- `editor/color_mode`, `editor/show_grid`: how the plan is shown;
- `editor/backgrounds`: each project's background picture (path, position, scale, opacity,
  lock) by project id, since the picture belongs to the user's desk, not to the project file.
  The most recent `MAX_BACKGROUNDS` projects are kept.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from .user_settings import settings

if TYPE_CHECKING:
    from .document import Document
    from .editor import Editor

MAX_BACKGROUNDS = 30
BACKGROUNDS_KEY = "editor/backgrounds"


# Raised when the set of docks or their meaning changes: a layout saved by another version
# (or another program) is then ignored rather than applied to the wrong panels.
LAYOUT_VERSION = 2


def restore_window(window: QMainWindow) -> bool:
    """Put back the saved geometry and layout; False when there was no usable geometry.

    A damaged or foreign layout (one Qt refuses, or saved under another `LAYOUT_VERSION`)
    leaves the window's default layout in place."""
    store = settings()
    geometry = store.value("window/geometry")
    restored = (
        isinstance(geometry, QByteArray)
        and not geometry.isEmpty()
        and window.restoreGeometry(geometry)
    )
    state = store.value("window/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        default = window.saveState(LAYOUT_VERSION)
        if not window.restoreState(state, LAYOUT_VERSION):
            window.restoreState(default, LAYOUT_VERSION)
    return restored


def save_window(window: QMainWindow) -> None:
    store = settings()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState(LAYOUT_VERSION))


def save_editor(document: Document, editor: Editor) -> None:
    """Remember how the plan is shown and this project's background picture."""
    store = settings()
    store.setValue("editor/color_mode", editor.color_mode())
    grid = editor.actions().get("show_grid")
    if grid is not None:
        store.setValue("editor/show_grid", grid.isChecked())
    backgrounds = _backgrounds()
    backgrounds.pop(document.project.id, None)
    state = editor.background_state()
    if state:
        backgrounds[document.project.id] = state
    kept = dict(list(backgrounds.items())[-MAX_BACKGROUNDS:])
    store.setValue(BACKGROUNDS_KEY, json.dumps(kept))


def restore_editor(document: Document, editor: Editor) -> None:
    """Show the plan as last time, with the project's picture if it had one."""
    store = settings()
    mode = store.value("editor/color_mode")
    if isinstance(mode, str) and mode in ("sector", "status", "kind"):
        editor.set_color_mode(mode)
    grid = editor.actions().get("show_grid")
    shown = store.value("editor/show_grid")
    if grid is not None and shown is not None:
        grid.setChecked(str(shown).lower() == "true")
    state = _backgrounds().get(document.project.id)
    if state:
        editor.set_background_state(state)


def _backgrounds() -> dict[str, dict]:
    raw = settings().value(BACKGROUNDS_KEY, "")
    try:
        value = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
