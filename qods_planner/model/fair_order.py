"""The fair order: who goes first when exhibitors compete for the same place.

An exhibitor's rank is read from keys in the order the settings give (`Settings.priority_order`,
by default tier, then priority points, then registration, then id):

- `tier`: sponsor, then returning, then regular;
- `priority_points`: more points first;
- `registered_on`: earlier first; a registration without a date comes after every dated one,
  and a date without a time counts as the start of that day;
- `id`: the last word, so two exhibitors never tie.

The waitlist holds the lowest-ranked exhibitors among plans of equal waitlist cost, and choices
are met in this order wherever the hard rules allow (docs/rules.md).
"""

from __future__ import annotations

from collections.abc import Iterable

from .exhibitor import Exhibitor, PriorityTier

ORDER_KEYS = ("tier", "priority_points", "registered_on", "id")

_TIER_PLACE = {PriorityTier.SPONSOR: 0, PriorityTier.RETURNING: 1, PriorityTier.REGULAR: 2}
_UNDATED = "9999-99-99"  # after every ISO date or date and time


def rank_key(ex: Exhibitor, order: tuple[str, ...] = ORDER_KEYS) -> tuple[object, ...]:
    """A sort key: smaller means served first. `id` always breaks the last tie."""
    parts: dict[str, object] = {
        "tier": _TIER_PLACE[ex.priority],
        "priority_points": -ex.priority_points,
        "registered_on": ex.registered_on or _UNDATED,
        "id": ex.id,
    }
    keys = tuple(parts[k] for k in order)
    return keys if order[-1] == "id" else (*keys, ex.id)


def fair_order(exhibitors: Iterable[Exhibitor], order: tuple[str, ...] = ORDER_KEYS) -> list[str]:
    """Exhibitor ids, first served first."""
    return [ex.id for ex in sorted(exhibitors, key=lambda ex: rank_key(ex, order))]
