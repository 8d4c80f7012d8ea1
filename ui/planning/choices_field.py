"""The exhibitor dialog's booth choices: an ordered list of booths, best first.

Booths are added from a list of labels (or picked on the plan, see `choice_picking`), removed,
and moved up or down; the keys Delete, Alt+Up and Alt+Down do the same in the list. When
several exhibitors with different choices are edited at once the list starts empty and says
so; each keeps its own choices unless the list is edited, which then gives all of them the
same list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ..i18n import format_number
from .exhibitor_fields import Field, _single

ID_ROLE = Qt.ItemDataRole.UserRole


def natural_key(label: str) -> list[object]:
    """A-2 before A-10: digits compare as numbers."""
    return [(0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", label) if p]


class ChoicesEditor(QWidget):
    """The list, a booth chooser with Add, Remove, Move up, Move down and Pick on plan."""

    edited = Signal()
    pick_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, str] = {}
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Booth choices, best first"))
        self.booth = QComboBox(self)
        self.booth.setAccessibleName(self.tr("Booth to add"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Take the booth off the list (Delete)"))
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setToolTip(self.tr("A better choice (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setToolTip(self.tr("A lesser choice (Alt+Down)"))
        self.pick_button = QPushButton(self.tr("&Pick on plan"), self)
        self.pick_button.setToolTip(
            self.tr("Click booths on the plan in order of preference; Esc ends")
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        self.pick_button.setAutoDefault(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.note, 0, 0, 1, 2)
        grid.addWidget(self.booth, 1, 0)
        grid.addWidget(self.add_button, 1, 1)
        grid.addWidget(self.list, 2, 0, 5, 1)
        grid.addWidget(self.remove_button, 2, 1)
        grid.addWidget(self.up_button, 3, 1)
        grid.addWidget(self.down_button, 4, 1)
        grid.addWidget(self.pick_button, 5, 1)
        grid.setRowStretch(6, 1)
        self.add_button.clicked.connect(lambda: self.append(self.booth.currentData()))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.pick_button.clicked.connect(self.pick_requested)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.installEventFilter(self)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Delete removes the current booth; Alt+Up and Alt+Down move it."""
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_Delete:
                self.remove_current()
                return True
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def set_booths(self, booths: Sequence[tuple[str, str]]) -> None:
        """The booths that may be chosen: (id, label) in the project's order."""
        self.labels = dict(booths)
        self.booth.clear()
        for bid, label in sorted(booths, key=lambda b: natural_key(b[1])):
            self.booth.addItem(label, bid)

    def set_ids(self, ids: Sequence[str], mixed: bool = False) -> None:
        self.list.clear()
        for bid in ids:
            QListWidgetItem("", self.list).setData(ID_ROLE, bid)
        self._renumber()
        self.note.setText(
            self.tr(
                "The exhibitors chose differently; each keeps its own choices unless you"
                " change this list (then all get the same list)."
            )
            if mixed
            else self.tr("The first is the best. Empty: no choices.")
        )
        self._update_buttons()

    def ids(self) -> tuple[str, ...]:
        return tuple(self.list.item(r).data(ID_ROLE) for r in range(self.list.count()))

    # -- editing -----------------------------------------------------------------------------
    def append(self, booth_id: str | None) -> bool:
        """Add a booth at the end (a booth already listed is not added twice)."""
        if booth_id is None or booth_id in self.ids():
            return False
        QListWidgetItem("", self.list).setData(ID_ROLE, booth_id)
        self.list.setCurrentRow(self.list.count() - 1)
        self._changed()
        return True

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._changed()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._changed()

    def _changed(self) -> None:
        self._renumber()
        self._update_buttons()
        self.edited.emit()

    def _renumber(self) -> None:
        for r in range(self.list.count()):
            item = self.list.item(r)
            bid = item.data(ID_ROLE)
            label = self.labels.get(bid, bid)
            item.setText(
                self.tr("{number}. {booth}").format(number=format_number(r + 1), booth=label)
            )

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)


class ChoicesField(Field):
    """`choices`: the ordered booth ids; "mixed" when the edited exhibitors differ."""

    def __init__(self, key: str, parent: QWidget) -> None:
        editor = ChoicesEditor(parent)
        super().__init__(key, editor)
        self.editor = editor
        editor.edited.connect(self._touch)

    def show(self, values: Sequence[Any]) -> None:
        same, value = _single([tuple(v) for v in values])
        self.editor.set_ids(value if same else (), mixed=not same)

    def value(self) -> tuple[str, ...]:
        return self.editor.ids()
