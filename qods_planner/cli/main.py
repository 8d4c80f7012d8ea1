"""`qods-planner`: one dispatcher, many commands.

Built-in commands are the modules `qods_planner.cli.cmd_*`, each with `register(subparsers)`
that adds a sub-parser whose `handler(args) -> int` runs the command. Commands that need the
solver or Qt are registered by their own packages under the entry-point group
`qods_planner.commands`, so the core never imports them. `qods-planner [PROJECT]` with no
command opens the desktop planner (the `open` command).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points

from .. import messages
from ..model.errors import ModelError
from .errors import UserError

DEFAULT_COMMAND = "open"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qods-planner",
        description="Plan an industrial exhibition: halls, booths, exhibitors, and automatic "
        "booth allocation. With no command, opens the desktop planner.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    package = importlib.import_module(__package__)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"{__package__}.{info.name}").register(sub)
    for ep in sorted(entry_points(group="qods_planner.commands"), key=lambda e: e.name):
        try:
            register = ep.load()
        except ImportError as exc:
            # One broken command must not take the others down with it.
            print(f"qods-planner: command {ep.name!r} is unavailable: {exc}", file=sys.stderr)
            continue
        register(sub)
    return parser


def _with_default_command(argv: list[str], commands: set[str]) -> list[str]:
    if argv and (argv[0] in commands or argv[0] in ("-h", "--help")):
        return argv
    return [DEFAULT_COMMAND, *argv] if DEFAULT_COMMAND in commands else argv


def main(argv: Sequence[str] | None = None) -> int:
    messages.set_language(messages.language_from_environment())
    parser = build_parser()
    commands = set()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        commands.update(getattr(action, "choices", {}) or {})
    args = parser.parse_args(_with_default_command(list(sys.argv[1:] if argv is None else argv),
                                                   commands))
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except (UserError, ModelError) as exc:
        print(f"qods-planner {args.command}: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", 2)
    except KeyboardInterrupt:
        print("qods-planner: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
