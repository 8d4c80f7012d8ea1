"""The catalogue for visitors as a PDF: a cover; the exhibitors by sector, sectors in
value-chain order, each entry with both names, booths and hall; an alphabetical index in
Persian and one in English; and each hall's plan with its booth labels (the printed plan's
own sheets and keys). Every text is 6 pt or more, and real text."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from qods_planner.messages import Message, join
from qods_planner.model import Project
from qods_planner.publishing.book import entries, index, sections
from qods_planner.publishing.dates import event_dates
from qods_planner.publishing.value_chain import value_chain_order
from ui.printing import PrintOptions, build
from ui.printing.flow import Row, Table, flow
from ui.printing.plan_drawing import draw_text
from ui.printing.plan_layout import TextBox
from ui.printing.printed_page import ListPage, Page
from ui.printing.units import mm

from .blocks import ACCENT, MUTED, Stack
from .pdf import A4, write_pdf

SECTION_TABLE = Table(shares=(0.3, 0.32, 0.12, 0.26), points=8.0, heading_points=10.0, columns=1)
INDEX_TABLE = Table(shares=(0.56, 0.2, 0.24), points=8.0, heading_points=10.0, columns=2)


@dataclass
class CoverPage(Page):
    boxes: list[TextBox] = field(default_factory=list)

    def texts(self) -> list[TextBox]:
        return list(self.boxes)

    def paint(self, painter) -> None:
        for box in self.boxes:
            draw_text(painter, box)


def _say(language: str, key: str, **params) -> str:
    return Message.of(key, **params).render(language)


def _cover(project: Project, count: int) -> CoverPage:
    page = CoverPage(A4, "fa")
    inner = page.inner
    stack = Stack(inner.left(), inner.right(), inner.top() + mm(40), True)
    event = project.event
    stack.centred(event.name_fa, 22, True, ACCENT)
    stack.gap(4)
    stack.centred(event.name("en"), 18, True, ACCENT)
    stack.gap(10)
    stack.centred(event_dates(event, "fa"), 12)
    stack.centred(event_dates(event, "en"), 11)
    stack.gap(24)
    stack.centred(_say("fa", "Catalogue of exhibitors"), 16, True)
    stack.centred(_say("en", "Catalogue of exhibitors"), 14, True)
    stack.gap(8)
    for lang in ("fa", "en"):
        stack.centred(
            _say(
                lang,
                "{exhibitors} exhibitors in {halls} halls",
                exhibitors=count,
                halls=len(project.halls),
            ),
            11,
            False,
            MUTED,
        )
    stack.gap(24)
    for lang in ("fa", "en"):
        stack.centred(_say(lang, "Sectors in the order of their supply chains"), 11, True)
        names = [project.sectors[s].name(lang) for s in value_chain_order(project)]
        stack.centred(join(names, "comma", lang), 9, False, MUTED)
        stack.gap(8)
    page.boxes = stack.boxes
    return page


def _list_pages(
    project: Project, rows: list[Row], table: Table, language: str, title: str, printed: date
) -> list[ListPage]:
    probe = ListPage(A4, language, project=project, printed=printed)
    return [
        ListPage(A4, language, project=project, title=title, boxes=boxes, printed=printed)
        for boxes in flow(rows, table, probe.body(), probe.rtl)
    ]


def catalogue_pages(project: Project, printed: date | None = None) -> list[Page]:
    """Every page of the catalogue, in order."""
    printed = printed or date.today()
    found = entries(project)
    pages: list[Page] = [_cover(project, len(found))]
    rows: list[Row] = []
    for section in sections(project):
        rows.append(Row((f"{section.name_fa} — {section.name_en}",), heading=True))
        for e in section.entries:
            hall = project.halls[e.hall_id]
            rows.append(
                Row(
                    (
                        e.name_fa,
                        e.name_en,
                        join(e.labels, "comma", "fa"),
                        f"{hall.name_fa} — {hall.name_en}",
                    )
                )
            )
    title = f"{_say('fa', 'Exhibitors by sector')} — {_say('en', 'Exhibitors by sector')}"
    pages += _list_pages(project, rows, SECTION_TABLE, "fa", title, printed)
    for lang in ("fa", "en"):
        rows = []
        for initial, group in index(found, lang):
            rows.append(Row((initial,), heading=True))
            rows += [
                Row(
                    (
                        e.name(lang),
                        join(e.labels, "comma", lang),
                        project.halls[e.hall_id].name(lang),
                    )
                )
                for e in group
            ]
        pages += _list_pages(
            project, rows, INDEX_TABLE, lang, _say(lang, "Alphabetical index"), printed
        )
    plans = build(
        project,
        PrintOptions(paper="A4", orientation="landscape", plan=True, index=False, language="fa"),
        printed,
    )
    pages += plans.pages
    return pages


def write_catalogue(project: Project, path: str | os.PathLike[str]) -> int:
    """Write the catalogue to `path`; the page count. Raises `PrintError`."""
    title = f"{project.event.name('fa')} — {_say('fa', 'Catalogue of exhibitors')}"
    return write_pdf(path, catalogue_pages(project), title)
