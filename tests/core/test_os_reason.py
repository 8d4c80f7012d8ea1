"""Why a file could not be read or written, in the user's words and language: the common
causes get a sentence of their own; a rare one keeps the system's words."""

from __future__ import annotations

import errno
import os

import pytest

from qods_planner.cli.main import main
from qods_planner.files import ProjectFileError, save_project
from qods_planner.messages import get_language, set_language
from qods_planner.messages.os_errors import os_reason
from qods_planner.model import Project


@pytest.fixture
def language():
    before = get_language()
    yield set_language
    set_language(before)


@pytest.mark.parametrize(
    ("code", "english", "persian"),
    [
        (errno.ENOENT, "no such file or folder", "چنین پرونده یا پوشه‌ای نیست"),
        (errno.EACCES, "no permission", "اجازه دسترسی نیست"),
        (errno.EROFS, "the disk is read-only", "دیسک فقط‌خواندنی است"),
        (errno.ENOSPC, "the disk is full", "دیسک پر است"),
        (errno.EISDIR, "it is a folder, not a file", "این یک پوشه است، نه پرونده"),
    ],
)
def test_a_common_cause_is_told_in_each_language(language, code, english, persian):
    error = OSError(code, os.strerror(code))
    language("en")
    assert os_reason(error) == english
    language("fa")
    assert os_reason(error) == persian


def test_a_rare_cause_keeps_the_systems_words(language):
    language("fa")
    assert os_reason(OSError(errno.EIO, os.strerror(errno.EIO))) == os.strerror(errno.EIO)
    assert os_reason(OSError("no errno at all")) == "no errno at all"


def test_saving_into_a_missing_folder_says_so_in_persian(language, tmp_path):
    language("fa")
    with pytest.raises(ProjectFileError) as caught:
        save_project(Project(), tmp_path / "no" / "such.qods.json")
    text = str(caught.value)
    assert "چنین پرونده یا پوشه‌ای نیست" in text and "No such file" not in text, text


def test_the_command_line_tells_the_cause_in_persian(tmp_path, capsys, monkeypatch):
    target = tmp_path / "template.xlsx"
    target.mkdir()  # a folder where the workbook should go
    monkeypatch.setenv("QODS_PLANNER_LANGUAGE", "fa")
    before = get_language()
    try:
        code = main(["template", "--force", str(target)])
    finally:
        set_language(before)
    err = capsys.readouterr().err
    assert code != 0 and "این یک پوشه است، نه پرونده" in err, err
    assert os.strerror(errno.EISDIR) not in err, err
