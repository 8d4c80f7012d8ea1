"""The small questions the editor asks: row generator, renumbering, split count, calibration
distance, background picture and opacity.

`Prompts` gathers them behind plain methods returning values (None when cancelled), so tests
replace it with canned answers instead of driving modal dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from qods_planner.model import Project, cm

from ..commands.generate import RowSpec
from ..commands.naming import label_scheme
from ..file_dialogs import open_file_name

translate = QCoreApplication.translate


def metres_box(parent: QWidget, value: float, minimum: float = 1.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setDecimals(2)
    box.setRange(minimum, 1000.0)
    box.setSingleStep(0.5)
    box.setSuffix(translate("Dialogs", " m"))
    box.setValue(value)
    return box


class RowDialog(QDialog):
    """Count, booth size, single row or back to back, direction, label pattern, position."""

    def __init__(
        self, project: Project, hall_id: str, x_cm: int, y_cm: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Row of booths"))
        self.hall = project.halls[hall_id]
        prefix, highest, digits = label_scheme(project, hall_id)
        form = QFormLayout(self)
        self.count = QSpinBox(self)
        self.count.setRange(1, 200)
        self.count.setValue(6)
        self.width = metres_box(self, 3.0)
        self.depth = metres_box(self, 3.0)
        self.layout_kind = QComboBox(self)
        self.layout_kind.addItems([self.tr("Single row"), self.tr("Back to back (island)")])
        self.direction = QComboBox(self)
        self.direction.addItems([self.tr("Left to right"), self.tr("Top to bottom")])
        self.pattern = QLineEdit(f"{prefix}{{n:0{digits}}}" if digits > 1 else f"{prefix}{{n}}")
        # A label pattern is an identifier (B-{n:02}): written left to right in any language.
        self.pattern.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.pattern.setToolTip(self.tr("{n} is replaced by the number, e.g. B-{n:02} gives B-07"))
        self.start = QSpinBox(self)
        self.start.setRange(0, 99_999)
        self.start.setValue(highest + 1)
        o = self.hall.outline
        self.x = metres_box(self, (x_cm - o.x) / 100, 0.0)
        self.y = metres_box(self, (y_cm - o.y) / 100, 0.0)
        form.addRow(self.tr("Booths per row"), self.count)
        form.addRow(self.tr("Booth width"), self.width)
        form.addRow(self.tr("Booth depth"), self.depth)
        form.addRow(self.tr("Layout"), self.layout_kind)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Label pattern"), self.pattern)
        form.addRow(self.tr("First number"), self.start)
        form.addRow(self.tr("From the hall's left"), self.x)
        form.addRow(self.tr("From the hall's top"), self.y)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def spec(self) -> RowSpec:
        o = self.hall.outline
        return RowSpec(
            hall_id=self.hall.id,
            x=o.x + cm(self.x.value()),
            y=o.y + cm(self.y.value()),
            count=self.count.value(),
            width=cm(self.width.value()),
            depth=cm(self.depth.value()),
            back_to_back=self.layout_kind.currentIndex() == 1,
            vertical=self.direction.currentIndex() == 1,
            pattern=self.pattern.text().strip(),
            start=self.start.value(),
        )


class RenumberDialog(QDialog):
    """Pattern, first number and reading direction for renumbering a selection."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renumber booths"))
        form = QFormLayout(self)
        self.pattern = QLineEdit(f"{prefix}{{n}}", self)
        self.pattern.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.pattern.setToolTip(self.tr("{n} is replaced by the number, e.g. B-{n:02} gives B-07"))
        self.start = QSpinBox(self)
        self.start.setRange(0, 99_999)
        self.start.setValue(1)
        self.order = QComboBox(self)
        self.order.addItems([self.tr("Rows left to right"), self.tr("Rows right to left")])
        form.addRow(self.tr("Label pattern"), self.pattern)
        form.addRow(self.tr("First number"), self.start)
        form.addRow(self.tr("Order"), self.order)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, int, bool]:
        return self.pattern.text().strip(), self.start.value(), self.order.currentIndex() == 1


class Prompts:
    """Modal questions; each returns the answer or None when the user cancels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_distance(self) -> float | None:
        value, ok = QInputDialog.getDouble(
            self.parent,
            translate("Prompts", "Calibrate"),
            translate("Prompts", "Real distance between the points (m):"),
            10.0,
            0.01,
            10_000.0,
            2,
        )
        return value if ok else None

    def ask_split_count(self) -> int | None:
        value, ok = QInputDialog.getInt(
            self.parent,
            translate("Prompts", "Split booth"),
            translate("Prompts", "Number of parts:"),
            2,
            2,
            20,
        )
        return value if ok else None

    def ask_row(self, project: Project, hall_id: str, x_cm: int, y_cm: int) -> RowSpec | None:
        dialog = RowDialog(project, hall_id, x_cm, y_cm, self.parent)
        return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_renumber(self, prefix: str) -> tuple[str, int, bool] | None:
        dialog = RenumberDialog(prefix, self.parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_picture(self) -> str | None:
        path, _ = open_file_name(
            self.parent,
            translate("Prompts", "Background picture"),
            "",
            translate("Prompts", "Pictures (*.png *.jpg *.jpeg)"),
        )
        return path or None

    def ask_opacity(self, current: float) -> float | None:
        value, ok = QInputDialog.getInt(
            self.parent,
            translate("Prompts", "Background opacity"),
            translate("Prompts", "Opacity (%):"),
            round(current * 100),
            5,
            100,
            5,
        )
        return value / 100 if ok else None
