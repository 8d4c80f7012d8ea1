"""`qods-planner`: one dispatcher, many commands.

Built-in commands are the modules `qods_planner.cli.cmd_*`, each with `register(subparsers)`
that adds a sub-parser whose `handler(args) -> int` runs the command. Commands that need the
solver or Qt are registered by their own packages under the entry-point group
`qods_planner.commands`, so the core never imports them. `qods-planner [PROJECT]` with no
command opens the desktop planner (the `open` command).

Language: `qods-planner --language fa|en COMMAND …` (before the command), else
`language_from_environment()`. It is set before the parser is built, so every help text and
message comes out in it.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points
from typing import Any

from .. import messages
from ..messages import tr
from ..model.model_error import ModelError
from .argparse_words import say
from .command_error import UserError

DEFAULT_COMMAND = "open"
LANGUAGE_OPTION = "--language"
_ARGUMENT = re.compile(r"^argument (\S+): (.*)$", re.DOTALL)


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help with "usage:" in the current language."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, tr("usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose frame (usage, section titles, -h, "error:") and argparse's own
    error details ("invalid choice: …", `argparse_words`) are in the current language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)  # type: ignore[misc]  # add_help popped above
        self._positionals.title = tr("positional arguments")
        self._optionals.title = tr("options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=tr("show this help message and exit"),
            )

    def error(self, message: str):
        self.print_usage(sys.stderr)
        about = _ARGUMENT.match(message)
        if about:  # "argument --seed/-s: <argparse's or our own, translated, message>"
            message = tr("argument {name}: {message}", name=about[1], message=say(about[2]))
        else:
            message = say(message)
        self.exit(2, tr("{prog}: error: {message}", prog=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="qods-planner",
        description=tr(
            "Plan an industrial exhibition: halls, booths, exhibitors, and automatic "
            "booth allocation. With no command, opens the desktop planner."
        ),
    )
    parser.add_argument(
        LANGUAGE_OPTION,
        choices=messages.LANGUAGES,
        help=tr(
            "language of messages and help: fa (Persian) or en (English); default:"
            " $QODS_PLANNER_LANGUAGE, else the system's language"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    package = importlib.import_module(__package__)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"{__package__}.{info.name}").register(sub)
    for ep in sorted(entry_points(group="qods_planner.commands"), key=lambda e: e.name):
        try:
            register = ep.load()
        except ImportError as exc:
            # One broken command must not take the others down with it.
            print(
                "qods-planner: "
                + tr("command {name!r} is unavailable: {error}", name=ep.name, error=str(exc)),
                file=sys.stderr,
            )
            continue
        register(sub)
    return parser


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """(the language `--language X` / `--language=X` asks for, argv without it).

    Only the options before the command are looked at: what follows the command is the
    command's own (`open --language` is the window's). Raises UserError for a missing or
    unknown X.
    """
    for i, arg in enumerate(argv):
        if not arg.startswith("-") or arg == "--":
            break  # the command (or a project file) begins
        if arg == LANGUAGE_OPTION:
            value = argv[i + 1] if i + 1 < len(argv) else ""
            rest = argv[:i] + argv[i + 2 :]
        elif arg.startswith(LANGUAGE_OPTION + "="):
            value, rest = arg.partition("=")[2], argv[:i] + argv[i + 1 :]
        else:
            continue
        if value not in messages.LANGUAGES:
            raise UserError(
                tr(
                    "{option} must be one of {choices}, got {value!r}",
                    option=LANGUAGE_OPTION,
                    choices=", ".join(messages.LANGUAGES),
                    value=value,
                )
            )
        return value, rest
    return None, argv


def _with_default_command(argv: list[str], commands: set[str]) -> list[str]:
    if argv and (argv[0] in commands or argv[0] in ("-h", "--help")):
        return argv
    return [DEFAULT_COMMAND, *argv] if DEFAULT_COMMAND in commands else argv


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    messages.set_language(messages.language_from_environment())
    try:
        language, arguments = take_language(arguments)
    except UserError as exc:
        print(f"qods-planner: {exc}", file=sys.stderr)
        return exc.exit_code
    if language is not None:
        messages.set_language(language)
    parser = build_parser()
    commands: set[str] = set()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        commands.update(getattr(action, "choices", {}) or {})
    args = parser.parse_args(_with_default_command(arguments, commands))
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except (UserError, ModelError) as exc:
        print(f"qods-planner {args.command}: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", 2)
    except KeyboardInterrupt:
        print(tr("qods-planner: interrupted"), file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
