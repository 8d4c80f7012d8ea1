"""The legend: what each booth colour on the plan means, for the current colour mode.

It lists the editor's `legend_entries()` and follows `legend_changed` (colour mode, plan,
sectors, language) and the solve's proposals (the plan view then shows the proposal, so the
legend explains its colours), so it never works out colours itself. Under the colours it
explains the plan's marks when they are shown: the corner of a zoned booth and the numbered
badges of booth choices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
)

from qods_planner.model import Plan

from ..canvas.choice_badges import BADGE_FILL
from ..i18n import format_number
from ..widgets.swatch import badge_icon, colour_icon, zone_icon

if TYPE_CHECKING:
    from ..document import Document


class LegendPanel(QDockWidget):
    """Dock listing colour swatches with their meaning."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("LegendPanel")
        self.window_ = window
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(self.list)
        self._follows_proposals = False
        self._title()
        window.document_changed.connect(self.bind)

    def bind(self, _document: Document) -> None:
        self.window_.editor.legend_changed.connect(self.refresh)
        self.refresh()

    def shown_plan(self) -> Plan | None:
        """The proposal on the plan view, if one is shown instead of the project's plan."""
        preview = getattr(self.window_.features.solving, "preview", None)
        return preview.plan if preview is not None and preview.active else None

    def refresh(self) -> None:
        solving = self.window_.features.solving  # installed after the first document
        if solving is not None and not self._follows_proposals:
            solving.proposal_changed.connect(self.refresh)
            self._follows_proposals = True
        editor = self.window_.editor
        self.list.clear()
        for text, colour in editor.legend_entries(self.shown_plan()):
            QListWidgetItem(colour_icon(colour, 16), text, self.list)
        self._marks(editor)
        self._title(editor.color_mode())

    def _marks(self, editor) -> None:
        project = editor.project
        zoned = [project.zone(b) for b in project.booths]
        first = next((z[0] for z in zoned if z and z[0] in project.sectors), None)
        if first is not None:
            QListWidgetItem(
                zone_icon(project.sectors[first].colour),
                self.tr("Corner mark: only the marked sectors may use the booth"),
                self.list,
            )
        if editor.scene.badges.isVisible():
            QListWidgetItem(
                badge_icon(BADGE_FILL, format_number(1)),
                self.tr("Numbered badge: the selected exhibitor's booth choices (1 = best)"),
                self.list,
            )

    def entries(self) -> list[str]:
        """The texts shown, in order."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _title(self, mode: str = "") -> None:
        titles = {
            "sector": self.tr("Legend — by sector"),
            "status": self.tr("Legend — by status"),
            "kind": self.tr("Legend — by kind"),
        }
        self.setWindowTitle(titles.get(mode, self.tr("Legend")))
