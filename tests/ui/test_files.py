"""File commands of the main window: save, save as, open, recent files, unsaved marker, closing
with unsaved changes, damaged files. Dialogs are replaced by recorded answers."""

from __future__ import annotations

import pytest
from helpers.ui import make_project
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qods_planner.files import load_project
from ui.commands import EditBooths
from ui.document import Document
from ui.file_actions import read_recent
from ui.main_window import MainWindow

Button = QMessageBox.StandardButton


class Dialogs:
    """Stands in for QMessageBox and QFileDialog: records every call, answers from queues."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answers: list[Button] = []
        self.open_names: list[str] = []
        self.save_names: list[str] = []

    def message(self, kind: str):
        def show(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            if kind == "warning":  # unsaved changes: Discard unless the test said otherwise
                return self.answers.pop(0) if self.answers else Button.Discard
            return Button.Ok

        return show

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.calls]


@pytest.fixture(autouse=True)
def user_settings(tmp_path):
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    d = Dialogs()
    for kind in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(d.message(kind)))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (d.open_names.pop(0), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (d.save_names.pop(0), ""))
    )
    return d


@pytest.fixture
def window(qtbot, tmp_path, dialogs) -> MainWindow:
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    return w


def edit(window: MainWindow, **changes) -> None:
    window.document.undo_stack.push(EditBooths(window.document.project, ["b-1"], changes))


def content(project) -> tuple:
    return (
        dict(project.halls),
        dict(project.obstacles),
        dict(project.booths),
        dict(project.sectors),
        dict(project.exhibitors),
        project.plan,
    )


def test_save_as_then_open_round_trips_the_project(window, dialogs, tmp_path):
    original = content(window.document.project)
    dialogs.save_names.append(str(tmp_path / "hall-plan"))
    assert window.files.save_as()
    saved = tmp_path / "hall-plan.qods.json"
    assert window.document.path == saved.resolve()
    assert content(load_project(saved)) == original
    assert window.windowTitle() == "hall-plan[*]" and not window.isWindowModified()
    assert read_recent()[0] == str(saved.resolve())

    window.files.new()
    assert window.document.path is None and "b-1" not in window.document.project.booths
    dialogs.open_names.append(str(saved))
    assert window.files.open()
    assert content(window.document.project) == original
    assert window.document.path == saved.resolve()
    assert not window.isWindowModified()
    assert dialogs.calls == []  # nothing was unsaved, so nothing was asked


def test_save_writes_to_the_documents_own_path_without_a_dialog(window, dialogs, tmp_path):
    path = tmp_path / "p.qods.json"
    window.document.set_path(path)
    edit(window, power=True)
    assert window.files.save()  # the save dialog queue is empty: it must not be used
    assert load_project(path).booths["b-1"].power is True
    assert not window.document.modified


def test_unsaved_marker_follows_the_undo_stacks_clean_state(window, tmp_path):
    stack = window.document.undo_stack
    window.document.set_path(tmp_path / "x.qods.json")
    assert window.windowTitle() == "x[*]" and not window.isWindowModified()
    edit(window, power=True)
    assert window.isWindowModified()
    stack.undo()
    assert not window.isWindowModified()
    stack.redo()
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    stack.undo()  # back before the saved state: differs from the file again
    assert window.isWindowModified()


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [(Button.Cancel, False, False), (Button.Discard, True, False), (Button.Save, True, True)],
)
def test_closing_with_unsaved_changes_asks(window, dialogs, tmp_path, answer, closes, saved):
    path = tmp_path / "c.qods.json"
    window.document.set_path(path)
    window.show()
    edit(window, water=True)
    dialogs.answers.append(answer)
    assert window.close() is closes
    assert dialogs.kinds() == ["warning"]
    assert "c" in dialogs.calls[0][2]
    assert path.exists() is saved
    assert window.isVisible() is not closes


def test_closing_without_changes_does_not_ask(window, dialogs):
    window.show()
    assert window.close()
    assert dialogs.calls == []


def test_a_damaged_file_is_reported_and_the_current_document_kept(window, dialogs, tmp_path):
    edit(window, power=True)
    before = window.document
    damaged = tmp_path / "damaged.qods.json"
    damaged.write_text('{"format": "qods-planner", "booths": [', encoding="utf-8")
    assert not window.files.open_path(damaged)
    assert dialogs.kinds() == ["critical"]
    _, _, text = dialogs.calls[0]
    assert str(damaged.resolve()) in text  # where
    assert "line 1" in text and "JSON" in text  # what
    assert window.document is before and window.document.modified
    assert window.document.project.booths["b-1"].power is True


def test_a_file_that_breaks_a_rule_names_the_entity(window, dialogs, tmp_path):
    good = tmp_path / "good.qods.json"
    dialogs.save_names.append(str(good))
    assert window.files.save_as()
    text = good.read_text(encoding="utf-8").replace('"A-02"', '"A-01"', 1)
    bad = tmp_path / "bad.qods.json"
    bad.write_text(text, encoding="utf-8")
    assert not window.files.open_path(bad)
    assert "A-01" in dialogs.calls[-1][2]
    assert window.document.path == good.resolve()


def test_opening_over_unsaved_changes_asks_and_cancel_keeps_them(window, dialogs, tmp_path):
    other = tmp_path / "other.qods.json"
    dialogs.save_names.append(str(other))
    assert window.files.save_as()
    edit(window, heavy_floor=True)
    before = window.document
    dialogs.answers.append(Button.Cancel)
    assert not window.files.open_path(other)
    assert window.document is before and window.document.project.booths["b-1"].heavy_floor


def test_a_save_that_fails_is_reported_and_the_document_stays_modified(window, dialogs, tmp_path):
    edit(window, power=True)
    folder = tmp_path / "a-folder.qods.json"
    folder.mkdir()  # a folder where the file should go: the write must fail
    window.document.set_path(folder)
    assert not window.files.save()
    assert dialogs.kinds() == ["critical"]
    assert str(folder.resolve()) in dialogs.calls[0][2]
    assert window.document.modified


def test_recent_files_fill_the_menu_and_a_missing_one_is_dropped(window, dialogs, tmp_path):
    first, second = tmp_path / "first.qods.json", tmp_path / "second.qods.json"
    for path in (first, second):
        dialogs.save_names.append(str(path))
        assert window.files.save_as()
    assert read_recent()[:2] == [str(second.resolve()), str(first.resolve())]
    window.files.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.files.recent_menu.actions()]
    assert texts[:2] == ["&1 second.qods.json", "&2 first.qods.json"]

    first.unlink()
    assert not window.files.open_path(first)
    assert str(first.resolve()) not in read_recent()
    assert str(second.resolve()) in read_recent()
