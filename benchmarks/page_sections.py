"""Sections of docs/benchmarks.md that a family writes between its own markers."""

from __future__ import annotations

from pathlib import Path


def replace_section(page: Path, begin: str, end: str, body: str) -> None:
    """Put `body` between the `begin` and `end` markers of `page`, or append it with them."""
    text = page.read_text("utf-8") if page.exists() else ""
    block = f"{begin}\n{body}\n{end}"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    page.write_text(text, "utf-8")
