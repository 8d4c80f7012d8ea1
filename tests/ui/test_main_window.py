"""The main window: menus with the editor's actions and standard shortcuts, status bar,
live rule check, panels, remembered geometry, and a start-up that leaves the solver alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.ui import make_project
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMessageBox

from qods_planner.model import Plan
from qods_planner.validation import check
from ui.commands import EditBooths, SetPlan
from ui.document import Document
from ui.main_window import MainWindow, redo_keys
from ui.open_cli import register

ROOT = Path(__file__).resolve().parents[2]
Key = QKeySequence.StandardKey


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    return w


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_menus_hold_the_file_edit_view_insert_tools_and_help_commands(window):
    assert menu_titles(window) == ["File", "Edit", "View", "Insert", "Tools", "Help"]
    f = window.files
    for action, key in [
        (f.new_action, Key.New),
        (f.open_action, Key.Open),
        (f.save_action, Key.Save),
        (f.save_as_action, Key.SaveAs),
        (f.close_action, Key.Quit),
        (window.undo_action, Key.Undo),
        (window.redo_action, Key.Redo),
    ]:
        assert action.shortcut() == QKeySequence(key), action.text()


def test_every_editor_action_is_in_a_menu_and_the_drawing_tools_on_the_tool_bar(window):
    menus = [window.edit_menu, window.view_menu, window.insert_menu, window.tools_menu]
    in_menus = {id(a) for m in menus for a in m.actions()}
    actions = window.editor.actions()
    assert actions, "the editor offers actions"
    for name, action in actions.items():
        assert id(action) in in_menus, name
    on_bar = {id(a) for a in window.editor_toolbar.actions()}
    for name in ("select", "draw_booth", "delete", "zoom_in", "fit_hall"):
        if name in actions:
            assert id(actions[name]) in on_bar, name
    assert actions["delete"] in window.edit_menu.actions()
    assert actions["draw_booth"] in window.insert_menu.actions()
    assert actions["zoom_in"] in window.view_menu.actions()


def test_ctrl_y_redoes_as_in_office_programs(window, qtbot):
    """Ctrl+Y redoes, besides the system's own redo key, and no other command takes it."""
    ctrl_y = QKeySequence("Ctrl+Y")
    x11 = [QKeySequence("Ctrl+Shift+Z")]  # what Qt offers on X11 (offscreen has Ctrl+Y)
    assert redo_keys(x11) == [*x11, ctrl_y]
    assert ctrl_y in window.redo_action.shortcuts()
    others = [a for a in window.findChildren(QAction) if a is not window.redo_action]
    assert not [a.text() for a in others if ctrl_y in a.shortcuts()]
    project = window.document.project
    window.document.undo_stack.push(EditBooths(project, ["b-1"], {"power": True}))
    window.undo_action.trigger()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.editor.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert project.booths["b-1"].power is True


def test_undo_and_redo_follow_the_current_documents_stack(window):
    project = window.document.project
    assert not window.undo_action.isEnabled()
    window.document.undo_stack.push(EditBooths(project, ["b-1"], {"power": True}))
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert project.booths["b-1"].power is False
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert project.booths["b-1"].power is True
    window.files.new()  # a new document brings its own, empty stack
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_the_editor_is_replaced_with_the_document(window):
    old_editor = window.editor
    old_actions = set(old_editor.actions().values())
    places = [
        window.edit_menu,
        window.view_menu,
        window.insert_menu,
        window.tools_menu,
        window.editor_toolbar,
    ]
    sizes = [len(p.actions()) for p in places]
    changed = []
    window.document_changed.connect(changed.append)
    window.files.new()
    assert window.editor is not old_editor
    assert window.centralWidget() is window.editor.view
    assert changed == [window.document]
    # The new editor's actions take the old ones' places; none is left behind or doubled.
    assert [len(p.actions()) for p in places] == sizes
    assert not old_actions & {a for p in places for a in p.actions()}
    assert window.editor.actions()["delete"] in window.edit_menu.actions()


def test_status_bar_shows_cursor_zoom_and_messages(window):
    window.editor.cursor_moved.emit(12.5, 3.0)
    assert window.indicators.cursor.text() == "x 12.50 m  y 3.00 m"
    window.editor.zoom_changed.emit(150.0)
    assert window.indicators.zoom.text() == "Zoom 150 %"
    window.editor.status_message.emit("Booth A-07 would overlap booth A-08")
    assert window.statusBar().currentMessage() == "Booth A-07 would overlap booth A-08"


def test_the_rules_are_checked_shortly_after_a_change(window, qtbot):
    project = window.document.project

    def shown() -> str:
        report = check(project)
        return f"⚠ Broken rules: {len(report.hard)} · Shortfalls: {len(report.soft)}"

    window.validate_now()
    assert not check(project).hard
    assert window.indicators.violations.text() == shown()
    # E3 on the blocked booth A-06 breaks a hard rule.
    plan = Plan({**project.plan.stands, "E3": ("b-6",)}, project.plan.locked)
    window.document.undo_stack.push(SetPlan(project, plan))
    assert check(project).hard
    qtbot.waitUntil(lambda: window.indicators.violations.text() == shown())
    assert "Broken rules: 0" not in window.indicators.violations.text()
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: "Broken rules: 0 " in window.indicators.violations.text())


def test_a_project_without_problems_says_so(qtbot, tmp_path):
    w = MainWindow(recovery_dir=tmp_path / "r")  # a new project: one empty hall
    qtbot.addWidget(w)
    w.validate_now()
    assert w.indicators.violations.text() == "✔ No problems"


