"""What reading a registration sheet gives: the sound rows' exhibitors and every problem."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..messages import tr
from ..model import Exhibitor
from .issues import Issue
from .mapping import ColumnMapping


@dataclass(frozen=True)
class ImportedRow:
    row: int
    exhibitor: Exhibitor


class ImportBlocked(Exception):
    """Applying an import that still has problems, without asking for valid rows only."""


def blocked_message(problems: int, rows: int) -> str:
    return tr(
        "{problems} problem(s) in {rows} row(s); fix the file or import the valid rows only",
        problems=problems,
        rows=rows,
    )


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
            raise ImportBlocked(blocked_message(len(self.problems), len(self.error_rows)))
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
