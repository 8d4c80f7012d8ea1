"""Undo commands on sectors and the complementarity matrix.

Commands hold plain values (`Sector`, `Complementarity`); building may raise `ModelError` or
`Refused`; `redo()` and `undo()` only call the Project's mutators and are safe to repeat.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from qods_planner.model import Complementarity, Project, Sector

from ..commands import Refused
from ..i18n import format_number

# lupdate finds translate("Context", "text") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


class AddSector(QUndoCommand):
    """Add a new sector (it complements no other until the matrix says so)."""

    def __init__(self, project: Project, sector: Sector) -> None:
        super().__init__(translate("Planning", "Add sector {0}").format(sector.id))
        if sector.id in project.sectors:
            raise Refused(translate("Planning", "Sector id {0} is already used").format(sector.id))
        self.project = project
        self.sector = sector
        self.matrix_before = project.complementarity

    def redo(self) -> None:
        self.project.put_sector(self.sector)

    def undo(self) -> None:
        if self.sector.id in self.project.sectors:
            self.project.remove_sector(self.sector.id)
        if self.project.complementarity != self.matrix_before:
            self.project.set_complementarity(self.matrix_before)


class EditSector(QUndoCommand):
    """Replace a sector's names or colour (its id stays)."""

    def __init__(self, project: Project, after: Sector) -> None:
        super().__init__(translate("Planning", "Edit sector {0}").format(after.id))
        self.project = project
        self.before = project.sectors[after.id]
        self.after = after

    def redo(self) -> None:
        self.project.put_sector(self.after)

    def undo(self) -> None:
        self.project.put_sector(self.before)


class RemoveSector(QUndoCommand):
    """Remove an unused sector and its row of the matrix; undo puts both back (the sector
    is then listed last)."""

    def __init__(self, project: Project, sector_id: str) -> None:
        super().__init__(translate("Planning", "Remove sector {0}").format(sector_id))
        users = [e.id for e in project.exhibitors.values() if e.sector_id == sector_id]
        count = len(users)
        if users:
            raise Refused(
                translate(
                    "Planning",
                    "Sector {0} is used by %n exhibitor(s); move them to another sector first",
                    "",
                    count,
                ).format(sector_id)
            )
        self.project = project
        self.sector = project.sectors[sector_id]
        self.matrix_before = project.complementarity

    def redo(self) -> None:
        if self.sector.id in self.project.sectors:
            self.project.remove_sector(self.sector.id)

    def undo(self) -> None:
        self.project.put_sector(self.sector)
        if self.project.complementarity != self.matrix_before:
            self.project.set_complementarity(self.matrix_before)


class SetComplementarity(QUndoCommand):
    """Set how much sectors complement each other (0–3) for one pair or several at once.

    `pairs` is one (a, b) pair or a list of them. The matrix is symmetric, so setting (a, b)
    sets (b, a) too. Pairs of a sector with itself are refused.
    """

    def __init__(
        self,
        project: Project,
        pairs: tuple[str, str] | Iterable[tuple[str, str]],
        weight: int,
    ) -> None:
        if isinstance(pairs, tuple) and len(pairs) == 2 and isinstance(pairs[0], str):
            pairs = [pairs]
        pairs = list(dict.fromkeys(tuple(sorted(p)) for p in pairs))
        if not pairs:
            raise Refused(translate("Planning", "Choose a pair of sectors"))
        count = len(pairs)
        text = (
            translate("Planning", "Complementarity {0}–{1}: {2}").format(
                pairs[0][0], pairs[0][1], format_number(weight)
            )
            if count == 1
            else translate("Planning", "Complementarity of %n pair(s): {0}", "", count).format(
                format_number(weight)
            )
        )
        super().__init__(text)
        after = project.complementarity
        for a, b in pairs:
            if a == b:
                raise Refused(
                    translate("Planning", "A sector's complementarity with itself is fixed")
                )
            for s in (a, b):
                if s not in project.sectors:
                    raise Refused(translate("Planning", "Unknown sector {0}").format(s))
            after = after.with_weight(a, b, weight)
        self.project = project
        self.before: Complementarity = project.complementarity
        self.after: Complementarity = after

    @property
    def changes_anything(self) -> bool:
        return self.after != self.before

    def redo(self) -> None:
        if self.project.complementarity != self.after:
            self.project.set_complementarity(self.after)

    def undo(self) -> None:
        if self.project.complementarity != self.before:
            self.project.set_complementarity(self.before)
