"""Writing pages to a PDF: each page may have its own size (a landscape plan sheet inside a
portrait book). The pages are painted in memory (`PdfBook`, a page at a time if need be) and
the file is written whole by `write_bytes_atomically`: a failure raises the `OSError` and
leaves nothing half-written."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ui.printing import PDF_DPI, PrintError
from ui.printing.printed_page import Page
from ui.printing.units import UNIT_PER_PT, mm, to_page_units

from .atomic_file import write_bytes_atomically

translate = QCoreApplication.translate

A4 = QSizeF(mm(210), mm(297))
A4_LANDSCAPE = QSizeF(mm(297), mm(210))


def _layout(size: QSizeF) -> QPageLayout:
    points = QSizeF(size.width() / UNIT_PER_PT, size.height() / UNIT_PER_PT)
    landscape = points.width() > points.height()
    page = QPageSize(
        QSizeF(min(points.width(), points.height()), max(points.width(), points.height())),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0))


class PdfBook:
    """A PDF painted in memory: `add` pages (as often as wanted), then `finish` for its bytes;
    `discard` drops it."""

    def __init__(self, title: str) -> None:
        self.buffer = QBuffer()
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setResolution(PDF_DPI)
        self.writer.setTitle(title)
        self.writer.setCreator("Qods Planner")
        self.painter: QPainter | None = None
        self.pages = 0

    def add(self, pages: Sequence[Page]) -> None:
        for page in pages:
            self.writer.setPageLayout(_layout(page.size))
            if self.painter is None:
                self.painter = QPainter(self.writer)
            else:
                self.writer.newPage()
            self.painter.save()
            to_page_units(self.painter)
            page.paint(self.painter)
            self.painter.restore()
            self.pages += 1

    def finish(self) -> bytes:
        self.discard()
        return bytes(self.buffer.data().data())

    def discard(self) -> None:
        if self.painter is not None:
            self.painter.end()
            self.painter = None


def write_pdf(path: str | os.PathLike[str], pages: Sequence[Page], title: str) -> int:
    """Paint `pages` into a PDF at `path`; returns the page count. Raises `PrintError` when
    there is nothing to print and `OSError` when the file cannot be written."""
    if not pages:
        raise PrintError(translate("Publishing", "there is nothing to print"))
    book = PdfBook(title)
    try:
        book.add(pages)
    finally:
        data = book.finish()
    write_bytes_atomically(path, data)
    return len(pages)
