"""What to print: paper, orientation, tiling, which parts and in which language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize

from .print_error import PrintError
from .units import mm

PAPERS = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A2": QPageSize.PageSizeId.A2,
    "A1": QPageSize.PageSizeId.A1,
    "A0": QPageSize.PageSizeId.A0,
}
PAPER_MM = {
    "A4": (297, 210),
    "A3": (420, 297),
    "A2": (594, 420),
    "A1": (841, 594),
    "A0": (1189, 841),
}
ORIENTATIONS = ("landscape", "portrait")
TILINGS = ("auto", "fit")  # auto: as many sheets as the text needs; fit: one sheet per hall

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """`plan` and `index` choose the parts; `language` None is the project's."""

    paper: str = "A4"
    orientation: str = "landscape"
    tiling: str = "auto"
    plan: bool = True
    index: bool = True
    language: str | None = None

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise PrintError(
                translate("PrintError", "paper must be one of {papers}, got {paper!r}").format(
                    papers=", ".join(PAPERS), paper=self.paper
                )
            )
        if self.orientation not in ORIENTATIONS:
            raise PrintError(
                translate(
                    "PrintError", "orientation must be landscape or portrait, got {value!r}"
                ).format(value=self.orientation)
            )
        if self.tiling not in TILINGS:
            raise PrintError(
                translate("PrintError", "tiling must be auto or fit, got {value!r}").format(
                    value=self.tiling
                )
            )
        if not (self.plan or self.index):
            raise PrintError(translate("PrintError", "choose the plan, the index or both"))

    @property
    def landscape(self) -> bool:
        return self.orientation == "landscape"

    def page_size(self) -> QSizeF:
        """The page in page units (tenths of a point)."""
        long, short = PAPER_MM[self.paper]
        w, h = (long, short) if self.landscape else (short, long)
        return QSizeF(mm(w), mm(h))

    def page_layout(self) -> QPageLayout:
        orientation = (
            QPageLayout.Orientation.Landscape
            if self.landscape
            else QPageLayout.Orientation.Portrait
        )
        from PySide6.QtCore import QMarginsF

        return QPageLayout(QPageSize(PAPERS[self.paper]), orientation, QMarginsF(0, 0, 0, 0))
