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

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from ..model import Exhibitor, ModelError, Needs, Project, Wishes
from ..text import normalise_key, parse_date
from ..text.jalali import DateError
from . import values as read
from .columns import EXHIBITOR_COLUMNS, by_key
from .issues import Issue, Severity
from .mapping import ColumnMapping, closest, guess_sectors, preview_workbook, sector_index
from .template import EXAMPLE_NAMES
from .workbook import SheetGrid, Source, display, open_workbook, read_grid

_EXAMPLE_KEYS = {normalise_key(n) for n in EXAMPLE_NAMES}
DEFAULT_MAX_FACTOR = 1.5  # largest acceptable area when the sheet gives none: request × 1.5
_COLUMNS = by_key(EXHIBITOR_COLUMNS)


@dataclass(frozen=True)
class ImportedRow:
    row: int
    exhibitor: Exhibitor
    is_new: bool


class ImportBlocked(Exception):
    """Applying an import that still has problems, without asking for valid rows only."""


@dataclass
class ExhibitorImport:
    """The outcome of reading a sheet. `problems` are errors (their rows are left out),
    `fixes` what the importer corrected by itself. Nothing here has touched the project."""

    mapping: ColumnMapping | None
    rows: list[ImportedRow] = field(default_factory=list)
    problems: list[Issue] = field(default_factory=list)
    fixes: list[Issue] = field(default_factory=list)
    error_rows: list[int] = field(default_factory=list)
    dropped_ids: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.problems

    def exhibitors(self, valid_rows_only: bool = False) -> list[Exhibitor]:
        """The exhibitors to apply; with problems, only if `valid_rows_only` (then references
        to companies of left-out rows are dropped from competitors and partners)."""
        if self.problems and not valid_rows_only:
            raise ImportBlocked(
                f"{len(self.problems)} problem(s) in {len(self.error_rows)} row(s); fix the file "
                "or import the valid rows only"
            )
        out = []
        for r in self.rows:
            ex = r.exhibitor
            if self.dropped_ids & (set(ex.competitors) | set(ex.partners)):
                ex = replace(
                    ex,
                    competitors=tuple(c for c in ex.competitors if c not in self.dropped_ids),
                    partners=tuple(p for p in ex.partners if p not in self.dropped_ids),
                )
            out.append(ex)
        return out


@dataclass
class _Row:
    """One data row while it is being read: parsed fields, where each came from, raw text."""

    row: int
    fields: dict[str, object] = field(default_factory=dict)
    raw: dict[str, object] = field(default_factory=dict)
    bad: bool = False
    id: str = ""


