"""What the manual-planning tests (tests/ui/test_manual_planning_*.py) share: answers to the
controller's questions, and an undo/redo round trip."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from helpers.ui import snapshot
from ui.document import Document


class Answers:
    """Stands in for QMessageBox.question: answers from a list and records the questions."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, parent, title, text, *args):
        self.asked.append(text)
        yes = self.answers.pop(0)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No


def round_trip(document: Document, before: tuple, after: tuple) -> None:
    """Undo gives `before` back, redo gives `after` back, twice over (redo is repeatable)."""
    project, stack = document.project, document.undo_stack
    for _ in range(2):
        stack.undo()
        assert snapshot(project) == before
        stack.redo()
        assert snapshot(project) == after
