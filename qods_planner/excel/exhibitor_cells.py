"""Reading the cells of registration rows: one parser per column, problems pinned to cells.

`CellReader` turns each data row into parsed fields (`_Row.fields`); `exhibitors._Reader`
then gives the rows ids, links competitors and partners, and builds the exhibitors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import TypeVar

from ..messages import join, tr
from ..model import Project
from ..text import normalise_key, parse_date
from ..text.jalali import JALALI_YEARS, DateError
from . import values as read
from .cell_kinds import odd_cell
from .column_words import field_word
from .exhibitor_result import ExhibitorImport
from .issues import Issue, Severity, cell_ref
from .mapping import ColumnMapping, closest, sector_index
from .template import EXAMPLE_NAMES
from .workbook import SheetGrid, display

T = TypeVar("T")

_EXAMPLE_KEYS = {normalise_key(n) for n in EXAMPLE_NAMES}
DATE_EXAMPLE = "1405/05/12"  # what to type: the same in every language
MAX_NAME = 200  # characters: longer is a paste gone wrong, and no booth fascia holds it
# Columns that hold words: a yes/no, number, date or time there is a typing slip.
TEXT_KEYS = frozenset({"name_fa", "name_en", "sector", "competitors", "partners"})


@dataclass
class _Row:
    """One data row while it is being read: parsed fields, where each came from, raw text."""

    row: int
    fields: dict[str, object] = field(default_factory=dict)
    raw: dict[str, object] = field(default_factory=dict)
    bad: bool = False
    id: str = ""
    refused: set[str] = field(default_factory=set)  # columns already reported: one per cell


class CellReader:
    """Parses each data row's cells into `_Row.fields`; reports problems and fixes."""

    def __init__(self, grid: SheetGrid, mapping: ColumnMapping, project: Project) -> None:
        self.grid = grid
        self.mapping = mapping
        self.project = project
        self.result = ExhibitorImport(mapping)
        self.sectors = sector_index(project) | dict(mapping.sectors)
        self.halls = _name_index(project.halls.values(), ("id", "name_fa", "name_en"))
        self.booths = _name_index(project.booths.values(), ("id", "label"))

    # -- reporting -------------------------------------------------------------------------
    def problem(self, row: _Row, key: str, message: str, suggestion: str = "") -> None:
        row.bad = True
        if key in row.refused:
            return  # the cell's first problem says it; a second one would only repeat it
        column = self.mapping.columns.get(key)
        raw = row.raw.get(key)
        self.result.problems.append(
            Issue(self.mapping.sheet, row.row, column, key, raw, message, suggestion)
        )

    def fixed(self, row: _Row, key: str, message: str) -> None:
        self.result.fixes.append(
            Issue(
                self.mapping.sheet,
                row.row,
                self.mapping.columns.get(key),
                key,
                row.raw.get(key),
                message,
                severity=Severity.FIXED,
            )
        )

    def cell(self, row: _Row, key: str, parse: Callable[[object], T]) -> T | None:
        """Parse the row's value of a mapped column; a problem is reported and gives None."""
        try:
            return parse(row.raw.get(key))
        except read.CellProblem as exc:
            self.problem(row, key, exc.message, exc.suggestion)
            return None

    # -- the rows ---------------------------------------------------------------------------
    def data_rows(self) -> list[_Row]:
        rows: list[_Row] = []
        cols = self.mapping.columns
        said: dict[tuple[int, int], str] = {}
        for r, cells in sorted(self.grid.rows().items()):
            if r <= self.mapping.header_row:
                continue
            if r in self.grid.headings:
                self.result.fixes.append(
                    Issue(
                        self.mapping.sheet,
                        r,
                        None,
                        "",
                        display(next(iter(cells.values()))),
                        tr("skipped a heading row (one merged cell across the table)"),
                        severity=Severity.FIXED,
                    )
                )
                continue
            raw = {key: cells.get(c) for key, c in cols.items()}
            merged = self.grid.merged_into
            if all(display(v) == "" or (r, cols[k]) in merged for k, v in raw.items()):
                continue  # blank, only a row number, or only what merged cells lend it
            if normalise_key(read.text(raw.get("name_fa"))) in _EXAMPLE_KEYS:
                self.result.fixes.append(
                    Issue(
                        self.mapping.sheet,
                        r,
                        None,
                        "",
                        read.text(raw.get("name_fa")),
                        tr("skipped the template's example row"),
                        severity=Severity.FIXED,
                    )
                )
                continue
            row = _Row(r, raw=raw)
            for key in cols:
                found = odd_cell(raw[key], text_column=key in TEXT_KEYS)
                if found:
                    self.problem(row, key, *found)
                    row.refused.add(key)
            for key, c in cols.items():
                top = merged.get((r, c))
                if top is not None and raw[key] is not None:
                    if top not in said:  # one sentence per merged range, however many rows
                        cell = cell_ref(self.mapping.sheet, *top)
                        said[top] = tr("value taken from merged cell {cell}", cell=cell)
                    self.fixed(row, key, said[top])
            rows.append(row)
        return rows

    def parse(self, row: _Row) -> None:
        f = row.fields
        has = self.mapping.columns.__contains__
        f["name_fa"] = read.text(row.raw.get("name_fa"))
        if has("name_en"):
            f["name_en"] = read.text(row.raw.get("name_en"))
        if not f["name_fa"]:
            if f.get("name_en"):
                f["name_fa"] = f["name_en"]
                self.fixed(row, "name_fa", tr("no Persian name: the English name is used"))
            else:
                self.problem(
                    row,
                    "name_fa",
                    tr("the company name is missing"),
                    tr("write the company's name"),
                )
        for key in ("name_fa", "name_en"):
            if len(str(f.get(key) or "")) > MAX_NAME:
                self.problem(
                    row,
                    key,
                    tr(
                        "a name is at most {limit} characters; this one has {count}",
                        limit=MAX_NAME,
                        count=len(str(f[key])),
                    ),
                    tr("keep the name, and put the rest in the note column"),
                )
        if has("id"):
            row.id = self.cell(row, "id", read.identifier) or ""
        self.parse_sector(row)
        for key in ("area", "min_area", "max_area"):
            if has(key):
                what = field_word(key)
                area = self.cell(row, key, partial(read.area, what=what))
                if area is not None:
                    f[key], note = area
                    if note:
                        self.fixed(row, key, note)
        if read.text(row.raw.get("area")) == "":
            self.problem(row, "area", tr("the requested area is missing"), read.area_suggestion())
        for key in (
            "power",
            "water",
            "heavy_floor",
            "corner",
            "island",
            "hall_required",
            "choices_only",
        ):
            if has(key):
                what = field_word(key)
                f[key] = self.cell(row, key, partial(read.flag, what=what))
        if has("hall"):
            self.parse_hall(row)
        if has("priority"):
            f["priority"] = self.cell(row, "priority", read.priority)
        if has("status"):
            f["status"] = self.cell(row, "status", read.status)
        if has("registered_on"):
            self.parse_date(row)
        if has("phone"):
            phone = self.cell(row, "phone", read.phone)
            if phone is not None:
                f["phone"], note = phone
                if note:
                    self.fixed(row, "phone", note)
        if has("note"):
            f["note"] = read.text(row.raw.get("note"))
        if has("priority_points"):
            what = field_word("priority_points")
            f["priority_points"] = self.cell(
                row, "priority_points", partial(read.points, what=what)
            )
        for key in ("competitors", "partners", "pinned", "choices"):
            if has(key):
                f[key] = read.items(row.raw.get(key))

    def parse_sector(self, row: _Row) -> None:
        text = read.text(row.raw.get("sector"))
        if not text:
            names = join(s.name_fa for s in list(self.project.sectors.values())[:4])
            self.problem(
                row,
                "sector",
                tr("the sector is missing"),
                tr("choose a sector, e.g. {names}", names=names) if names else "",
            )
            return
        sid = self.sectors.get(normalise_key(text))
        if sid is None:
            near = closest(text, self.sectors)
            hint = (
                tr("did you mean {name}?", name=_both_names(self.project.sectors[near]))
                if near
                else tr("add this sector to the project, or map it to one in the import dialog")
            )
            self.problem(row, "sector", tr("unknown sector {sector!r}", sector=text), hint)
        row.fields["sector_id"] = sid

    def parse_hall(self, row: _Row) -> None:
        text = read.text(row.raw.get("hall"))
        if not text:
            row.fields["hall"] = None
            return
        hid = self.halls.get(normalise_key(text))
        if hid is None:
            near = closest(text, self.halls)
            self.problem(
                row,
                "hall",
                tr("unknown hall {hall!r}", hall=text),
                tr("did you mean {name}?", name=_both_names(self.project.halls[near]))
                if near
                else tr("write a hall's name or id: {halls}", halls=join(self.project.halls)),
            )
        row.fields["hall"] = hid

    def parse_date(self, row: _Row) -> None:
        raw = row.raw.get("registered_on")
        try:
            iso = parse_date(raw)
        except DateError as exc:
            self.problem(
                row,
                "registered_on",
                str(exc),
                tr("write a date like {example}", example=DATE_EXAMPLE),
            )
            return
        row.fields["registered_on"] = iso
        if isinstance(raw, date) and iso and raw.year <= JALALI_YEARS[1]:
            written = f"{raw.year}/{raw.month:02d}/{raw.day:02d}"
            self.fixed(
                row,
                "registered_on",
                tr(
                    "Excel stored the Jalali date {date} as a Gregorian date; read it as {iso}",
                    date=written,
                    iso=iso,
                ),
            )
        elif isinstance(raw, str) and iso and not read.text(raw).startswith(iso[:4]):
            self.fixed(
                row,
                "registered_on",
                tr("read the Jalali date {date} as {iso}", date=read.text(raw), iso=iso),
            )


def _name_index(entities: object, attrs: tuple[str, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for e in entities:  # type: ignore[attr-defined]
        for a in attrs:
            value = getattr(e, a)
            if value and normalise_key(value):
                index.setdefault(normalise_key(value), e.id)
    return index


def _both_names(entity: object) -> str:
    """ "'قطعات خودرو' (Automotive parts)": how a suggestion names a sector or hall."""
    fa, en = entity.name_fa, entity.name_en  # type: ignore[attr-defined]
    return f"{fa!r} ({en})" if en and en != fa else repr(fa)
