"""Planning ▸ Copy choices from an earlier fair…: one undo step, a summary naming whom it
could not match, and a message (nothing changed) for a file it cannot read."""

from __future__ import annotations

import pytest
from helpers.builders import TinyProject, plan_of
from PySide6.QtWidgets import QMessageBox

from qods_planner.files import save_project
from ui.document import Document


@pytest.fixture
def told(monkeypatch):
    said: list[tuple[str, str]] = []

    def record(kind):
        def show(_parent, title, text, *a, **k):
            said.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return said


def _fair(with_plan: bool) -> TinyProject:
    b = TinyProject()
    b.row("A", 3, x=0, y=0)
    b.exhibitor("e1")
    b.exhibitor("e2")
    if with_plan:
        b.exhibitor("left", name_en="Gone Co")
        b.project.set_plan(plan_of(e1=["A3"], e2=["A1"], left=["A2"]))
    return b


@pytest.fixture
def window(qtbot, tmp_path, told):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow
    from ui.planning.planning_install import install_planning

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    w = MainWindow(Document(_fair(False).project), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    ui = install_planning(w)
    return w, ui


def test_choices_are_copied_in_one_undo_step_and_the_unmatched_are_named(window, tmp_path, told):
    w, ui = window
    save_project(_fair(True).project, tmp_path / "last.qods.json")
    assert ui.copy_choices.action in ui.menu.actions()
    assert ui.copy_choices.do_copy(str(tmp_path / "last.qods.json"))
    project = w.document.project
    assert project.exhibitors["e1"].choices == ("A3",)
    assert project.exhibitors["e2"].choices == ("A1",)
    (kind, text) = told[-1]
    assert kind == "information" and "2 exhibitors" in text and "left" in text
    w.document.undo_stack.undo()
    assert project.exhibitors["e1"].choices == () and project.exhibitors["e2"].choices == ()
    w.document.undo_stack.redo()
    assert project.exhibitors["e1"].choices == ("A3",)


def test_an_unreadable_file_is_a_message_and_nothing_changes(window, tmp_path, told):
    w, ui = window
    bad = tmp_path / "last.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    before = dict(w.document.project.exhibitors)
    assert not ui.copy_choices.do_copy(str(bad))
    (kind, text) = told[-1]
    assert kind == "warning" and "last.xlsx" in text and "Traceback" not in text
    assert dict(w.document.project.exhibitors) == before
    assert w.document.undo_stack.count() == 0
