"""The plan editor: the façade the main window uses.

It owns the scene (mirroring the project) and the view, the tools and their actions, and the
one door to the undo stack: `try_push` refuses invalid geometry with the reason
(`status_message`) and otherwise pushes the command, whose `redo()` changes the model; the
scene follows through the project's change notifications.

All halls share one canvas in the model's coordinates; `set_hall` makes one current (where
the row generator adds booths) and fits it in the view. The background picture is side state,
not part of the project: `background_state()` / `set_background_state()` let the window keep it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Signal
from PySide6.QtGui import QAction, QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu

from qods_planner.model import ObstacleKind, Plan, Project, Rect

from .canvas.background import Background
from .canvas.scene import PlanScene
from .canvas.style import ColorMode, legend_entries
from .canvas.view import PlanView
from .commands import edit_refusals
from .i18n import current_language
from .tools.calibrate import CalibrateTool
from .tools.draw import DrawBoothTool, DrawObstacleTool
from .tools.editor_actions import build_actions
from .tools.entrance import EntranceTool
from .tools.prompts import Prompts
from .tools.select import SelectTool
from .tools.snapping import snap

ZOOM_STEP = 1.25


class Editor(QObject):
    selection_changed = Signal()
    status_message = Signal(str)  # why an edit was refused, or what to do next
    cursor_moved = Signal(float, float)  # metres
    zoom_changed = Signal(float)  # percent, 100 % = 1 px per cm
    hall_changed = Signal(str)
    legend_changed = Signal()

    def __init__(
        self, project: Project, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack
        self.snap_cm = 50
        self.obstacle_kind = ObstacleKind.PILLAR
        self.language = project.event.language
        # Actions the window adds to the canvas's context menu (the halls'), after the editor's.
        self.extra_context_actions: list[QAction] = []
        self.scene = PlanScene(project, self)
        self.view = PlanView(self.scene)
        self.background = Background(self.scene, self)
        self.scene.background = self.background
        self.prompts = Prompts(self.view)
        self._hall: str | None = next(iter(project.halls), None)
        self._menus: list = []
        self._mode_actions: dict[ColorMode, QAction] = {}
        self.tools = {
            t.name: t
            for t in (
                SelectTool(self),
                DrawBoothTool(self),
                DrawObstacleTool(self),
                EntranceTool(self),
                CalibrateTool(self),
            )
        }
        self.tool = self.tools["select"]
        self._actions = build_actions(self)
        for action in self._actions.values():
            self.view.addAction(action)  # shortcuts work even outside the window's menus
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.model_changed.connect(self._model_changed)
        self.view.zoom_changed.connect(self.zoom_changed)
        self.view.cursor_moved.connect(lambda x, y: self.cursor_moved.emit(x / 100, y / 100))
        self.background.changed.connect(self.scene.update_scene_rect)
        self.scene.context_menu.connect(self._context_menu)
        self.view.first_shown.connect(self.fit_hall)
        self.set_tool("select")
        self._update_actions()

    # -- tools and actions -------------------------------------------------------------------
    def actions(self) -> dict[str, QAction]:
        return dict(self._actions)

    def set_tool(self, name: str) -> None:
        """Make the named tool current: select, draw_booth, draw_obstacle, draw_entrance or
        calibrate."""
        if name not in self.tools:
            raise KeyError(f"no tool {name!r}")
        self.tool.deactivate()
        self.tool = self.tools[name]
        self.scene.tool = self.tool
        self._actions[name].setChecked(True)
        self.view.viewport().setCursor(self.tool.cursor())
        self.tool.activate()

    def set_snap(self, step_cm: int) -> None:
        """Snap drawing, moving and resizing to multiples of `step_cm` (1 = to the cm)."""
        self.snap_cm = max(1, int(step_cm))

    def set_obstacle_kind(self, kind: ObstacleKind) -> None:
        self.obstacle_kind = kind

    # -- pushing commands --------------------------------------------------------------------
    def refuse(self, reason: str) -> None:
        self.status_message.emit(reason)

    def notify(self, text: str) -> None:
        self.status_message.emit(text)

    def booth_refusal(self, after, removed: Iterable[str] = ()) -> str | None:
        return edit_refusals.booth_refusal(self.project, after, removed, self.language)

    def obstacle_refusal(self, after) -> str | None:
        return edit_refusals.obstacle_refusal(self.project, after, self.language)

    def refusal(self, *commands: QUndoCommand) -> str | None:
        """Why these commands, applied together, would break the drawing (None: they may)."""
        return edit_refusals.commands_refusal(self.project, commands, self.language)

    def try_push(self, command: QUndoCommand) -> bool:
        """Push `command` unless it would break the drawing; then say why and return False.
        An edit that changes nothing (turning a square booth) adds no undo step."""
        if getattr(command, "before", None) == getattr(command, "after", ()):
            return True
        reason = self.refusal(command)
        if reason:
            self.refuse(reason)
            return False
        self.undo_stack.push(command)
        return True

    def try_push_group(self, text: str, *commands: QUndoCommand) -> bool:
        """Push several commands as one undo step, judged together."""
        reason = self.refusal(*commands)
        if reason:
            self.refuse(reason)
            return False
        self.undo_stack.beginMacro(text)
        for command in commands:
            self.undo_stack.push(command)
        self.undo_stack.endMacro()
        return True

    def move_refusal(
        self, booth_ids: Iterable[str], obstacle_ids: Iterable[str], dx: int, dy: int
    ) -> str | None:
        """Why moving these by (dx, dy) would be refused (used to tint a drag preview)."""
        p = self.project
        booths = [replace(p.booths[b], rect=p.booths[b].rect.moved(dx, dy)) for b in booth_ids]
        obstacles = [
            replace(p.obstacles[o], rect=p.obstacles[o].rect.moved(dx, dy)) for o in obstacle_ids
        ]
        return edit_refusals.edit_refusal(p, booths, (), obstacles, (), self.language)

    def resize_refusal(self, booth_id: str, rect: Rect) -> str | None:
        return self.booth_refusal([replace(self.project.booths[booth_id], rect=rect)])

    # -- selection ---------------------------------------------------------------------------
    def selected_booth_ids(self) -> list[str]:
        return self.scene.selected_booth_ids()

    def select_booths(self, booth_ids: Iterable[str]) -> None:
        self.scene.select(booth_ids)

    def select_all(self) -> None:
        self.scene.select(self.scene.booth_items, self.scene.obstacle_items)

    CONTEXT_ACTIONS = ("duplicate", "rotate", "merge", "split", "renumber", "delete")

    def context_actions(self, at: QPointF) -> list[QAction]:
        """What a right click at scene point `at` offers; a booth under it is selected first
        unless it already is."""
        item = self.scene.booth_at(at)
        if item is not None and not item.isSelected():
            self.scene.select([item.booth_id])
        own = [self._actions[n] for n in self.CONTEXT_ACTIONS if self._actions[n].isEnabled()]
        extra = [a for a in self.extra_context_actions if a.isEnabled()]
        if own and extra:
            separator = QAction(self)
            separator.setSeparator(True)
            own.append(separator)
        return own + extra

    def _context_menu(self, screen: QPoint, at: QPointF) -> None:
        actions = self.context_actions(at)
        if actions:
            QMenu.exec(actions, screen, None, self.view)

    def _selection_changed(self) -> None:
        self.update_handles()
        self._update_actions()
        self.selection_changed.emit()

    def update_handles(self) -> None:
        """Resize handles around the one selected booth, while the select tool is on."""
        ids = self.selected_booth_ids()
        if (
            isinstance(self.tool, SelectTool)
            and len(ids) == 1
            and not self.scene.selected_obstacle_ids()
        ):
            r = self.project.booths[ids[0]].rect
            self.scene.handles.set_target(QRectF(r.x, r.y, r.w, r.h))
        else:
            self.scene.handles.set_target(None)

    def _model_changed(self) -> None:
        if self._hall not in self.project.halls:
            self._hall = next(iter(self.project.halls), None)
            self.hall_changed.emit(self._hall or "")
        self.update_handles()
        self._update_actions()
        self.legend_changed.emit()

    def _update_actions(self) -> None:
        booths = len(self.selected_booth_ids())
        anything = booths or bool(self.scene.selected_obstacle_ids())
        a = self._actions
        a["merge"].setEnabled(booths >= 2)
        a["split"].setEnabled(booths == 1)
        for name in ("rotate", "duplicate", "renumber"):
            a[name].setEnabled(booths >= 1)
        a["delete"].setEnabled(bool(anything))
        a["row_generator"].setEnabled(bool(self.project.halls))

    # -- halls and view ----------------------------------------------------------------------
    def current_hall(self) -> str | None:
        return self._hall

    def set_current_hall(self, hall_id: str, fit: bool = False) -> None:
        if hall_id not in self.project.halls:
            return
        if hall_id != self._hall:
            self._hall = hall_id
            self.hall_changed.emit(hall_id)
        if fit:
            self.fit_hall()

    def set_hall(self, hall_id: str) -> None:
        """Make `hall_id` the current hall and show all of it."""
        self.set_current_hall(hall_id, fit=True)

    def step_hall(self, step: int) -> None:
        halls = list(self.project.halls)
        if halls:
            i = halls.index(self._hall) if self._hall in halls else 0
            self.set_hall(halls[(i + step) % len(halls)])

    def last_point(self, hall_id: str) -> tuple[int, int]:
        """Where the pointer last went down in that hall (snapped), else 2 m into its corner."""
        hall = self.project.halls[hall_id]
        p = self.scene.last_press
        if p is not None and hall.outline.contains_point(p.x(), p.y()):
            return snap(p.x(), self.snap_cm), snap(p.y(), self.snap_cm)
        return hall.outline.x + 200, hall.outline.y + 200

    def zoom_in(self) -> None:
        self.view.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.zoom_by(1 / ZOOM_STEP)

    def fit_hall(self) -> None:
        """Show the whole current hall, its name above it included."""
        item = self.scene.hall_items.get(self._hall or "")
        if item is None:
            self.fit_all()
            return
        self.view.fit(item.outline.united(item.name_rect))

    def fit_all(self) -> None:
        area = QRectF()
        for item in self.scene.hall_items.values():
            area = area.united(item.outline).united(item.name_rect)
        if self.background.loaded:
            area = area.united(self.background.item.sceneBoundingRect())
        self.view.fit(area if not area.isEmpty() else self.scene.sceneRect())

    def set_grid_visible(self, visible: bool) -> None:
        self.scene.show_grid = visible
        self.view.resetCachedContent()
        self.scene.update()

    # -- showing a plan ----------------------------------------------------------------------
    def set_color_mode(self, mode: str) -> None:
        """Colour booths by 'sector' (of the occupant), 'status' or 'kind'."""
        chosen = ColorMode(mode)
        self.scene.set_mode(chosen)
        self._mode_actions[chosen].setChecked(True)
        self.legend_changed.emit()

    def color_mode(self) -> str:
        return self.scene.mode.value

    def legend_entries(self, plan: Plan | None = None) -> list[tuple[str, QColor]]:
        """(text, colour) for every colour the plan currently uses, named in the interface's
        language like every other list of the window (the plan itself and its print keep the
        event's "names on the plan" language)."""
        return legend_entries(self.project, self.scene.mode, current_language(), plan)

    def show_violations(self, report) -> None:
        """Outline the booths of every violation of a validation report (`check(...)`); hard
        rules red, soft ones amber, with the messages in the tooltips. None clears them."""
        marks: dict[str, list[tuple[str, bool]]] = defaultdict(list)
        stands = self.project.plan.stands
        for v in getattr(report, "violations", None) or ():
            ids = dict.fromkeys(v.booths)
            for eid in v.exhibitors:
                ids.update(dict.fromkeys(stands.get(eid, ())))
            for bid in ids:
                marks[bid].append((v.message, bool(v.hard)))
        self.scene.set_marks(marks)

    def highlight_booths(self, booth_ids: Iterable[str]) -> None:
        """Mark these booths and bring them into view (empty clears the highlight)."""
        ids = [b for b in booth_ids if b in self.project.booths]
        self.scene.set_highlight(ids)
        if ids:
            rects = [self.project.booths[b].rect for b in ids]
            area = QRectF()
            for r in rects:
                area = area.united(QRectF(r.x, r.y, r.w, r.h))
            self.set_current_hall(self.project.booths[ids[0]].hall_id)
            self.view.ensureVisible(area, 40, 40)

    def show_choices_of(self, exhibitor_id: str | None) -> None:
        """Number the booth choices of `exhibitor_id` on the plan (None: no badges)."""
        self.scene.badges.follow(self.project, exhibitor_id)
        self.legend_changed.emit()

    def preview_choices(self, booth_ids: list[str] | None) -> None:
        """Number these booths instead (a list being picked); None ends the preview."""
        self.scene.badges.preview(self.project, booth_ids)
        self.legend_changed.emit()

    def set_language(self, language: str) -> None:
        """Names of exhibitors, sectors and halls in 'fa' or 'en'; Persian aligns right."""
        self.language = language
        self.scene.set_language(language)
        self.legend_changed.emit()

    # -- background picture ------------------------------------------------------------------
    def load_background(self, path: str) -> bool:
        """Show a venue picture under the current hall, first scaled to the hall's width."""
        hall = self.project.halls.get(self._hall or "")
        width = hall.outline.w if hall else None
        at = QPointF(hall.outline.x, hall.outline.y) if hall else QPointF(0, 0)
        problem = self.background.load(path, width, at)
        if problem:
            self.refuse(problem)
            return False
        self._actions["background_lock"].setChecked(False)
        self.notify(self.tr("Use “Calibrate picture” to set its true scale"))
        return True

    def load_background_dialog(self) -> None:
        path = self.prompts.ask_picture()
        if path:
            self.load_background(path)

    def background_opacity_dialog(self) -> None:
        value = self.prompts.ask_opacity(self.background.item.opacity())
        if value is not None:
            self.background.set_opacity(value)

    def set_background_locked(self, locked: bool) -> None:
        self.background.set_locked(locked)

    def remove_background(self) -> None:
        self.background.clear()

    def background_state(self) -> dict:
        """The picture's path, position, scale, opacity and lock, as plain JSON-ready values."""
        return self.background.state()

    def set_background_state(self, state: dict) -> None:
        problem = self.background.set_state(state)
        if problem:
            self.refuse(problem)
        self._actions["background_lock"].setChecked(self.background.locked)
