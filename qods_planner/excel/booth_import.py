"""Importing booths from a sheet: label, hall, x, y, width, depth (metres) and attributes.

Rows update the booth with the same id (ID column) or label, else add a booth. Positions are
checked against the hall's outline, the other booths (of the sheet, and of the project that
the sheet leaves in place) and the obstacles; a problem is reported at the row's x cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..messages import get_language, join, tr
from ..model import Booth, BoothStatus, ModelError, Project, Rect, cm
from ..model.booth import MIN_BOOTH_SIDE_CM
from ..model.venue import obstacle_kind_name
from ..text import normalise_key
from . import values as read
from .cell_kinds import odd_cell
from .column_words import field_word
from .columns import BOOTH_COLUMNS
from .exhibitor_result import ImportBlocked, blocked_message
from .header_check import duplicate_headers
from .issues import Issue, Severity
from .mapping import ColumnMapping, closest, preview_workbook
from .workbook import HEADER_SCAN_ROWS, Source, display, open_workbook, read_grid

_STATUS = {
    BoothStatus.AVAILABLE: ("آزاد", "available", "free", "open", "فعال"),
    BoothStatus.BLOCKED: ("مسدود", "blocked", "بسته", "غیرفعال", "unavailable"),
    BoothStatus.RESERVED: ("رزروشده", "رزرو", "reserved"),
}
_STATUS_KEYS = {normalise_key(w): s for s, words in _STATUS.items() for w in words}
# An export's Booths sheet says who holds a booth ("taken by …"); read back, that booth is
# available (the plan says who holds it) or reserved.
_STATUS_PREFIXES = {
    normalise_key("taken by"): BoothStatus.AVAILABLE,
    normalise_key("واگذارشده به"): BoothStatus.AVAILABLE,
    normalise_key("reserved for"): BoothStatus.RESERVED,
    normalise_key("رزروشده برای"): BoothStatus.RESERVED,
}
DERIVED_MARKS = ("(derived)", "(خودکار)")  # an export's premium that geometry decided


def status_of(text: str) -> BoothStatus | None:
    """A booth status word, or an export's "taken by …" / "reserved for …"."""
    key = normalise_key(text)
    if key in _STATUS_KEYS:
        return _STATUS_KEYS[key]
    return next((s for p, s in _STATUS_PREFIXES.items() if key.startswith(p)), None)


def is_derived(value: object) -> bool:
    return isinstance(value, str) and any(mark in value for mark in DERIVED_MARKS)


@dataclass
class BoothImport:
    mapping: ColumnMapping | None
    rows: list[tuple[int, Booth]] = field(default_factory=list)
    problems: list[Issue] = field(default_factory=list)
    fixes: list[Issue] = field(default_factory=list)
    error_rows: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def booths(self, valid_rows_only: bool = False) -> list[Booth]:
        if self.problems and not valid_rows_only:
            raise ImportBlocked(blocked_message(len(self.problems), len(self.error_rows)))
        return [b for _, b in self.rows]


