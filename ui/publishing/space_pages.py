"""The space report as printed pages (A4 portrait, the page's language): the same tables as
the workbook's sheet and the app's panel (`qods_planner.publishing.space`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSizeF

from qods_planner.messages import Message, format_number
from qods_planner.model import Project
from qods_planner.publishing.space import space_report, space_tables
from ui.printing.printed_page import ListPage
from ui.printing.units import mm

from .blocks import ACCENT, Stack
from .pdf import A4

SHARES = {
    "halls": (2.2, 1, 1.2, 1.2, 1, 1, 1, 1),
    "sectors": (2.6, 1, 1, 1.3, 1.2, 1.3),
    "kinds": (2.6, 1, 1.2, 1.2),
}


def cell(value: str | float | int, language: str) -> str:
    return value if isinstance(value, str) else format_number(value, language, 1)


def space_pages(
    project: Project, language: str, printed: date | None = None, size: QSizeF = A4
) -> list[ListPage]:
    """The report on pages of `size` (page units): one, or more when a long sector list
    needs them."""
    printed = printed or date.today()
    title = Message.of("Space report").render(language)
    tables = space_tables(project, space_report(project), language)
    page = ListPage(size, language, project=project, title=title, printed=printed)
    pages = [page]
    body = page.body()
    stack = Stack(body.left(), body.right(), body.top() + mm(2), page.rtl)
    for table in tables:
        rows = [tuple(cell(v, language) for v in row) for row in table.rows]
        needed = (len(rows) + 3) * mm(5.2)
        if stack.y + needed > body.bottom() and stack.boxes:
            page.boxes = stack.boxes
            page = ListPage(size, language, project=project, title=title, printed=printed)
            pages.append(page)
            stack = Stack(body.left(), body.right(), body.top() + mm(2), page.rtl)
        stack.text(table.title, 11, True, ACCENT)
        stack.gap(3)
        stack.table(table.headers, rows, SHARES[table.key], 8.5, bold_last=table.key != "kinds")
        stack.gap(10)
    page.boxes = stack.boxes
    return pages
