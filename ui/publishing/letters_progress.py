"""Writing letters or move notices with a progress dialog: modal, one step per letter,
cancellable. Cancelling stops after the letter being written; each file written is whole.
Between two letters the dialog lets the event loop run (`QProgressDialog.setValue` on a modal
dialog does), so the window repaints and the Cancel button answers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..i18n import format_number, left_to_right
from ..write_failure import cannot_write
from .letter_pdfs import LetterRun


@dataclass(frozen=True, slots=True)
class Outcome:
    written: int
    cancelled: bool = False
    error: str | None = None


class LetterProgress(QObject):
    """`run()` writes every letter of `letters` under a progress dialog (`self.dialog`)."""

    letter_written = Signal(int)  # how many letters are written so far

    def __init__(self, parent: QWidget, letters: LetterRun, title: str) -> None:
        super().__init__(parent)
        self.letters = letters
        total = len(letters)
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setCancelButtonText(self.tr("Stop"))
        self.dialog.setRange(0, total + 1)  # every letter, then the file with all of them
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)

    def run(self) -> Outcome:
        letters, total = self.letters, len(self.letters)
        self.dialog.setValue(0)
        try:
            for done in range(total):
                if self.dialog.wasCanceled():
                    letters.stop()
                    return Outcome(done, cancelled=True)
                self.dialog.setLabelText(
                    self.tr("Writing {count} of {total}: {name}").format(
                        count=format_number(done + 1),
                        total=format_number(total),
                        name=left_to_right(letters.next_path().name),
                    )
                )
                letters.write_next()
                self.dialog.setValue(done + 1)
                self.letter_written.emit(done + 1)
            if self.dialog.wasCanceled():
                letters.stop()
                return Outcome(total, cancelled=True)
            self.dialog.setLabelText(self.tr("Writing one file with all of them, for printing…"))
            letters.finish()
            self.dialog.setValue(total + 1)
        except OSError as exc:
            letters.stop()
            return Outcome(len(letters.files), error=cannot_write(letters.next_path(), exc))
        finally:
            self.dialog.close()
        return Outcome(total)
