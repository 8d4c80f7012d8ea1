"""Letters to exhibitors and move notices as PDFs: one file per exhibitor, named
`<id>-<name>.pdf`, and one merged file with every letter for printing at once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from qods_planner.model import Project
from qods_planner.publishing.letters import Letter, move_notices, placement_letters

from .letter_pages import letter_pages
from .pdf import write_pdf

translate = QCoreApplication.translate
MERGED = {"placement": "letters-all.pdf", "notices": "move-notices-all.pdf"}


@dataclass(frozen=True, slots=True)
class Written:
    files: list[Path]
    merged: Path | None
    pages: int


def write_letters(
    project: Project, folder: str | os.PathLike[str], *, changed_only: bool = False
) -> Written:
    """Write each letter (or, with `changed_only`, each move notice) into `folder`, and the
    merged file. Raises `NoPublishedPlan` (changed only, no published plan) or `PrintError`."""
    folder = Path(folder)
    letters: list[Letter] = move_notices(project) if changed_only else placement_letters(project)
    files: list[Path] = []
    everything = []
    for letter in letters:
        pages = letter_pages(project, letter)
        everything += pages
        path = folder / letter.file_name
        write_pdf(path, pages, f"{letter.event} — {letter.title}")
        files.append(path)
    merged = None
    if everything:
        merged = folder / MERGED["notices" if changed_only else "placement"]
        title = project.event.name(project.event.language)
        write_pdf(merged, everything, title)
    return Written(files, merged, len(everything))
