"""Drawings are written like workbooks and project saves: through a symbolic link, keeping
an existing file's permissions, a new file with the user's usual ones."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from qods_planner.excel.export.filemode import mode_for, resolve_target


@contextlib.contextmanager
def keep_file_mode(path: str | os.PathLike[str]) -> Iterator[str]:
    """Yields the file to write (a link's target); afterwards gives it the right mode."""
    target = resolve_target(path)
    mode = mode_for(target)
    yield str(target)
    with contextlib.suppress(OSError):
        if target.exists():
            os.chmod(target, mode)
