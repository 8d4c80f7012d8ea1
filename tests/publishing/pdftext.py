"""Reading a PDF's text back as a person searching it would: pdftotext, then the reader's
quirks folded (Arabic presentation forms and ligatures by NFKC, bidi marks dropped, the
zero-width non-joiner that every PDF reader drops, a Persian comma moved across a space)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from qods_planner.text import normalise

POPPLER = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


def readable(text: str) -> str:
    text = normalise(unicodedata.normalize("NFKC", text)).replace("\u200c", "")
    return re.sub(r"\s*،\s*", "، ", text)


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    done = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True)
    return readable(done.stdout)


def pdf_pages(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", done.stdout).group(1))


def holds(text: str, name: str) -> bool:
    """`name` is in `text` (both read as above). A Persian comma splits a line into runs that
    pdftotext may put back in the wrong order («کار و رفاه، میز خدمت» for «میز خدمت، کار و
    رفاه»), so each part between commas must be there whole."""
    return all(part.strip() in text for part in readable(name).split("،"))