class _Reader:
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

    def cell(self, row: _Row, key: str, parse: Callable[[object], object]) -> object:
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
                        "skipped a heading row (one merged cell across the table)",
                        severity=Severity.FIXED,
                    )
                )
                continue
            raw = {key: cells.get(c) for key, c in cols.items()}
            if all(display(v) == "" for v in raw.values()):
                continue  # a blank row, or one with only a row number
            if normalise_key(read.text(raw.get("name_fa"))) in _EXAMPLE_KEYS:
                self.result.fixes.append(
                    Issue(
                        self.mapping.sheet,
                        r,
                        None,
                        "",
                        read.text(raw.get("name_fa")),
                        "skipped the template's example row",
                        severity=Severity.FIXED,
                    )
                )
                continue
            row = _Row(r, raw=raw)
            for key, c in cols.items():
                if (r, c) in self.grid.merged_into and raw[key] is not None:
                    top = self.grid.merged_into[(r, c)]
                    self.fixed(
                        row,
                        key,
                        f"value taken from merged cell "
                        f"{Issue(self.mapping.sheet, *top, '', None, '').cell}",
                    )
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
                self.fixed(row, "name_fa", "no Persian name: the English name is used")
            else:
                self.problem(
                    row, "name_fa", "the company name is missing", "write the company's name"
                )
        if has("id"):
            row.id = self.cell(row, "id", read.identifier) or ""
        self.parse_sector(row)
        for key in ("area", "min_area", "max_area"):
            if has(key):
                what = {
                    "area": "requested area",
                    "min_area": "smallest area",
                    "max_area": "largest area",
                }[key]
                value = self.cell(row, key, lambda v, w=what: read.area(v, w))
                if value is not None:
                    f[key], note = value
                    if note:
                        self.fixed(row, key, note)
        if read.text(row.raw.get("area")) == "":
            self.problem(
                row,
                "area",
                "the requested area is missing",
                "write the area in square metres, e.g. 18",
            )
        for key in ("power", "water", "heavy_floor", "corner", "island", "hall_required"):
            if has(key):
                what = _COLUMNS[key].en.lower()
                f[key] = self.cell(row, key, lambda v, w=what: read.flag(v, w))
        if has("hall"):
            self.parse_hall(row)
        if has("priority"):
            f["priority"] = self.cell(row, "priority", read.priority)
        if has("status"):
            f["status"] = self.cell(row, "status", read.status)
        if has("registered_on"):
            self.parse_date(row)
        if has("phone"):
            value = self.cell(row, "phone", read.phone)
            if value is not None:
                f["phone"], note = value
                if note:
                    self.fixed(row, "phone", note)
        if has("note"):
            f["note"] = read.text(row.raw.get("note"))
        for key in ("competitors", "partners", "pinned"):
            if has(key):
                f[key] = read.items(row.raw.get(key))

    def parse_sector(self, row: _Row) -> None:
        text = read.text(row.raw.get("sector"))
        if not text:
            names = "، ".join(s.name_fa for s in list(self.project.sectors.values())[:4])
            self.problem(
                row,
                "sector",
                "the sector is missing",
                f"choose a sector, e.g. {names}" if names else "",
            )
            return
        sid = self.sectors.get(normalise_key(text))
        if sid is None:
            near = closest(text, self.sectors)
            hint = (
                f"did you mean {_both_names(self.project.sectors[near])}?"
                if near
                else "add this sector to the project, or map it to one in the import dialog"
            )
            self.problem(row, "sector", f"unknown sector {text!r}", hint)
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
                f"unknown hall {text!r}",
                f"did you mean {_both_names(self.project.halls[near])}?"
                if near
                else "write a hall's name or id: " + ", ".join(self.project.halls),
            )
        row.fields["hall"] = hid

    def parse_date(self, row: _Row) -> None:
        raw = row.raw.get("registered_on")
        try:
            iso = parse_date(raw)
        except DateError as exc:
            self.problem(row, "registered_on", str(exc), "write a date like 1405/05/12")
            return
        row.fields["registered_on"] = iso
        if isinstance(raw, date) and iso and raw.year < 1500:
            written = f"{raw.year}/{raw.month:02d}/{raw.day:02d}"
            self.fixed(
                row,
                "registered_on",
                f"Excel stored the Jalali date {written} as a Gregorian date; read it as {iso}",
            )
        elif isinstance(raw, str) and iso and not read.text(raw).startswith(iso[:4]):
            self.fixed(row, "registered_on", f"read the Jalali date {read.text(raw)} as {iso}")

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
                    f"the same company as row {seen_names[key]}",
                    "remove the repeated row or give each row its own id",
                )
            if key:
                seen_names.setdefault(key, row.row)
            if row.id:
                if row.id in seen_ids:
                    self.problem(
                        row,
                        "id",
                        f"the same id as row {seen_ids[row.id]}",
                        "give each company its own id, or leave it blank",
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
                for name in row.fields.get(key, ()) or ():
                    eid = names.get(normalise_key(name))
                    if eid is None:
                        near = closest(name, {k: k for k in names})
                        self.problem(
                            row,
                            key,
                            f"no company called {name!r}",
                            f"did you mean {_display_name(near, names, self, rows)!r}?"
                            if near
                            else "write the company's name as in its own row",
                        )
                    elif eid == row.id:
                        self.problem(
                            row,
                            key,
                            "a company cannot be its own "
                            + ("competitor" if key == "competitors" else "partner"),
                        )
                    elif eid not in ids:
                        ids.append(eid)
                row.fields[key] = tuple(ids)
            booths: list[str] = []
            for label in row.fields.get("pinned", ()) or ():
                bid = self.booths.get(normalise_key(label))
                if bid is None:
                    self.problem(
                        row,
                        "pinned",
                        f"no booth labelled {label!r}",
                        "write booth labels as on the plan, e.g. A-12",
                    )
                elif bid not in booths:
                    booths.append(bid)
            row.fields["pinned"] = tuple(booths)

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
        if same_request and not has("min_area"):
            lo = old.min_m2
        if same_request and not has("max_area"):
            hi = old.max_m2
        lo = requested if lo is None else float(lo)  # type: ignore[arg-type]
        hi = round(requested * DEFAULT_MAX_FACTOR, 2) if hi is None else float(hi)  # type: ignore[arg-type]
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
                    f"the smallest area {lo:g} m² is more than the requested {requested:g} m²",
                    f"write at most {requested:g}",
                )
            if hi < requested:
                self.problem(
                    row,
                    "max_area",
                    f"the largest area {hi:g} m² is less than the requested {requested:g} m²",
                    f"write at least {requested:g}",
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
                "a required hall needs a hall",
                "write the hall in the hall column, or answer خیر (no)",
            )

    def build(self, row: _Row) -> Exhibitor | None:
        f = row.fields
        has = self.mapping.columns.__contains__
        old = self.project.exhibitors.get(row.id)
        requested, lo, hi = self.areas(row)  # type: ignore[misc]
        base = old or Exhibitor(
            row.id, str(f["name_fa"]), "", str(f["sector_id"]), requested, requested, requested
        )
        needs = Needs(
            **{
                k: bool(f[k]) if has(k) else getattr(base.needs, k)
                for k in ("power", "water", "heavy_floor")
            }
        )
        hall = f.get("hall") if has("hall") else base.wishes.preferred_hall
        # `check` reported a required hall left blank; a hall that did not resolve is an error
        # of its own, so here a required hall without a hall can only come from old data.
        required = (
            bool(f.get("hall_required")) if has("hall_required") else base.wishes.hall_required
        )
        hall_required = bool(required) and hall is not None
        wishes = Wishes(
            corner=bool(f["corner"]) if has("corner") else base.wishes.corner,
            island=bool(f["island"]) if has("island") else base.wishes.island,
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
            return replace(base, **changes)
        except ModelError as exc:
            self.problem(row, "name_fa", str(exc))
            return None

    def run(self) -> ExhibitorImport:
        missing = [k for k in ("name_fa", "sector", "area") if k not in self.mapping.columns]
        if missing:
            names = ", ".join(f"{_COLUMNS[k].fa} ({_COLUMNS[k].en})" for k in missing)
            self.result.problems.append(
                Issue(
                    self.mapping.sheet,
                    self.mapping.header_row,
                    None,
                    "",
                    None,
                    f"no column for {names}",
                    "add the column, or choose it in the column mapping",
                )
            )
            return self.result
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
                self.result.rows.append(
                    ImportedRow(row.row, ex, row.id not in self.project.exhibitors)
                )
        kept = {r.exhibitor.id for r in self.result.rows} | set(self.project.exhibitors)
        self.result.dropped_ids = {r.id for r in rows if r.bad and r.id} - kept
        self.result.problems.sort(key=lambda i: (i.row or 0, i.column or 0))
        self.result.fixes.sort(key=lambda i: (i.row or 0, i.column or 0))
        return self.result


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
                        "no header row found in the first 30 rows",
                        "add a header row naming the columns, e.g. نام شرکت، رسته، متراژ",
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
                    "the workbook has no such sheet",
                    "choose one of: " + ", ".join(wb.sheetnames),
                )
            ],
        )
    grid = read_grid(wb, mapping.sheet)
    return _Reader(grid, mapping, project).run()


__all__ = ["ExhibitorImport", "ImportBlocked", "ImportedRow", "guess_sectors", "read_exhibitors"]
