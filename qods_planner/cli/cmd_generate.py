"""`qods-planner generate`: write a realistic generated exhibition to a project file.

The same arguments always give the same file. Instances are feasible by construction (a
hidden assignment obeys every hard rule) unless `--infeasible` adds a known clash.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from ..files import save_project
from ..generate import generate_project
from .errors import UserError

LIMITS = {"exhibitors": 20_000, "booths": 25_000, "halls": 26, "seed": 2**31 - 1}


def _whole(name: str, minimum: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{name} must be a whole number, got {text!r}"
            ) from None
        if not minimum <= value <= LIMITS[name]:
            raise argparse.ArgumentTypeError(
                f"{name} must be between {minimum} and {LIMITS[name]:,}, got {value}"
            )
        return value

    return parse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write a realistic generated exhibition (for demos, tests, benchmarks)",
        description="Generate an exhibition: halls with perimeter rows, back-to-back island "
        "blocks and aisles, booths of 9–72 m², Zipf-sized sectors, competitors, partners, "
        "priorities and needs. It is feasible by construction (every exhibitor can get a stand "
        "that breaks no hard rule) unless --infeasible is given. The plan is left empty. The "
        "same arguments always give the same file.",
    )
    parser.add_argument(
        "--exhibitors",
        "-e",
        type=_whole("exhibitors", 1),
        required=True,
        metavar="N",
        help="number of exhibitors",
    )
    parser.add_argument(
        "--booths",
        "-b",
        type=_whole("booths", 1),
        metavar="M",
        help="number of booths (default: 15%% more than exhibitors)",
    )
    parser.add_argument(
        "--halls",
        type=_whole("halls", 1),
        default=1,
        metavar="H",
        help="number of halls (default: 1)",
    )
    parser.add_argument(
        "--seed",
        "-s",
        type=_whole("seed", 0),
        default=0,
        metavar="S",
        help="random seed (default: 0)",
    )
    parser.add_argument(
        "--infeasible",
        action="store_true",
        help="add a clash no plan can meet: more exhibitors needing water and at least 36 m² "
        "than the water booths can hold (and any exhibitors beyond the booth count)",
    )
    parser.add_argument("--name", help="the exhibition's name (default: a generic one)")
    parser.add_argument("--out", "-o", required=True, metavar="FILE", help="project file to write")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.is_dir():
        raise UserError(f"{out} is a folder; give a file name such as {out / 'fair.qods.json'}")
    if not out.parent.exists():
        raise UserError(f"cannot write {out}: the folder {out.parent} does not exist")
    if not out.parent.is_dir():
        raise UserError(f"cannot write {out}: {out.parent} is not a folder")
    if out.exists() and not args.force:
        raise UserError(f"{out} exists already; use --force to replace it")
    booths = args.booths if args.booths is not None else math.ceil(args.exhibitors * 1.15)
    if booths > LIMITS["booths"]:
        raise UserError(f"booths must be at most {LIMITS['booths']:,}, got {booths}")
    try:
        project = generate_project(
            args.exhibitors, booths, args.halls, args.seed, not args.infeasible, args.name
        )
    except ValueError as exc:
        raise UserError(str(exc)) from None
    save_project(project, out)
    print(
        f"wrote {out}: {len(project.halls)} hall(s), {len(project.booths)} booths,"
        f" {len(project.exhibitors)} exhibitors"
        f" ({'infeasible' if args.infeasible else 'feasible by construction'}, seed {args.seed})"
    )
    return 0
