"""Names inside sentences: a Persian company name in an English reason (or the reverse) is
wrapped in Unicode's first-strong isolate, so it neither flips the sentence's direction nor
drags the punctuation around it to the wrong side."""

from __future__ import annotations

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """`text` as one directional run of its own (unchanged when empty)."""
    return f"{FSI}{text}{PDI}" if text else text


def in_direction(text: str, right_to_left: bool) -> str:
    """`text` starting with the mark of the interface's direction: a paragraph takes its
    direction from its first strong letter, which may be a name in the other script."""
    return ("\u200f" if right_to_left else "\u200e") + text if text else text