def read_booths(
    source: Source,
    project: Project,
    mapping: ColumnMapping | None = None,
    *,
    remembered: dict[str, str] | None = None,
) -> BoothImport:
    """Read booths from a workbook without changing `project`; see the module doc."""
    wb = open_workbook(source)
    if mapping is None:
        found = preview_workbook(wb, project, columns=BOOTH_COLUMNS, remembered=remembered)
        if found.mapping is None:
            return BoothImport(
                None,
                problems=[
                    Issue(
                        found.sheet,
                        None,
                        None,
                        "",
                        None,
                        tr("no header row found in the first {rows} rows", rows=HEADER_SCAN_ROWS),
                        tr(
                            "add a header row, e.g. Label, Hall, X (m), Y (m), Width (m), Depth (m)"
                        ),
                    )
                ],
            )
        mapping = found.mapping
    result = BoothImport(mapping)
    missing = [c for c in BOOTH_COLUMNS if c.required and c.key not in mapping.columns]
    if missing:
        result.problems.append(
            Issue(
                mapping.sheet,
                mapping.header_row,
                None,
                "",
                None,
                tr("no column for {names}", names=join(c.en for c in missing)),
                tr("add the column, or choose it in the column mapping"),
            )
        )
        return result
    grid = read_grid(wb, mapping.sheet)
    result.problems += duplicate_headers(grid, mapping, BOOTH_COLUMNS)
    halls: dict[str, str] = {}
    for h in project.halls.values():
        for name in (h.id, h.name_fa, h.name_en):
            halls.setdefault(normalise_key(name), h.id)
    by_label = {normalise_key(b.label): b.id for b in project.booths.values()}
    cols = mapping.columns
    seen_labels: dict[str, int] = {}
    placed: list[tuple[int, Booth, object]] = []
    taken_ids = set(project.booths)

    for r, cells in sorted(grid.rows().items()):
        if r <= mapping.header_row or r in grid.headings:
            continue
        raw = {k: cells.get(c) for k, c in cols.items()}
        if all(display(v) == "" or (r, cols[k]) in grid.merged_into for k, v in raw.items()):
            continue
        bad = False
        refused: set[str] = set()  # cells already reported: one problem per cell

        def problem(
            key: str,
            message: str,
            suggestion: str = "",
            *,
            _r: int = r,
            _raw: dict = raw,
            _refused: set[str] = refused,
        ) -> None:
            nonlocal bad
            bad = True
            if key in _refused:
                return
            result.problems.append(
                Issue(mapping.sheet, _r, cols.get(key), key, _raw.get(key), message, suggestion)
            )

        for key, value in raw.items():
            odd = odd_cell(value, text_column=_text_column(key, value))
            if odd:
                problem(key, *odd)
                refused.add(key)

        label = read.text(raw.get("label"))
        if not label:
            problem(
                "label",
                tr("the booth label is missing"),
                tr("write a label, e.g. {example}", example="A-12"),
            )
        elif normalise_key(label) in seen_labels:
            problem(
                "label",
                tr("the same label as row {row}", row=str(seen_labels[normalise_key(label)])),
                tr("give each booth its own label"),
            )
        else:
            seen_labels[normalise_key(label)] = r
        hall_text = read.text(raw.get("hall"))
        hall_id = halls.get(normalise_key(hall_text)) if hall_text else None
        if hall_id is None:
            near = closest(hall_text, halls) if hall_text else None
            problem(
                "hall",
                tr("unknown hall {hall!r}", hall=hall_text)
                if hall_text
                else tr("the hall is missing"),
                tr("did you mean {name!r}?", name=project.halls[near].name(get_language()))
                if near
                else tr(
                    "write one of: {names}",
                    names=join(h.name(get_language()) for h in project.halls.values()),
                ),
            )
        size: dict[str, int] = {}
        for key in ("x", "y", "width", "depth"):
            try:
                value, note = read.number(raw.get(key), field_word(key), example=3)
            except read.CellProblem as exc:
                problem(key, exc.message, exc.suggestion)
                continue
            if value is None:
                problem(
                    key,
                    tr("{what} is missing", what=field_word(key)),
                    tr("write metres, e.g. {example:g}", example=3),
                )
                continue
            if note:
                result.fixes.append(
                    Issue(
                        mapping.sheet,
                        r,
                        cols.get(key),
                        key,
                        raw.get(key),
                        note,
                        severity=Severity.FIXED,
                    )
                )
            size[key] = cm(value)
        for key in ("width", "depth"):
            if key in size and size[key] < MIN_BOOTH_SIDE_CM:
                problem(
                    key,
                    tr(
                        "a booth side must be at least {metres:g} m", metres=MIN_BOOTH_SIDE_CM / 100
                    ),
                    tr("write at least {value:g}", value=MIN_BOOTH_SIDE_CM / 100),
                )
        flags: dict[str, object] = {}
        for key in ("power", "water", "heavy_floor", "premium"):
            if key == "premium" and is_derived(raw.get(key)):
                flags[key] = None  # an export's "yes (derived)": derived again
            elif key in cols:
                try:
                    flags[key] = read.flag(raw.get(key), field_word(key))
                except read.CellProblem as exc:
                    problem(key, exc.message, exc.suggestion)
        if "premium" in cols and display(raw.get("premium")) == "":
            flags["premium"] = None  # blank: derived from the distance to an entrance
        status: BoothStatus | None = BoothStatus.AVAILABLE
        if "status" in cols and display(raw.get("status")):
            status = status_of(read.text(raw.get("status")))
            if status is None:
                problem(
                    "status",
                    tr("status must be available, blocked or reserved"),
                    tr("write آزاد، مسدود or رزروشده (available, blocked or reserved)"),
                )
        if bad or hall_id is None or len(size) < 4:
            result.error_rows.append(r)
            continue
        rect = Rect(size["x"], size["y"], size["width"], size["depth"])
        outline = project.halls[hall_id].outline
        if not outline.contains(rect):
            problem(
                "x",
                tr(
                    "the booth runs outside {hall} ({width:g} × {depth:g} m)",
                    hall=project.halls[hall_id].name(get_language()),
                    width=outline.w / 100,
                    depth=outline.h / 100,
                ),
                tr("check x, y, width and depth (in metres)"),
            )
        booth_id = ""
        if "id" in cols and display(raw.get("id")):
            try:
                booth_id = read.identifier(raw.get("id"))
            except read.CellProblem as exc:
                problem("id", exc.message, exc.suggestion)
        booth_id = booth_id or by_label.get(normalise_key(label), "")
        if not booth_id:
            booth_id = project.new_id("b", taken_ids)
            taken_ids.add(booth_id)
        if not bad:
            try:
                booth = Booth(booth_id, label, hall_id, rect, status=status, **flags)  # type: ignore[arg-type]
            except ModelError as exc:
                problem("label", str(exc))
        if bad:
            result.error_rows.append(r)
            continue
        placed.append((r, booth, raw.get("x")))

    _check_overlaps(project, placed, result, mapping)
    bad_rows = set(result.error_rows)
    result.rows = [(r, b) for r, b, _ in placed if r not in bad_rows]
    result.problems.sort(key=lambda i: (i.row or 0, i.column or 0))
    return result


