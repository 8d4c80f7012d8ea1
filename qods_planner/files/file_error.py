"""The error a project file raises: what is wrong, and where in the file."""

from __future__ import annotations

from collections.abc import Iterable

from ..messages import tr
from ..model.integrity import Problem
from ..model.model_error import ModelError

MAX_REPORTED = 20


class ProjectFileError(ModelError):
    """A project file cannot be read or written.

    `where` is a JSON path such as ``booths[A-12].rect.w`` (list items are named by their id,
    or by their index when they have none), or ``line 3, column 7`` for text that is not JSON.
    `problems` lists every problem found (up to `MAX_REPORTED`), `source` names the file.
    """

    def __init__(
        self,
        message: str,
        where: str = "",
        *,
        source: str = "",
        problems: Iterable[Problem] = (),
        total: int | None = None,
    ) -> None:
        super().__init__(message, where)
        self.problems: tuple[Problem, ...] = tuple(problems) or (Problem(where, message),)
        self.total = len(self.problems) if total is None else total
        self.source = source

    @classmethod
    def from_problems(cls, problems: list[Problem], source: str = "") -> ProjectFileError:
        """One error for several problems; the first one gives `where`."""
        shown = problems[:MAX_REPORTED]
        if len(problems) == 1:
            return cls(problems[0].message, problems[0].where, source=source, problems=shown)
        return cls(
            tr("{count} problems", count=len(problems)),
            problems[0].where,
            source=source,
            problems=shown,
            total=len(problems),
        )

    def __str__(self) -> str:
        head = f"{self.source}: " if self.source else ""
        if self.total <= 1:
            return head + (f"{self.where}: {self.message}" if self.where else self.message)
        lines = [head + tr("{count} problems:", count=self.total)]
        lines += [f"  - {p}" if p.where else f"  - {p.message}" for p in self.problems]
        if self.total > len(self.problems):
            lines.append("  " + tr("… and {count} more", count=self.total - len(self.problems)))
        return "\n".join(lines)
