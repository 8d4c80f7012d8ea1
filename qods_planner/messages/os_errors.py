"""Why a file could not be read or written, in the user's words: the operating system's own
text (`strerror`) is English whatever the language, and some of it ("Errno 28") says little
to an organiser. The common causes get a sentence of their own in every language; any other
falls back to the system's words."""

from __future__ import annotations

import errno

from . import tr

_REASONS = {
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EACCES: "no permission",
    errno.EPERM: "no permission",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "the disk is full",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EBUSY: "the file is in use by another program",
}


def os_reason(exc: OSError) -> str:
    """The cause of `exc` in the current language; the system's words for a rare one."""
    key = _REASONS.get(exc.errno) if exc.errno is not None else None
    if key is not None:
        return tr(key)
    return exc.strerror or str(exc)
