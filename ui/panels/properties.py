"""The properties panel: the selected booths' fields, or the hall when nothing is selected.

Widget → model: every edit is one `EditBooths` (or `EditHall`) command on the undo stack, applied
to all selected booths, and only when it changes something. Model → widget: the panel re-reads
the project after the selection or the project changed (undo, redo, other panels), coalescing
a burst of changes into one refresh. Fields whose values differ across the selection show as
mixed (a partly checked box, an empty choice, "mixed" in the size boxes).

"Sectors allowed" is the booths' zone: ticking a sector allows it on every selected booth
(`SetBoothZones`); nothing ticked leaves the booth to its hall's zone, else to any sector.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from qods_planner.layout import layout_of
from qods_planner.model import Booth, BoothKind, BoothStatus, ModelError, Project, cm, m2

from ..commands import EditBooths, Refused, SetBoothZones
from ..i18n import current_language, format_area_m2
from ..widgets.sector_ticks import SectorTicks
from .hall_form import HallForm, size_box, zone_sectors

if TYPE_CHECKING:
    from ..document import Document

FLAGS = ("power", "water", "heavy_floor")
STATUSES = (BoothStatus.AVAILABLE, BoothStatus.BLOCKED, BoothStatus.RESERVED)
PREMIUM_CHOICES = (None, True, False)  # combo order: automatic, yes, no


class BoothForm(QWidget):
    """Fields of the selected booths."""

    def __init__(self, panel: PropertiesPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        form = QFormLayout(self)
        self.count = QLabel(self)
        self.label = QLineEdit(self)
        self.width = size_box(self)
        self.depth = size_box(self)
        self.area = QLabel(self)
        self.kind = QLabel(self)
        self.flags = {
            "power": QCheckBox(self.tr("Power"), self),
            "water": QCheckBox(self.tr("Water"), self),
            "heavy_floor": QCheckBox(self.tr("Heavy floor"), self),
        }
        self.premium = QComboBox(self)
        self.premium.addItems([self.tr("Automatic"), self.tr("Yes"), self.tr("No")])
        self.premium.setToolTip(
            self.tr("Automatic: premium when near an entrance. Yes or No overrides it.")
        )
        self.status = QComboBox(self)
        self.status.addItems([self.tr("Available"), self.tr("Blocked"), self.tr("Reserved")])
        self.zone = SectorTicks(self)
        self.zone.setToolTip(self.tr("Only exhibitors of the ticked sectors may use the booth"))
        form.addRow(self.count)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Width"), self.width)
        form.addRow(self.tr("Depth"), self.depth)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Kind"), self.kind)
        for box in self.flags.values():
            form.addRow("", box)
        form.addRow(self.tr("Premium"), self.premium)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Sectors allowed"), self.zone)

        self.label.editingFinished.connect(self._label_edited)
        self.width.valueChanged.connect(lambda _v: self._size_edited("w", self.width))
        self.depth.valueChanged.connect(lambda _v: self._size_edited("h", self.depth))
        for name, box in self.flags.items():
            box.clicked.connect(lambda _checked=False, n=name: self._flag_clicked(n))
        self.premium.activated.connect(
            lambda index: self.panel.apply({"premium": PREMIUM_CHOICES[index]})
        )
        self.status.activated.connect(lambda index: self.panel.apply({"status": STATUSES[index]}))
        self.zone.toggled.connect(self.panel.set_zone)

    # -- model → widget ----------------------------------------------------------------------
    def show_booths(
        self, booths: list[Booth], kinds: list[BoothKind], derived_premium: list[bool]
    ) -> None:
        one = len(booths) == 1
        self.count.setText(
            self.tr("Booth {label}").format(label=booths[0].label)
            if one
            else self.tr("%n booths selected", "", len(booths))
        )
        self.label.setEnabled(one)
        self.label.setText(booths[0].label if one else "")
        self.label.setPlaceholderText("" if one else self.tr("(each booth keeps its label)"))
        self._show_length(self.width, {b.rect.w for b in booths})
        self._show_length(self.depth, {b.rect.h for b in booths})
        total = sum(b.area for b in booths)
        area = format_area_m2(m2(total), decimals=2)
        self.area.setText(area if one else self.tr("{area} in total").format(area=area))
        self.kind.setText(", ".join(self._kind_name(k) for k in dict.fromkeys(kinds)))
        for name, box in self.flags.items():
            values = {getattr(b, name) for b in booths}
            box.setTristate(len(values) > 1)
            box.setCheckState(
                Qt.CheckState.PartiallyChecked
                if len(values) > 1
                else (Qt.CheckState.Checked if values.pop() else Qt.CheckState.Unchecked)
            )
        premiums = {b.premium for b in booths}
        self.premium.setCurrentIndex(
            PREMIUM_CHOICES.index(premiums.pop()) if len(premiums) == 1 else -1
        )
        automatic = set(derived_premium)
        self.premium.setItemText(
            0,
            self.tr("Automatic (yes)")
            if automatic == {True}
            else self.tr("Automatic (no)")
            if automatic == {False}
            else self.tr("Automatic"),
        )
        statuses = {b.status for b in booths}
        self.status.setCurrentIndex(STATUSES.index(statuses.pop()) if len(statuses) == 1 else -1)

    def show_zone(self, project: Project, booths: list[Booth]) -> None:
        zones = [set(b.sectors) for b in booths]
        every, some = set.intersection(*zones), set.union(*zones)
        self.zone.set_sectors(zone_sectors(project), every, some)
        halls = {project.halls[b.hall_id].sectors for b in booths if b.hall_id in project.halls}
        hall_zone = halls.pop() if len(halls) == 1 else ()
        if some:
            self.zone.set_hint("")
        elif hall_zone:
            language = current_language()
            names = ", ".join(project.sectors[s].name(language) for s in hall_zone)
            self.zone.set_hint(self.tr("None ticked: the hall's zone applies ({0})").format(names))
        else:
            self.zone.set_hint(self.tr("None ticked: any sector"))

    @staticmethod
    def _show_length(box: QDoubleSpinBox, values: set[int]) -> None:
        box.blockSignals(True)
        box.setValue(values.pop() / 100 if len(values) == 1 else 0.0)
        box.blockSignals(False)

    def _kind_name(self, kind: BoothKind) -> str:
        return {
            BoothKind.INLINE: self.tr("inline"),
            BoothKind.CORNER: self.tr("corner"),
            BoothKind.PENINSULA: self.tr("peninsula"),
            BoothKind.ISLAND: self.tr("island"),
        }[kind]

    # -- widget → model ----------------------------------------------------------------------
    def _label_edited(self) -> None:
        text = self.label.text().strip()
        if self.label.isEnabled() and text:
            self.panel.apply({"label": text})
        elif self.label.isEnabled():
            self.panel.refused(self.tr("A booth needs a label"))

    def _size_edited(self, field: str, box: QDoubleSpinBox) -> None:
        if box.value() > 0:  # 0 is "mixed": the user did not type a size
            self.panel.apply({field: cm(box.value())})

    def _flag_clicked(self, name: str) -> None:
        box = self.flags[name]
        # A mixed (partly checked) box turns fully checked on the first click.
        value = box.checkState() != Qt.CheckState.Unchecked
        self.panel.apply({name: value})


class PropertiesPanel(QDockWidget):
    """Dock showing the selection's properties (or the hall's when nothing is selected)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Properties"))
        self.setObjectName("PropertiesPanel")
        self.window_ = window
        self.document: Document | None = None
        self._unsubscribe = lambda: None
        self.stack = QStackedWidget(self)
        self.booth_form = BoothForm(self)
        self.hall_form = HallForm(self)
        self.stack.addWidget(self.booth_form)
        self.stack.addWidget(self.hall_form)
        scroll = QScrollArea(self)  # the forms are taller than a dock shared with others
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.stack)
        self.setWidget(scroll)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        window.document_changed.connect(self.bind)

    def bind(self, document: Document) -> None:
        """Follow a new document and its editor."""
        self._unsubscribe()
        self.document = document
        editor = self.window_.editor
        editor.selection_changed.connect(self.refresh)
        editor.hall_changed.connect(self._follow_hall)
        self._unsubscribe = document.project.subscribe(lambda _c: self._refresh_timer.start())
        self.refresh()

    def _follow_hall(self, hall_id: str) -> None:
        """The hall form shows the hall the plan shows (it had stayed on Hall 1 after Add
        hall moved the plan to Hall 2)."""
        if self.document is not None and hall_id:
            self.hall_form.show_project(self.document.project, hall_id)

    def selected_ids(self) -> list[str]:
        project = self.document.project if self.document else None
        if project is None:
            return []
        return [b for b in self.window_.editor.selected_booth_ids() if b in project.booths]

    def refresh(self) -> None:
        """Re-read the selection (or hall) from the model."""
        self._refresh_timer.stop()
        if self.document is None:
            return
        project = self.document.project
        ids = self.selected_ids()
        if not ids:
            self.stack.setCurrentWidget(self.hall_form)
            self.hall_form.show_project(project)
            return
        self.stack.setCurrentWidget(self.booth_form)
        booths = [project.booths[b] for b in ids]
        layout = layout_of(project)
        kinds = [layout.kind(b) for b in ids if b in layout.open_sides]
        derived = [layout.premium.get(b, False) for b in ids if project.booths[b].premium is None]
        self.booth_form.show_booths(booths, kinds, derived)
        self.booth_form.show_zone(project, booths)

    def apply(self, changes: dict[str, object]) -> bool:
        """Push one EditBooths for the selection, if it changes anything."""
        ids = self.selected_ids()
        if not ids or self.document is None:
            return False
        project = self.document.project
        if not any(_differs(project.booths[b], changes) for b in ids):
            return False
        try:
            command = EditBooths(project, ids, changes)
        except (Refused, ModelError) as exc:
            self.refused(str(exc))
            return False
        return self.push(command)

    def set_zone(self, sector_id: str, allowed: bool) -> bool:
        """Allow (or stop allowing) a sector on every selected booth, as one undo step."""
        ids = self.selected_ids()
        if not ids or self.document is None:
            return False
        try:
            command = SetBoothZones(self.document.project, ids, sector_id, allowed)
        except Refused as exc:
            self.refused(str(exc))
            return False
        return self.push(command)

    def push(self, command: QUndoCommand) -> bool:
        """Push through the editor, which refuses invalid geometry (overlaps, outside the
        hall, a label in use) with the reason in the status bar; then show the result."""
        if self.document is None:
            return False
        pushed = self.window_.editor.try_push(command)
        self.refresh()  # a refused edit puts the model's value back in the widget
        return pushed

    def refused(self, message: str) -> None:
        self.window_.statusBar().showMessage(message, 8000)
        self.refresh()


def _differs(booth: Booth, changes: dict[str, object]) -> bool:
    """True when applying `changes` would change `booth` (w and h are its rectangle's)."""
    current = {"w": booth.rect.w, "h": booth.rect.h}
    return any(current.get(k, getattr(booth, k, None)) != v for k, v in changes.items())
