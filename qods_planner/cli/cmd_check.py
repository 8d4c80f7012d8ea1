"""`qods-planner check PROJECT [--json]`: judge the project's current plan.

Prints every violation (hard rules first, then soft shortfalls) and a summary line; exits 1
when a hard rule is broken, 0 otherwise, 2 for a missing or damaged file. The output formats
are documented in docs/rules.md.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..files import load_project
from ..validation import Report, check
from .errors import UserError

JSON_FORMAT = "qods-planner-check"
JSON_FORMAT_VERSION = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check the project's plan against every rule",
        description="Check the project's current plan: print every broken hard rule and every "
        "soft-rule shortfall, then the score. Exit code 0: no hard violation; 1: at least one "
        "hard violation; 2: the file could not be read.",
    )
    parser.add_argument("project", metavar="PROJECT", help="project file (.json)")
    parser.add_argument(
        "--json", action="store_true", help="print a machine-readable JSON document instead"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.project)
    if not path.is_file():
        raise UserError(f"no such project file: {path}")
    project = load_project(path)
    report = check(project)
    if args.json:
        print(json.dumps(json_document(report, str(path)), ensure_ascii=False, indent=2))
    else:
        for line in text_lines(report):
            print(line)
    return 0 if report.ok else 1


def json_document(report: Report, source: str) -> dict[str, Any]:
    """The `--json` output: a header, then `Report.as_dict()`."""
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_FORMAT_VERSION,
        "project": source,
        **report.as_dict(),
    }


def text_lines(report: Report) -> list[str]:
    """One line per violation ("HARD rule: message" / "soft rule (-points): message"),
    then the summary."""
    lines = [f"HARD {v.rule}: {v.message}" for v in report.hard]
    lines += [
        f"soft {v.rule}{f' (-{v.points})' if v.points else ''}: {v.message}" for v in report.soft
    ]
    lines.append(summary(report))
    return lines


def summary(report: Report) -> str:
    terms = ", ".join(f"{k} {v:+d}" for k, v in report.score.breakdown.items() if v)
    hard, soft = len(report.hard), len(report.soft)
    return (
        f"score {report.score.total}{f' ({terms})' if terms else ''}; "
        f"{report.assigned} assigned, {report.waitlisted} waitlisted; "
        f"{hard} hard violation{'' if hard == 1 else 's'}, "
        f"{soft} soft shortfall{'' if soft == 1 else 's'}"
    )
