"""Reading and writing project files.

Saving is atomic: the text goes to a temporary file in the same folder, is flushed to disk,
and then replaces the old file in one step (`os.replace`). A crash or error at any point leaves
either the old file or the new one, never a mix, and the temporary file is removed. What a
killed process leaves behind is removed by the next open or save (`leftovers`).
Loading reads the file once and never writes to it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ..messages import tr
from ..messages.os_errors import os_reason
from ..model.integrity import project_problems
from ..model.project import Project
from .decode import project_from_dict
from .encode import project_to_dict
from .file_error import ProjectFileError
from .leftovers import hold, remove_stale_temporaries, temporary_prefix
from .locate import locate
from .schema import schema_problems

INDENT = 2
LINE_WIDTH = 100


def dumps(data: Any) -> str:
    """JSON text with Persian kept readable; short lists and objects on one line."""
    return _render(data, 0) + "\n"


def _render(value: Any, level: int, used: int = 0) -> str:
    """`value` indented at `level`, with `used` characters already on its first line."""
    flat = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
    if not isinstance(value, dict | list) or not value:
        return flat
    if level * INDENT + used + len(flat) <= LINE_WIDTH:
        return flat
    pad = " " * ((level + 1) * INDENT)
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            key = f"{json.dumps(k, ensure_ascii=False)}: "
            parts.append(f"{pad}{key}{_render(v, level + 1, len(key))}")
        opener, closer = "{", "}"
    else:
        parts = [f"{pad}{_render(v, level + 1)}" for v in value]
        opener, closer = "[", "]"
    return f"{opener}\n" + ",\n".join(parts) + f"\n{' ' * (level * INDENT)}{closer}"


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            owner = next((v for k, v in pairs if k == "id"), None)
            if isinstance(owner, str):
                message = tr(
                    "the object with id {id} has the field {field!r} twice", id=owner, field=key
                )
            else:
                message = tr("an object has the field {field!r} twice", field=key)
            raise ProjectFileError(message)
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ProjectFileError(tr("{name} is not a number JSON allows", name=name))


def parse_text(text: str, source: str = "") -> Any:
    """Parse JSON text strictly (no NaN, no repeated keys); errors say line and column."""
    if not text.strip():
        raise ProjectFileError(tr("is empty, not a project"), source=source)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            tr("is not valid JSON: {reason}", reason=exc.msg),
            tr("line {line}, column {column}", line=exc.lineno, column=exc.colno),
            source=source,
        ) from None
    except ProjectFileError as exc:
        raise ProjectFileError(exc.message, exc.where, source=source) from None
    except RecursionError:
        raise ProjectFileError(tr("is nested too deeply to be a project"), source=source) from None


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read and validate a project file; raise ProjectFileError naming every problem found."""
    source = str(path)
    remove_stale_temporaries(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ProjectFileError(
            tr("cannot be read: {reason}", reason=os_reason(exc)), source=source
        ) from None
    try:
        text = raw.decode("utf-8-sig")  # Notepad on Windows may add a byte-order mark
    except UnicodeDecodeError as exc:
        raise ProjectFileError(
            tr(
                "is not {encoding} text (bad byte at position {position})",
                encoding="UTF-8",
                position=exc.start,
            ),
            source=source,
        ) from None
    return project_from_dict(parse_text(text, source), source)


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Write `project` to `path` atomically.

    Refuses (ProjectFileError, nothing written) a project that could not be loaded again,
    e.g. with overlapping booths. I/O failures are reported as ProjectFileError too; the old
    file is then untouched and no temporary file is left behind.
    """
    source = str(path)
    data = project_to_dict(project)
    problems = schema_problems(data) + [locate(p) for p in project_problems(project)]
    if problems:
        raise ProjectFileError.from_problems(problems, source)
    payload = dumps(data).encode("utf-8")
    target = Path(os.path.realpath(path))  # save through a symbolic link, not over it
    remove_stale_temporaries(target)
    try:
        _write_atomically(target, payload)
    except OSError as exc:
        raise ProjectFileError(
            tr("cannot be saved: {reason}", reason=os_reason(exc)), source=source
        ) from exc


def _write_atomically(target: Path, payload: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(target), suffix=".tmp", dir=target.parent)
    hold(fd)  # another instance cleaning up leaves a file being written alone
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(target, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_folder(target.parent)


def _copy_mode(target: Path, tmp: str) -> None:
    """Keep the old file's permissions; a new file gets the usual rw-r--r--, not mkstemp's 600."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    os.chmod(tmp, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows cannot open folders this way)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
