"""The fairness certificate as printed pages (A4, the page's language): the count of priority
inversions, then each place refused — who asked, who holds it, and why — the same rows as the
workbook's Fair order sheet (docs/fair-order.md)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSizeF

from qods_planner.excel.export.labels import headers, word
from qods_planner.excel.export.rows import Rows
from qods_planner.layout import layout_of
from qods_planner.messages import Message, format_number
from qods_planner.model import Project
from ui.printing.printed_page import ListPage
from ui.printing.units import mm

from .blocks import ACCENT, Stack
from .pdf import A4

# ID, company, rank, asked for, place, held by, reason
SHARES = (0.8, 2.2, 0.6, 1.4, 1.1, 2.2, 2.6)
ROWS_PER_PAGE = 24  # rows wrap to two lines at most: 24 fit an A4 page under the title


def fairness_pages(
    project: Project, language: str, printed: date | None = None, size: QSizeF = A4
) -> list[ListPage]:
    printed = printed or date.today()
    title = Message.of("Fair order").render(language)
    rows = Rows(project, layout_of(project), language)
    body_rows = [tuple(_cell(v, language) for v in row) for row in rows.fairness()]
    heads = tuple(headers("fairness", language))
    chunks = [body_rows[i : i + ROWS_PER_PAGE] for i in range(0, len(body_rows), ROWS_PER_PAGE)]
    pages = []
    for n, chunk in enumerate(chunks or [[]]):
        page = ListPage(size, language, project=project, title=title, printed=printed)
        body = page.body()
        stack = Stack(body.left(), body.right(), body.top() + mm(2), page.rtl)
        if n == 0:
            count = format_number(rows.inversions, language)
            stack.text(word("inversions", language).format(n=count), 11, True, ACCENT)
            stack.gap(4)
        if chunk:
            stack.table(heads, chunk, SHARES, 8)
        page.boxes = stack.boxes
        pages.append(page)
    return pages


def _cell(value: object, language: str) -> str:
    return value if isinstance(value, str) else format_number(value, language, 0)
