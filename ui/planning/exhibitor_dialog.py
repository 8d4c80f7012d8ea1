"""Add or edit exhibitors: every field of the model, in three tabs.

Adding builds a new `Exhibitor` from all fields. Editing (one exhibitor or several at once)
changes only the fields the user touched: a field whose values differ across the exhibitors
shows as mixed and stays as each one has it unless touched; the id lists (competitors,
partners, pinned booths) change by what was ticked or unticked. A value the model refuses
(`ModelError`) is shown in the dialog, which stays open; nothing is changed.

The Choices tab orders the booths the exhibitor wants, best first; "Pick on plan" hides the
dialog while booths are clicked on the plan (`choice_picking`), then shows it again.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qods_planner.model import (
    Exhibitor,
    ExhibitorStatus,
    ModelError,
    Needs,
    PriorityTier,
    Wishes,
)

from ..commands import Refused
from ..i18n import LANGUAGE_NAMES, LANGUAGES
from ..widgets.swatch import colour_icon
from .choice_picking import ChoicePicking
from .choices_field import ChoicesField
from .exhibitor_commands import AddExhibitor, EditExhibitors
from .exhibitor_fields import (
    AreaField,
    CheckField,
    ChoiceField,
    DateField,
    Field,
    IdsField,
    NoteField,
    PointsField,
    TextField,
)
from .planning_controller import Planning

DEFAULT_AREAS_M2 = (9.0, 9.0, 12.0)  # one 3 m × 3 m module, up to 12 m²


class ExhibitorDialog(QDialog):
    """`ids` None: add a new exhibitor; otherwise edit those exhibitors."""

    def __init__(
        self, planning: Planning, ids: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.planning = planning
        self.project = planning.project
        self.ids = list(ids) if ids else []
        self.adding = not self.ids
        self.touched: set[str] = set()
        self.fields: dict[str, Field] = {}
        self.picking: ChoicePicking | None = None
        self._executing = False
        if self.adding:
            self.setWindowTitle(self.tr("Add exhibitor"))
        elif len(self.ids) == 1:
            self.setWindowTitle(self.tr("Edit exhibitor {0}").format(self.ids[0]))
        else:
            count = len(self.ids)
            self.setWindowTitle(self.tr("Edit %n exhibitor(s)", "", count))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._stand_tab(), self.tr("Stand"))
        self.tabs.addTab(self._relations_tab(), self.tr("Relations"))
        self.tabs.addTab(self._choices_tab(), self.tr("Booth choices"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._load()
        for f in self.fields.values():
            f.touched.connect(self.touched.add)
        self.resize(600, 680)

    # -- building ----------------------------------------------------------------------------
    def _add(self, form: QFormLayout, label: str, field: Field) -> Field:
        self.fields[field.key] = field
        if label:
            form.addRow(label, field.widget)
        else:
            form.addRow(field.widget)
        return field

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        project, language = self.project, self.planning.language()
        self.id_field = self._add(form, self.tr("ID"), TextField("id", page, rtl=False))
        self.id_field.widget.setEnabled(self.adding)
        self._add(form, self.tr("Name (Persian)"), TextField("name_fa", page, rtl=True))
        self._add(form, self.tr("Name (English)"), TextField("name_en", page, rtl=False))
        sector = ChoiceField("sector_id", page)
        sectors = list(project.sectors.values())
        sector.set_choices(
            [(s.id, s.name(language)) for s in sectors], [colour_icon(s.colour) for s in sectors]
        )
        self._add(form, self.tr("Sector"), sector)
        priority = ChoiceField("priority", page)
        priority.set_choices(
            [
                (PriorityTier.SPONSOR, self.tr("Sponsor")),
                (PriorityTier.RETURNING, self.tr("Returning")),
                (PriorityTier.REGULAR, self.tr("Regular")),
            ]
        )
        self._add(form, self.tr("Priority"), priority)
        points = self._add(form, self.tr("Priority points"), PointsField("priority_points", page))
        points.widget.setToolTip(
            self.tr("More points come first in the fair order among exhibitors of one tier")
        )
        status = ChoiceField("status", page)
        status.set_choices(
            [
                (ExhibitorStatus.REGISTERED, self.tr("Registered")),
                (ExhibitorStatus.WITHDRAWN, self.tr("Withdrawn")),
            ]
        )
        self._add(form, self.tr("Status"), status)
        self._add(form, self.tr("Registered on"), DateField("registered_on", page))
        letters = ChoiceField("language", page)
        letters.set_choices([(code, LANGUAGE_NAMES[code]) for code in LANGUAGES])
        self._add(form, self.tr("Letters in"), letters)
        self._add(form, self.tr("Phone"), TextField("phone", page, rtl=False))
        self._add(form, self.tr("Note"), NoteField("note", page))
        return page

    def _stand_tab(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        areas = QGroupBox(self.tr("Area"), page)
        form = QFormLayout(areas)
        self._add(form, self.tr("Requested"), AreaField("requested_m2", areas))
        self._add(form, self.tr("Smallest accepted"), AreaField("min_m2", areas))
        self._add(form, self.tr("Largest accepted"), AreaField("max_m2", areas))
        needs = QGroupBox(self.tr("Needs (every booth of the stand must offer them)"), page)
        form = QFormLayout(needs)
        self._add(form, "", CheckField("needs.power", self.tr("Power"), needs))
        self._add(form, "", CheckField("needs.water", self.tr("Water"), needs))
        self._add(form, "", CheckField("needs.heavy_floor", self.tr("Heavy floor"), needs))
        wishes = QGroupBox(self.tr("Wishes"), page)
        form = QFormLayout(wishes)
        self._add(form, "", CheckField("wishes.corner", self.tr("A corner stand"), wishes))
        self._add(form, "", CheckField("wishes.island", self.tr("An island stand"), wishes))
        hall = ChoiceField("wishes.preferred_hall", wishes)
        language = self.planning.language()
        hall.set_choices(
            [(None, self.tr("(no preference)"))]
            + [(h.id, h.name(language) or h.id) for h in self.project.halls.values()]
        )
        self._add(form, self.tr("Preferred hall"), hall)
        self._add(
            form,
            "",
            CheckField("wishes.hall_required", self.tr("Only this hall (a hard rule)"), wishes),
        )
        outer.addWidget(areas)
        outer.addWidget(needs)
        outer.addWidget(wishes)
        outer.addStretch(1)
        return page

    def _relations_tab(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        language = self.planning.language()
        others = [
            (e.id, f"{e.name(language)} ({e.id})")
            for e in self.project.exhibitors.values()
            if len(self.ids) != 1 or e.id != self.ids[0]
        ]
        booths = [(b.id, b.label) for b in self.project.booths.values()]
        for key, title, choices in (
            ("competitors", self.tr("Competitors (never neighbours)"), others),
            ("partners", self.tr("Partners (neighbours if possible)"), others),
            ("pinned_booths", self.tr("Pinned booths (the stand is fixed)"), booths),
        ):
            box = QGroupBox(title, page)
            form = QFormLayout(box)
            field = IdsField(key, box)
            field.set_choices(choices)
            self._add(form, "", field)
            outer.addWidget(box)
        return page

    def _choices_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.choices = ChoicesField("choices", page)
        self.choices.editor.set_booths([(b.id, b.label) for b in self.project.booths.values()])
        self.choices.editor.pick_requested.connect(self.start_picking)
        self.choices.editor.pick_button.setEnabled(self.planning.editor is not None)
        self._add(form, "", self.choices)
        only = CheckField("choices_only", self.tr("Accept only these booths (a hard rule)"), page)
        only.widget.setToolTip(
            self.tr("The whole stand must lie inside the chosen booths, or the exhibitor waits")
        )
        self._add(form, "", only)
        return page

    # -- picking on the plan -----------------------------------------------------------------
    def start_picking(self) -> None:
        """Hide, and let booths clicked on the plan join the list until Esc or Enter."""
        editor = self.planning.editor
        if editor is None or self.picking is not None:
            return
        picking = ChoicePicking(editor, list(self.choices.value()), self)
        picking.picked.connect(self.choices.editor.append)
        picking.message.connect(self.planning.message)
        picking.finished.connect(self._picking_finished)
        self.picking = picking
        self.hide()  # inside exec() this ends its loop; exec() below waits for the picking
        picking.start()

    def _picking_finished(self) -> None:
        self.picking = None
        if not self._executing:
            self.show()
        self.tabs.setCurrentIndex(self.tabs.count() - 1)

    def exec(self) -> int:
        """Like QDialog.exec(), through any number of picking rounds on the plan."""
        self._executing = True
        try:
            while True:
                code = super().exec()
                picking = self.picking
                if picking is None:
                    return code
                loop = QEventLoop(self)
                picking.finished.connect(loop.quit)
                loop.exec()
        finally:
            self._executing = False

    # -- showing -----------------------------------------------------------------------------
    def _load(self) -> None:
        if self.adding:
            first_sector = next(iter(self.project.sectors), None)
            req, low, high = DEFAULT_AREAS_M2
            values: dict[str, Any] = {
                "id": self.project.new_id("ex", self.project.exhibitors),
                "name_fa": "",
                "name_en": "",
                "sector_id": first_sector,
                "priority": PriorityTier.REGULAR,
                "status": ExhibitorStatus.REGISTERED,
                "registered_on": None,
                "phone": "",
                "note": "",
                # the organiser writes to a new exhibitor in the language it works in
                "language": self.planning.language(),
                "priority_points": 0,
                "choices": (),
                "choices_only": False,
                "requested_m2": req,
                "min_m2": low,
                "max_m2": high,
                "competitors": (),
                "partners": (),
                "pinned_booths": (),
            }
            values |= {f"needs.{f.name}": False for f in dataclass_fields(Needs)}
            blank = Wishes()
            values |= {f"wishes.{f.name}": getattr(blank, f.name) for f in dataclass_fields(Wishes)}
            for key, field in self.fields.items():
                field.show([values[key]])
            return
        exhibitors = [self.project.exhibitors[e] for e in self.ids]
        for key, field in self.fields.items():
            field.show([_get(ex, key) for ex in exhibitors])

    # -- applying ----------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """Field → new value, for the fields the user touched (the id is never changed)."""
        return {k: self.fields[k].value() for k in sorted(self.touched) if k != "id"}

    def new_exhibitor(self) -> Exhibitor:
        """The exhibitor the fields describe (adding); raises ModelError when one is bad."""
        v = {key: field.value() for key, field in self.fields.items()}
        for key in ("competitors", "partners", "pinned_booths"):
            v[key] = self.fields[key].picker.checked_ids()
        return Exhibitor(
            id=v["id"],
            # An English name alone serves in Persian too, as the workbook import does.
            name_fa=v["name_fa"] or v["name_en"],
            name_en=v["name_en"],
            sector_id=v["sector_id"] or "",
            requested_m2=v["requested_m2"],
            min_m2=v["min_m2"],
            max_m2=v["max_m2"],
            needs=Needs(**{f.name: v[f"needs.{f.name}"] for f in dataclass_fields(Needs)}),
            wishes=Wishes(**{f.name: v[f"wishes.{f.name}"] for f in dataclass_fields(Wishes)}),
            priority=v["priority"],
            registered_on=v["registered_on"],
            competitors=v["competitors"],
            partners=v["partners"],
            pinned_booths=v["pinned_booths"],
            status=v["status"],
            phone=v["phone"],
            note=v["note"],
            language=v["language"],
            choices=v["choices"],
            choices_only=v["choices_only"],
            priority_points=v["priority_points"],
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def accept(self) -> None:
        """Apply the fields as one undo step; on a refused value, say why and stay open."""
        try:
            if self.adding:
                command = AddExhibitor(self.project, self.new_exhibitor())
            else:
                changes = self.changes()
                if not changes:
                    super().accept()
                    return
                command = EditExhibitors(self.project, self.ids, changes)
        except (ModelError, Refused) as exc:
            self.show_error(str(exc))
            return
        self.show_error("")
        self.planning.push(lambda: command)
        super().accept()


def _get(ex: Exhibitor, key: str) -> Any:
    outer, _, inner = key.partition(".")
    value = getattr(ex, outer)
    return getattr(value, inner) if inner else value
