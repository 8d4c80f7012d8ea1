"""`qods-planner [PROJECT]` / `qods-planner open [PROJECT]`: the desktop planner.

Registered through the `qods_planner.commands` entry point. Qt is imported only when the
command runs, so other commands do not pay for it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qods_planner.cli.command_error import UserError
from qods_planner.messages import Message


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "open",
        help="open the desktop planner (the default command)",
        description="Open the desktop planner, on PROJECT when given. If the planner did not "
        "close properly last time, it first offers to recover the unsaved work.",
    )
    parser.add_argument("project", metavar="PROJECT", nargs="?", help="project file to open")
    parser.add_argument(
        "--language",
        choices=("fa", "en"),
        help="interface language for this run (fa: Persian, right to left; en: English); "
        "without it, the choice made in View ▸ Language, else the system's language",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    project = Path(args.project) if args.project else None
    if project is not None and not project.is_file():
        raise UserError(Message.of("no such project file: {path}", path=str(project)).render())
    from .app import main

    return main(project=project, language=getattr(args, "language", None) or typed_language())


def typed_language(argv: list[str] | None = None) -> str | None:
    """The language typed as `--language X` / `--language=X` anywhere before a bare `--` of
    the command line (`sys.argv`), or None. The dispatcher may take a global `--language` out
    of the arguments before `open` parses them (it sets the messages' language with it); the
    window must still honour it."""
    words = sys.argv[1:] if argv is None else argv
    words = words[: words.index("--")] if "--" in words else words
    for i, word in enumerate(words):
        value = words[i + 1] if word == "--language" and i + 1 < len(words) else None
        if word.startswith("--language="):
            value = word.partition("=")[2]
        if value in ("fa", "en"):
            return value
    return None
