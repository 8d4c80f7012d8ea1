"""The main window: menus, tool bars, status bar and dockable panels around the editor.

The window owns one `Document` at a time and builds a fresh `Editor` for each (the editor is
made for one project and one undo stack). Undo and Redo come from a `QUndoGroup`, so their
actions survive document changes. Panels added later (exhibitors, solve, changes…) call
`add_panel` and follow `document_changed`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QIcon,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStatusBar,
    QStyle,
    QToolBar,
)

from . import window_state
from .autosave import Autosave
from .document import Document, new_project
from .editor import Editor
from .file_actions import FileActions
from .i18n import (
    LANGUAGE_NAMES,
    LANGUAGES,
    current_language,
    format_fixed,
    format_number,
    store_language,
    translate_into,
)
from .layout_guard import keep_plan_large
from .panels.legend import LegendPanel
from .panels.properties import PropertiesPanel
from .user_settings import settings
from .window_features import Features

if TYPE_CHECKING:
    from qods_planner.validation import Report

# Where the editor's actions go, in groups split by separators; the window does not know
# the rest, which go to the end of the Tools menu.
MENU_LAYOUT = {
    "edit": (("select_all",), ("duplicate", "delete", "rotate", "merge", "split", "renumber")),
    "view": (
        ("zoom_in", "zoom_out", "fit_hall", "fit_all"),
        ("show_grid", "color_mode"),
        ("show_hall", "show_next_hall", "show_previous_hall"),
    ),
    "insert": (
        ("draw_booth", "draw_obstacle", "obstacle_kind", "row_generator"),
        (
            "background_load",
            "calibrate",
            "background_opacity",
            "background_lock",
            "background_remove",
        ),
    ),
    "tools": (("select", "snap"),),
}
TOOLBAR_GROUPS = (
    ("select", "draw_booth", "draw_obstacle", "row_generator", "calibrate"),
    ("merge", "split", "rotate", "duplicate", "delete", "renumber"),
    ("zoom_in", "zoom_out", "fit_hall", "fit_all", "color_mode"),
)
VALIDATION_DELAY_MS = 300
_AREA = Qt.DockWidgetArea
MIRRORED = {
    _AREA.LeftDockWidgetArea: _AREA.RightDockWidgetArea,
    _AREA.RightDockWidgetArea: _AREA.LeftDockWidgetArea,
}
# What a language change says; shown in the language chosen (`translate_into`).
LANGUAGE_CHANGE_NOTICE = (
    QT_TRANSLATE_NOOP("MainWindow", "Language"),
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "The chosen language is used from the next start of Qods Planner: close the program"
        " and open it again.",
    ),
)


class StatusIndicators(QObject):
    """The permanent status-bar fields: rule check, cursor position (m) and zoom."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.violations = QLabel()
        self.cursor = QLabel()
        self.zoom = QLabel()
        for label in (self.violations, self.cursor, self.zoom):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)
        self.show_cursor(None, None)
        self.show_zoom(100.0)

    def show_cursor(self, x_m: float | None, y_m: float | None) -> None:
        if x_m is None or y_m is None:
            self.cursor.setText(self.tr("x –  y –"))
        else:
            self.cursor.setText(
                self.tr("x {x} m  y {y} m").format(x=format_fixed(x_m, 2), y=format_fixed(y_m, 2))
            )

    def show_zoom(self, percent: float) -> None:
        self.zoom.setText(self.tr("Zoom {percent} %").format(percent=format_number(round(percent))))

    def show_report(self, report: Report) -> None:
        """The validator's verdict: hard rules broken, and soft shortfalls."""
        hard, soft = len(report.hard), len(report.soft)
        if not hard and not soft:
            self.violations.setText(self.tr("✔ No problems"))
        else:
            self.violations.setText(
                self.tr("⚠ Broken rules: {hard} · Shortfalls: {soft}").format(
                    hard=format_number(hard), soft=format_number(soft)
                )
            )
        self.violations.setStyleSheet("color: #b00020;" if hard else "")
        shown = [v.message for v in report.violations[:20]]
        if len(report.violations) > 20:
            shown.append("…")
        self.violations.setToolTip("\n".join(shown))

    def show_validation_error(self, message: str) -> None:
        self.violations.setText(self.tr("Rule check failed"))
        self.violations.setToolTip(message)


