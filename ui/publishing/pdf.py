"""Writing pages to a PDF: each page may have its own size (a landscape plan sheet inside a
portrait book); files are written through `QSaveFile` and keep an existing file's mode, as
the plan's exports are."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QIODevice, QMarginsF, QSaveFile, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ui.printing import PDF_DPI, PrintError
from ui.printing.files import keep_file_mode
from ui.printing.printed_page import Page
from ui.printing.units import UNIT_PER_PT, mm, to_page_units

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


def write_pdf(path: str | os.PathLike[str], pages: Sequence[Page], title: str) -> int:
    """Paint `pages` into a PDF at `path`; returns the page count. Raises `PrintError` when
    the file cannot be written."""
    if not pages:
        raise PrintError(translate("Publishing", "there is nothing to print"))
    with keep_file_mode(path) as target:
        out = QSaveFile(target)
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            raise PrintError(_cannot_write(path, out))
        try:
            writer = QPdfWriter(out)
            writer.setResolution(PDF_DPI)
            writer.setTitle(title)
            writer.setCreator("Qods Planner")
            writer.setPageLayout(_layout(pages[0].size))
            painter = QPainter(writer)
            try:
                for i, page in enumerate(pages):
                    if i:
                        writer.setPageLayout(_layout(page.size))
                        writer.newPage()
                    painter.save()
                    to_page_units(painter)
                    page.paint(painter)
                    painter.restore()
            finally:
                painter.end()
        except BaseException:
            out.cancelWriting()
            raise
        if not out.commit():
            raise PrintError(_cannot_write(path, out))
    return len(pages)


def _cannot_write(path: str | os.PathLike[str], out: QSaveFile) -> str:
    return translate("Publishing", "cannot write {path}: {reason}").format(
        path=os.fspath(path), reason=out.errorString()
    )
