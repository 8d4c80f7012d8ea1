"""Booth choices: the hard rule `outside_choices` and the soft rule `choice`.

An exhibitor lists the booths it would like, best first. A stand meets choice k when it holds
booth k; the best such k counts and earns `weights.choice` × `choice_value(k)`. With
`choices_only` the whole stand must lie inside the choices (hard).
Solver: `solver/stand_rules/choices_only.py` and the `choice` term of `solver/indexing.py`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..messages import tr
from .facts import PlanFacts
from .validation_report import Violation

# What meeting choice 1, 2, … is worth (× weights.choice); every later choice is worth 1.
CHOICE_RANK_VALUE = (5, 4, 3, 2, 1)


def choice_value(rank: int | None) -> int:
    """The value of meeting choice `rank` (1 = first); 0 when no choice is met."""
    if rank is None:
        return 0
    return CHOICE_RANK_VALUE[rank - 1] if rank <= len(CHOICE_RANK_VALUE) else 1


def choice_points(facts: PlanFacts, eid: str) -> int:
    """What the exhibitor's stand earns for its choices."""
    ex = facts.exhibitor(eid)
    return facts.weights.choice * choice_value(ex.choice_met(facts.plan.stands[eid]))


def outside_choices(facts: PlanFacts, eid: str) -> Iterator[Violation]:
    ex = facts.exhibitor(eid)
    stand = facts.plan.stands[eid]
    if ex.within_choices(stand):
        return
    outside = tuple(b for b in stand if b not in ex.choices)
    yield Violation(
        "outside_choices",
        True,
        tr(
            "{who} accepts only its chosen booths ({choices}) but is given {booths}",
            who=facts.who(eid),
            choices=facts.labels(ex.choices),
            booths=facts.labels(outside),
        ),
        (eid,),
        outside,
    )


def choice_unmet(facts: PlanFacts, eid: str) -> Iterator[Violation]:
    ex = facts.exhibitor(eid)
    stand = facts.plan.stands[eid]
    if not ex.choices or ex.choice_met(stand) is not None:
        return
    yield Violation(
        "choice_unmet",
        False,
        tr(
            "{who} chose {choices} but has {booths}",
            who=facts.who(eid),
            choices=facts.labels(ex.choices),
            booths=facts.labels(stand),
        ),
        (eid,),
        stand,
        facts.weights.choice * choice_value(1),
    )
