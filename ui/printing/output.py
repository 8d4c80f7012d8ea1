"""The print as a PDF (vector, every page), on a printer, as PNG and as SVG (every page, one
below the other), all painted from one `PrintDocument`. Files are written through `QSaveFile`:
a failed export leaves the old file, never half a new one.
"""

from __future__ import annotations

import base64
import errno
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRect, QSaveFile, QSize
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from qods_planner.model import Project
from ui.i18n import FONT_FAMILY, FONTS_DIR

from ..write_failure import cannot_write
from .files import keep_file_mode
from .options import PAPERS, PrintOptions
from .print_document import PrintDocument, build
from .print_error import PrintError
from .units import UNIT_PER_PT, to_page_units

PDF_DPI = 300
IMAGE_DPI = 150
SVG_DPI = 96

# lupdate finds translate("PrintError", "text") calls; a wrapper function would hide them.
translate = QCoreApplication.translate

__all__ = ["IMAGE_DPI", "PAPERS", "PDF_DPI", "PrintError"]


def _options(
    paper: str, language: str | None, options: PrintOptions | None, **parts: bool
) -> PrintOptions:
    if options is not None:
        return options
    return PrintOptions(paper=paper, language=language, **parts)


def _save(path: str | os.PathLike[str], write: Callable[[QSaveFile], None]) -> None:
    with keep_file_mode(path) as target:
        out = QSaveFile(target)
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
    """Qt names no errno, and its error text is English: the cause is told from the folder
    where it can be (missing, not writable), in the user's words (`cannot_write`)."""
    folder = Path(os.fspath(path)).parent
    code = None
    if not folder.is_dir():
        code = errno.ENOENT
    elif not os.access(folder, os.W_OK):
        code = errno.EACCES
    return cannot_write(path, OSError(code, out.errorString()))


def paint_pages(
    painter: QPainter, doc: PrintDocument, next_page: Callable[[], object] | None = None
) -> None:
    """Every page of `doc` on a painter at its device's page corner: with `next_page` one
    after the other (a PDF, a printer), else stacked downwards (an image, an SVG)."""
    for i in range(len(doc.pages)):
        if i and next_page is not None:
            next_page()
        painter.save()
        to_page_units(painter)
        if next_page is None:
            painter.translate(0, sum(p.size.height() for p in doc.pages[:i]))
        doc.paint(painter, i)
        painter.restore()


def _title(project: Project, language: str) -> str:
    event = project.event
    return event.name_fa if language == "fa" or not event.name_en else event.name_en


def export_pdf(
    project: Project,
    path: str | os.PathLike[str],
    paper: str = "A4",
    language: str | None = None,
    *,
    options: PrintOptions | None = None,
    printed: date | None = None,
    on_document: Callable[[PrintDocument], None] | None = None,
) -> int:
    """A vector PDF of the plan sheets, their keys and the index; returns the page count.
    `on_document` is given the laid-out pages (their `missing`: what `fit` left out)."""
    opts = _options(paper, language, options)
    doc = build(project, opts, printed)
    if on_document is not None:
        on_document(doc)

    def write(device: QSaveFile) -> None:
        writer = QPdfWriter(device)
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(opts.page_layout())
        writer.setTitle(_title(project, opts.language or project.event.language))
        writer.setCreator("Qods Planner")
        painter = QPainter(writer)
        try:
            paint_pages(painter, doc, writer.newPage)
        finally:
            painter.end()

    _save(path, write)
    return len(doc.pages)


def print_plan(
    project: Project,
    printer: QPagedPaintDevice,
    language: str | None = None,
    *,
    options: PrintOptions | None = None,
    printed: date | None = None,
    on_document: Callable[[PrintDocument], None] | None = None,
) -> int:
    """Paint the print on a printer the caller set up (a `QPrinter` from a print dialog);
    the paper and orientation are the printer's. Returns the number of pages; `on_document`
    as for `export_pdf`."""
    layout = printer.pageLayout()
    paper = _paper_name(layout.pageSize().id())
    landscape = layout.orientation().name == "Landscape"
    base = options or PrintOptions(paper=paper, language=language)
    opts = PrintOptions(
        paper=paper,
        orientation="landscape" if landscape else "portrait",
        tiling=base.tiling,
        plan=base.plan,
        index=base.index,
        language=base.language if options else language,
    )
    doc = build(project, opts, printed)
    if on_document is not None:
        on_document(doc)
    painter = QPainter(printer)
    if not painter.isActive():
        raise PrintError(translate("PrintError", "the printer could not start"))
    try:
        # A printer's painter starts at the printable area; pages are painted from the corner.
        dpi = printer.resolution()
        painter.translate(
            -layout.paintRectPixels(dpi).topLeft() + layout.fullRectPixels(dpi).topLeft()
        )
        paint_pages(painter, doc, printer.newPage)
    finally:
        painter.end()
    return len(doc.pages)


