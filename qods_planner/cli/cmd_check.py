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
from ..messages import format_number, get_language, join, tr
from ..validation import Report, check, fairness_certificate
from .command_error import UserError

JSON_FORMAT = "qods-planner-check"
JSON_FORMAT_VERSION = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help=tr("check the project's plan against every rule"),
        description=tr(
            "Check the project's current plan: print every broken hard rule and every "
            "soft-rule shortfall, then the score. Exit code 0: no hard violation; 1: at least one "
            "hard violation; 2: the file could not be read."
        ),
    )
    parser.add_argument("project", metavar="PROJECT", help=tr("project file (.json)"))
    parser.add_argument(
        "--json", action="store_true", help=tr("print a machine-readable JSON document instead")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.project)
    if not path.is_file():
        raise UserError(tr("no such project file: {path}", path=str(path)))
    project = load_project(path)
    report = check(project)
    if args.json:
        fairness = fairness_certificate(project, project.plan, project.baseline)
        document = json_document(report, str(path), fairness)
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for line in text_lines(report):
            print(line)
    return 0 if report.ok else 1


def json_document(
    report: Report, source: str, fairness: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The `--json` output: a header, then `Report.as_dict()` (messages in the current
    language; keys and rule ids never change)."""
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_FORMAT_VERSION,
        "project": source,
        **report.as_dict(),
        "fairness": fairness,
    }


def text_lines(report: Report) -> list[str]:
    """One line per violation ("HARD rule: message" / "soft rule (-points): message"),
    then the summary. Rule ids stay as they are in every language: people search for them."""
    lines = [tr("HARD {rule}: {message}", rule=v.rule, message=v.message) for v in report.hard]
    for v in report.soft:
        if v.points:
            line = tr(
                "soft {rule} (-{points}): {message}",
                rule=v.rule,
                points=v.points,
                message=v.message,
            )
        else:
            line = tr("soft {rule}: {message}", rule=v.rule, message=v.message)
        lines.append(line)
    lines.append(summary(report))
    return lines


def term_name(term: str) -> str:
    """A term of the score breakdown as a word of the current language."""
    names = {
        "same_sector": tr("same_sector"),
        "complementary": tr("complementary"),
        "premium": tr("premium"),
        "corner_wish": tr("corner_wish"),
        "island_wish": tr("island_wish"),
        "hall_wish": tr("hall_wish"),
        "choice": tr("choice"),
        "partners": tr("partners"),
        "waste": tr("waste"),
        "waitlist": tr("waitlist"),
        "moves": tr("moves"),
    }
    return names.get(term, term)


def _signed(points: int) -> str:
    """A signed number of points (+20, -5000) in the digits of the current language."""
    if get_language() == "fa":
        return ("+" if points > 0 else "") + format_number(points, "fa")
    return f"{points:+d}"


def summary(report: Report) -> str:
    terms = join(f"{term_name(k)} {_signed(v)}" for k, v in report.score.breakdown.items() if v)
    total = report.score.total
    score = (
        tr("score {total} ({terms})", total=total, terms=terms)
        if terms
        else tr("score {total}", total=total)
    )
    counts = tr(
        "{assigned} assigned, {waitlisted} waitlisted",
        assigned=report.assigned,
        waitlisted=report.waitlisted,
    )
    hard, soft = len(report.hard), len(report.soft)
    hard_text = (
        tr("{count} hard violation", count=hard)
        if hard == 1
        else tr("{count} hard violations", count=hard)
    )
    soft_text = (
        tr("{count} soft shortfall", count=soft)
        if soft == 1
        else tr("{count} soft shortfalls", count=soft)
    )
    return tr(
        "{score}; {counts}; {hard}, {soft}",
        score=score,
        counts=counts,
        hard=hard_text,
        soft=soft_text,
    )
