"""Asking for a new sector's names, in Persian and in English, both required and unique.

Sector names are data shown to exhibitors and printed on the plan in the fair's language, so a
new sector gets both names at once rather than a placeholder to rename. "Most stands" caps how
many of its exhibitors get a stand (empty: no cap).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from qods_planner.model import Sector
from qods_planner.text import normalise_key

translate = QCoreApplication.translate

MOST_STANDS = 10_000


def cap_box(parent: QWidget) -> QSpinBox:
    """Most stands: a whole number, or "no cap" (shown at -1, the box's minimum)."""
    box = QSpinBox(parent)
    box.setRange(-1, MOST_STANDS)
    box.setSpecialValueText(translate("SectorNameDialog", "No cap"))
    box.setValue(-1)
    box.setToolTip(
        translate("SectorNameDialog", "How many of the sector's exhibitors may get a stand")
    )
    return box


def name_problem(name_fa: str, name_en: str, sectors: Iterable[Sector]) -> str | None:
    """Why these names cannot be a new sector's (empty, or another sector's name), else None.
    Names compare as the import matches them: case, spaces and Arabic letters aside."""
    if not name_fa.strip() or not name_en.strip():
        return translate("SectorNameDialog", "Give the sector a name in both languages.")
    taken = {normalise_key(n) for s in sectors for n in (s.name_fa, s.name_en)}
    for name in (name_fa, name_en):
        if normalise_key(name) in taken:
            return translate("SectorNameDialog", "Another sector is already called “{0}”.").format(
                f"\u2068{name.strip()}\u2069"
            )
    return None


class SectorNameDialog(QDialog):
    """Persian and English name of a new sector; OK only when `name_problem` finds none."""

    def __init__(self, sectors: Iterable[Sector], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add sector"))
        self.sectors = list(sectors)
        form = QFormLayout(self)
        self.name_fa = QLineEdit(self)
        self.name_fa.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_en = QLineEdit(self)
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.cap = cap_box(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form.addRow(self.tr("Persian name"), self.name_fa)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Most stands"), self.cap)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.name_fa, self.name_en):
            edit.textChanged.connect(self._check)
        self.setMinimumWidth(420)
        self._check()

    def names(self) -> tuple[str, str]:
        return self.name_fa.text().strip(), self.name_en.text().strip()

    def most_stands(self) -> int | None:
        return None if self.cap.value() < 0 else self.cap.value()

    def _check(self) -> None:
        problem = name_problem(*self.names(), self.sectors)
        # An empty form is not an error yet: say nothing until something is typed.
        typed = any(self.names())
        self.problem.setText(problem if problem and typed else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
