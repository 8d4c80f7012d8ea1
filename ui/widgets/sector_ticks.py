"""A short list of sectors with tick boxes: which sectors may use a booth or a hall (a zone).

Nothing ticked means any sector. When several booths with different zones are shown, a sector
some of them allow is partly ticked. `toggled(sector_id, allowed)` is emitted when the user
ticks or unticks one; the caller turns it into one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from .swatch import colour_icon

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_PX = 22


class SectorTicks(QWidget):
    toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addStretch(1)  # the list stays beside its label when the form is taller
        self._loading = False
        self.list.itemChanged.connect(self._changed)

    def set_sectors(
        self,
        sectors: Iterable[tuple[str, str, str]],
        every: Iterable[str] = (),
        some: Iterable[str] = (),
    ) -> None:
        """(id, name, colour) of every sector; `every` ticked, `some` partly ticked."""
        every, some = set(every), set(some) - set(every)
        self._loading = True
        self.list.clear()
        for sid, name, colour in sectors:
            item = QListWidgetItem(colour_icon(colour), name, self.list)
            item.setData(ID_ROLE, sid)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked
                if sid in every
                else Qt.CheckState.PartiallyChecked
                if sid in some
                else Qt.CheckState.Unchecked
            )
        self._loading = False
        rows = max(2, min(self.list.count(), 6))
        self.list.setFixedHeight(rows * ROW_PX + 2 * self.list.frameWidth() + 4)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def ticked(self) -> list[str]:
        return [
            self.list.item(r).data(ID_ROLE)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, sector_id: str, allowed: bool) -> None:
        """Tick or untick a sector as the user would."""
        for r in range(self.list.count()):
            item = self.list.item(r)
            if item.data(ID_ROLE) == sector_id:
                item.setCheckState(Qt.CheckState.Checked if allowed else Qt.CheckState.Unchecked)
                return
        raise KeyError(sector_id)

    def _changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        # A partly ticked sector becomes fully allowed on the first click.
        allowed = item.checkState() != Qt.CheckState.Unchecked
        self.toggled.emit(item.data(ID_ROLE), allowed)
