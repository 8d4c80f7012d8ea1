"""Publishing writes every file whole or not at all: into a temporary file in the same folder,
flushed to disk, then one rename. A failure (folder missing, no permission, disk full) raises
the `OSError` and leaves no temporary file and the old file, if any, as it was. Like the
plan's exports, it writes through a symbolic link and keeps an existing file's mode."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from qods_planner.excel.export.filemode import mode_for, resolve_target


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    target = resolve_target(path)
    mode = mode_for(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())  # a full disk shows here, not after the rename
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    write_bytes_atomically(Path(path), text.encode("utf-8"))
