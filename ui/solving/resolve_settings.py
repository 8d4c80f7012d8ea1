"""The re-solve's two settings in the solve panel's form: keep a stand for every published
exhibitor (the hard rule of re-solving, on by default) and how many extra moves the trade-off
frontier offers. They edit the controller's solver settings, which a solve stores in the
project with the plan, as the time limit and the seed are."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QSpinBox, QWidget

from qods_planner.model.settings import MAX_EXTRA_MOVES

from .solving_controller import SolvingController


class ResolveSettings(QObject):
    """Adds its rows to `form` (widgets parented to `parent`) and keeps them in step with
    `controller.solver_settings` both ways."""

    def __init__(self, parent: QWidget, form: QFormLayout, controller: SolvingController) -> None:
        super().__init__(parent)
        self.controller = controller
        self.keep_confirmed = QCheckBox(self.tr("Published exhibitors always keep a stand"), parent)
        self.keep_confirmed.setToolTip(
            self.tr(
                "A re-solve may move an exhibitor of the published plan, but never sends it to"
                " the waitlist"
            )
        )
        self.extra_moves = QSpinBox(parent)
        self.extra_moves.setRange(0, MAX_EXTRA_MOVES)
        self.extra_moves.setToolTip(
            self.tr("A re-solve also offers the best plans with up to this many more moves")
        )
        form.addRow(self.keep_confirmed)
        form.addRow(self.tr("Extra moves offered"), self.extra_moves)
        self._loading = False
        self.keep_confirmed.toggled.connect(self._edited)
        self.extra_moves.valueChanged.connect(self._edited)
        controller.settings_changed.connect(self.load)
        self.load()

    def load(self) -> None:
        settings = self.controller.solver_settings
        self._loading = True
        try:
            self.keep_confirmed.setChecked(settings.keep_confirmed)
            self.extra_moves.setValue(settings.extra_moves)
        finally:
            self._loading = False

    def _edited(self) -> None:
        if self._loading:
            return
        self.controller.solver_settings = replace(
            self.controller.solver_settings,
            keep_confirmed=self.keep_confirmed.isChecked(),
            extra_moves=int(self.extra_moves.value()),
        )