def redo_keys(system: list[QKeySequence]) -> list[QKeySequence]:
    """The system's redo keys and Ctrl+Y, as in the office programs organisers use (on X11
    the system offers only Ctrl+Shift+Z)."""
    ctrl_y = QKeySequence("Ctrl+Y")
    return system if ctrl_y in system else [*system, ctrl_y]


class MainWindow(QMainWindow):
    """The planner's window. `document` and `editor` are the current ones."""

    document_changed = Signal(object)  # the new Document, after its editor is installed

    def __init__(
        self, document: Document | None = None, *, recovery_dir: Path | None = None
    ) -> None:
        super().__init__()
        self.features = Features()  # filled by the feature installers (ui.workspace)
        self.setObjectName("MainWindow")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.undo_group = QUndoGroup(self)
        self.document: Document = None  # type: ignore[assignment]  # set below
        self.editor: Editor = None  # type: ignore[assignment]
        self._editor_actions: list[tuple[QMenu | QToolBar, QAction]] = []
        self._unsubscribe = lambda: None
        self.files = FileActions(self)
        self.autosave = Autosave(self, directory=recovery_dir)
        self.indicators = StatusIndicators(self.statusBar())
        self._validation_timer = QTimer(self)
        self._validation_timer.setSingleShot(True)
        self._validation_timer.setInterval(VALIDATION_DELAY_MS)
        self._validation_timer.timeout.connect(self.validate_now)
        self._build_menus()
        self._build_tool_bars()
        self.properties = PropertiesPanel(self)
        self.add_panel(self.properties, Qt.DockWidgetArea.RightDockWidgetArea)
        self.legend = LegendPanel(self)
        self.add_panel(self.legend, Qt.DockWidgetArea.RightDockWidgetArea)
        self.set_document(document or Document(new_project()))
        self._restore_window_state()

    # -- document ----------------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        """Make `document` the one being edited, with a new editor for it."""
        old_document, old_editor = self.document, self.editor
        if old_editor is not None:
            window_state.save_editor(old_document, old_editor)
        self._unsubscribe()
        document.setParent(self)
        self.document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.editor = Editor(document.project, document.undo_stack, self)
        self.setCentralWidget(self.editor.view)
        self._install_editor_actions()
        self.editor.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        window_state.restore_editor(document, self.editor)
        self.editor.cursor_moved.connect(self.indicators.show_cursor)
        self.editor.zoom_changed.connect(self.indicators.show_zoom)
        document.modified_changed.connect(self.setWindowModified)
        document.path_changed.connect(self._update_title)
        self._unsubscribe = document.project.subscribe(self._project_changed)
        self.autosave.watch(document)
        self._update_title()
        self.setWindowModified(document.modified)
        if old_editor is not None:
            old_editor.deleteLater()
        if old_document is not None:
            self.undo_group.removeStack(old_document.undo_stack)
            old_document.deleteLater()
        self.document_changed.emit(document)
        self.schedule_validation()  # not at once: the window shows first
        # A new central widget lets Qt re-share the width with the docks: take it back after
        # the layout has settled.
        QTimer.singleShot(0, self.keep_plan_large)

    def keep_plan_large(self) -> None:
        """The plan gets at least half the window, whatever the restored layout said."""
        keep_plan_large(self)

    def _update_title(self) -> None:
        # "[*]" is where Qt shows the unsaved marker; the platform adds the program's name.
        self.setWindowTitle(self.tr("{name}[*]").format(name=self.document.display_name()))

    def _project_changed(self, change) -> None:
        if change.kind == "meta" and self.editor.language != self.document.project.event.language:
            self.editor.set_language(self.document.project.event.language)
        self.schedule_validation()

    def edit_event(self, new: bool = False) -> None:
        """The exhibition's names, dates (Jalali in Persian) and names language (`new`: of
        an exhibition just made, whose names are placeholders)."""
        from .dialogs.event_dialog import EventDialog

        EventDialog(self.document.project, self.document.undo_stack, self, new=new).exec()

    # -- validation --------------------------------------------------------------------------
    def schedule_validation(self) -> None:
        """Re-check the project shortly after the last change (edits come in bursts)."""
        self._validation_timer.start()

    def validate_now(self) -> None:
        from qods_planner.validation import check

        self._validation_timer.stop()
        try:
            report = check(self.document.project)
        except Exception as exc:  # a checker bug must not take the window down
            self.indicators.show_validation_error(str(exc))
            return
        self.editor.show_violations(report)
        self.indicators.show_report(report)

    # -- panels ------------------------------------------------------------------------------
    def add_panel(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Dock a panel and list it under View ▸ Panels. Its objectName keeps its place.

        `area` is named as in English; a right-to-left (Persian) window mirrors left and
        right, which Qt does not do for dock areas, so the panels follow the plan."""
        if not dock.objectName():
            dock.setObjectName(type(dock).__name__)
        self.addDockWidget(MIRRORED.get(area, area) if self.isRightToLeft() else area, dock)
        self.panels_menu.addAction(dock.toggleViewAction())
        if getattr(self, "_state_restored", False):
            self.restoreDockWidget(dock)

    # -- menus and tool bars -----------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        f = self.files
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addActions([f.new_action, f.open_action])
        self.file_menu.addMenu(f.recent_menu)
        self.file_menu.addSeparator()
        self.event_action = self.file_menu.addAction(self.tr("E&xhibition details…"))
        self.event_action.setStatusTip(self.tr("The exhibition's names and dates"))
        self.event_action.triggered.connect(lambda _checked=False: self.edit_event())
        self.file_menu.addSeparator()
        self.file_menu.addActions([f.save_action, f.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(f.close_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            redo_keys(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        )
        self.edit_menu.addActions([self.undo_action, self.redo_action])

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.panels_menu = QMenu(self.tr("&Panels"), self)
        self.toolbars_menu = QMenu(self.tr("&Tool bars"), self)
        # The editor's view actions go above this separator; panels and tool bars below it.
        self._menu_anchors = {"view": self.view_menu.addSeparator()}
        self.view_menu.addMenu(self.panels_menu)
        self.view_menu.addMenu(self.toolbars_menu)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        chosen = current_language()
        for code in LANGUAGES:
            # Each language is named in itself, so a reader of either finds their own.
            action = self.language_menu.addAction(LANGUAGE_NAMES[code])
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            languages.addAction(action)
            self.language_actions[code] = action

        self.insert_menu = bar.addMenu(self.tr("&Insert"))
        self.tools_menu = bar.addMenu(self.tr("&Tools"))

        self.help_menu = bar.addMenu(self.tr("&Help"))
        about = self.help_menu.addAction(self.tr("&About Qods Planner"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        about_qt = self.help_menu.addAction(self.tr("About &Qt"))
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))

    def _build_tool_bars(self) -> None:
        self.file_toolbar = self.addToolBar(self.tr("File"))
        self.file_toolbar.setObjectName("FileToolBar")
        f = self.files
        # The desktop's icons where it has a theme, Qt's own otherwise.
        pixmap = QStyle.StandardPixmap
        for action, theme, fallback in (
            (f.new_action, "document-new", pixmap.SP_FileIcon),
            (f.open_action, "document-open", pixmap.SP_DialogOpenButton),
            (f.save_action, "document-save", pixmap.SP_DialogSaveButton),
            (self.undo_action, "edit-undo", pixmap.SP_ArrowBack),
            (self.redo_action, "edit-redo", pixmap.SP_ArrowForward),
        ):
            action.setIcon(QIcon.fromTheme(theme, self.style().standardIcon(fallback)))
        self.file_toolbar.addActions(
            [f.new_action, f.open_action, f.save_action, self.undo_action, self.redo_action]
        )
        self.editor_toolbar = self.addToolBar(self.tr("Drawing"))
        self.editor_toolbar.setObjectName("DrawingToolBar")
        for bar in (self.file_toolbar, self.editor_toolbar):
            self.toolbars_menu.addAction(bar.toggleViewAction())

    def _install_editor_actions(self) -> None:
        """Put the current editor's actions into the menus and the drawing tool bar, in place
        of the previous editor's."""
        for place, action in self._editor_actions:
            place.removeAction(action)
        self._editor_actions.clear()
        actions = self.editor.actions()
        menus = {
            "edit": self.edit_menu,
            "view": self.view_menu,
            "insert": self.insert_menu,
            "tools": self.tools_menu,
        }
        placed: set[str] = set()
        for key, groups in MENU_LAYOUT.items():
            self._put_groups(menus[key], groups, actions, self._menu_anchors.get(key))
            placed.update(n for group in groups for n in group)
        rest = tuple(n for n in actions if n not in placed)
        self._put_groups(self.tools_menu, (rest,), actions, None)
        self._put_groups(self.editor_toolbar, TOOLBAR_GROUPS, actions, None)

    def _put_groups(
        self,
        place: QMenu | QToolBar,
        groups: tuple[tuple[str, ...], ...],
        actions: dict[str, QAction],
        anchor: QAction | None,
    ) -> None:
        """Insert the named actions before `anchor` (or at the end), a separator between
        groups, remembering them so the next editor's can replace them."""
        first = True
        for group in groups:
            present = [actions[n] for n in group if n in actions]
            if not present:
                continue
            if not first or (anchor is None and place.actions()):
                separator = place.insertSeparator(anchor) if anchor else place.addSeparator()
                self._editor_actions.append((place, separator))
            first = False
            for action in present:
                if anchor is None:
                    place.addAction(action)
                else:
                    place.insertAction(anchor, action)
                self._editor_actions.append((place, action))

    # -- language ----------------------------------------------------------------------------
    def choose_language(self, language: str) -> None:
        """Remember the interface language for the next start and say so: the texts already
        on screen stay as they are until then."""
        store_language(settings(), language)
        for code, action in self.language_actions.items():
            action.setChecked(code == language)
        if language == current_language():
            return
        # Said in the chosen language: the reader chose it because they read it.
        title, text = (translate_into(language, "MainWindow", t) for t in LANGUAGE_CHANGE_NOTICE)
        QMessageBox.information(self, title, text)

    # -- help --------------------------------------------------------------------------------
    def show_about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("qods-planner")
        except PackageNotFoundError:
            number = "?"
        QMessageBox.about(
            self,
            self.tr("About Qods Planner"),
            self.tr(
                "<h3>Qods Planner {version}</h3><p>Plans industrial exhibitions: halls, booths,"
                " exhibitors, and automatic booth allocation with OR-Tools.</p>"
                "<p>Made for the first Qods County Industries Exhibition.</p>"
            ).format(version=number),
        )

    # -- window state ------------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        if not window_state.restore_window(self):  # first start: most of the screen, centred
            screen = self.screen().availableGeometry()
            self.resize(min(1440, screen.width() * 9 // 10), min(900, screen.height() * 9 // 10))
            self.move(screen.center() - self.rect().center())
        self._state_restored = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self.keep_plan_large)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.files.maybe_save():
            event.ignore()
            return
        window_state.save_window(self)
        window_state.save_editor(self.document, self.editor)
        self.autosave.close()
        event.accept()
