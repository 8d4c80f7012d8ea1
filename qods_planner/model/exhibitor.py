"""Exhibitors: the companies and offices that need a stand."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from ..messages import tr
from ._checks import check_id, check_ids, check_moment, check_text
from .model_error import ModelError


def name_in(name_fa: str, name_en: str, language: str) -> str:
    """An exhibitor's name in `language`: Persian in Persian, else English when it has one."""
    return name_fa if language == "fa" or not name_en else name_en


def best_choice(choices: tuple[str, ...], booths: tuple[str, ...] | list[str]) -> int | None:
    """The best choice (1 = first) a stand of `booths` meets, or None: a stand meets choice k
    when it holds booth k."""
    held = set(booths)
    return next((k for k, b in enumerate(choices, 1) if b in held), None)


class PriorityTier(Enum):
    """Who is served first: sponsors, then returning exhibitors, then everyone else."""

    SPONSOR = "sponsor"
    RETURNING = "returning"
    REGULAR = "regular"


class ExhibitorStatus(Enum):
    REGISTERED = "registered"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class Needs:
    """Services every booth of the stand must offer."""

    power: bool = False
    water: bool = False
    heavy_floor: bool = False


@dataclass(frozen=True, slots=True)
class Wishes:
    """What the exhibitor would like; only `hall_required` makes the hall a hard rule."""

    corner: bool = False
    island: bool = False
    preferred_hall: str | None = None
    hall_required: bool = False

    def __post_init__(self) -> None:
        if self.preferred_hall is not None:
            check_id(self.preferred_hall, lambda: tr("preferred hall"))
        if self.hall_required and self.preferred_hall is None:
            raise ModelError(tr("a required hall needs a preferred hall"))


def _cm2(area_m2: float) -> int:
    return round(area_m2 * 10_000)


@dataclass(frozen=True, slots=True)
class Exhibitor:
    """An exhibitor asking for `requested_m2` and accepting any total in [min_m2, max_m2].

    Competitors are never neighbours; partners would like to be. Both lists are made symmetric
    by the project (see `Project.symmetric_pairs`). `pinned_booths` fixes the stand.
    `choices` are the booths it would like, best first; with `choices_only` its whole stand
    must lie inside them. `priority_points` (higher first) and `registered_on` (an ISO date,
    optionally with a time) place it in the fair order (`qods_planner.model.fair_order`).
    """

    id: str
    name_fa: str
    name_en: str
    sector_id: str
    requested_m2: float
    min_m2: float
    max_m2: float
    needs: Needs = Needs()
    wishes: Wishes = Wishes()
    priority: PriorityTier = PriorityTier.REGULAR
    registered_on: str | None = None
    competitors: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    pinned_booths: tuple[str, ...] = ()
    status: ExhibitorStatus = ExhibitorStatus.REGISTERED
    phone: str = ""
    note: str = ""
    language: str = "fa"  # the language its letters are written in
    choices: tuple[str, ...] = ()
    choices_only: bool = False
    priority_points: int = 0

    def __post_init__(self) -> None:
        eid = self.id
        check_id(eid, lambda: tr("exhibitor"))
        check_text(self.name_fa, lambda: tr("exhibitor {id} Persian name", id=eid))
        check_text(self.name_en, lambda: tr("exhibitor {id} English name", id=eid), required=False)
        check_id(self.sector_id, lambda: tr("exhibitor {id} sector", id=eid))
        for name in ("requested_m2", "min_m2", "max_m2"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
                raise ModelError(
                    tr(
                        "exhibitor {id} {field} must be a number of m², got {value!r}",
                        id=eid,
                        field=name,
                        value=v,
                    )
                )
        if self.requested_m2 <= 0:
            raise ModelError(tr("exhibitor {id} requested area must be > 0 m²", id=eid))
        if not self.min_m2 <= self.requested_m2 <= self.max_m2:
            raise ModelError(
                tr(
                    "exhibitor {id} areas must satisfy smallest ≤ requested ≤ largest,"
                    " got {smallest} ≤ {requested} ≤ {largest} m²",
                    id=eid,
                    smallest=self.min_m2,
                    requested=self.requested_m2,
                    largest=self.max_m2,
                )
            )
        if self.min_m2 <= 0:
            raise ModelError(tr("exhibitor {id} smallest acceptable area must be > 0 m²", id=eid))
        if not isinstance(self.priority, PriorityTier):
            raise ModelError(
                tr("exhibitor {id} priority must be sponsor, returning or regular", id=eid)
            )
        if not isinstance(self.status, ExhibitorStatus):
            raise ModelError(tr("exhibitor {id} status must be registered or withdrawn", id=eid))
        check_moment(self.registered_on, lambda: tr("exhibitor {id} registration date", id=eid))
        check_ids(self.competitors, lambda: tr("exhibitor {id} competitors", id=eid))
        check_ids(self.partners, lambda: tr("exhibitor {id} partners", id=eid))
        check_ids(self.pinned_booths, lambda: tr("exhibitor {id} pinned booths", id=eid))
        check_ids(self.choices, lambda: tr("exhibitor {id} booth choices", id=eid))
        if not isinstance(self.choices_only, bool):
            raise ModelError(tr("exhibitor {id} choices only must be true or false", id=eid))
        if self.choices_only and not self.choices:
            raise ModelError(
                tr("exhibitor {id} accepts only its booth choices but lists none", id=eid)
            )
        points = self.priority_points
        if isinstance(points, bool) or not isinstance(points, int) or points < 0:
            raise ModelError(
                tr(
                    "exhibitor {id} priority points must be a whole number ≥ 0, got {value!r}",
                    id=eid,
                    value=points,
                )
            )
        if eid in self.competitors:
            raise ModelError(tr("exhibitor {id} cannot be its own competitor", id=eid))
        if eid in self.partners:
            raise ModelError(tr("exhibitor {id} cannot be its own partner", id=eid))
        if set(self.competitors) & set(self.partners):
            raise ModelError(
                tr("exhibitor {id} lists the same company as competitor and partner", id=eid)
            )
        check_text(self.phone, lambda: tr("exhibitor {id} phone", id=eid), required=False)
        check_text(self.note, lambda: tr("exhibitor {id} note", id=eid), required=False)
        if self.language not in ("fa", "en"):
            raise ModelError(
                tr(
                    "exhibitor {id} letter language must be fa or en, got {value!r}",
                    id=eid,
                    value=self.language,
                )
            )

    @property
    def requested_cm2(self) -> int:
        return _cm2(self.requested_m2)

    @property
    def min_cm2(self) -> int:
        return _cm2(self.min_m2)

    @property
    def max_cm2(self) -> int:
        return _cm2(self.max_m2)

    @property
    def registered(self) -> bool:
        return self.status is ExhibitorStatus.REGISTERED

    def name(self, language: str) -> str:
        return name_in(self.name_fa, self.name_en, language)

    def choice_met(self, booths: tuple[str, ...] | list[str]) -> int | None:
        """The best choice (1 = first) a stand of `booths` meets, or None (`best_choice`)."""
        return best_choice(self.choices, booths)

    def within_choices(self, booths: tuple[str, ...] | list[str]) -> bool:
        """True unless it accepts only its choices and a booth of the stand is not one."""
        return not self.choices_only or set(booths) <= set(self.choices)
