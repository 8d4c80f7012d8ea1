"""What a stand rule sees of the indexed problem, and the shape every stand rule has."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from qods_planner.snapshot import ExhibitorData, Problem


class Placements(Protocol):
    """The placements of an indexed problem (`solver.instance.Instance` is one): placement
    index = booth index for single booths, then the multi-booth shapes."""

    problem: Problem
    hall_ids: list[str]
    p_booths: list[tuple[int, ...]]
    pb: np.ndarray  # placements × widest, padded with the sentinel booth index
    p_area: np.ndarray
    p_hall: np.ndarray  # hall index, -1 when a shape spans halls

    @property
    def n_booths(self) -> int: ...


class StandRule(Protocol):
    """A hard rule about one exhibitor and one stand, with its two faces side by side."""

    def allows(self, ex: ExhibitorData) -> np.ndarray:
        """A mask over every placement: True where the rule lets `ex` stand."""
        ...

    def why_not(self, ex: ExhibitorData, p: int, *, pinned_ok: bool) -> str | None:
        """Why placement `p` breaks the rule for `ex`, in the organiser's words, or None.
        `pinned_ok`: the exhibitor is pinned to `p` (its reserved booths are its own)."""
        ...


def booth_column(places: Placements, attr: str, sentinel: object) -> np.ndarray:
    """A booth attribute as an array over booth indices plus the padding sentinel, so that
    `column[places.pb]` reads it for every booth of every placement."""
    return np.array([getattr(b, attr) for b in places.problem.booths] + [sentinel])
