"""A searchable multi-select list of ids (exhibitors, booths), for the exhibitor dialog.

The search goes through `normalise_key`, so Arabic ي/ك typed find Persian ی/ک stored. When
several exhibitors are edited at once, an item chosen by some of them shows partly checked;
`delta()` then says only what the user added or removed, so each keeps its own other choices.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qods_planner.text import normalise_key

from ..i18n import format_number
from .exhibitor_commands import IdsDelta

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoicePicker(QWidget):
    """A search box over a checkable list. `edited` is emitted when the user ticks an item."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self._initial: dict[str, Qt.CheckState] = {}
        self.search.textChanged.connect(self.filter)
        self.list.itemChanged.connect(self._item_changed)
        self._loading = False

    def set_choices(
        self,
        choices: Iterable[tuple[str, str]],
        checked: Iterable[str] = (),
        partly: Iterable[str] = (),
    ) -> None:
        """Show (id, text) choices; `checked` ids ticked, `partly` ids partly ticked. The chosen
        ones come first, so they are seen without scrolling."""
        checked, partly = set(checked), set(partly) - set(checked)
        choices = sorted(choices, key=lambda c: c[0] not in checked | partly)
        self._loading = True
        self.list.clear()
        self._initial.clear()
        for cid, text in choices:
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, cid)
            item.setData(KEY_ROLE, normalise_key(f"{text} {cid}"))
            state = (
                Qt.CheckState.Checked
                if cid in checked
                else Qt.CheckState.PartiallyChecked
                if cid in partly
                else Qt.CheckState.Unchecked
            )
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            if state == Qt.CheckState.PartiallyChecked:
                flags |= Qt.ItemFlag.ItemIsUserTristate
            item.setFlags(flags)
            item.setCheckState(state)
            self._initial[cid] = state
        self._loading = False
        self.filter(self.search.text())
        self._summarise()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self._summarise()
            self.edited.emit()

    def _summarise(self) -> None:
        items = self.items()
        chosen = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        some = sum(1 for i in items if i.checkState() == Qt.CheckState.PartiallyChecked)
        text = self.tr(", ").join(chosen) if chosen else self.tr("None chosen")
        if some:
            text += self.tr(" (+{0} for some of them)").format(format_number(some))
        self.summary.setText(text)

    def filter(self, text: str) -> None:
        """Show only the items whose text or id contains `text` (normalised)."""
        key = normalise_key(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            self.list.setRowHidden(row, bool(key) and key not in item.data(KEY_ROLE))

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(r) for r in range(self.list.count())]

    def visible_ids(self) -> list[str]:
        return [
            self.list.item(r).data(ID_ROLE)
            for r in range(self.list.count())
            if not self.list.isRowHidden(r)
        ]

    def set_checked(self, cid: str, checked: bool) -> None:
        """Tick or untick one id, as the user would."""
        for item in self.items():
            if item.data(ID_ROLE) == cid:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(cid)

    def checked_ids(self) -> tuple[str, ...]:
        """Ids fully ticked, in list order."""
        return tuple(
            i.data(ID_ROLE) for i in self.items() if i.checkState() == Qt.CheckState.Checked
        )

    def delta(self) -> IdsDelta:
        """What the user changed: ids newly ticked and ids newly unticked."""
        add, remove = [], []
        for item in self.items():
            cid, state = item.data(ID_ROLE), item.checkState()
            if state == self._initial[cid]:
                continue
            if state == Qt.CheckState.Checked:
                add.append(cid)
            elif state == Qt.CheckState.Unchecked:
                remove.append(cid)
        return IdsDelta(tuple(add), tuple(remove))