def test_panels_added_later_are_docked_and_listed(window):
    dock = QDockWidget("Exhibitors", window)
    dock.setObjectName("ExhibitorsPanel")
    dock.setWidget(QLabel("list"))
    window.add_panel(dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert dock.toggleViewAction() in window.panels_menu.actions()
    assert window.properties.toggleViewAction() in window.panels_menu.actions()


def test_geometry_and_panel_layout_are_remembered(qtbot, tmp_path):
    first = MainWindow(Document(make_project()), recovery_dir=tmp_path / "r")
    qtbot.addWidget(first)
    first.show()
    # Above the window's minimum, which depends on the font earlier tests may have installed.
    least = first.minimumSizeHint()
    size = (max(700, least.width() + 40), max(500, least.height() + 40))
    first.resize(*size)
    first.properties.hide()
    assert first.close()
    second = MainWindow(Document(make_project()), recovery_dir=tmp_path / "r")
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert second.properties.isHidden()


def test_about_names_the_program(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda p, t, text: shown.append(text)))
    window.show_about()
    assert "Qods Planner" in shown[0]


def test_the_open_command_is_registered_and_checks_the_file(tmp_path):
    import argparse

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["open", str(tmp_path / "missing.qods.json")])
    from qods_planner.cli.command_error import UserError

    with pytest.raises(UserError, match="no such project file"):
        args.handler(args)


def test_start_up_does_not_load_the_solver(tmp_path):
    code = (
        "import sys\n"
        "from ui.app import create_app\n"
        "app = create_app(['x'])\n"
        "from ui.main_window import MainWindow\n"
        "import tempfile, pathlib\n"
        "w = MainWindow(recovery_dir=pathlib.Path(tempfile.mkdtemp()))\n"
        "w.show(); app.processEvents()\n"
        "plain = {'solver', 'solver.result', 'solver.limits'}  # no OR-Tools\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('ortools', 'solver')\n"
        "             and m not in plain)\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    home = str(tmp_path)  # the program's settings and data go here, not to the user's
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_legend_follows_the_colour_mode_and_the_plan(window):
    project = window.document.project
    assert window.editor.language == "fa"  # the names on the plan are Persian …
    auto, food = (project.sectors[s].name_en for s in ("auto", "food"))  # … the legend's English
    legend = window.legend
    assert legend.entries()[:2] == [auto, food]
    assert legend.windowTitle() == "Legend — by sector"
    window.document.undo_stack.push(SetPlan(project, project.plan.without(["E2"])))
    assert food not in legend.entries() and auto in legend.entries()
    window.editor.set_color_mode("status")
    assert legend.windowTitle() == "Legend — by status"
    assert auto not in legend.entries() and len(legend.entries()) == 3


def test_colour_mode_grid_and_a_projects_picture_are_remembered(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from qods_planner.files import save_project

    picture = tmp_path / "venue.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#dddddd"))
    assert image.save(str(picture))
    path = tmp_path / "fair.qods.json"
    save_project(make_project(), path)

    first = MainWindow(recovery_dir=tmp_path / "r")
    qtbot.addWidget(first)
    assert first.files.open_path(path)
    assert first.editor.load_background(str(picture))
    first.editor.background.set_opacity(0.3)
    first.editor.set_color_mode("kind")
    first.editor.actions()["show_grid"].setChecked(False)
    state = first.editor.background_state()
    first.show()
    assert first.close()

    second = MainWindow(recovery_dir=tmp_path / "r")
    qtbot.addWidget(second)
    assert second.editor.background_state() == {}  # a new project has no picture
    assert second.editor.color_mode() == "kind"
    assert not second.editor.actions()["show_grid"].isChecked()
    assert second.files.open_path(path)
    assert second.editor.background_state() == state


@pytest.mark.parametrize("language", ["en", "fa"])
def test_file_new_asks_the_exhibitions_name_first(window, qtbot, monkeypatch, language):
    """A new organiser's printed plan was titled "Exhibition": nothing asked for the name.
    File ▸ New asks at once, the name in the interface's language typed first; an English
    name alone serves in Persian too; Cancel keeps the placeholders."""
    from ui.dialogs.event_dialog import EventDialog

    monkeypatch.setattr("ui.dialogs.event_dialog.current_language", lambda: language)
    seen: list[EventDialog] = []

    def type_name(dialog: EventDialog) -> int:
        seen.append(dialog)
        dialog.show()
        first = dialog.name_en if language == "en" else dialog.name_fa
        qtbot.waitUntil(first.hasFocus)
        assert not first.text() and first.placeholderText()  # shown, not kept
        qtbot.keyClicks(first, "Tabriz Fair")
        dialog.accept()
        return 1

    monkeypatch.setattr(EventDialog, "exec", type_name)
    window.files.new_action.trigger()
    event = window.document.project.event
    assert seen and seen[0].windowTitle() == "New exhibition"
    if language == "en":
        assert (event.name_fa, event.name_en) == ("Tabriz Fair", "Tabriz Fair")
    else:
        assert (event.name_fa, event.name_en) == ("Tabriz Fair", "")
    assert window.document.undo_stack.count() == 1  # one undo step names it

    monkeypatch.setattr(EventDialog, "exec", lambda dialog: 0)  # Cancel
    window.files.new_action.trigger()
    assert window.document.project.event.name_en == "Exhibition"
    assert window.document.undo_stack.count() == 0
