"""Temporary files left beside a project by a save that was killed half-way.

`save_project` writes `.NAME.xxxxxxxx.tmp` (mkstemp) and renames it over NAME; a crash (power
cut, kill -9) between the two leaves the temporary file, complete or not, readable only by its
owner. Opening or saving the project removes *that project's own* leftovers once they are an
hour old and no other instance holds them (a save holds an exclusive `flock` on its temporary
file while writing). Nothing else in the folder is touched: not another project's, not a
symbolic link, not a folder, not a file of another name.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

STALE_AFTER_SECONDS = 3600
# mkstemp's names: the prefix, 8 characters of [a-z0-9_], the suffix.
_RANDOM = r"[a-z0-9_]{8}"

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be removed there, which is the guard
    fcntl = None  # type: ignore[assignment]


def temporary_prefix(target: Path) -> str:
    return f".{target.name}."


def hold(fd: int) -> None:
    """Mark a temporary file as being written (released when the file is closed)."""
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _held(path: str) -> bool:
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return True  # cannot even look at it: leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing releases our lock
    return False


def remove_stale_temporaries(
    project: str | os.PathLike[str], now: float | None = None
) -> list[Path]:
    """Remove the project's leftover temporary files (see the module doc); returns them.
    Never raises: a folder that cannot be listed or a file that cannot be removed is left."""
    target = Path(os.path.realpath(project))
    pattern = re.compile(re.escape(temporary_prefix(target)) + _RANDOM + r"\.tmp")
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime < STALE_AFTER_SECONDS:
                continue
            if _held(entry.path):
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