def _text_column(key: str, value: object) -> bool:
    """Labels and halls are words; a whole number is a fine label (booth 12), nothing else."""
    if key == "label":
        whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        return isinstance(value, bool) or not whole
    return key == "hall"


def _check_overlaps(
    project: Project,
    placed: list[tuple[int, Booth, object]],
    result: BoothImport,
    mapping: ColumnMapping,
) -> None:
    """A booth may not overlap an earlier row's booth, a project booth the sheet does not
    replace, or an obstacle; the later row is the one reported."""
    replaced = {b.id for _, b, _ in placed}
    fixed = [b for b in project.booths.values() if b.id not in replaced]
    earlier: list[tuple[int, Booth]] = []
    for r, booth, raw_x in placed:
        others = [(tr("row {row} ({label})", row=str(rr), label=b.label), b) for rr, b in earlier]
        others += [(tr("booth {label}", label=b.label), b) for b in fixed]
        clash = next(
            (
                name
                for name, b in others
                if b.hall_id == booth.hall_id and b.rect.overlaps(booth.rect)
            ),
            None,
        )
        if clash is None:
            clash = next(
                (
                    f"{obstacle_kind_name(o.kind)} {o.label or o.id}"
                    for o in project.obstacles.values()
                    if o.hall_id == booth.hall_id and o.rect.overlaps(booth.rect)
                ),
                None,
            )
        if clash is not None:
            result.problems.append(
                Issue(
                    mapping.sheet,
                    r,
                    mapping.columns.get("x"),
                    "x",
                    raw_x,
                    tr("booth {label} overlaps {clash}", label=booth.label, clash=clash),
                    tr("move it (x, y) or make it smaller"),
                )
            )
            result.error_rows.append(r)
        else:
            earlier.append((r, booth))


def apply_booths(project: Project, booths: list[Booth]) -> dict[str, Booth | None]:
    """Put the booths into the project as one change; returns what each id held before."""
    before = {b.id: project.booths.get(b.id) for b in booths}
    if booths:
        project.put_booths(booths)
    return before


def restore_booths(project: Project, before: dict[str, Booth | None]) -> None:
    """Undo `apply_booths`."""
    old = [b for b in before.values() if b is not None]
    if old:
        project.put_booths(old)
    added = [bid for bid, b in before.items() if b is None and bid in project.booths]
    if added:
        project.remove_booths(added)
