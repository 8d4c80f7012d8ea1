"""Why a file could not be written, in the user's words: the one place an `OSError` from
writing becomes a message. It names the file and the cause — the folder does not exist, no
permission to write there, the disk is full — in the interface's language. Paths stand on
lines of their own (a long one is not broken inside a sentence) and are kept as one
left-to-right run (`left_to_right`) in Persian; any other cause is told by `os_reason` (the
system's own words for a rare one), isolated too."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from qods_planner.messages.os_errors import os_reason

from .i18n import left_to_right

translate = QCoreApplication.translate

NOT_FOUND = {errno.ENOENT, errno.ENOTDIR}
NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def cannot_write(path: str | os.PathLike[str], error: OSError) -> str:
    """The sentence telling that `path` could not be written because of `error`."""
    shown = left_to_right(os.fspath(path))
    folder = left_to_right(str(Path(path).parent))
    if error.errno in NOT_FOUND:
        text = translate(
            "WriteFailure",
            "Could not write the file\n{path}\n\nThe folder it goes in does not exist:\n{folder}",
        )
    elif error.errno in NO_PERMISSION:
        text = translate(
            "WriteFailure",
            "Could not write the file\n{path}\n\nYou have no permission to write in the folder:"
            "\n{folder}",
        )
    elif error.errno in DISK_FULL:
        text = translate(
            "WriteFailure",
            "Could not write the file\n{path}\n\nThe disk is full: make room and try again.",
        )
    else:
        text = translate(
            "WriteFailure", "Could not write the file\n{path}\n\nThe system says: {reason}"
        )
    reason = left_to_right(os_reason(error))
    return text.format(path=shown, folder=folder, reason=reason)
