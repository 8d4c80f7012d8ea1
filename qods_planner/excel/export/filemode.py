"""Exports are written like project saves: through a symbolic link (the link stays, its
target changes), keeping an existing file's permissions, and giving a new file the user's
usual ones (0666 less the umask; a temporary file's 0600 would hide it from colleagues)."""

from __future__ import annotations

import os
from pathlib import Path


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file an export to `path` writes: a symbolic link's target, followed."""
    return Path(os.path.realpath(path))


def mode_for(target: Path) -> int:
    """The permissions the written file gets: the existing file's, else 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    # The only portable way to read the umask is to set it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
