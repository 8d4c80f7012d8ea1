"""Letters and move notices are written under a progress dialog: modal, one step a letter,
the window's events served between letters, and Stop ends after the current letter with each
file written whole. The tests follow the dialog through its signals, never through time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from qods_planner.model import Plan
from qods_planner.publishing.stand_facts import placed_stands
from ui.file_dialogs import JalaliDates


def _pdfs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pdf"))


def _whole(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]


class Ping(QObject):
    ping = Signal()


def test_a_modal_progress_dialog_follows_each_letter_and_events_are_served(window, tmp_path):
    actions = window.features.publishing
    seen = []

    def follow(progress):
        dialog = progress.dialog
        progress.letter_written.connect(
            lambda n: seen.append((n, dialog.value(), dialog.isVisible(), dialog.isModal()))
        )

    actions.writing_letters.connect(follow)
    served = []  # a queued call made before writing starts: answered while writing goes on
    ping = Ping()
    ping.ping.connect(
        lambda: served.append(len(_pdfs(tmp_path))), Qt.ConnectionType.QueuedConnection
    )
    ping.ping.emit()
    assert actions.do_letters(str(tmp_path))
    total = len(placed_stands(window.document.project))
    assert [s[0] for s in seen] == list(range(1, total + 1))
    assert all(value == n and shown and modal for n, value, shown, modal in seen)
    assert served and served[0] < total, served  # not left waiting for the end
    assert (tmp_path / "letters-all.pdf").exists()
    assert "letters written" in window.statusBar().currentMessage()


def test_stop_ends_after_the_current_letter_and_says_how_many(window, tmp_path, monkeypatch):
    actions = window.features.publishing
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: told.append(a[2])))

    def stop_at_three(progress):
        stop = progress.dialog.findChild(QPushButton)
        progress.letter_written.connect(lambda n: n == 3 and stop.click())

    actions.writing_letters.connect(stop_at_three)
    assert not actions.do_letters(str(tmp_path))
    files = _pdfs(tmp_path)
    assert len(files) == 3 and all(_whole(f) for f in files)
    assert not (tmp_path / "letters-all.pdf").exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert len(told) == 1 and "Stopped after 3 letters, each one complete" in told[0], told


def test_a_failure_midway_names_the_file_and_keeps_the_letters_written(
    window, tmp_path, monkeypatch
):
    actions = window.features.publishing
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))

    def lock_after_two(progress):
        def written(n):
            if n == 2:  # the folder refuses from now on
                monkeypatch.setattr(
                    "ui.publishing.atomic_file.tempfile.mkstemp",
                    lambda **_k: (_ for _ in ()).throw(PermissionError(13, "Permission denied")),
                )

        progress.letter_written.connect(written)

    actions.writing_letters.connect(lock_after_two)
    assert not actions.do_letters(str(tmp_path))
    assert len(_pdfs(tmp_path)) == 2
    assert len(said) == 1 and "no permission to write in the folder" in said[0]
    assert "Before this, 2 letters had been written; each one is complete." in said[0]


def test_the_status_after_move_notices_speaks_of_notices(window, tmp_path):
    project = window.document.project
    project.set_baseline(project.plan)
    stands = dict(project.plan.stands)
    del stands[next(iter(stands))]
    project.set_plan(Plan(stands))
    assert window.features.publishing.do_notices(str(tmp_path))
    message = window.statusBar().currentMessage()
    assert message.startswith("1 move notice written into"), message
    assert "letter" not in message


def test_the_letters_folder_is_chosen_in_the_persian_widget_dialog(window, qapp, monkeypatch):
    from ui.i18n import install_language

    def native(*_a, **_k):
        raise AssertionError("the native dialog is English and Gregorian")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(native))
    opened = []

    def exec_(dialog):
        opened.append(
            (
                dialog.fileMode(),
                dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
                dialog.testOption(QFileDialog.Option.ShowDirsOnly),
                isinstance(dialog.proxyModel(), JalaliDates),
                dialog.windowTitle(),
            )
        )
        return QFileDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    install_language(qapp, "fa")
    try:
        assert not window.features.publishing.do_letters()
    finally:
        install_language(qapp, "en")
    assert opened == [(QFileDialog.FileMode.Directory, True, True, True, "پوشه نامه‌ها")]
