"""JSON paths that a person can find in the file: `booths[A-12].rect.w`."""

from __future__ import annotations

import re
from collections.abc import Iterable

_FIELD = re.compile(r"^[a-z_][a-z0-9_]*$")
# Objects whose keys are ids (exhibitor id -> booths), not field names.
_ID_KEYED = {"stands"}


def item_name(items: object, index: int) -> str:
    """A list item's name: its id when it has one, else its index."""
    if isinstance(items, list) and 0 <= index < len(items):
        item = items[index]
        if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"].strip():
            return item["id"]
    return str(index)


def json_path(data: object, steps: Iterable[str | int]) -> str:
    """Render the path `steps` (keys and list indexes) into `data`."""
    out = ""
    node = data
    parent_key: str | int | None = None
    for step in steps:
        if isinstance(step, int):
            out += f"[{item_name(node, step)}]"
            node = node[step] if isinstance(node, list) and 0 <= step < len(node) else None
        else:
            if parent_key in _ID_KEYED or not _FIELD.match(step):
                out += f"[{step}]"
            else:
                out += f".{step}" if out else step
            node = node.get(step) if isinstance(node, dict) else None
        parent_key = step
    return out
