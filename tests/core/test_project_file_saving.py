"""Saving a project file atomically: crashes and refusals leave the old file and no temporary."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.full_project import full_project, saved_full_project

from qods_planner.files import ProjectFileError, load_project, save_project
from qods_planner.model import Booth, Rect


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return saved_full_project(tmp_path)


# -- atomic saving ----------------------------------------------------------------------------


class Crash(Exception):
    pass


def test_crash_while_writing_leaves_old_file_and_no_temp_file(good_file, monkeypatch):
    before = good_file.read_bytes()
    changed = full_project()
    changed.remove_exhibitor("E-4")
    seen_partial = []

    def crash(fd):
        # the new text is in the temporary file, not yet in place
        temps = [p for p in good_file.parent.iterdir() if p != good_file]
        seen_partial.extend(temps)
        raise Crash("power cut")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(Crash):
        save_project(changed, good_file)
    assert len(seen_partial) == 1 and seen_partial[0].name.startswith(f".{good_file.name}.")
    assert good_file.read_bytes() == before
    assert sorted(good_file.parent.iterdir()) == [good_file]


def test_failed_replace_reports_a_file_error_and_cleans_up(good_file, monkeypatch):
    before = good_file.read_bytes()

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ProjectFileError, match="cannot be saved: no permission"):
        save_project(full_project(), good_file)
    assert good_file.read_bytes() == before
    assert sorted(good_file.parent.iterdir()) == [good_file]


def test_failed_first_save_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "new.qods.json"
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space")))
    with pytest.raises(ProjectFileError, match="cannot be saved: the disk is full"):
        save_project(full_project(), target)
    assert list(tmp_path.iterdir()) == []


def test_save_into_a_missing_folder_is_a_file_error(tmp_path):
    with pytest.raises(ProjectFileError, match="cannot be saved"):
        save_project(full_project(), tmp_path / "no" / "such.qods.json")


def test_save_replaces_the_old_content_and_keeps_its_permissions(good_file):
    good_file.chmod(0o640)
    changed = full_project()
    changed.remove_exhibitor("E-4")
    save_project(changed, good_file)
    assert "E-4" not in load_project(good_file).exhibitors
    assert good_file.stat().st_mode & 0o777 == 0o640
    assert sorted(good_file.parent.iterdir()) == [good_file]


def test_save_refuses_a_project_that_could_not_be_loaded_again(good_file):
    before = good_file.read_bytes()
    broken = full_project()
    broken.put_booth(Booth("b9", "A-9", "H1", Rect(100, 100, 300, 300)))  # on b1 and b2
    with pytest.raises(ProjectFileError) as info:
        save_project(broken, good_file)
    assert "booths[b1].rect: booth A-1 overlaps booth A-9" in str(info.value)
    assert good_file.read_bytes() == before
