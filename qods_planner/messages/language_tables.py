"""The catalogues: one Python dict per language besides English, in a module of that name,
plus the dicts of the modules named after it with a topic (`fa_publishing.py`), so that work on
one part of the program adds its own file instead of growing the one big catalogue.

English needs no catalogue (the key is the English text). A dict (not JSON) because ruff
flags a key given twice, which JSON would silently overwrite.
"""

from __future__ import annotations

import importlib
from functools import cache

TOPICS = ("publishing", "fair_order", "system")


@cache
def catalogue(language: str) -> dict[str, str]:
    """English template → template in `language`; empty for English."""
    if language == "en":
        return {}
    merged = dict(importlib.import_module(f"{__package__}.{language}").MESSAGES)
    for topic in TOPICS:
        part = importlib.import_module(f"{__package__}.{language}_{topic}").MESSAGES
        twice = sorted(merged.keys() & part.keys())
        if twice:  # one key, one translation: a second one would silently win
            raise ValueError(f"{language}_{topic} translates again: {twice[:3]}")
        merged.update(part)
    return merged
