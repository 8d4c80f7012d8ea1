"""The floor plan as PDF (vector, one page per hall), PNG and SVG (all halls, one below the
other), all painted by `PlanPage`. Files are written through `QSaveFile`: a failed export
leaves the old file, never half a new one."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QIODevice, QMarginsF, QRect, QRectF, QSaveFile, QSize
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from qods_planner.model import Project

from .page import PlanPage

PAPERS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
PDF_DPI = 300
IMAGE_DPI = 150
SVG_DPI = 96

# lupdate finds translate("PrintError", "text") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


class PrintError(Exception):
    """The plan cannot be printed (no halls, an unknown paper, a file that cannot be written)."""


def _paper(paper: str) -> QPageSize:
    if paper not in PAPERS:
        raise PrintError(
            translate("PrintError", "paper must be one of {papers}, got {paper!r}").format(
                papers=", ".join(PAPERS), paper=paper
            )
        )
    return QPageSize(PAPERS[paper])


def _halls(project: Project) -> list[str]:
    if QApplication.instance() is None:
        raise PrintError(translate("PrintError", "printing needs a running QApplication"))
    if not project.halls:
        raise PrintError(translate("PrintError", "the project has no halls to print"))
    return list(project.halls)


def landscape_size_px(paper: str, dpi: int) -> QSize:
    """The landscape page in pixels at `dpi`."""
    size = _paper(paper).sizePixels(dpi)
    return QSize(max(size.width(), size.height()), min(size.width(), size.height()))


def _save(path: str | os.PathLike[str], write: Callable[[QSaveFile], None]) -> None:
    out = QSaveFile(os.fspath(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise PrintError(_cannot_write(path, out))
    try:
        write(out)
    except BaseException:
        out.cancelWriting()
        raise
    if not out.commit():
        raise PrintError(_cannot_write(path, out))


def _cannot_write(path: str | os.PathLike[str], out: QSaveFile) -> str:
    return translate("PrintError", "cannot write {path}: {reason}").format(
        path=os.fspath(path), reason=out.errorString()
    )


def _paint_halls(
    painter: QPainter,
    project: Project,
    language: str | None,
    page: QSize,
    printed: date,
    next_page: Callable[[], None] | None = None,
) -> None:
    """Each hall on its own page (`next_page` between them) or panel (stacked downwards)."""
    plan = PlanPage(project, language)
    try:
        for i, hall_id in enumerate(_halls(project)):
            if i and next_page is not None:
                next_page()
            top = 0 if next_page is not None else i * page.height()
            plan.paint(painter, QRectF(0, top, page.width(), page.height()), hall_id, printed)
    finally:
        plan.close()


def export_pdf(
    project: Project,
    path: str | os.PathLike[str],
    paper: str = "A4",
    language: str | None = None,
    *,
    printed: date | None = None,
) -> int:
    """A vector PDF, landscape, one page per hall; returns the number of pages."""
    halls = _halls(project)
    size = _paper(paper)

    def write(device: QSaveFile) -> None:
        writer = QPdfWriter(device)
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(
            QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
        )
        event = project.event
        writer.setTitle(
            event.name_fa
            if (language or event.language) == "fa"
            else event.name_en or event.name_fa
        )
        writer.setCreator("Qods Planner")
        rect = writer.pageLayout().fullRectPixels(PDF_DPI)
        painter = QPainter(writer)
        try:
            _paint_halls(
                painter,
                project,
                language,
                QSize(rect.width(), rect.height()),
                printed or date.today(),
                writer.newPage,
            )
        finally:
            painter.end()

    _save(path, write)
    return len(halls)


def print_plan(
    project: Project,
    printer: QPagedPaintDevice,
    language: str | None = None,
    *,
    printed: date | None = None,
) -> int:
    """Paint every hall, one page each, on a printer the caller set up (a `QPrinter` from a
    print dialog, or a `QPdfWriter`); returns the number of pages."""
    halls = _halls(project)
    rect = printer.pageLayout().fullRectPixels(printer.resolution())
    painter = QPainter(printer)
    if not painter.isActive():
        raise PrintError(translate("PrintError", "the printer could not start"))
    try:
        # A printer's painter starts at the printable area; the page is painted from its corner.
        painter.translate(
            -printer.pageLayout().paintRectPixels(printer.resolution()).topLeft() + rect.topLeft()
        )
        _paint_halls(
            painter,
            project,
            language,
            QSize(rect.width(), rect.height()),
            printed or date.today(),
            printer.newPage,
        )
    finally:
        painter.end()
    return len(halls)


def render_image(
    project: Project,
    paper: str = "A4",
    language: str | None = None,
    *,
    dpi: int = IMAGE_DPI,
    printed: date | None = None,
) -> QImage:
    """Every hall as a landscape page of `paper` at `dpi`, one below the other, on white."""
    halls = _halls(project)
    page = landscape_size_px(paper, dpi)
    image = QImage(page.width(), page.height() * len(halls), QImage.Format.Format_ARGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        _paint_halls(painter, project, language, page, printed or date.today())
    finally:
        painter.end()
    return image


def export_png(
    project: Project,
    path: str | os.PathLike[str],
    paper: str = "A4",
    language: str | None = None,
    *,
    dpi: int = IMAGE_DPI,
    printed: date | None = None,
) -> QSize:
    """A PNG of every hall (see `render_image`); returns the image size."""
    image = render_image(project, paper, language, dpi=dpi, printed=printed)

    def write(device: QSaveFile) -> None:
        if not image.save(device, "PNG"):
            raise PrintError(
                translate("PrintError", "cannot encode {path} as PNG").format(path=os.fspath(path))
            )

    _save(path, write)
    return image.size()


def export_svg(
    project: Project,
    path: str | os.PathLike[str],
    paper: str = "A4",
    language: str | None = None,
    *,
    printed: date | None = None,
) -> QSize:
    """An SVG of every hall, one below the other (vector; text stays text)."""
    halls = _halls(project)
    page = landscape_size_px(paper, SVG_DPI)
    size = QSize(page.width(), page.height() * len(halls))

    def write(device: QSaveFile) -> None:
        svg = QSvgGenerator()
        svg.setOutputDevice(device)
        svg.setSize(size)
        svg.setViewBox(QRect(0, 0, size.width(), size.height()))
        svg.setResolution(SVG_DPI)
        svg.setTitle(project.event.name_fa)
        svg.setDescription("Qods Planner floor plan")
        painter = QPainter(svg)
        try:
            _paint_halls(painter, project, language, page, printed or date.today())
        finally:
            painter.end()

    _save(path, write)
    return size
