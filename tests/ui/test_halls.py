"""Halls are added, duplicated with their booths, deleted (asking when they hold booths or
stands) and reordered from the Insert menu, the canvas's context menu and the hall list; each is
one undo step."""

from __future__ import annotations

import pytest
from helpers.ui import make_project, snapshot
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMessageBox

from qods_planner.validation import check
from ui.document import Document
from ui.main_window import MainWindow
from ui.workspace import install_workspace

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    install_workspace(w)
    return w


def answer(monkeypatch, button) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_add_hall_places_an_empty_hall_beside_the_others_and_undoes(window):
    project = window.document.project
    before = snapshot(project)
    hall_id = window.features.hall_actions.do_add()
    assert list(project.halls) == ["H1", hall_id]
    new, old = project.halls[hall_id], project.halls["H1"]
    assert new.outline.x >= old.outline.x + old.outline.w  # beside, not on top
    assert (new.name_en, new.name_fa) == ("Hall 2", "سالن ۲")
    assert hall_id == "H2"  # not H-1, which reads as the first hall
    assert window.editor.current_hall() == hall_id
    assert window.properties.hall_form.hall_id() == hall_id  # the form follows the plan
    assert not check(project).hard
    window.document.undo_stack.undo()
    assert snapshot(project) == before


def test_duplicate_copies_booths_and_obstacles_without_stands(window):
    project = window.document.project
    before = snapshot(project)
    copy = window.features.hall_actions.do_duplicate()
    copied = project.booths_in(copy)
    assert len(copied) == 6 and {b.status for b in copied} == {
        b.status for b in project.booths_in("H1")
    }
    assert len({b.label for b in project.booths.values()}) == 12  # labels stay unique
    assert any(o.hall_id == copy for o in project.obstacles.values())
    assert not any(set(held) & {b.id for b in copied} for held in project.plan.stands.values())
    assert not check(project).hard
    window.document.undo_stack.undo()
    assert snapshot(project) == before
    window.document.undo_stack.redo()
    assert len(project.booths_in(copy)) == 6


def test_delete_asks_when_the_hall_holds_booths_and_stands(window, monkeypatch):
    project = window.document.project
    before = snapshot(project)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.features.hall_actions.do_delete()
    assert "6 booth" in asked[0] and "2 exhibitor" in asked[0]
    assert snapshot(project) == before
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.features.hall_actions.do_delete()
    assert not project.halls and not project.booths and not project.plan.stands
    assert not project.obstacles
    window.document.undo_stack.undo()
    assert snapshot(project) == before


def test_an_empty_hall_is_deleted_without_asking(window, monkeypatch):
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    hall_id = window.features.hall_actions.do_add()
    assert window.features.hall_actions.do_delete()
    assert not asked and hall_id not in window.document.project.halls


def test_reorder_from_the_hall_list_and_undo(window):
    project = window.document.project
    second = window.features.hall_actions.do_add()
    listed = window.features.hall_list_actions
    form = window.properties.hall_form
    form.show_project(project)
    form.hall.setCurrentIndex(form.hall.findData(second))
    assert listed.earlier.isEnabled() and not listed.later.isEnabled()
    listed.earlier.trigger()
    assert list(project.halls) == [second, "H1"]
    window.document.undo_stack.undo()
    assert list(project.halls) == ["H1", second]


def test_the_menu_and_the_context_menu_offer_the_hall_actions(window):
    insert = [a.text().replace("&", "") for a in window.insert_menu.actions()]
    assert "Halls" in insert
    offered = window.editor.context_actions(QPointF(2900, 1900))  # empty floor
    assert (
        window.features.hall_actions.add in offered
        and window.features.hall_actions.delete in offered
    )
