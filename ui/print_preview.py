"""File ▸ Print preview…: the pages as they will print, with the choices that change them
(the plan, the index or both; paper; orientation; tiling; language), then Print… from there.

The pages are the same `ui.printing` document the PDF export writes. The choices are kept on
the window's exchange actions, so File ▸ Print… prints what the preview last showed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qods_planner.model import ModelError, Project

from . import printing
from .printing import PrintError, PrintOptions


def printer_for(options: PrintOptions) -> QPrinter:
    """A high-resolution printer set to the options' paper and orientation."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    apply_options(printer, options)
    return printer


def apply_options(printer: QPrinter, options: PrintOptions) -> None:
    printer.setPageSize(options.page_layout().pageSize())
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)


class PrintPreviewDialog(QDialog):
    """The preview and its choices; `options` is what the user chose last."""

    def __init__(self, project: Project, options: PrintOptions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.project = project
        self.options = options
        self.printer = printer_for(options)
        self.error = ""
        self.pages = 0
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self._paint)

        self.contents = self._combo(
            [
                (self.tr("Plan and index"), (True, True)),
                (self.tr("Plan only"), (True, False)),
                (self.tr("Index only"), (False, True)),
            ],
            (options.plan, options.index),
        )
        self.paper = self._combo([(p, p) for p in printing.PAPERS], options.paper)
        self.orientation = self._combo(
            [(self.tr("Landscape"), "landscape"), (self.tr("Portrait"), "portrait")],
            options.orientation,
        )
        self.tiling = self._combo(
            [
                (self.tr("As many sheets as the names need"), "auto"),
                (self.tr("One sheet per hall (small stands unnamed)"), "fit"),
            ],
            options.tiling,
        )
        self.language = self._combo(
            [(self.tr("The project's"), None), ("فارسی", "fa"), ("English", "en")],
            options.language,
        )
        form = QFormLayout()
        form.addRow(self.tr("Print:"), self.contents)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.tr("Large halls:"), self.tiling)
        form.addRow(self.tr("Language:"), self.language)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form.addRow(self.status)

        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        side.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.preview, 1)
        for combo in (self.contents, self.paper, self.orientation, self.tiling, self.language):
            combo.currentIndexChanged.connect(self._changed)
        self.resize(1100, 760)

    def _combo(self, items, current) -> QComboBox:
        combo = QComboBox(self)
        for text, value in items:
            combo.addItem(text, value)
        for i, (_, value) in enumerate(items):
            if value == current:
                combo.setCurrentIndex(i)
        return combo

    def chosen(self) -> PrintOptions:
        plan, index = self.contents.currentData()
        return PrintOptions(
            paper=self.paper.currentData(),
            orientation=self.orientation.currentData(),
            tiling=self.tiling.currentData(),
            plan=plan,
            index=index,
            language=self.language.currentData(),
        )

    def _changed(self) -> None:
        self.options = self.chosen()
        apply_options(self.printer, self.options)
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        try:
            left_out: list[str] = []
            self.pages = printing.print_plan(
                self.project,
                printer,
                options=self.options,
                on_document=lambda doc: left_out.extend(doc.missing),
            )
            self.error = ""
            pages = self.pages
            text = self.tr("%n page(s)", "", pages)
            missing = len(left_out)
            if missing:
                text += "\n" + self.tr(
                    "%n label(s) or name(s) do not fit at 6 pt and are left out: choose "
                    "more sheets or a larger paper.",
                    "",
                    missing,
                )
            self.status.setText(text)
        except (PrintError, ModelError) as exc:
            self.error = str(exc)
            self.status.setText(self.error)

    def print_now(self) -> bool:
        """The print dialog, set to the preview's paper; prints on OK."""
        printer = printer_for(self.options)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return print_with(self, self.project, printer, self.options)


def print_with(parent: QWidget, project: Project, printer: QPrinter, options: PrintOptions) -> bool:
    """Print on `printer` (its paper and orientation win); a problem is told, not raised."""
    try:
        printing.print_plan(project, printer, options=options)
    except (PrintError, ModelError, OSError) as exc:
        title = QCoreApplication.translate("ExchangeActions", "Print the floor plan")
        QMessageBox.warning(parent, title, str(exc))
        return False
    return True
