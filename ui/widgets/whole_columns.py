"""How wide a table's columns are when none is clipped: each as wide as its header's text and
its widest cell. Panels set it as a table's minimum width, so a narrow dock (or a long
Persian header) widens the panel instead of cutting a column off."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView


def whole_columns_width(
    view: QAbstractItemView, header: QHeaderView, columns: Iterable[int]
) -> int:
    """The width `columns` of `view` need whole (headers and cells), frame not included."""
    return sum(max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in columns)
