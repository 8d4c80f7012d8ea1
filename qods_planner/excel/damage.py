"""Saying what is wrong with a workbook openpyxl could not read.

openpyxl, zipfile, zlib and the XML parser raise whatever they meet (`BadZipFile`,
`zlib.error`, `ParseError`, `IndexError`, `KeyError`, `OverflowError`, …). `open_workbook`
catches all of them at one place and asks `diagnose` for a sentence a person can act on:
which part of the file is damaged (a sheet by its name, the shared strings, the styles) and
where (the XML line). Only called after a failure, so it may be slow.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from datetime import datetime
from xml.etree import ElementTree

from ..messages import tr

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_XML_PART = re.compile(r"\.(xml|rels|vml)$", re.I)


def diagnose(data: bytes, error: BaseException | None) -> str:
    """What is damaged, as the words inside "the workbook is damaged (…)"; `error` is what
    openpyxl raised, used when no part of the file is visibly broken."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        if data[:2] == b"PK":
            return tr("the file is cut short or its zip structure is broken")
        return tr("it is not an .xlsx file")
    with archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            return tr("it has no {part}: it is not an Excel workbook", part="xl/workbook.xml")
        parts = _part_names(archive)
        strings = 0
        for name in sorted(names, key=_reading_order):
            try:
                raw = archive.read(name)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
                return tr("the compressed data of {part} is damaged", part=_what(name, parts))
            if not _XML_PART.search(name):
                continue
            try:
                root = ElementTree.fromstring(raw)
            except ElementTree.ParseError as exc:
                line = exc.position[0] if exc.position else 0
                return tr(
                    "{part}, XML error at line {line}", part=_what(name, parts), line=str(line)
                )
            if name == "xl/sharedStrings.xml":
                strings = len(root.findall(f"{_NS_MAIN}si"))
            elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
                odd = _bad_value(root)
                if odd:
                    return tr(
                        "{part}, cell {cell}: {value!r} cannot be read as {kind}",
                        part=_what(name, parts),
                        cell=odd[0],
                        value=odd[1],
                        kind=odd[2],
                    )
                bad = _bad_string_index(root, strings)
                if bad:
                    return tr(
                        "{part}, cell {cell} refers to text number {index}, but the workbook"
                        " holds {count} texts",
                        part=_what(name, parts),
                        cell=bad[0],
                        index=bad[1],
                        count=strings,
                    )
    while error is not None and (error.__cause__ or error.__context__):
        error = error.__cause__ or error.__context__  # openpyxl wraps what really went wrong
    reason = str(error).strip().splitlines()[0][:160] if str(error).strip() else ""
    # No part is visibly broken: openpyxl's own words, after the kind of error (no traceback).
    kind = type(error).__name__
    return f"{kind}: {reason}" if reason else kind


def _reading_order(name: str) -> tuple[int, str]:
    """Shared strings before the sheets that refer to them; everything else after."""
    if name == "xl/sharedStrings.xml":
        return 0, name
    if name.startswith("xl/worksheets/"):
        return 1, name
    return 2, name


_NUMBER = re.compile(r"\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*")


def _bad_value(sheet) -> tuple[str, str, str] | None:
    """The first cell whose saved value its type does not allow: (cell, value, kind)."""
    for c in sheet.iter(f"{_NS_MAIN}c"):
        v = c.find(f"{_NS_MAIN}v")
        if v is None or not v.text:
            continue
        kind = c.get("t", "n")
        if kind == "n" and not _NUMBER.fullmatch(v.text):
            return c.get("r", "?"), v.text, tr("a number")
        if kind == "b" and not v.text.strip().lstrip("-").isdigit():
            return c.get("r", "?"), v.text, tr("a yes/no value (TRUE/FALSE)")
        if kind == "d":
            try:
                datetime.fromisoformat(v.text.strip())
            except ValueError:
                return c.get("r", "?"), v.text, tr("a date")
    return None


def _bad_string_index(sheet, count: int) -> tuple[str, int] | None:
    """The first cell of type "s" whose shared-string index is not in 0..count-1."""
    for c in sheet.iter(f"{_NS_MAIN}c"):
        if c.get("t") != "s":
            continue
        v = c.find(f"{_NS_MAIN}v")
        try:
            index = int(v.text) if v is not None and v.text else -1
        except ValueError:
            return c.get("r", "?"), -1
        if not 0 <= index < count:
            return c.get("r", "?"), index
    return None


def _part_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part path in the zip → sheet title, from xl/workbook.xml and its relationships."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # noqa: BLE001 (damaged too: then parts are named by their path)
        return {}
    targets: dict[str | None, str] = {}
    for rel in rels.iter(f"{_NS_PKG}Relationship"):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[rel.get("Id")] = posixpath.normpath(path)
    out = {}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        found = targets.get(sheet.get(f"{_NS_REL}id"))
        if found:
            out[found] = sheet.get("name", "")
    return out


def _what(name: str, parts: dict[str, str]) -> str:
    if name in parts:
        return tr("sheet {sheet!r}", sheet=parts[name])
    if name == "xl/sharedStrings.xml":
        return tr("the shared texts ({part})", part=name)
    if name == "xl/styles.xml":
        return tr("the styles ({part})", part=name)
    if name == "xl/workbook.xml":
        return tr("the list of sheets ({part})", part=name)
    return tr("part {part}", part=name)
