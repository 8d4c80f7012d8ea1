"""The catalogues: one Python dict per language besides English, in a module of that name.

English needs no catalogue (the key is the English text). A dict (not JSON) because ruff
flags a key given twice, which JSON would silently overwrite.
"""

from __future__ import annotations

import importlib
from functools import cache


@cache
def catalogue(language: str) -> dict[str, str]:
    """English template → template in `language`; empty for English."""
    if language == "en":
        return {}
    return dict(importlib.import_module(f"{__package__}.{language}").MESSAGES)
