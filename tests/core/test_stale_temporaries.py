"""Leftover `.NAME.*.tmp` files of a killed save: removed by the next open or save when they
are an hour old and nobody holds them; nothing else is touched."""

from __future__ import annotations

import fcntl
import os
import time

import pytest

from qods_planner.files import load_project, save_project
from qods_planner.files.leftovers import STALE_AFTER_SECONDS, remove_stale_temporaries
from qods_planner.model import EventInfo, Project


def small_project() -> Project:
    return Project(event=EventInfo("نمایشگاه", "Fair", "2026-09-27", "2026-09-30", "fa"), id="t")


def _leftover(folder, name, age=STALE_AFTER_SECONDS + 60, size=1000):
    path = folder / name
    path.write_bytes(b"{" * size)
    path.chmod(0o600)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "fair.qods.json"
    save_project(small_project(), path)
    return path


@pytest.mark.parametrize("how", ["save", "open"])
def test_an_old_leftover_of_this_project_is_removed(saved, how):
    old = _leftover(saved.parent, ".fair.qods.json.k3x_9a2q.tmp")
    if how == "save":
        save_project(load_project(saved), saved)
    else:
        load_project(saved)
    assert not old.exists()


def test_everything_else_is_left_alone(saved, tmp_path):
    keep = [
        _leftover(tmp_path, ".fair.qods.json.k3x_9a2q.tmp", age=600),  # fresh: a save going on
        _leftover(tmp_path, ".other.qods.json.k3x_9a2q.tmp"),  # another project's
        _leftover(tmp_path, ".x.fair.qods.json.k3x_9a2q.tmp"),  # "x.fair.qods.json"'s
        _leftover(tmp_path, ".fair.qods.json.bak"),
        _leftover(tmp_path, ".fair.qods.json.TOOLONGNAME.tmp"),
        _leftover(tmp_path, "fair.qods.json.k3x_9a2q.tmp"),
    ]
    folder = tmp_path / ".fair.qods.json.dir_abcd.tmp"
    folder.mkdir()
    link = tmp_path / ".fair.qods.json.lnk_abcd.tmp"
    link.symlink_to(keep[1])
    then = time.time() - 2 * STALE_AFTER_SECONDS
    os.utime(link, (then, then), follow_symlinks=False)
    save_project(load_project(saved), saved)
    assert all(p.exists() for p in keep) and folder.is_dir() and link.is_symlink()


def test_a_leftover_held_by_another_instance_is_kept(saved):
    held = _leftover(saved.parent, ".fair.qods.json.held_tmp.tmp")
    with open(held, "rb") as other:  # another instance still writing it
        fcntl.flock(other.fileno(), fcntl.LOCK_EX)
        assert remove_stale_temporaries(saved) == []
        assert held.exists()
    assert remove_stale_temporaries(saved) == [held]


def test_a_missing_folder_or_file_is_no_error(tmp_path):
    assert remove_stale_temporaries(tmp_path / "nowhere" / "fair.qods.json") == []


def test_a_save_holds_its_temporary_file_while_writing(saved, monkeypatch):
    """While `_write_atomically` writes, a cleaner in another instance must see it held."""
    from qods_planner.files import storage

    seen = []
    real_fsync = os.fsync

    def fsync_and_look(fd):
        for entry in os.scandir(saved.parent):
            if entry.name.endswith(".tmp"):
                old = time.time() - 2 * STALE_AFTER_SECONDS
                os.utime(entry.path, (old, old))
                seen.append(remove_stale_temporaries(saved))
        return real_fsync(fd)

    monkeypatch.setattr(storage.os, "fsync", fsync_and_look)
    save_project(load_project(saved), saved)
    assert seen == [[]]
    assert load_project(saved) is not None
