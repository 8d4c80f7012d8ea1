"""The hard rules about one exhibitor and one stand, one module each.

Each rule keeps its two faces together: `allows(ex)`, a vectorised mask over every placement
(the solver makes variables only where every rule allows), and `why_not(ex, p)`, the sentence
that says why one placement breaks it (explanations, a re-solve's reasons, the repair). The
validator's twin of each rule is named in the rule module's docstring.

Adding such a rule: a module here with both faces, its place in `RULES` (the order is the
order of the reasons), its twin in qods_planner/validation/hard_rules.py, and a test of each.
"""

from __future__ import annotations

import numpy as np

from qods_planner.snapshot import ExhibitorData

from .booth_status import BoothStatusRule
from .choices_only import ChoicesOnlyRule
from .required_hall import RequiredHallRule
from .rule_contract import Placements, StandRule
from .sector_zone import SectorZoneRule
from .services import ServicesRule
from .stand_shape import StandShapeRule
from .stand_size import StandSizeRule

# The order in which a placement's first broken rule is named.
RULES = (
    BoothStatusRule,
    StandShapeRule,
    StandSizeRule,
    ServicesRule,
    RequiredHallRule,
    ChoicesOnlyRule,
    SectorZoneRule,
)


class StandRules:
    """Every stand rule, prepared once for the placements of one indexed problem."""

    def __init__(self, places: Placements) -> None:
        self.rules: tuple[StandRule, ...] = tuple(rule(places) for rule in RULES)

    def allowed(self, ex: ExhibitorData) -> np.ndarray:
        """The placements every rule lets `ex` take."""
        ok = self.rules[0].allows(ex)
        for rule in self.rules[1:]:
            ok = ok & rule.allows(ex)
        return ok

    def why_not(self, ex: ExhibitorData, p: int, *, pinned_ok: bool = False) -> str | None:
        """The first rule placement `p` breaks for `ex`, in words, or None."""
        for rule in self.rules:
            why = rule.why_not(ex, p, pinned_ok=pinned_ok)
            if why is not None:
                return why
        return None


__all__ = ["RULES", "Placements", "StandRule", "StandRules"]
