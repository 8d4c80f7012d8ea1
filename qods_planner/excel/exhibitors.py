"""Importing exhibitors from a registration workbook.

`read_exhibitors(source, project, mapping)` reads every data row below the header, normalises
what it can (see `values`), and returns an `ExhibitorImport`: the exhibitors of the rows that
are sound, every problem pinned to its cell, and the fixes it made. It changes nothing: the
caller shows the report and the difference (`diff_exhibitors`), then applies it.

Rows are matched to existing exhibitors by id (the ID column), else by company name
(`normalise_key`); unmatched rows become new exhibitors with fresh ids. Columns that are not
mapped keep the existing exhibitor's values; a blank cell in a mapped column means "none".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import cast

from ..messages import join, tr
from ..model import Exhibitor, ModelError, Needs, Project, Wishes
from ..text import normalise_key
from . import values as read
from .columns import EXHIBITOR_COLUMNS, by_key
from .exhibitor_cells import CellReader, _name_index, _Row
from .exhibitor_result import ExhibitorImport, ImportBlocked, ImportedRow
from .header_check import duplicate_headers
from .issues import Issue
from .mapping import ColumnMapping, closest, guess_sectors, preview_workbook
from .workbook import HEADER_SCAN_ROWS, Source, open_workbook, read_grid

_COLUMNS = by_key(EXHIBITOR_COLUMNS)
DEFAULT_MAX_FACTOR = 1.5  # largest acceptable area when the sheet gives none: request × 1.5


class _Reader(CellReader):
    """Gives the parsed rows ids, links competitors and partners, checks each row's areas and
    hall, and builds the exhibitors."""

    # -- ids and references ------------------------------------------------------------------
    def assign_ids(self, rows: list[_Row]) -> None:
        by_name = _name_index(self.project.exhibitors.values(), ("name_fa",))
        seen_ids: dict[str, int] = {}
        seen_names: dict[str, int] = {}
        taken = set(self.project.exhibitors) | {r.id for r in rows if r.id}
        for row in rows:
            key = normalise_key(str(row.fields.get("name_fa") or ""))
            if key and key in seen_names and not row.id:
                self.problem(
                    row,
                    "name_fa",
                    tr("the same company as row {row}", row=str(seen_names[key])),
                    tr("remove the repeated row or give each row its own id"),
                )
            if key:
                seen_names.setdefault(key, row.row)
            if row.id:
                if row.id in seen_ids:
                    self.problem(
                        row,
                        "id",
                        tr("the same id as row {row}", row=str(seen_ids[row.id])),
                        tr("give each company its own id, or leave it blank"),
                    )
                seen_ids.setdefault(row.id, row.row)
                continue
            if key in by_name and by_name[key] not in seen_ids:
                row.id = by_name[key]
            else:
                row.id = self.project.new_id("ex", taken)
            taken.add(row.id)
            seen_ids.setdefault(row.id, row.row)

    def resolve_references(self, rows: list[_Row]) -> None:
        names = _name_index(self.project.exhibitors.values(), ("id", "name_fa", "name_en"))
        for row in rows:
            for key in ("id", "name_fa", "name_en"):
                value = row.id if key == "id" else row.fields.get(key)
                if value and normalise_key(str(value)):
                    names[normalise_key(str(value))] = row.id
        for row in rows:
            for key in ("competitors", "partners"):
                ids: list[str] = []
                for name in _names(row.fields.get(key)):
                    eid = names.get(normalise_key(name))
                    if eid is None:
                        near = closest(name, {k: k for k in names})
                        self.problem(
                            row,
                            key,
                            tr("no company called {name!r}", name=name),
                            tr(
                                "did you mean {name!r}?",
                                name=_display_name(near, names, self, rows),
                            )
                            if near
                            else tr("write the company's name as in its own row"),
                        )
                    elif eid == row.id:
                        self.problem(
                            row,
                            key,
                            tr("a company cannot be its own competitor")
                            if key == "competitors"
                            else tr("a company cannot be its own partner"),
                        )
                    elif eid not in ids:
                        ids.append(eid)
                row.fields[key] = tuple(ids)
            both = [
                e for e in _names(row.fields["partners"]) if e in _names(row.fields["competitors"])
            ]
            for eid in both if "partners" in self.mapping.columns else ():
                self.problem(
                    row,
                    "partners",
                    tr(
                        "{name} is both a competitor and a partner",
                        name=_company_name(eid, self, rows),
                    ),
                    tr("keep the company in one of the two columns"),
                )
            for key in ("pinned", "choices"):
                booths: list[str] = []
                for label in _names(row.fields.get(key)):
                    bid = self.booths.get(normalise_key(label))
                    if bid is None:
                        self.problem(
                            row,
                            key,
                            tr("no booth labelled {label!r}", label=label),
                            tr("write booth labels as on the plan, e.g. {example}", example="A-12"),
                        )
                    elif bid not in booths:
                        booths.append(bid)
                row.fields[key] = tuple(booths)

    # -- building ----------------------------------------------------------------------------
    def areas(self, row: _Row) -> tuple[float, float, float] | None:
        """(requested, smallest, largest) with defaults filled in; None if area is unreadable.

        Unmapped smallest/largest keep an existing exhibitor's values while its request is
        unchanged; otherwise they default to the request and request × 1.5."""
        f = row.fields
        has = self.mapping.columns.__contains__
        if f.get("area") is None:
            return None
        old = self.project.exhibitors.get(row.id)
        requested = float(f["area"])  # type: ignore[arg-type]
        lo = f.get("min_area")
        hi = f.get("max_area")
        same_request = old is not None and old.requested_m2 == requested
        if same_request and old is not None and not has("min_area"):
            lo = old.min_m2
        if same_request and old is not None and not has("max_area"):
            hi = old.max_m2
        lo = requested if lo is None else float(lo)  # type: ignore[arg-type]
        hi = round(requested * DEFAULT_MAX_FACTOR, 4) if hi is None else float(hi)  # type: ignore[arg-type]
        return requested, lo, hi

    def check(self, row: _Row) -> None:
        """Rules across cells of one row: areas in order, a required hall named."""
        f = row.fields
        found = self.areas(row)
        if found is not None:
            requested, lo, hi = found
            if lo > requested:
                self.problem(
                    row,
                    "min_area",
                    tr(
                        "the smallest area {smallest:g} m² is more than the requested"
                        " {requested:g} m²",
                        smallest=lo,
                        requested=requested,
                    ),
                    tr("write at most {value:g}", value=requested),
                )
            if hi < requested:
                self.problem(
                    row,
                    "max_area",
                    tr(
                        "the largest area {largest:g} m² is less than the requested"
                        " {requested:g} m²",
                        largest=hi,
                        requested=requested,
                    ),
                    tr("write at least {value:g}", value=requested),
                )
        old = self.project.exhibitors.get(row.id)
        if "hall" in self.mapping.columns:
            hall_blank = read.text(row.raw.get("hall")) == ""
        else:
            hall_blank = old is None or old.wishes.preferred_hall is None
        if f.get("hall_required") and hall_blank:
            self.problem(
                row,
                "hall_required",
                tr("a required hall needs a hall"),
                tr("write the hall in the hall column, or answer خیر (no)"),
            )

    def build(self, row: _Row) -> Exhibitor | None:
        f = row.fields
        has = self.mapping.columns.__contains__
        old = self.project.exhibitors.get(row.id)
        requested, lo, hi = self.areas(row)  # type: ignore[misc]
        # A new exhibitor is made once, from the row (no placeholder to copy: 20,000 rows).
        base_needs, base_wishes = (old.needs, old.wishes) if old else (Needs(), Wishes())
        needs = Needs(
            **{
                k: bool(f[k]) if has(k) else getattr(base_needs, k)
                for k in ("power", "water", "heavy_floor")
            }
        )
        hall = cast("str | None", f.get("hall")) if has("hall") else base_wishes.preferred_hall
        # `check` reported a required hall left blank; a hall that did not resolve is an error
        # of its own, so here a required hall without a hall can only come from old data.
        required = (
            bool(f.get("hall_required")) if has("hall_required") else base_wishes.hall_required
        )
        hall_required = bool(required) and hall is not None
        wishes = Wishes(
            corner=bool(f["corner"]) if has("corner") else base_wishes.corner,
            island=bool(f["island"]) if has("island") else base_wishes.island,
            preferred_hall=hall,
            hall_required=hall_required,
        )
        changes: dict[str, object] = {
            "name_fa": f["name_fa"],
            "sector_id": f["sector_id"],
            "requested_m2": requested,
            "min_m2": lo,
            "max_m2": hi,
            "needs": needs,
            "wishes": wishes,
        }
        for key, attr in (
            ("name_en", "name_en"),
            ("priority", "priority"),
            ("status", "status"),
            ("registered_on", "registered_on"),
            ("phone", "phone"),
            ("note", "note"),
            ("competitors", "competitors"),
            ("partners", "partners"),
            ("pinned", "pinned_booths"),
            ("choices", "choices"),
            ("choices_only", "choices_only"),
            ("priority_points", "priority_points"),
        ):
            if has(key):
                changes[attr] = f.get(key)
        if old is not None:
            # The same name spelt another way (ي for ی, a space for a ZWNJ) is not a change.
            for attr in ("name_fa", "name_en"):
                if attr in changes and normalise_key(str(changes[attr])) == normalise_key(
                    getattr(old, attr)
                ):
                    changes[attr] = getattr(old, attr)
        try:
            if old is not None:
                return replace(old, **changes)  # type: ignore[arg-type]  # Exhibitor checks them
            return Exhibitor(id=row.id, **{"name_en": "", **changes})  # type: ignore[arg-type]
        except ModelError as exc:
            self.problem(row, "name_fa", str(exc))
            return None

    def run(self) -> ExhibitorImport:
        missing = [k for k in ("name_fa", "sector", "area") if k not in self.mapping.columns]
        if missing:
            names = join(f"{_COLUMNS[k].fa} ({_COLUMNS[k].en})" for k in missing)
            self.result.problems.append(
                Issue(
                    self.mapping.sheet,
                    self.mapping.header_row,
                    None,
                    "",
                    None,
                    tr("no column for {names}", names=names),
                    tr("add the column, or choose it in the column mapping"),
                )
            )
            return self.result
        self.result.problems += duplicate_headers(self.grid, self.mapping, EXHIBITOR_COLUMNS)
        rows = self.data_rows()
        for row in rows:
            self.parse(row)
        self.assign_ids(rows)
        self.resolve_references(rows)
        for row in rows:
            self.check(row)
        for row in rows:
            ex = None if row.bad else self.build(row)
            if ex is None:
                self.result.error_rows.append(row.row)
            else:
                self.result.rows.append(ImportedRow(row.row, ex))
        kept = {r.exhibitor.id for r in self.result.rows} | set(self.project.exhibitors)
        self.result.dropped_ids = {r.id for r in rows if r.bad and r.id} - kept
        self.result.problems.sort(key=lambda i: (i.row or 0, i.column or 0))
        self.result.fixes.sort(key=lambda i: (i.row or 0, i.column or 0))
        return self.result


def _display_name(
    key: str | None, names: Mapping[str, str], reader: _Reader, rows: list[_Row]
) -> str:
    """The company name behind a matched key, as people wrote it."""
    eid = names.get(key or "")
    for row in rows:
        if row.id == eid:
            return str(row.fields.get("name_fa") or eid)
    ex = reader.project.exhibitors.get(eid or "")
    return ex.name_fa if ex else str(key)


def _company_name(eid: str, reader: _Reader, rows: list[_Row]) -> str:
    """How people wrote the company with this id: its row's name, else the project's."""
    for row in rows:
        if row.id == eid and row.fields.get("name_fa"):
            return repr(str(row.fields["name_fa"]))
    ex = reader.project.exhibitors.get(eid)
    return repr(ex.name_fa) if ex else eid


def read_exhibitors(
    source: Source,
    project: Project,
    mapping: ColumnMapping | None = None,
    *,
    remembered: dict[str, str] | None = None,
) -> ExhibitorImport:
    """Read exhibitors from a workbook without changing `project` (or the workbook).

    Without `mapping` the sheet, header row and columns are guessed (`preview`). Raises
    `ExcelError` only if the file is not a readable workbook; everything wrong inside it is a
    problem in the returned report.
    """
    wb = open_workbook(source)
    if mapping is None:
        found = preview_workbook(wb, project, remembered=remembered)
        if found.mapping is None:
            return ExhibitorImport(
                None,
                problems=[
                    Issue(
                        found.sheet,
                        None,
                        None,
                        "",
                        None,
                        tr("no header row found in the first {rows} rows", rows=HEADER_SCAN_ROWS),
                        tr("add a header row naming the columns, e.g. نام شرکت، رسته، متراژ"),
                    )
                ],
            )
        mapping = found.mapping
    if mapping.sheet not in wb.sheetnames:
        return ExhibitorImport(
            mapping,
            problems=[
                Issue(
                    mapping.sheet,
                    None,
                    None,
                    "",
                    None,
                    tr("the workbook has no such sheet"),
                    tr("choose one of: {sheets}", sheets=join(wb.sheetnames)),
                )
            ],
        )
    grid = read_grid(wb, mapping.sheet)
    return _Reader(grid, mapping, project).run()


__all__ = ["ExhibitorImport", "ImportBlocked", "ImportedRow", "guess_sectors", "read_exhibitors"]


def _names(value: object) -> tuple[str, ...]:
    """A parsed list column (competitors, partners, pinned booths): the reader makes it a
    tuple of texts, or leaves it out."""
    return cast("tuple[str, ...]", value or ())
