"""`qods-planner publish PROJECT [--out FILE]`: make the current plan the published one.

The published plan is what exhibitors were told: re-solves count moves against it and (by
default) never waitlist an exhibitor with a stand in it. A plan that breaks a hard rule is
refused with the broken rules (exit 1, nothing written); without a plan, exit 1 too. The
project is written atomically to `--out`, by default over PROJECT itself (publishing is a
change to the project). Exit 2: the file could not be read or written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..files import load_project, save_project
from ..messages import tr
from ..model import Project
from ..validation import check
from .command_error import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "publish",
        help=tr("make the current plan the published one"),
        description=tr(
            "Make the project's current plan the published plan, the one exhibitors were "
            "told: re-solves count moves against it and keep a stand for everyone in it. A "
            "plan that breaks a hard rule is refused. Writes the project to --out (default: "
            "PROJECT itself)."
        ),
    )
    parser.add_argument("project", metavar="PROJECT", help=tr("project file (.json)"))
    parser.add_argument("--out", metavar="FILE", help=tr("where to write the project"))
    parser.set_defaults(handler=run)


def publish_problems(project: Project) -> list[str]:
    """Why the current plan cannot be published (empty: it can): no plan, or its broken
    hard rules, in the current language."""
    if not project.plan.stands:
        return [tr("there is no plan to publish")]
    report = check(project)
    return [v.message for v in report.hard]


def run(args: argparse.Namespace) -> int:
    path = Path(args.project)
    if not path.is_file():
        raise UserError(tr("no such project file: {path}", path=str(path)))
    project = load_project(path)
    if not project.plan.stands:
        print(tr("there is no plan to publish"))
        return 1
    problems = publish_problems(project)
    if problems:
        print(tr("not published: the plan breaks a hard rule"))
        for line in problems:
            print(tr("HARD: {message}", message=line))
        return 1
    if project.baseline == project.plan:
        print(tr("this plan is already published"))
        return 0
    project.set_baseline(project.plan)
    out = Path(args.out) if args.out else path
    save_project(project, out)
    print(
        tr(
            "published: {count} stand(s); written: {path}",
            count=len(project.plan.stands),
            path=str(out),
        )
    )
    return 0
