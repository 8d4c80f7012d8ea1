"""Recovery files: written while there are unsaved changes, removed by a clean state or a
normal close, and offered at the next start after a crash (a real process that dies)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers.ui import make_project
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from qods_planner.files import load_project, save_project
from ui.autosave import MINUTES_KEY, Autosave, find_recoveries, offer_recovery
from ui.commands import EditBooths
from ui.document import Document
from ui.main_window import MainWindow

Button = QMessageBox.StandardButton
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def user_settings(tmp_path):
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


class Answers(list):
    """Answers to give the recovery question, in order; `asked` records each question."""

    asked: list[str]


@pytest.fixture
def answers(monkeypatch) -> Answers:
    queue = Answers()
    queue.asked = []

    def question(parent, title, text, *args, **kwargs):
        queue.asked.append(text)
        return queue.pop(0)

    def warning(*args, **kwargs):
        return Button.Discard  # the unsaved-changes question when a test window closes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return queue


@pytest.fixture
def recovery_dir(tmp_path) -> Path:
    return tmp_path / "recovery"


def make_window(qtbot, recovery_dir: Path, path: Path | None = None) -> MainWindow:
    w = MainWindow(Document(make_project(), path), recovery_dir=recovery_dir)
    qtbot.addWidget(w)
    return w


def edit(window: MainWindow, **changes) -> None:
    window.document.undo_stack.push(EditBooths(window.document.project, ["b-2"], changes))


def test_the_recovery_file_holds_the_unsaved_work(qtbot, recovery_dir, tmp_path, answers):
    path = tmp_path / "fair.qods.json"
    window = make_window(qtbot, recovery_dir, path)
    assert not window.autosave.write_if_needed()  # nothing unsaved: nothing written
    assert not window.autosave.recovery_path.exists()
    edit(window, water=True)
    assert window.autosave.write_if_needed()
    assert load_project(window.autosave.recovery_path).booths["b-2"].water is True
    meta = json.loads(
        window.autosave.recovery_path.with_suffix("")
        .with_suffix(".meta.json")
        .read_text(encoding="utf-8")
    )
    assert meta["original"] == str(path) and meta["name"] == "fair"
    assert not window.autosave.write_if_needed()  # unchanged since the last write


def test_a_clean_state_and_a_normal_close_remove_it(qtbot, recovery_dir, tmp_path, answers):
    window = make_window(qtbot, recovery_dir, tmp_path / "f.qods.json")
    edit(window, water=True)
    assert window.autosave.write_now()
    window.document.undo_stack.undo()  # back to the saved state
    assert not window.autosave.recovery_path.exists()

    edit(window, power=True)
    assert window.autosave.write_now()
    assert window.files.save()
    assert not window.autosave.recovery_path.exists()

    edit(window, heavy_floor=True)
    assert window.autosave.write_now()
    window.show()
    assert window.close()  # answers Discard
    assert list(recovery_dir.iterdir()) == []  # no recovery file, no lock


def test_a_running_windows_file_is_not_offered(qtbot, recovery_dir, answers):
    window = make_window(qtbot, recovery_dir)
    edit(window, water=True)
    assert window.autosave.write_now()
    assert find_recoveries(recovery_dir) == []
    other = make_window(qtbot, recovery_dir)
    assert not offer_recovery(other)
    assert answers.asked == []


def test_the_interval_comes_from_the_settings(qtbot, recovery_dir, answers):
    window = make_window(qtbot, recovery_dir)
    assert window.autosave.timer.interval() == 3 * 60_000 and window.autosave.timer.isActive()
    QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "QodsPlanner", "Qods Planner"
    ).setValue(MINUTES_KEY, 0.5)
    assert Autosave(window, recovery_dir).timer.interval() == 30_000
    window.autosave.set_interval(0)
    assert not window.autosave.timer.isActive()


CRASHING_PROGRAM = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    sys.path.insert(0, {tests!r})
    from helpers.ui import make_project
    from ui.commands import EditBooths
    from ui.document import Document
    from ui.main_window import MainWindow
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings!r})
    app = QApplication([])
    window = MainWindow(Document(make_project(), Path({path!r})), recovery_dir=Path({folder!r}))
    project = window.document.project
    if {edit}:
        window.document.undo_stack.push(EditBooths(project, ["b-3"], {{"label": "CRASH-3"}}))
        assert window.autosave.write_if_needed()
    os._exit(3)  # a crash: no close, no clean-up
    """
)


def crash(tmp_path: Path, recovery_dir: Path, path: Path, edit: bool = True) -> None:
    program = CRASHING_PROGRAM.format(
        tests=str(Path(__file__).parents[1]),  # tests/, for helpers.ui
        settings=str(tmp_path / "settings"),
        path=str(path),
        folder=str(recovery_dir),
        edit=edit,
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 3, result.stderr


def test_after_a_crash_the_next_start_offers_the_work(qtbot, recovery_dir, tmp_path, answers):
    path = tmp_path / "fair.qods.json"
    save_project(make_project(), path)
    crash(tmp_path, recovery_dir, path)
    [found] = find_recoveries(recovery_dir)
    found.release()
    assert found.original == path and found.name == "fair"

    window = make_window(qtbot, recovery_dir)
    answers.append(Button.Yes)
    assert offer_recovery(window)
    assert "fair" in answers.asked[0]
    doc = window.document
    assert doc.project.booths["b-3"].label == "CRASH-3"
    assert doc.path == path and doc.modified and window.isWindowModified()
    assert load_project(path).booths["b-3"].label == "A-03"  # the file itself is untouched
    # The work now lives in this window's recovery file; the crashed one's is gone.
    assert [p.name for p in recovery_dir.glob("*.qods.json")] == [
        window.autosave.recovery_path.name
    ]
    assert find_recoveries(recovery_dir) == []


def test_cancel_keeps_the_work_for_later_and_discard_deletes_it(
    qtbot, recovery_dir, tmp_path, answers
):
    path = tmp_path / "fair.qods.json"
    save_project(make_project(), path)
    crash(tmp_path, recovery_dir, path)
    window = make_window(qtbot, recovery_dir)
    answers.append(Button.Cancel)
    assert not offer_recovery(window)
    assert window.document.path is None  # nothing opened
    answers.append(Button.Discard)
    assert not offer_recovery(window)
    assert len(answers.asked) == 2
    # Only this window's own lock is left: the crashed one's went with its file.
    assert [p.name for p in recovery_dir.iterdir()] == [
        window.autosave.recovery_path.name.replace(".qods.json", ".lock")
    ]
    assert list(recovery_dir.glob("*.qods.json")) == []
    assert not offer_recovery(window)
    assert len(answers.asked) == 2
    # Only this window's own lock is left: the crashed one's went with its file.
    assert [p.name for p in recovery_dir.iterdir()] == [
        window.autosave.recovery_path.name.replace(".qods.json", ".lock")
    ]


def test_a_crash_with_nothing_unsaved_leaves_nothing_behind(qtbot, recovery_dir, tmp_path, answers):
    path = tmp_path / "fair.qods.json"
    save_project(make_project(), path)
    crash(tmp_path, recovery_dir, path, edit=False)
    assert [p.suffix for p in recovery_dir.iterdir()] == [".lock"]  # the dead window's
    assert find_recoveries(recovery_dir) == []
    assert list(recovery_dir.iterdir()) == []
