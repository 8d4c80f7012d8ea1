"""Hypothesis draws of the few exhibitors of a tiny re-solve (tests of the moves bounds)."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from hypothesis import strategies as st

from qods_planner.model import BoothStatus, ExhibitorStatus, PriorityTier, Wishes

from .builders import TinyProject

SECTORS = ("auto", "metal", "food")


def draw_exhibitors(draw, tiny: TinyProject, *, tiers: bool = False) -> list[str]:
    """4–5 exhibitors of one or two booths, of three sectors, with up to two competitor and
    two partner pairs and corner wishes (and priority tiers when `tiers`); their ids."""
    n = draw(st.integers(4, 5))
    ids = [f"e{i}" for i in range(n)]
    pairs = list(combinations(ids, 2))
    rivals = draw(st.sets(st.sampled_from(pairs), max_size=2))
    friends = draw(st.sets(st.sampled_from(pairs), max_size=2)) - rivals
    for eid in ids:
        m2 = draw(st.sampled_from((9, 9, 18)))
        tier = draw(st.sampled_from(list(PriorityTier))) if tiers else PriorityTier.REGULAR
        tiny.exhibitor(
            eid,
            sector=draw(st.sampled_from(SECTORS)),
            m2=m2,
            min_m2=m2,
            max_m2=m2,
            wishes=Wishes(corner=draw(st.booleans())),
            priority=tier,
            competitors=tuple(b for a, b in rivals if a == eid),
            partners=tuple(b for a, b in friends if a == eid),
        )
    return ids


def draw_change(draw, tiny: TinyProject, ids: list[str], published: dict) -> None:
    """One change after publishing `published` (exhibitor -> booths): a held booth blocked, a
    newcomer, a withdrawal, or nothing."""
    project = tiny.project
    change = draw(st.sampled_from(("block", "newcomer", "withdraw", "none")))
    held = sorted(b for s in published.values() for b in s)
    if change == "block" and held:
        gone = held[draw(st.integers(0, len(held) - 1))]
        project.put_booth(replace(project.booths[gone], status=BoothStatus.BLOCKED))
    elif change == "newcomer":
        tiny.exhibitor("late", sector=draw(st.sampled_from(SECTORS)), m2=9, max_m2=9)
    elif change == "withdraw":
        gone = ids[draw(st.integers(0, len(ids) - 1))]
        project.put_exhibitor(replace(project.exhibitors[gone], status=ExhibitorStatus.WITHDRAWN))
