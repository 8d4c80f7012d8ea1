"""The publishing options of `qods-planner export`: --letters DIR [--changed-only],
--catalogue FILE.pdf, --html FILE.html, --space-report FILE.pdf and --fairness FILE.pdf. Qt is
imported only when a PDF is asked for, as in `ui.export_cli`."""

from __future__ import annotations

import argparse
from pathlib import Path

from qods_planner.cli.command_error import UserError
from qods_planner.messages import Message
from qods_planner.messages.os_errors import os_reason
from qods_planner.model import Project


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--letters",
        metavar="DIR",
        help=Message.of(
            "write a letter to each placed exhibitor into this folder (<id>-<name>.pdf, in the "
            "exhibitor's language) and all of them in one PDF"
        ).render(),
    )
    parser.add_argument(
        "--changed-only",
        action="store_true",
        help=Message.of(
            "with --letters: only move notices, for the exhibitors whose stand differs from "
            "the published plan"
        ).render(),
    )
    parser.add_argument(
        "--catalogue",
        metavar="FILE",
        help=Message.of(
            "write the bilingual catalogue for visitors here (.pdf): sectors in value-chain "
            "order, Persian and English indexes, the halls' plans"
        ).render(),
    )
    parser.add_argument(
        "--html",
        metavar="FILE",
        help=Message.of(
            "write the offline floor map for visitors here (.html): one file, no network"
        ).render(),
    )
    parser.add_argument(
        "--space-report",
        metavar="FILE",
        help=Message.of("write the space report for the organising committee here (.pdf)").render(),
    )
    parser.add_argument(
        "--fairness",
        metavar="FILE",
        help=Message.of(
            "write the fairness certificate here (.pdf): each place refused, who holds it, and why"
        ).render(),
    )


def wanted(args: argparse.Namespace) -> bool:
    return bool(args.letters or args.catalogue or args.html or args.space_report or args.fairness)


def check(args: argparse.Namespace, check_target) -> dict[str, Path | None]:
    """The publishing targets, checked like the other exports' (`check_target`)."""
    if args.changed_only and not args.letters:
        raise UserError(Message.of("--changed-only goes with --letters DIR").render())
    folder = None
    if args.letters:
        folder = Path(args.letters)
        if folder.exists() and not folder.is_dir():
            raise UserError(
                Message.of("--letters {path} is a file; give a folder", path=str(folder)).render()
            )
        if not folder.parent.is_dir():
            raise UserError(
                Message.of(
                    "cannot write {path}: the folder {folder} does not exist",
                    path=str(folder),
                    folder=str(folder.parent),
                ).render()
            )
    return {
        "letters": folder,
        "catalogue": check_target("catalogue", args.catalogue, ".pdf"),
        "html": check_target("html", args.html, ".html"),
        "space_report": check_target("space-report", args.space_report, ".pdf"),
        "fairness": check_target("fairness", args.fairness, ".pdf"),
    }


def run(
    project: Project, targets: dict[str, Path | None], language: str, changed_only: bool
) -> None:
    """Write what `targets` asks for; messages on stdout, errors as `UserError`."""
    if targets["html"]:
        _write_html(project, targets["html"], language)
    if not any(targets[k] for k in ("letters", "catalogue", "space_report", "fairness")):
        return
    from qods_planner.publishing.letters import NoPublishedPlan
    from ui.printing import PrintError

    from .catalogue import write_catalogue
    from .fairness_pages import fairness_pages
    from .letter_pdfs import write_letters
    from .pdf import write_pdf
    from .space_pages import space_pages

    try:
        if targets["letters"]:
            folder = targets["letters"]
            folder.mkdir(exist_ok=True)
            done = write_letters(project, folder, changed_only=changed_only)
            key = (
                "wrote {count} move notice(s) into {folder}"
                if changed_only
                else "wrote {count} letter(s) into {folder}"
            )
            print(Message.of(key, count=len(done.files), folder=str(folder)).render())
            if done.merged is not None:
                _wrote(done.merged, done.pages)
        if targets["catalogue"]:
            _wrote(targets["catalogue"], write_catalogue(project, targets["catalogue"]))
        for key, title, pages_of in (
            ("space_report", "Space report", space_pages),
            ("fairness", "Fair order", fairness_pages),
        ):
            if targets[key]:
                name = Message.of(title).render(language)
                _wrote(targets[key], write_pdf(targets[key], pages_of(project, language), name))
    except (PrintError, NoPublishedPlan) as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(
            Message.of(
                "cannot write {path}: {reason}",
                path=str(exc.filename or ""),
                reason=os_reason(exc),
            ).render()
        ) from None


def _wrote(path: Path, pages: int) -> None:
    print(Message.of("wrote {path} ({pages} page(s))", path=str(path), pages=pages).render())


def _write_html(project: Project, path: Path, language: str) -> None:
    from qods_planner.publishing.html_map import build_html
    from ui.i18n import FONTS_DIR

    from .atomic_file import write_text_atomically

    fonts = {
        "regular": (FONTS_DIR / "Vazirmatn-Regular.ttf").read_bytes(),
        "bold": (FONTS_DIR / "Vazirmatn-Bold.ttf").read_bytes(),
    }
    try:
        write_text_atomically(path, build_html(project, fonts, language))
    except OSError as exc:
        raise UserError(
            Message.of(
                "cannot write {path}: {reason}", path=str(path), reason=os_reason(exc)
            ).render()
        ) from None
    print(Message.of("wrote {path}", path=str(path)).render())
