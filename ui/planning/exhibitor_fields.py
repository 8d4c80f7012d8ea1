"""Form fields that show one value or several (when several exhibitors are edited at once)
and report when the user touched them, so an edit changes only the fields touched.

Each field has a `key` (the model's field name, or "needs.power"…), `show(values)` (the
values of the edited exhibitors: one value shows it, differing values show "mixed") and
`value()`. `touched` is emitted with the key on the user's first edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ..widgets.jalali_date import JalaliDateEdit
from .pickers import ChoicePicker

MAX_AREA_M2 = 100_000.0
MAX_POINTS = 1_000_000


def _single(values: Sequence[Any]) -> tuple[bool, Any]:
    """(True, the value) when all values agree, else (False, None)."""
    first = values[0] if values else None
    return all(v == first for v in values), first


class Field(QObject):
    """Base: a key, a widget, and the touched signal."""

    touched = Signal(str)

    def __init__(self, key: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.key = key
        self.widget = widget

    def _touch(self, *_args: object) -> None:
        self.touched.emit(self.key)

    def show(self, values: Sequence[Any]) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError


class TextField(Field):
    def __init__(self, key: str, parent: QWidget, rtl: bool | None = None) -> None:
        edit = QLineEdit(parent)
        if rtl is not None:  # Persian names right to left, phones left to right, whatever the UI
            direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            edit.setLayoutDirection(direction)
        super().__init__(key, edit)
        self.edit = edit
        edit.textEdited.connect(self._touch)

    def show(self, values: Sequence[Any]) -> None:
        same, value = _single(values)
        self.edit.setText(value or "" if same else "")
        self.edit.setPlaceholderText("" if same else self.tr("(several values)"))

    def value(self) -> str:
        return self.edit.text().strip()


class NoteField(Field):
    def __init__(self, key: str, parent: QWidget) -> None:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(90)
        super().__init__(key, edit)
        self.edit = edit
        self._loading = False
        edit.textChanged.connect(lambda: None if self._loading else self._touch())

    def show(self, values: Sequence[Any]) -> None:
        same, value = _single(values)
        self._loading = True
        self.edit.setPlainText(value or "" if same else "")
        self.edit.setPlaceholderText("" if same else self.tr("(several values)"))
        self._loading = False

    def value(self) -> str:
        return self.edit.toPlainText().strip()


class ChoiceField(Field):
    """A combo box over (value, text) pairs; no current item when the values differ."""

    def __init__(self, key: str, parent: QWidget) -> None:
        combo = QComboBox(parent)
        super().__init__(key, combo)
        self.combo = combo
        self._values: list[Any] = []
        combo.activated.connect(self._touch)

    def set_choices(self, choices: Sequence[tuple[Any, str]], icons: Sequence[Any] = ()) -> None:
        self.combo.clear()
        self._values = [v for v, _ in choices]
        for i, (_, text) in enumerate(choices):
            if i < len(icons) and icons[i] is not None:
                self.combo.addItem(icons[i], text)
            else:
                self.combo.addItem(text)

    def show(self, values: Sequence[Any]) -> None:
        same, value = _single(values)
        index = self._values.index(value) if same and value in self._values else -1
        self.combo.setCurrentIndex(index)

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if index >= 0 else None

    def choose(self, value: Any) -> None:
        """Pick `value` as the user would."""
        self.combo.setCurrentIndex(self._values.index(value))
        self.combo.activated.emit(self.combo.currentIndex())


class CheckField(Field):
    """A check box; partly checked when the values differ, fully checked on the first click."""

    def __init__(self, key: str, text: str, parent: QWidget) -> None:
        box = QCheckBox(text, parent)
        super().__init__(key, box)
        self.box = box
        box.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self.box.setTristate(False)
        self._touch()

    def show(self, values: Sequence[Any]) -> None:
        same, value = _single(values)
        self.box.setTristate(not same)
        self.box.setCheckState(
            Qt.CheckState.PartiallyChecked
            if not same
            else Qt.CheckState.Checked
            if value
            else Qt.CheckState.Unchecked
        )

    def value(self) -> bool:
        return self.box.checkState() == Qt.CheckState.Checked


class AreaField(Field):
    """Square metres; 0 (shown as "several") when the values differ."""

    def __init__(self, key: str, parent: QWidget) -> None:
        spin = QDoubleSpinBox(parent)
        spin.setRange(0.0, MAX_AREA_M2)
        spin.setDecimals(1)
        spin.setSingleStep(3.0)  # stands are made of 3 m × 3 m modules
        spin.setSuffix(self.tr(" m²"))
        super().__init__(key, spin)
        self.spin = spin
        self._loading = False
        spin.valueChanged.connect(lambda _v: None if self._loading else self._touch())

    def show(self, values: Sequence[Any]) -> None:
        same, value = _single(values)
        self._loading = True
        self.spin.setSpecialValueText("" if same else self.tr("(several)"))
        self.spin.setValue(float(value) if same else 0.0)
        self._loading = False

    def value(self) -> float:
        return self.spin.value()


class DateField(Field):
    """A date in the user's calendar (Jalali in Persian); may be empty."""

    def __init__(self, key: str, parent: QWidget) -> None:
        edit = JalaliDateEdit(parent, allow_empty=True)
        super().__init__(key, edit)
        self.edit = edit
        self._loading = False
        self._time = ""
        edit.isoChanged.connect(lambda _v: None if self._loading else self._touch())

    def show(self, values: Sequence[Any]) -> None:
        same, value = _single(values)
        self._loading = True
        # A registration may carry a time ("2026-10-05T09:30"): the editor shows the day and
        # the time is kept with whatever day is chosen.
        self._time = value[10:] if same and value else ""
        self.edit.set_iso(value[:10] if same and value else None)
        self._loading = False

    def value(self) -> str | None:
        day = self.edit.iso()
        return day + self._time if day else None


class IdsField(Field):
    """A searchable list of ids; its value is what the user ticked or unticked (`IdsDelta`)."""

    def __init__(self, key: str, parent: QWidget) -> None:
        picker = ChoicePicker(parent)
        super().__init__(key, picker)
        self.picker = picker
        self._choices: list[tuple[str, str]] = []
        picker.edited.connect(self._touch)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        self._choices = list(choices)

    def show(self, values: Sequence[Any]) -> None:
        sets = [set(v) for v in values] or [set()]
        every = set.intersection(*sets)
        some = set.union(*sets)
        self.picker.set_choices(self._choices, every, some - every)

    def value(self):  # -> IdsDelta
        return self.picker.delta()


class PointsField(Field):
    """A whole number ≥ 0 (priority points); "(several)" below 0 when the values differ."""

    def __init__(self, key: str, parent: QWidget) -> None:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_POINTS)
        super().__init__(key, spin)
        self.spin = spin
        self._loading = False
        spin.valueChanged.connect(self._changed)

    def _changed(self, _value: int) -> None:
        if self._loading:
            return
        if self.spin.minimum() < 0 and self.spin.value() >= 0:
            self.spin.setMinimum(0)  # a typed value ends "several"; it cannot come back
        self._touch()

    def show(self, values: Sequence[Any]) -> None:
        same, value = _single(values)
        self._loading = True
        self.spin.setMinimum(0 if same else -1)
        self.spin.setSpecialValueText("" if same else self.tr("(several)"))
        self.spin.setValue(int(value or 0) if same else -1)
        self._loading = False

    def value(self) -> int:
        return max(0, self.spin.value())
