"""A file that cannot be written is told in the user's words, in both languages: which file,
and why (the folder does not exist, no permission, the disk is full, else the system's own
words), the path kept left to right inside Persian; nothing half-written is left behind."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.i18n import install_language
from ui.write_failure import cannot_write

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def persian(qapp):
    install_language(qapp, "fa")
    yield
    install_language(qapp, "en")


@pytest.fixture
def said(monkeypatch):
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: texts.append(a[2])))
    return texts


def _error(code: int) -> OSError:
    return OSError(code, os.strerror(code), "/tmp/.x.tmp")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOENT, "The folder it goes in does not exist:\n/exports"),
        (errno.ENOTDIR, "The folder it goes in does not exist:\n/exports"),
        (errno.EACCES, "You have no permission to write in the folder:\n/exports"),
        (errno.EROFS, "You have no permission to write in the folder:\n/exports"),
        (errno.ENOSPC, "The disk is full"),
        (errno.EIO, f"The system says: {os.strerror(errno.EIO)}"),
    ],
)
def test_each_cause_is_named_in_english(code, words):
    text = cannot_write("/exports/map.html", _error(code))
    assert text.startswith("Could not write the file\n/exports/map.html\n") and words in text, text
    assert ".tmp" not in text and "Errno" not in text


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOENT, "وجود ندارد"),
        (errno.EACCES, "اجازه نوشتن"),
        (errno.ENOSPC, "دیسک پر است"),
    ],
)
def test_each_cause_is_named_in_persian_with_the_path_isolated(persian, code, words):
    text = cannot_write("/exports/map.html", _error(code))
    assert f"\n{LRI}/exports/map.html{PDI}\n" in text and words in text, text  # a line of its own
    latin = text.replace(f"{LRI}/exports/map.html{PDI}", "").replace(f"{LRI}/exports{PDI}", "")
    assert not any("a" <= c.lower() <= "z" for c in latin), text


def test_the_systems_own_words_are_isolated_in_persian(persian):
    text = cannot_write("/exports/map.html", _error(errno.EIO))
    assert f"{LRI}{os.strerror(errno.EIO)}{PDI}" in text, text


@pytest.mark.parametrize("export", ["do_catalogue", "do_floor_map", "do_space_report"])
def test_an_export_into_a_missing_folder_says_so(window, tmp_path, said, export):
    path = tmp_path / "gone" / "out.file"
    assert not getattr(window.features.publishing, export)(str(path))
    assert said == [cannot_write(path, _error(errno.ENOENT))]
    assert "No such file" not in said[0]


def test_letters_into_a_missing_folder_say_so_in_persian(window, tmp_path, said, persian):
    assert not window.features.publishing.do_letters(str(tmp_path / "gone"))
    assert len(said) == 1 and "وجود ندارد" in said[0] and LRI in said[0], said
    assert "No such file" not in said[0] and "چنین" not in said[0]


def test_a_full_disk_leaves_the_old_file_and_no_temporary(window, tmp_path, said, monkeypatch):
    import ui.publishing.atomic_file as atomic

    path = tmp_path / "book.pdf"
    path.write_bytes(b"the old catalogue")

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    assert not window.features.publishing.do_catalogue(str(path))
    assert said and "The disk is full" in said[0] and str(path) in said[0]
    assert path.read_bytes() == b"the old catalogue"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["book.pdf"]


def test_a_refused_folder_is_no_permission(window, tmp_path, said, monkeypatch):
    import ui.publishing.atomic_file as atomic

    def refused(*_a, **_k):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
    assert not window.features.publishing.do_floor_map(str(tmp_path / "map.html"))
    assert said and f"no permission to write in the folder:\n{tmp_path}" in said[0], said
    assert not (tmp_path / "map.html").exists()