def _paper_name(page_id) -> str:
    for name, pid in PAPERS.items():
        if pid == page_id:
            return name
    raise PrintError(
        translate("PrintError", "paper must be one of {papers}, got {paper!r}").format(
            papers=", ".join(PAPERS), paper=str(page_id.name)
        )
    )


def render_document(doc: PrintDocument, dpi: int = IMAGE_DPI) -> QImage:
    """Every page of `doc` at `dpi`, one below the other, on white."""
    px = dpi / 72 / UNIT_PER_PT
    width = round(max(p.size.width() for p in doc.pages) * px)
    height = round(sum(p.size.height() for p in doc.pages) * px)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        paint_pages(painter, doc)
    finally:
        painter.end()
    return image


def render_image(
    project: Project,
    paper: str = "A4",
    language: str | None = None,
    *,
    dpi: int = IMAGE_DPI,
    options: PrintOptions | None = None,
    printed: date | None = None,
) -> QImage:
    """The pages the PDF has (plan sheets only, unless `options` asks for the index too) at
    `dpi`, one below the other."""
    if not 20 <= dpi <= 1200:
        raise PrintError(
            translate("PrintError", "the resolution must be 20 to 1200 dpi, got {dpi}").format(
                dpi=dpi
            )
        )
    opts = _options(paper, language, options, index=False)
    return render_document(build(project, opts, printed), dpi)


def export_png(
    project: Project,
    path: str | os.PathLike[str],
    paper: str = "A4",
    language: str | None = None,
    *,
    dpi: int = IMAGE_DPI,
    options: PrintOptions | None = None,
    printed: date | None = None,
) -> QSize:
    """A PNG of the pages (see `render_image`); returns the image size."""
    image = render_image(project, paper, language, dpi=dpi, options=options, printed=printed)

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
    options: PrintOptions | None = None,
    printed: date | None = None,
) -> QSize:
    """An SVG of the pages, one below the other (vector; every text stays text)."""
    opts = _options(paper, language, options, index=False)
    doc = build(project, opts, printed)
    px = SVG_DPI / 72 / UNIT_PER_PT
    size = QSize(
        round(max(p.size.width() for p in doc.pages) * px),
        round(sum(p.size.height() for p in doc.pages) * px),
    )

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(size)
    svg.setViewBox(QRect(0, 0, size.width(), size.height()))
    svg.setResolution(SVG_DPI)
    svg.setTitle(_title(project, opts.language or project.event.language))
    svg.setDescription("Qods Planner floor plan")
    painter = QPainter(svg)
    try:
        paint_pages(painter, doc)
    finally:
        painter.end()
    data = with_fonts(bytes(buffer.data()))

    def write(device: QSaveFile) -> None:
        if device.write(data) != len(data):
            raise PrintError(_cannot_write(path, device))

    _save(path, write)
    return size


def with_fonts(svg: bytes) -> bytes:
    """The SVG with the bundled Vazirmatn embedded (@font-face) and kerning off, as in the
    PDF: a browser or an editor then sets each text at the width it was laid out for, on
    machines without the font too."""
    faces = []
    for weight, name in ((400, "Vazirmatn-Regular.ttf"), (700, "Vazirmatn-Bold.ttf")):
        data = base64.b64encode((FONTS_DIR / name).read_bytes()).decode("ascii")
        faces.append(
            f"@font-face{{font-family:'{FONT_FAMILY}';font-weight:{weight};"
            f"src:url(data:font/ttf;base64,{data}) format('truetype');}}"
        )
    # plaintext: each text takes its direction from its first letter, as Qt laid it out.
    rules = "text{font-kerning:none;unicode-bidi:plaintext;}"
    style = f"<defs><style>{''.join(faces)} {rules}</style></defs>"
    end = svg.index(b">", svg.index(b"<svg")) + 1
    return svg[:end] + b"\n" + style.encode("ascii") + svg[end:]
