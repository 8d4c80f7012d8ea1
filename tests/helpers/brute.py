"""Every valid plan of a tiny venue, by enumeration and the validator alone (no solver code):
the independent check the solver's claims are held to."""

from __future__ import annotations

from itertools import combinations

from qods_planner.model import Plan, Project
from qods_planner.validation import check


def valid_plans(project: Project, largest: int = 3) -> list[Plan]:
    """Every plan without a hard break (re-solving's confirmed-keep rule aside): stands of
    one to `largest` booths kept when the validator finds no hard break with the exhibitor
    alone, then combined pairwise (hard rules concern one stand or two: shared booths,
    competitors next door); every plan is checked whole at the end."""
    booths = sorted(project.booths)
    shapes = [c for k in range(1, largest + 1) for c in combinations(booths, k)]
    people = sorted(e.id for e in project.registered())
    alone = {e: [s for s in shapes if check(project, Plan({e: s})).ok] for e in people}
    plans: list[Plan] = []

    def grow(i: int, stands: dict) -> None:
        if i == len(people):
            plans.append(Plan(dict(stands)))
            return
        e = people[i]
        grow(i + 1, stands)
        used = {b for s in stands.values() for b in s}
        for s in alone[e]:
            if used.isdisjoint(s) and all(
                check(project, Plan({e: s, o: t})).ok for o, t in stands.items()
            ):
                stands[e] = s
                grow(i + 1, stands)
                del stands[e]

    grow(0, {})
    return [p for p in plans if check(project, p).ok]
