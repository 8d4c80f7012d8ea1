"""`qods-planner generate`: write a realistic generated exhibition to a project file.

The same arguments always give the same file. Instances are feasible by construction (a
hidden assignment obeys every hard rule) unless `--infeasible` adds a known clash.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import replace
from pathlib import Path

from ..files import save_project
from ..generate import SHAPES, Tight, generate_project, generate_tight
from ..generate.tight_venues import available_area_cm2, requested_area_cm2
from ..messages import join, tr
from .command_error import UserError

LIMITS = {"exhibitors": 20_000, "booths": 25_000, "halls": 26, "seed": 2**31 - 1}


def _whole(name: str, minimum: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                tr("{name} must be a whole number, got {text!r}", name=name, text=text)
            ) from None
        if not minimum <= value <= LIMITS[name]:
            raise argparse.ArgumentTypeError(
                tr(
                    "{name} must be between {minimum} and {maximum:,}, got {value}",
                    name=name,
                    minimum=minimum,
                    maximum=LIMITS[name],
                    value=value,
                )
            )
        return value

    return parse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help=tr("write a realistic generated exhibition (for demos, tests, benchmarks)"),
        description=tr(
            "Generate an exhibition: halls with perimeter rows, back-to-back island "
            "blocks and aisles, booths of {smallest}–{largest} m², Zipf-sized sectors, "
            "competitors, partners, priorities and needs. It is feasible by construction (every "
            "exhibitor can get a stand that breaks no hard rule) unless --infeasible is given. "
            "The plan is left empty. The same arguments always give the same file.",
            smallest=9,
            largest=72,
        ),
    )
    parser.add_argument(
        "--exhibitors",
        "-e",
        type=_whole("exhibitors", 1),
        required=True,
        metavar="N",
        help=tr("number of exhibitors"),
    )
    parser.add_argument(
        "--booths",
        "-b",
        type=_whole("booths", 1),
        metavar="M",
        # argparse formats help with %: the percent sign is written twice
        help=tr("number of booths (default: {percent}%% more than exhibitors)", percent=15),
    )
    parser.add_argument(
        "--halls",
        type=_whole("halls", 1),
        default=1,
        metavar="H",
        help=tr("number of halls (default: {count})", count=1),
    )
    parser.add_argument(
        "--seed",
        "-s",
        type=_whole("seed", 0),
        default=0,
        metavar="S",
        help=tr("random seed (default: {seed})", seed="0"),
    )
    parser.add_argument(
        "--infeasible",
        action="store_true",
        help=tr(
            "add a clash no plan can meet: more exhibitors needing water and at least {area} m² "
            "than the water booths can hold (and any exhibitors beyond the booth count)",
            area=36,
        ),
    )
    parser.add_argument(
        "--tight",
        choices=sorted(SHAPES),
        metavar="SHAPE",
        help=tr(
            "a sold-out venue in odd halls, not feasible by construction: {shapes}"
            " (see --demand and --pressures)",
            shapes=join(sorted(SHAPES)),
        ),
    )
    parser.add_argument(
        "--demand",
        type=_percent,
        metavar="PCT",
        help=tr(
            "requested area as a percentage of the available booths' area, {low}–{high}"
            " (implies --tight mixed)",
            low=DEMAND_RANGE[0],
            high=DEMAND_RANGE[1],
        ),
    )
    parser.add_argument(
        "--pressures",
        type=_pressures,
        metavar="LIST",
        help=tr(
            "comma-separated pressures of a tight venue (implies --tight mixed): {names}",
            names=", ".join(PRESSURES),
        ),
    )
    parser.add_argument("--name", help=tr("the exhibition's name (default: a generic one)"))
    parser.add_argument(
        "--out", "-o", required=True, metavar="FILE", help=tr("project file to write")
    )
    parser.add_argument("--force", action="store_true", help=tr("replace FILE if it exists"))
    parser.set_defaults(handler=run)


DEMAND_RANGE = (50, 200)
PRESSURES = ("odd-sizes", "pillars", "rare-water", "cliques", "multi-booth")


def _percent(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("{name} must be a whole number, got {text!r}", name="demand", text=text)
        ) from None
    low, high = DEMAND_RANGE
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(
            tr(
                "{name} must be between {minimum} and {maximum:,}, got {value}",
                name="demand",
                minimum=low,
                maximum=high,
                value=value,
            )
        )
    return value


def _pressures(text: str) -> tuple[str, ...]:
    chosen = tuple(p.strip() for p in text.split(",") if p.strip())
    unknown = [p for p in chosen if p not in PRESSURES]
    if unknown:
        raise argparse.ArgumentTypeError(
            tr(
                "unknown pressure {name!r}; choose from {names}",
                name=unknown[0],
                names=", ".join(PRESSURES),
            )
        )
    return chosen


def tight_from(args: argparse.Namespace) -> Tight | None:
    """The tight-venue options, or None for a feasible-by-construction instance."""
    if args.tight is None and args.demand is None and args.pressures is None:
        return None
    tight = SHAPES[args.tight or "mixed"]
    if args.pressures is not None:
        chosen = set(args.pressures)
        tight = replace(
            tight,
            odd_sizes="odd-sizes" in chosen,
            pillars="pillars" in chosen,
            rare_water="rare-water" in chosen,
            cliques="cliques" in chosen,
            multi_booth="multi-booth" in chosen,
        )
    if args.demand is not None:
        tight = replace(tight, demand=args.demand / 100)
    return tight


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.is_dir():
        raise UserError(
            tr(
                "{path} is a folder; give a file name such as {example}",
                path=str(out),
                example=str(out / "fair.qods.json"),
            )
        )
    if not out.parent.exists():
        raise UserError(
            tr(
                "cannot write {path}: the folder {folder} does not exist",
                path=str(out),
                folder=str(out.parent),
            )
        )
    if not out.parent.is_dir():
        raise UserError(
            tr(
                "cannot write {path}: {folder} is not a folder",
                path=str(out),
                folder=str(out.parent),
            )
        )
    if out.exists() and not args.force:
        raise UserError(tr("{path} exists already; use --force to replace it", path=str(out)))
    booths = args.booths if args.booths is not None else math.ceil(args.exhibitors * 1.15)
    if booths > LIMITS["booths"]:
        raise UserError(
            tr(
                "booths must be at most {maximum:,}, got {value}",
                maximum=LIMITS["booths"],
                value=booths,
            )
        )
    tight = tight_from(args)
    try:
        if tight is not None:
            if args.infeasible:
                raise ValueError(tr("--tight and --infeasible cannot be combined"))
            project = generate_tight(
                args.exhibitors, booths, args.halls, args.seed, tight, args.name
            )
        else:
            project = generate_project(
                args.exhibitors, booths, args.halls, args.seed, not args.infeasible, args.name
            )
    except ValueError as exc:
        raise UserError(str(exc)) from None
    save_project(project, out)
    counts = {
        "path": str(out),
        "halls": len(project.halls),
        "booths": len(project.booths),
        "exhibitors": len(project.exhibitors),
        "seed": str(args.seed),  # typed back to get the same file: an identifier
    }
    if tight is not None:
        line = tr(
            "wrote {path}: {halls} hall(s), {booths} booth(s), {exhibitors} exhibitor(s)"
            " (tight: {demand} % of the available area requested, seed {seed})",
            demand=round(100 * requested_area_cm2(project) / max(1, available_area_cm2(project))),
            **counts,
        )
    elif args.infeasible:
        line = tr(
            "wrote {path}: {halls} hall(s), {booths} booth(s), {exhibitors} exhibitor(s)"
            " (infeasible, seed {seed})",
            **counts,
        )
    else:
        line = tr(
            "wrote {path}: {halls} hall(s), {booths} booth(s), {exhibitors} exhibitor(s)"
            " (feasible by construction, seed {seed})",
            **counts,
        )
    print(line)
    return 0
