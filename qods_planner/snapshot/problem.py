"""The frozen problem a solver receives: plain ints, strings and tuples, sorted by id.

Nothing here refers to the editable `Project`; a snapshot can be handed to another thread
or process and solved while the organiser keeps editing. Areas are cm², lengths cm.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import get_language, tr
from ..model.exhibitor import best_choice, name_in
from ..model.model_error import ModelError
from ..model.settings import RuleWeights

BOOTH_STATUSES = ("available", "blocked", "reserved")
KINDS = ("inline", "corner", "peninsula", "island")
TIERS = ("sponsor", "returning", "regular")


@dataclass(frozen=True, slots=True)
class HallData:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class SectorData:
    """`max_stands`: at most this many of its exhibitors get a stand (None: no cap)."""

    id: str
    name: str
    max_stands: int | None = None


@dataclass(frozen=True, slots=True)
class BoothData:
    """One booth: `kind` is derived from its open sides, `premium` already resolved;
    (`x`, `y`) is its centre in cm, for distances; `zone` the sectors bound to it (empty:
    any)."""

    id: str
    label: str
    hall: str
    area: int
    x: int
    y: int
    power: bool
    water: bool
    heavy_floor: bool
    premium: bool
    status: str
    kind: str
    zone: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.area <= 0:
            raise ModelError(tr("booth {id} area must be > 0 cm²", id=self.id))
        if self.status not in BOOTH_STATUSES:
            raise ModelError(
                tr(
                    "booth {id} status must be one of {choices}",
                    id=self.id,
                    choices=str(BOOTH_STATUSES),
                )
            )
        if self.kind not in KINDS:
            raise ModelError(
                tr("booth {id} kind must be one of {choices}", id=self.id, choices=str(KINDS))
            )


@dataclass(frozen=True, slots=True)
class EdgeData:
    """Two neighbouring booths (a < b). `apart` says whether competitors may not share it."""

    a: str
    b: str
    relation: str
    factor: int
    apart: bool

    def __post_init__(self) -> None:
        if not self.a < self.b:
            raise ModelError(
                tr("edge {a}–{b} must list the smaller booth id first", a=self.a, b=self.b)
            )
        if self.factor <= 0:
            raise ModelError(tr("edge {a}–{b} factor must be > 0", a=self.a, b=self.b))


@dataclass(frozen=True, slots=True)
class StandShape:
    """A group of two or more booths that may form one stand (sorted ids).

    `straight` is False for a fixed stand (pinned, locked or current) that is not a straight
    run; such a shape is kept so that the problem can say why it cannot be used.
    """

    booths: tuple[str, ...]
    hall: str | None
    area: int
    kind: str
    premium: bool
    straight: bool

    def __post_init__(self) -> None:
        if len(self.booths) < 2 or list(self.booths) != sorted(set(self.booths)):
            raise ModelError(
                tr(
                    "stand shape {booths} must list two or more sorted booth ids",
                    booths=str(self.booths),
                )
            )
        if self.kind not in KINDS:
            raise ModelError(
                tr(
                    "stand shape {booths} kind must be one of {choices}",
                    booths=str(self.booths),
                    choices=str(KINDS),
                )
            )


@dataclass(frozen=True, slots=True)
class ExhibitorData:
    """A registered exhibitor and everything the rules need about it (areas in cm²). Both
    names are kept, so one project gives one snapshot in every interface language; `name`
    reads the one of the current language, for the solver's reasons. `choices` are booth
    ids, best first; `rank` its place in the fair order (0 is served first)."""

    id: str
    name_fa: str
    sector: str
    requested: int
    min_area: int
    max_area: int
    power: bool = False
    water: bool = False
    heavy_floor: bool = False
    wish_corner: bool = False
    wish_island: bool = False
    preferred_hall: str | None = None
    hall_required: bool = False
    tier: str = "regular"
    pinned: tuple[str, ...] = ()
    name_en: str = ""
    choices: tuple[str, ...] = ()
    choices_only: bool = False
    rank: int = 0

    @property
    def name(self) -> str:
        return name_in(self.name_fa, self.name_en, get_language())

    def choice_met(self, booths: tuple[str, ...] | list[str]) -> int | None:
        """The best choice (1 = first) a stand of `booths` meets, or None."""
        return best_choice(self.choices, booths)

    def __post_init__(self) -> None:
        if self.requested <= 0:
            raise ModelError(tr("exhibitor {id} requested area must be > 0 cm²", id=self.id))
        if not 0 < self.min_area <= self.requested <= self.max_area:
            raise ModelError(
                tr("exhibitor {id} needs 0 < smallest ≤ requested ≤ largest", id=self.id)
            )
        if self.tier not in TIERS:
            raise ModelError(
                tr("exhibitor {id} tier must be one of {choices}", id=self.id, choices=str(TIERS))
            )
        if self.hall_required and self.preferred_hall is None:
            raise ModelError(tr("exhibitor {id} requires a hall but names none", id=self.id))
        if list(self.pinned) != sorted(set(self.pinned)):
            raise ModelError(
                tr("exhibitor {id} pinned booths must be sorted and distinct", id=self.id)
            )


Stands = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """Everything the solver needs, frozen.

    - `exhibitors`: registered exhibitors only, sorted by id; withdrawn ones that held a stand
      in `reference` are listed in `released` so a re-solve can report why they left.
    - `shapes`: candidate multi-booth stands (straight runs whose area fits someone) plus the
      multi-booth stands of `start`, `reference` and pins.
    - `start`: the plan to repair and warm-start from (registered exhibitors only).
    - `reference`: the plan moves are counted against (None on a fresh solve).
    - `locked`: exhibitors that must keep their stand of `start`.
    - `confirmed`: exhibitors that must get a stand (any candidate; a re-solve keeps faith
      with those who hold a stand in the published plan).
    """

    name: str
    halls: tuple[HallData, ...]
    sectors: tuple[SectorData, ...]
    complementarity: tuple[tuple[str, str, int], ...]
    booths: tuple[BoothData, ...]
    edges: tuple[EdgeData, ...]
    shapes: tuple[StandShape, ...]
    exhibitors: tuple[ExhibitorData, ...]
    competitors: tuple[tuple[str, str], ...]
    partners: tuple[tuple[str, str], ...]
    weights: RuleWeights
    start: Stands = ()
    reference: Stands | None = None
    locked: tuple[str, ...] = ()
    released: Stands = ()
    # (id, Persian name, English name) of each in `released`
    released_names: tuple[tuple[str, str, str], ...] = ()
    confirmed: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for message, items in (
            (lambda: tr("problem halls must be sorted by id without duplicates"), self.halls),
            (lambda: tr("problem sectors must be sorted by id without duplicates"), self.sectors),
            (lambda: tr("problem booths must be sorted by id without duplicates"), self.booths),
            (
                lambda: tr("problem exhibitors must be sorted by id without duplicates"),
                self.exhibitors,
            ),
        ):
            ids = [item.id for item in items]
            if ids != sorted(set(ids)):
                raise ModelError(message())
        sectors = {s.id for s in self.sectors}
        for ex in self.exhibitors:
            if ex.sector not in sectors:
                raise ModelError(
                    tr("exhibitor {id} has unknown sector {sector!r}", id=ex.id, sector=ex.sector)
                )
        booths = {b.id for b in self.booths}
        for edge in self.edges:
            if edge.a not in booths or edge.b not in booths:
                raise ModelError(tr("edge {a}–{b} names an unknown booth", a=edge.a, b=edge.b))
        exhibitors = {e.id for e in self.exhibitors}
        for eid in self.locked:
            if eid not in dict(self.start):
                raise ModelError(tr("locked exhibitor {id} has no stand in the start plan", id=eid))
        if list(self.confirmed) != sorted(set(self.confirmed)) or not exhibitors.issuperset(
            self.confirmed
        ):
            raise ModelError(tr("confirmed exhibitors must be sorted registered exhibitors"))
        for competitors, pairs in ((True, self.competitors), (False, self.partners)):
            for a, b in pairs:
                if not a < b or a not in exhibitors or b not in exhibitors:
                    if competitors:
                        raise ModelError(
                            tr(
                                "competitor pair {a}–{b} must be sorted registered exhibitors",
                                a=a,
                                b=b,
                            )
                        )
                    raise ModelError(
                        tr("partner pair {a}–{b} must be sorted registered exhibitors", a=a, b=b)
                    )

    @property
    def is_resolve(self) -> bool:
        """True when moves count: the plan is re-solved against a reference."""
        return self.reference is not None
