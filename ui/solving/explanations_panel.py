"""The explanations panel: why the plan is as it is.

Four groups: waitlisted exhibitors with the solver's reason for each; requirements that cannot
all be met, in words (the solver's explanations); hard rules the plan breaks; and soft-rule
shortfalls from the validator (sectors split apart, wishes unmet, partners apart …). Clicking
an item highlights its booths (and the stands of its exhibitors) on the canvas.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qods_planner.model import BoothStatus, Exhibitor, Project
from qods_planner.validation import Report, check

from ..i18n import current_language, format_number
from .bidi_names import in_direction, isolate
from .solving_controller import SolvingController

REFRESH_MS = 400
MAX_LEAVES = 200  # per group: a long list helps nobody, and filling it stalls the window
BOOTHS_ROLE = Qt.ItemDataRole.UserRole
EXHIBITORS_ROLE = Qt.ItemDataRole.UserRole + 1


def mentioned(project: Project, text: str) -> tuple[list[str], list[str]]:
    """(exhibitor ids, booth ids) that `text` names: exhibitor ids and booth labels as whole
    words, exhibitor names anywhere (the solver speaks of exhibitors by name)."""
    words = set(re.findall(r"[\w\-]+", text))
    exhibitors = [
        ex.id
        for ex in project.exhibitors.values()
        if ex.id in words or any(len(n) >= 3 and n in text for n in (ex.name_en, ex.name_fa))
    ]
    booths = [b.id for b in project.booths.values() if b.label in words]
    return exhibitors, booths


def fitting_booths(project: Project, ex: Exhibitor) -> list[str]:
    """Single usable booths whose area, services and hall suit `ex` (where it could go)."""
    hall = ex.wishes.preferred_hall if ex.wishes.hall_required else None
    n = ex.needs
    return [
        b.id
        for b in project.booths.values()
        if b.status is BoothStatus.AVAILABLE
        and ex.min_cm2 <= b.area <= ex.max_cm2
        and b.meets(n.power, n.water, n.heavy_floor)
        and (hall is None or b.hall_id == hall)
    ]


class ExplanationsPanel(QDockWidget):
    def __init__(self, controller: SolvingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExplanationsPanel")
        self.setWindowTitle(self.tr("Explanations"))
        self.controller = controller
        self.report: Report | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderHidden(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details = QLabel(body)  # the chosen item in full: messages are long
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        self.setWidget(body)
        self.tree.itemClicked.connect(lambda item, _col: self.show_item(item))
        self.tree.currentItemChanged.connect(lambda item, _old: self.show_item(item))
        controller.outcome_ready.connect(lambda _j, _o: self.schedule())
        self.visibilityChanged.connect(lambda shown: shown and self._dirty and self.refresh())
        self._dirty = True
        controller.window.document_changed.connect(self._document_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = lambda: None
        self._document_changed(controller.window.document)

    def _document_changed(self, document) -> None:
        self._unsubscribe()
        self._unsubscribe = document.project.subscribe(lambda _c: self.schedule())
        self.schedule()

    def schedule(self) -> None:
        """Refresh soon if the panel is shown, else when it is next shown."""
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    # -- filling -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._timer.stop()
        self._dirty = False
        project = self.controller.project
        try:
            self.report = check(project)
        except Exception as exc:  # noqa: BLE001 — a checker bug must not take the panel down
            self.report = None
            self.summary.setText(self.tr("Rule check failed: {e}").format(e=exc))
            return
        self.tree.clear()
        self.details.clear()
        self._waitlisted(project)
        self._requirements()
        self._violations(self.tr("Broken rules ({n})"), self.report.hard, grouped=False)
        soft = [v for v in self.report.soft if v.rule != "waitlisted"]
        self._violations(self.tr("Shortfalls ({n})"), soft, grouped=True)
        self.summary.setText(
            self.tr("{placed} placed, {waiting} waitlisted, score {score}").format(
                placed=format_number(self.report.assigned),
                waiting=format_number(self.report.waitlisted),
                score=format_number(self.report.score.total),
            )
        )

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title.format(n=format_number(count))])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        return item

    def _leaf(self, parent: QTreeWidgetItem, text: str, exhibitors=(), booths=()) -> None:
        item = QTreeWidgetItem([text])
        item.setToolTip(0, text)
        item.setData(0, BOOTHS_ROLE, list(booths))
        item.setData(0, EXHIBITORS_ROLE, list(exhibitors))
        parent.addChild(item)

    def _more(self, parent: QTreeWidgetItem, total: int) -> None:
        """Say how many items were left out of a long list."""
        if total > MAX_LEAVES:
            text = self.tr("… and {n} more").format(n=format_number(total - MAX_LEAVES))
            parent.addChild(QTreeWidgetItem([text]))

    def _reasons(self) -> dict[str, str]:
        last = self.controller.last
        return dict(last[1].waitlist) if last is not None else {}

    def _waitlisted(self, project: Project) -> None:
        waiting = project.waitlist()
        group = self._group(self.tr("Waitlisted ({n})"), len(waiting))
        reasons = self._reasons()
        language = current_language()  # a list in the interface, as its reasons are
        for eid in waiting[:MAX_LEAVES]:
            ex = project.exhibitors[eid]
            reason = reasons.get(eid) or self.tr(
                "No stand yet: solve or re-solve to place it or learn why"
            )
            text = self.tr("{name}: {reason}").format(
                name=isolate(ex.name(language)), reason=reason
            )
            _, named = mentioned(project, reasons.get(eid, ""))
            self._leaf(group, text, (eid,), named or fitting_booths(project, ex))
        self._more(group, len(waiting))
        group.setExpanded(bool(waiting))

    def _requirements(self) -> None:
        last = self.controller.last
        found = list(last[1].explanations) if last is not None else []
        group = self._group(self.tr("Requirements that cannot be met ({n})"), len(found))
        project = self.controller.project
        for ex in found[:MAX_LEAVES]:
            exhibitors, booths = ex.exhibitors, ex.booths
            if not exhibitors and not booths:  # the solver says it in words only
                exhibitors, booths = mentioned(project, ex.text)
            self._leaf(group, ex.text, exhibitors, booths)
        self._more(group, len(found))
        group.setExpanded(bool(found))

    def _violations(self, title: str, violations: list, grouped: bool) -> None:
        group = self._group(title, len(violations))
        if not grouped:
            for v in violations[:MAX_LEAVES]:
                self._leaf(group, v.message, v.exhibitors, v.booths)
            self._more(group, len(violations))
            group.setExpanded(bool(violations))
            return
        by_rule: dict[str, list] = {}
        for v in violations:
            by_rule.setdefault(v.rule, []).append(v)
        for rule, items in by_rule.items():
            sub = QTreeWidgetItem([self.rule_title(rule).format(n=format_number(len(items)))])
            group.addChild(sub)
            for v in items[:MAX_LEAVES]:
                self._leaf(sub, v.message, v.exhibitors, v.booths)
            self._more(sub, len(items))
        group.setExpanded(bool(violations))

    def rule_title(self, rule: str) -> str:
        return {
            "sector_isolated": self.tr("Sectors split apart ({n})"),
            "partners_apart": self.tr("Partners apart ({n})"),
            "wish_corner_unmet": self.tr("Corner wishes unmet ({n})"),
            "wish_island_unmet": self.tr("Island wishes unmet ({n})"),
            "wish_hall_unmet": self.tr("Hall wishes unmet ({n})"),
            "wasted_area": self.tr("Stands larger than asked ({n})"),
            "moved_from_baseline": self.tr("Moved from the published plan ({n})"),
        }.get(rule, rule + " ({n})")

    # -- showing -----------------------------------------------------------------------------
    def booths_of(self, item: QTreeWidgetItem | None) -> list[str]:
        """The booths an item points at: its own and its exhibitors' stands."""
        if item is None:
            return []
        booths = list(item.data(0, BOOTHS_ROLE) or [])
        stands = self.controller.project.plan.stands
        for eid in item.data(0, EXHIBITORS_ROLE) or []:
            booths.extend(stands.get(eid, ()))
        return list(dict.fromkeys(booths))

    def show_item(self, item: QTreeWidgetItem | None) -> None:
        shown = item.text(0) if item is not None and item.childCount() == 0 else ""
        self.details.setText(in_direction(shown, self.isRightToLeft()))
        booths = self.booths_of(item)
        if booths or item is not None and item.childCount() == 0:
            self.controller.show_booths(booths)
