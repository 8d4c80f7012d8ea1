"""The exhibition's details: its names, its first and last day, the language names are
shown in on the plan, and what the letters to exhibitors say about the organiser (contact)
and the move-in, in Persian and in English.

Dates are entered in the user's calendar (Jalali in Persian, `JalaliDateEdit`) and stored as
ISO Gregorian. OK pushes one `EditEvent` when something changed; a value the model refuses
(`ModelError`, e.g. an end before the start) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qods_planner.model import EventInfo, ModelError, Project

from ..commands import EditEvent
from ..i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from ..widgets.jalali_date import JalaliDateEdit


class EventDialog(QDialog):
    """Edit `project.event` through `undo_stack`."""

    def __init__(
        self,
        project: Project,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New exhibition") if new else self.tr("Exhibition details"))
        self.project = project
        self.undo_stack = undo_stack
        event = project.event
        self.name_fa = QLineEdit(event.name_fa, self)
        self.name_fa.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_en = QLineEdit(event.name_en, self)
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.start = JalaliDateEdit(self, allow_empty=True)
        self.start.set_iso(event.start)
        self.end = JalaliDateEdit(self, allow_empty=True)
        self.end.set_iso(event.end)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(event.language)))
        self.language.setToolTip(
            self.tr("Exhibitors, sectors and halls are named in this language on the plan")
        )
        self.contact_fa = self._note(event.contact_fa, rtl=True)
        self.contact_en = self._note(event.contact_en, rtl=False)
        self.move_in_fa = self._note(event.move_in_fa, rtl=True)
        self.move_in_en = self._note(event.move_in_en, rtl=False)
        self.contact_fa.setToolTip(
            self.tr("Printed on the letters to exhibitors: office, phone, e-mail")
        )
        self.move_in_fa.setToolTip(
            self.tr("Printed on the letters to exhibitors: set-up days and hours, what to bring")
        )
        form = QFormLayout()
        form.addRow(self.tr("Name (Persian)"), self.name_fa)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Names on the plan in"), self.language)
        form.addRow(self.tr("Organiser contact (Persian)"), self.contact_fa)
        form.addRow(self.tr("Organiser contact (English)"), self.contact_en)
        form.addRow(self.tr("Move-in notes (Persian)"), self.move_in_fa)
        form.addRow(self.tr("Move-in notes (English)"), self.move_in_en)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # Room for a full exhibition name ("نخستین نمایشگاه توانمندی‌های صنعتی …") in one line.
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in (event.name_fa, event.name_en))
        self.name_fa.setMinimumWidth(min(max(320, widest + 24), 640))
        if new:
            # The placeholder names are shown, not kept: the organiser types the name in the
            # language it works in, and a Persian "نمایشگاه" left beside an English name would
            # title the Persian print.
            first = self.name_en if current_language() == "en" else self.name_fa
            for line in (self.name_fa, self.name_en):
                line.setPlaceholderText(line.text())
                line.clear()
            first.setFocus()
            self.intro = QLabel(
                self.tr(
                    "Name the exhibition and its days; the printed plan and the letters use them."
                ),
                self,
            )
            self.intro.setWordWrap(True)
            layout.insertWidget(0, self.intro)

    def _note(self, text: str, rtl: bool) -> QPlainTextEdit:
        box = QPlainTextEdit(text, self)
        box.setTabChangesFocus(True)
        box.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        box.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        return box

    def event_info(self) -> EventInfo:
        """The details as entered; raises `ModelError` for values the model refuses."""
        name_fa, name_en = self.name_fa.text().strip(), self.name_en.text().strip()
        if not name_fa and not name_en:  # a new exhibition left unnamed keeps the placeholders
            name_fa, name_en = self.name_fa.placeholderText(), self.name_en.placeholderText()
        return EventInfo(
            # An organiser working in English may give only the English name; it serves in
            # Persian too, as an exhibitor's does.
            name_fa=name_fa or name_en,
            name_en=name_en,
            start=self.start.iso(),
            end=self.end.iso(),
            language=self.language.currentData(),
            contact_fa=self.contact_fa.toPlainText().strip(),
            contact_en=self.contact_en.toPlainText().strip(),
            move_in_fa=self.move_in_fa.toPlainText().strip(),
            move_in_en=self.move_in_en.toPlainText().strip(),
        )

    def accept(self) -> None:
        try:
            event = self.event_info()
        except ModelError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        if event != self.project.event:
            self.undo_stack.push(EditEvent(self.project, event))
        super().accept()
