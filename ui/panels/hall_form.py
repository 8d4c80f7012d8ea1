"""The hall section of the properties panel (shown when no booth is selected): names and size.

Each edit is one `EditHall` command. A hall cannot shrink past its booths, obstacles or
entrances; the editor refuses such an edit with the reason (`rules.hall_refusal`). "Sectors
allowed" is the hall's zone: only exhibitors of those sectors may use its booths, except
booths with a zone of their own.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from qods_planner.model import ModelError, Project, Rect, cm, m2

from ..commands import EditHall, Refused, hall_zone_edit
from ..i18n import current_language, format_area_m2, format_number
from ..widgets.sector_ticks import SectorTicks


def zone_sectors(project: Project) -> list[tuple[str, str, str]]:
    """(id, name, colour) of every sector, named in the interface's language."""
    language = current_language()
    return [(s.id, s.name(language), s.colour) for s in project.sectors.values()]


def size_box(parent: QWidget) -> QDoubleSpinBox:
    """A length in metres to the centimetre; 0 shows as "mixed" (several different values)."""
    box = QDoubleSpinBox(parent)
    box.setDecimals(2)
    box.setRange(0.0, 10_000.0)
    box.setSingleStep(0.5)
    box.setSuffix(QCoreApplication.translate("PropertiesPanel", " m", "metres after a length"))
    box.setSpecialValueText(QCoreApplication.translate("PropertiesPanel", "mixed"))
    # Typed values count when Enter or leaving the box ends them; arrows count at once.
    box.setKeyboardTracking(False)
    return box


class HallForm(QWidget):
    """Names and size of one hall (chosen in the list when the project has several)."""

    def __init__(self, panel: QDockWidget) -> None:  # the properties panel
        super().__init__(panel)
        self.panel = panel
        self.project: Project | None = None
        form = QFormLayout(self)
        self.hint = QLabel(self.tr("No booth selected. Hall:"), self)
        self.hall = QComboBox(self)
        self.name_fa = QLineEdit(self)
        self.name_fa.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_en = QLineEdit(self)
        self.width = size_box(self)
        self.depth = size_box(self)
        self.area = QLabel(self)
        self.booths = QLabel(self)
        self.zone = SectorTicks(self)
        self.zone.setToolTip(
            self.tr("Only exhibitors of the ticked sectors may use the hall's booths")
        )
        form.addRow(self.hint)
        form.addRow(self.hall)
        form.addRow(self.tr("Persian name"), self.name_fa)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Width"), self.width)
        form.addRow(self.tr("Depth"), self.depth)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Booths"), self.booths)
        form.addRow(self.tr("Sectors allowed"), self.zone)
        self.hall.activated.connect(lambda _i: self.show_project(self.project))
        self.name_fa.editingFinished.connect(lambda: self._text_edited("name_fa", self.name_fa))
        self.name_en.editingFinished.connect(lambda: self._text_edited("name_en", self.name_en))
        self.width.valueChanged.connect(lambda value: self._size_edited("w", value))
        self.depth.valueChanged.connect(lambda value: self._size_edited("h", value))
        self.zone.toggled.connect(self._zone_edited)

    def hall_id(self) -> str | None:
        return self.hall.currentData()

    def show_project(self, project: Project | None, hall_id: str | None = None) -> None:
        """Show `project`'s hall `hall_id`, else the one shown before (else the first)."""
        self.project = project
        if project is None:
            return
        shown = self.hall_id()
        current = hall_id if hall_id in project.halls else shown
        self.hall.blockSignals(True)
        self.hall.clear()
        persian = current_language() == "fa"
        for hall in project.halls.values():
            names = (hall.name_fa, hall.name_en) if persian else (hall.name_en, hall.name_fa)
            self.hall.addItem(" — ".join(dict.fromkeys(n for n in names if n)), hall.id)
        index = self.hall.findData(current) if current in project.halls else 0
        self.hall.setCurrentIndex(max(index, 0))
        self.hall.blockSignals(False)
        if self.hall_id() != shown:  # the buttons acting on the chosen hall follow it
            self.hall.currentIndexChanged.emit(self.hall.currentIndex())
        hall = project.halls.get(self.hall_id() or "")
        for widget in (self.name_fa, self.name_en, self.width, self.depth, self.zone):
            widget.setEnabled(hall is not None)
        if hall is None:
            self.area.setText("")
            self.booths.setText("")
            return
        self.zone.set_sectors(zone_sectors(project), hall.sectors)
        self.zone.set_hint(
            self.tr("None ticked: any sector. A booth's own zone wins over the hall's.")
        )
        self.name_fa.setText(hall.name_fa)
        self.name_en.setText(hall.name_en)
        for box, value in ((self.width, hall.outline.w), (self.depth, hall.outline.h)):
            box.blockSignals(True)
            box.setValue(value / 100)
            box.blockSignals(False)
        self.area.setText(format_area_m2(m2(hall.outline.area), decimals=0))
        booths = project.booths_in(hall.id)
        self.booths.setText(
            self.tr("{count} ({area})", "booths in the hall and their total area").format(
                count=format_number(len(booths)),
                area=format_area_m2(m2(sum(b.area for b in booths)), decimals=0),
            )
        )

    def _zone_edited(self, sector_id: str, allowed: bool) -> None:
        hall_id = self.hall_id()
        if self.project is None or hall_id not in self.project.halls:
            return
        try:
            command = hall_zone_edit(self.project, hall_id, sector_id, allowed)
        except Refused as exc:
            self.panel.refused(str(exc))
            return
        self.panel.push(command)

    def _text_edited(self, field: str, edit: QLineEdit) -> None:
        self._apply({field: edit.text().strip()})

    def _size_edited(self, field: str, metres: float) -> None:
        if metres > 0:
            self._apply({field: cm(metres)})

    def _apply(self, changes: dict[str, object]) -> None:
        hall_id = self.hall_id()
        if self.project is None or hall_id not in self.project.halls:
            return
        hall = self.project.halls[hall_id]
        current = {
            "name_fa": hall.name_fa,
            "name_en": hall.name_en,
            "w": hall.outline.w,
            "h": hall.outline.h,
        }
        if all(current[k] == v for k, v in changes.items()):
            return
        fields = {k: v for k, v in changes.items() if k in ("name_fa", "name_en")}
        if "w" in changes or "h" in changes:
            o = hall.outline
            w = int(changes.get("w", o.w))  # type: ignore[call-overload]
            h = int(changes.get("h", o.h))  # type: ignore[call-overload]
            fields["outline"] = Rect(o.x, o.y, w, h)
        try:
            after = replace(hall, **fields)
        except ModelError as exc:
            self.panel.refused(str(exc))
            return
        self.panel.push(EditHall(self.project, after))
