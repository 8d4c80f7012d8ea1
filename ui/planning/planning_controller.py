"""Manual planning: one object that pushes the planning commands on the current document.

Moves (assign, swap, unassign, lock) are judged by the validator *before* they are pushed:
a move that breaks a hard rule the plan did not already break, or that takes booths from
another exhibitor, is kept only when the organiser says so (`confirm`, a QMessageBox). After
every change the canvas shows the new violations at once and the status bar says what broke.
Panels and actions call this object; they never push planning commands themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from qods_planner.model import Exhibitor, ModelError, Plan, Project
from qods_planner.validation import Report, Violation, check

from ..commands import Refused, SetPlan
from ..i18n import current_language
from .exhibitor_commands import (
    AddExhibitor,
    EditExhibitors,
    RemoveExhibitor,
    RestoreExhibitors,
    WithdrawExhibitors,
)
from .stand_commands import AssignStand, SetLocked, SwapStands, Unassign

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ..document import Document

# How many broken rules a question lists before "…".
MAX_LISTED = 5


def violation_key(v: Violation) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """What makes two violations the same break (messages may differ in wording)."""
    return (v.rule, v.exhibitors, v.booths)


def new_violations(before: Report, after: Report, hard: bool = True) -> list[Violation]:
    """Violations (hard or soft) of `after` that `before` did not have."""
    old = {violation_key(v) for v in before.violations}
    return [v for v in after.violations if v.hard == hard and violation_key(v) not in old]


class Planning(QObject):
    """The organiser's hand on the plan and the exhibitor list, for one document at a time.

    `bind(document, editor)` follows a new document; `document_changed` tells panels to
    re-read. `message` carries what a change did or why it was refused (the status bar).
    """

    document_changed = Signal()
    message = Signal(str)
    report_ready = Signal(object)  # the validator's Report after a change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widget = parent
        self.document: Document | None = None
        self.editor: Any = None
        self._report: tuple[int, Report] | None = None

    # -- binding -----------------------------------------------------------------------------
    def bind(self, document: Document, editor: Any = None) -> None:
        """Work on `document` (and show marks on `editor`'s canvas, when there is one)."""
        self.document = document
        self.editor = editor
        self._report = None
        self.document_changed.emit()

    @property
    def project(self) -> Project:
        if self.document is None:
            raise RuntimeError("Planning is not bound to a document")
        return self.document.project

    @property
    def undo_stack(self) -> QUndoStack:
        if self.document is None:
            raise RuntimeError("Planning is not bound to a document")
        return self.document.undo_stack

    def language(self) -> str:
        return current_language()

    def exhibitor_name(self, exhibitor_id: str) -> str:
        ex = self.project.exhibitors.get(exhibitor_id)
        return ex.name(self.language()) if ex else exhibitor_id

    def booth_labels(self, booth_ids: Iterable[str]) -> str:
        booths = self.project.booths
        return ", ".join(booths[b].label if b in booths else b for b in booth_ids)

    # -- asking ------------------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question; No is the default answer."""
        answer = QMessageBox.question(
            self._widget,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def refuse(self, reason: str) -> bool:
        self.message.emit(reason)
        return False

    # -- the validator -----------------------------------------------------------------------
    def report(self) -> Report:
        """The current plan's report, computed once per project revision."""
        project = self.project
        if self._report is None or self._report[0] != project.revision:
            self._report = (project.revision, check(project))
        return self._report[1]

    def _show(self, report: Report) -> None:
        if self.editor is not None and hasattr(self.editor, "show_violations"):
            self.editor.show_violations(report)
        self.report_ready.emit(report)

    # -- moves -------------------------------------------------------------------------------
    def move(self, build: Callable[[], SetPlan]) -> bool:
        """Build a plan command, judge it, ask when needed, push it. True when pushed."""
        if self.document is None:
            return False
        try:
            command = build()
        except (Refused, ModelError) as exc:
            return self.refuse(str(exc))
        if command.after == self.project.plan:
            return False
        if not self._displacing_allowed(command):
            return self.refuse(self.tr("Not changed"))
        before = self.report()
        after = check(self.project, command.after)
        broken = new_violations(before, after)
        if broken and not self.confirm(
            self.tr("This breaks a rule"),
            self.tr(
                "This change breaks %n rule(s):\n\n{rules}\n\nKeep it anyway?", "", len(broken)
            ).format(rules=self._listed(broken)),
        ):
            return self.refuse(self.tr("Not changed: {0}").format(broken[0].message))
        self.undo_stack.push(command)
        self._report = (self.project.revision, after)
        self._show(after)
        worse = broken or new_violations(before, after, hard=False)
        if worse:
            self.message.emit(
                (self.tr("Broken: {0}") if worse[0].hard else self.tr("Warning: {0}")).format(
                    worse[0].message
                )
            )
        else:
            self.message.emit(command.text())
        return True

    def _displacing_allowed(self, command: SetPlan) -> bool:
        displaced = getattr(command, "displaced", [])
        if not displaced:
            return True
        names = ", ".join(self.exhibitor_name(e) for e in displaced)
        stand = self.booth_labels(command.after.stands[command.exhibitor_id])
        return self.confirm(
            self.tr("Booths are taken"),
            self.tr(
                "Booths {booths} are held by {names}.\n\nGive them to {who}? {names} will go"
                " to the waiting list."
            ).format(booths=stand, names=names, who=self.exhibitor_name(command.exhibitor_id)),
        )

    def _listed(self, violations: list[Violation]) -> str:
        lines = [f"• {v.message}" for v in violations[:MAX_LISTED]]
        if len(violations) > MAX_LISTED:
            lines.append("…")
        return "\n".join(lines)

    def assign(self, exhibitor_id: str, booth_ids: Iterable[str]) -> bool:
        booth_ids = list(booth_ids)
        return self.move(lambda: AssignStand(self.project, exhibitor_id, booth_ids))

    def swap(self, first: str, second: str) -> bool:
        return self.move(lambda: SwapStands(self.project, first, second))

    def unassign(self, ids: Iterable[str]) -> bool:
        ids = list(ids)
        return self.move(lambda: Unassign(self.project, ids))

    def set_locked(self, ids: Iterable[str], locked: bool) -> bool:
        ids = list(ids)
        return self.move(lambda: SetLocked(self.project, ids, locked))

    def set_plan(self, plan: Plan, text: str) -> bool:
        return self.move(lambda: SetPlan(self.project, plan, text))

    # -- exhibitors --------------------------------------------------------------------------
    def push(self, build: Callable[[], QUndoCommand]) -> bool:
        """Build and push a command that is not a move, then mark what it broke."""
        if self.document is None:
            return False
        try:
            command = build()
        except (Refused, ModelError) as exc:
            return self.refuse(str(exc))
        if not getattr(command, "changes_anything", True):
            return False
        before = self.report()
        self.undo_stack.push(command)
        after = self.report()
        self._show(after)
        broken = new_violations(before, after)
        self.message.emit(
            self.tr("Broken: {0}").format(broken[0].message) if broken else command.text()
        )
        return True

    def add_exhibitor(self, exhibitor: Exhibitor) -> bool:
        return self.push(lambda: AddExhibitor(self.project, exhibitor))

    def edit_exhibitors(self, ids: Iterable[str], changes: Mapping[str, object]) -> bool:
        ids = list(ids)
        return self.push(lambda: EditExhibitors(self.project, ids, changes))

    def withdraw(self, ids: Iterable[str]) -> bool:
        ids = list(ids)
        return self.push(lambda: WithdrawExhibitors(self.project, ids))

    def restore(self, ids: Iterable[str]) -> bool:
        ids = list(ids)
        return self.push(lambda: RestoreExhibitors(self.project, ids))

    def remove_exhibitors(self, ids: Iterable[str]) -> bool:
        """Remove exhibitors as one undo step."""
        ids = [e for e in dict.fromkeys(ids) if e in self.project.exhibitors]
        if not ids:
            return False
        stack = self.undo_stack
        count = len(ids)
        stack.beginMacro(
            self.tr("Remove exhibitor {0}").format(ids[0])
            if count == 1
            else self.tr("Remove %n exhibitor(s)", "", count)
        )
        try:
            for e in ids:
                stack.push(RemoveExhibitor(self.project, e))
        finally:
            stack.endMacro()
        self._show(self.report())
        return True

    # -- the canvas --------------------------------------------------------------------------
    def selected_booth_ids(self) -> list[str]:
        """The booths selected on the canvas (known to the project)."""
        if self.editor is None or self.document is None:
            return []
        return [b for b in self.editor.selected_booth_ids() if b in self.project.booths]

    def show_exhibitors(self, ids: Iterable[str]) -> None:
        """Highlight the stands of `ids` on the canvas; number the booth choices of one."""
        if self.editor is None or self.document is None:
            return
        ids = list(ids)
        stands = self.project.plan.stands
        booths = [b for e in ids for b in stands.get(e, ())]
        self.editor.highlight_booths(booths)
        self.editor.show_choices_of(ids[0] if len(ids) == 1 else None)
