"""The editor's QActions: tools (checkable, exclusive), edits of the selection, view, colour
mode, halls, snapping, obstacle kind and background picture. Names are the keys the window
uses to place them in menus and tool bars."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from qods_planner.model import ObstacleKind

from ..canvas.style import ColorMode
from ..commands.edit_refusals import obstacle_kind_name
from ..i18n import current_language, format_number
from . import operations
from .host import EditorHost

translate = QCoreApplication.translate
SNAP_CHOICES_CM = (1, 10, 25, 50, 100)
Key = QKeySequence.StandardKey


def build_actions(editor: EditorHost) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}

    def add(
        name: str,
        text: str,
        slot: Callable[[], object] | None = None,
        shortcut: QKeySequence | str | Key | list | None = None,
        tip: str = "",
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, editor)
        action.setObjectName(f"editor_{name}")
        action.setCheckable(checkable)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{text} — {tip}")
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        actions[name] = action
        return action

    tools = QActionGroup(editor)
    for name, text, key, tip in (
        (
            "select",
            translate("EditorActions", "Select"),
            "V",
            translate(
                "EditorActions",
                "Select, move (drag or arrow keys) and resize; Alt+drag moves the picture",
            ),
        ),
        (
            "draw_booth",
            translate("EditorActions", "Draw booth"),
            "B",
            translate("EditorActions", "Drag a rectangle, or click for one booth"),
        ),
        (
            "draw_obstacle",
            translate("EditorActions", "Draw obstacle"),
            "O",
            translate("EditorActions", "Drag a pillar, stage or fire exit"),
        ),
        (
            "draw_entrance",
            translate("EditorActions", "Entrance"),
            "E",
            translate(
                "EditorActions", "Drag along a hall wall to add an entrance; click one to remove it"
            ),
        ),
        (
            "calibrate",
            translate("EditorActions", "Calibrate picture"),
            None,
            translate(
                "EditorActions",
                "Click two points of the background picture and type their distance",
            ),
        ),
    ):
        action = add(name, text, (lambda n=name: editor.set_tool(n)), key, tip, checkable=True)
        tools.addAction(action)

    add(
        "row_generator",
        translate("EditorActions", "Row of booths…"),
        lambda: operations.generate_row(editor),
        "Ctrl+Shift+R",
        translate("EditorActions", "Add a row or island of equal booths"),
    )
    add(
        "merge",
        translate("EditorActions", "Merge booths"),
        lambda: operations.merge(editor),
        "M",
        translate("EditorActions", "Merge adjacent booths in one straight row into one booth"),
    )
    add(
        "split",
        translate("EditorActions", "Split booth…"),
        lambda: operations.split(editor),
        "Shift+S",
        translate("EditorActions", "Split the selected booth into equal parts"),
    )
    add(
        "rotate",
        translate("EditorActions", "Rotate 90°"),
        lambda: operations.rotate(editor),
        "R",
        translate("EditorActions", "Turn the selection a quarter clockwise"),
    )
    add(
        "duplicate",
        translate("EditorActions", "Duplicate"),
        lambda: operations.duplicate(editor),
        "Ctrl+D",
        translate("EditorActions", "Copy the selected booths next to them"),
    )
    add(
        "delete",
        translate("EditorActions", "Delete"),
        lambda: operations.delete(editor),
        [QKeySequence(Key.Delete), QKeySequence("Backspace")],
        translate("EditorActions", "Delete the selected booths and obstacles"),
    )
    add(
        "renumber",
        translate("EditorActions", "Renumber…"),
        lambda: operations.renumber(editor),
        "F2",
        translate("EditorActions", "Give the selected booths new labels in reading order"),
    )
    add("select_all", translate("EditorActions", "Select all"), editor.select_all, Key.SelectAll)

    add("zoom_in", translate("EditorActions", "Zoom in"), editor.zoom_in, Key.ZoomIn)
    add("zoom_out", translate("EditorActions", "Zoom out"), editor.zoom_out, Key.ZoomOut)
    add(
        "fit_hall",
        translate("EditorActions", "Fit hall"),
        editor.fit_hall,
        "Ctrl+0",
        translate("EditorActions", "Show the whole current hall"),
    )
    add(
        "fit_all",
        translate("EditorActions", "Fit all"),
        editor.fit_all,
        "Ctrl+Shift+0",
        translate("EditorActions", "Show every hall"),
    )
    add("show_grid", translate("EditorActions", "Metre grid"), None, "Ctrl+'", checkable=True)
    actions["show_grid"].setChecked(True)
    actions["show_grid"].toggled.connect(editor.set_grid_visible)

    modes = QActionGroup(editor)
    menu = QMenu(translate("EditorActions", "Colour by"))
    editor._menus.append(menu)
    for mode, text in (
        (ColorMode.SECTOR, translate("EditorActions", "Sector")),
        (ColorMode.STATUS, translate("EditorActions", "Status")),
        (ColorMode.KIND, translate("EditorActions", "Kind")),
    ):
        action = add(
            f"color_{mode.value}",
            text,
            (lambda m=mode: editor.set_color_mode(m.value)),
            checkable=True,
        )
        action.setChecked(mode is ColorMode.SECTOR)
        modes.addAction(action)
        menu.addAction(action)
        del actions[f"color_{mode.value}"]  # reached through the menu only
        editor._mode_actions[mode] = action
    add("color_mode", translate("EditorActions", "Colour by")).setMenu(menu)

    halls_menu = QMenu(translate("EditorActions", "Hall"))
    editor._menus.append(halls_menu)
    add("show_hall", translate("EditorActions", "Hall")).setMenu(halls_menu)
    halls_menu.aboutToShow.connect(lambda: _fill_halls_menu(editor, halls_menu))
    add(
        "show_next_hall",
        translate("EditorActions", "Next hall"),
        lambda: editor.step_hall(1),
        "Ctrl+PgDown",
    )
    add(
        "show_previous_hall",
        translate("EditorActions", "Previous hall"),
        lambda: editor.step_hall(-1),
        "Ctrl+PgUp",
    )

    snaps = QActionGroup(editor)
    snap_menu = QMenu(translate("EditorActions", "Snap to"))
    editor._menus.append(snap_menu)
    for step in SNAP_CHOICES_CM:
        text = (
            translate("EditorActions", "{0} cm").format(format_number(step))
            if step < 100
            else translate("EditorActions", "{0} m").format(format_number(step // 100))
        )
        action = snap_menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(step == editor.snap_cm)
        action.triggered.connect(lambda _c=False, s=step: editor.set_snap(s))
        snaps.addAction(action)
    add("snap", translate("EditorActions", "Snap to")).setMenu(snap_menu)

    kinds = QActionGroup(editor)
    kind_menu = QMenu(translate("EditorActions", "Obstacle kind"))
    editor._menus.append(kind_menu)
    for kind in ObstacleKind:
        action = kind_menu.addAction(obstacle_kind_name(kind).capitalize())
        action.setCheckable(True)
        action.setChecked(kind is editor.obstacle_kind)
        action.triggered.connect(lambda _c=False, k=kind: editor.set_obstacle_kind(k))
        kinds.addAction(action)
    add("obstacle_kind", translate("EditorActions", "Obstacle kind")).setMenu(kind_menu)

    add(
        "background_load",
        translate("EditorActions", "Background picture…"),
        editor.load_background_dialog,
        tip=translate("EditorActions", "Show a PNG or JPG plan of the venue under the halls"),
    )
    add(
        "background_opacity",
        translate("EditorActions", "Picture opacity…"),
        editor.background_opacity_dialog,
    )
    add(
        "background_lock", translate("EditorActions", "Lock picture"), None, checkable=True
    ).toggled.connect(editor.set_background_locked)
    add("background_remove", translate("EditorActions", "Remove picture"), editor.remove_background)
    return actions


def _fill_halls_menu(editor: EditorHost, menu: QMenu) -> None:
    menu.clear()
    current = editor.current_hall()
    for hall in editor.project.halls.values():
        action = menu.addAction(hall.name(current_language()))
        action.setCheckable(True)
        action.setChecked(hall.id == current)
        action.triggered.connect(lambda _c=False, h=hall.id: editor.set_hall(h))
