"""Letters to exhibitors and move notices as PDFs: one file per exhibitor, named
`<id>-<name>.pdf`, and one merged file with every letter for printing at once.

`LetterRun` writes them a letter at a time (the app shows its progress and may stop between
two letters); each file is written whole, so the letters written before a stop or a failure
are complete. The merged file is written only when every letter was."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from qods_planner.model import Project
from qods_planner.publishing.letters import Letter, move_notices, placement_letters

from .atomic_file import write_bytes_atomically
from .letter_pages import letter_pages
from .pdf import PdfBook, write_pdf

MERGED = {"placement": "letters-all.pdf", "notices": "move-notices-all.pdf"}


@dataclass(frozen=True, slots=True)
class Written:
    files: list[Path]
    merged: Path | None
    pages: int


class LetterRun:
    """The letters (or, with `changed_only`, the move notices) to write into `folder`.
    Raises `NoPublishedPlan` (changed only, no published plan)."""

    def __init__(
        self, project: Project, folder: str | os.PathLike[str], *, changed_only: bool = False
    ) -> None:
        self.project = project
        self.folder = Path(folder)
        self.letters: list[Letter] = (
            move_notices(project) if changed_only else placement_letters(project)
        )
        self.merged = self.folder / MERGED["notices" if changed_only else "placement"]
        self.files: list[Path] = []
        self.book = PdfBook(project.event.name(project.event.language))

    def __len__(self) -> int:
        return len(self.letters)

    def next_path(self) -> Path:
        """The file the next `write_next` writes (the merged one once every letter is)."""
        if len(self.files) < len(self.letters):
            return self.folder / self.letters[len(self.files)].file_name
        return self.merged

    def write_next(self) -> Path:
        """Write the next letter; raises `OSError` when it cannot be written."""
        letter = self.letters[len(self.files)]
        pages = letter_pages(self.project, letter)
        path = self.folder / letter.file_name
        write_pdf(path, pages, f"{letter.event} — {letter.title}")
        self.book.add(pages)
        self.files.append(path)
        return path

    def finish(self) -> Written:
        """Write the merged file (after every letter); raises `OSError`."""
        pages = self.book.pages
        data = self.book.finish()
        if not pages:
            return Written(self.files, None, 0)
        write_bytes_atomically(self.merged, data)
        return Written(self.files, self.merged, pages)

    def stop(self) -> None:
        self.book.discard()


def write_letters(
    project: Project, folder: str | os.PathLike[str], *, changed_only: bool = False
) -> Written:
    """Write each letter (or, with `changed_only`, each move notice) into `folder`, and the
    merged file. Raises `NoPublishedPlan` (changed only, no published plan), `PrintError` or
    `OSError`."""
    run = LetterRun(project, folder, changed_only=changed_only)
    try:
        for _ in range(len(run)):
            run.write_next()
    except BaseException:
        run.stop()
        raise
    return run.finish()
