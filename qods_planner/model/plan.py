"""Plans: which stand each exhibitor gets; everyone registered and unplaced is waitlisted."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ..messages import tr
from ._checks import check_id
from .model_error import ModelError


@dataclass(frozen=True)
class Plan:
    """Exhibitor id → the booth ids of its stand (sorted), plus the exhibitors locked in place.

    The waitlist is not stored: it is every registered exhibitor without a stand.
    A locked exhibitor keeps its stand when the plan is re-solved.
    """

    stands: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        clean: dict[str, tuple[str, ...]] = {}
        for eid, booths in self.stands.items():
            check_id(eid, lambda: tr("plan exhibitor"))
            booths = tuple(booths)
            if not booths:
                raise ModelError(tr("plan gives exhibitor {id} a stand with no booth", id=eid))
            if len(set(booths)) != len(booths):
                raise ModelError(
                    tr("plan lists a booth twice in the stand of exhibitor {id}", id=eid)
                )
            clean[eid] = tuple(sorted(booths))
        object.__setattr__(self, "stands", MappingProxyType(dict(sorted(clean.items()))))
        object.__setattr__(self, "locked", frozenset(self.locked))
        for eid in self.locked:
            if eid not in clean:
                raise ModelError(tr("plan locks exhibitor {id}, who has no stand", id=eid))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Plan):
            return NotImplemented
        return dict(self.stands) == dict(other.stands) and self.locked == other.locked

    def __hash__(self) -> int:
        return hash((tuple(self.stands.items()), self.locked))

    def stand_of(self, exhibitor_id: str) -> tuple[str, ...] | None:
        return self.stands.get(exhibitor_id)

    def occupants(self) -> dict[str, str]:
        """Booth id → exhibitor id (the last one wins where a booth is used twice)."""
        return {b: eid for eid, booths in self.stands.items() for b in booths}

    def with_stand(self, exhibitor_id: str, booth_ids: Iterable[str]) -> Plan:
        stands = dict(self.stands)
        stands[exhibitor_id] = tuple(booth_ids)
        return Plan(stands, self.locked)

    def without(self, exhibitor_ids: Iterable[str]) -> Plan:
        drop = set(exhibitor_ids)
        return Plan(
            {e: b for e, b in self.stands.items() if e not in drop},
            self.locked - drop,
        )

    def with_lock(self, exhibitor_id: str, locked: bool) -> Plan:
        return Plan(
            self.stands, self.locked | {exhibitor_id} if locked else self.locked - {exhibitor_id}
        )

    def moved_from(self, baseline: Plan) -> list[str]:
        """Exhibitors who had a stand in `baseline` and now have another stand or none."""
        return sorted(e for e, b in baseline.stands.items() if self.stands.get(e) != b)


EMPTY_PLAN = Plan()
