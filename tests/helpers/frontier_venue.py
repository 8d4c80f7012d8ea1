"""The frontier tests' venue: a row A and a row B apart, one-booth exhibitors by sector, and
a published plan that is the baseline moves count against."""

from __future__ import annotations

from helpers.builders import TinyProject


def scattered_venue(a: int, b: int, sectors: dict[str, str], **published: list[str]) -> TinyProject:
    """Rows A (`a` booths) and B (`b` booths, 14 m away), an exhibitor of 9 m² per entry of
    `sectors` (id -> sector), and `published` (id -> booths) set as the baseline."""
    tiny = TinyProject()
    tiny.row("A", a, x=600, y=0)
    tiny.row("B", b, x=600, y=1400)
    for eid, sector in sectors.items():
        tiny.exhibitor(eid, sector=sector, m2=9, max_m2=9)
    tiny.project.set_baseline(tiny.place(**published))
    return tiny
