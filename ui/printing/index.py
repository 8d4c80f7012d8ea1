"""The index of exhibitors: every placed exhibitor with its booth(s) and hall, grouped by
sector, both sorted in the page language's alphabetical order.

Sorting uses Qt's `QCollator` for the page's locale (ICU's collation: Persian orders
ا آ ب پ ت … ک گ … و ه ی, not by code points; English ignores case).
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale

from qods_planner.messages import join
from qods_planner.model import Project

from .flow import Row


def collator(language: str) -> QCollator:
    """The alphabetical order of `language` ("fa" Persian, else English)."""
    locale = (
        QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
        if language == "fa"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    c = QCollator(locale)
    c.setCaseSensitivity(c.caseSensitivity().CaseInsensitive)
    c.setNumericMode(True)  # "A-2" before "A-11"
    return c


def sort_names(names: list[str], language: str) -> list[str]:
    key = collator(language).sortKey
    return sorted(names, key=lambda n: (key(n), n))


def index_entries(project: Project, language: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(sector name, [(exhibitor name, booths, hall)]) in alphabetical order."""
    c = collator(language)
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for eid, ids in project.plan.stands.items():
        exhibitor = project.exhibitors.get(eid)
        if exhibitor is None or not ids or any(b not in project.booths for b in ids):
            continue
        sector = project.sectors.get(exhibitor.sector_id)
        group = sector.name(language) if sector else exhibitor.sector_id
        labels = sorted((project.booths[b].label for b in ids), key=c.sortKey)
        hall = project.halls[project.booths[ids[0]].hall_id].name(language)
        groups.setdefault(group, []).append(
            (exhibitor.name(language), join(labels, "comma", language), hall)
        )
    return [
        (group, sorted(groups[group], key=lambda e: (c.sortKey(e[0]), e[0])))
        for group in sorted(groups, key=lambda g: (c.sortKey(g), g))
    ]


def index_rows(project: Project, language: str) -> list[Row]:
    rows: list[Row] = []
    for group, entries in index_entries(project, language):
        rows.append(Row((group,), heading=True))
        rows += [Row(entry) for entry in entries]
    return rows
