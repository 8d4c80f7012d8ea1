"""The project: one exhibition's venue, booths, sectors, exhibitors, plan and settings.

Entities are frozen values; the project is the one mutable document. Every change goes
through a method here, which validates what it can check locally and tells subscribers what
changed. The editor's undo commands call these methods; the scene listens to the changes.
Whole-project rules (booths inside halls, no overlaps, known ids) live in `integrity`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from ..messages import join, tr
from ._checks import check_id, check_iso_date, check_text
from .booth import Booth
from .exhibitor import Exhibitor
from .model_error import ModelError
from .plan import EMPTY_PLAN, Plan
from .sector import Complementarity, Sector
from .settings import Settings
from .venue import Hall, Obstacle

LANGUAGES = ("fa", "en")
# Changes of these kinds can alter open sides, neighbours, rows or premium booths.
_GEOMETRY_KINDS = frozenset({"hall", "obstacle", "booth", "settings", "meta"})


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: `kind` is hall, obstacle, booth, sector, exhibitor, plan, baseline,
    complementarity, settings or meta; `ids` the entities touched (empty for whole values)."""

    kind: str
    ids: tuple[str, ...] = ()


Listener = Callable[[Change], None]


@dataclass(frozen=True, slots=True)
class EventInfo:
    """The exhibition itself: names, dates (ISO Gregorian), the organiser's language, and
    what the letters to exhibitors say in each language: the organiser's contact (who to call,
    phone, e-mail) and the move-in notes (when to set up, what to bring). Optional text."""

    name_fa: str = "نمایشگاه"
    name_en: str = "Exhibition"
    start: str | None = None
    end: str | None = None
    language: str = "fa"
    contact_fa: str = ""
    contact_en: str = ""
    move_in_fa: str = ""
    move_in_en: str = ""

    def __post_init__(self) -> None:
        check_text(self.name_fa, lambda: tr("exhibition Persian name"))
        check_text(self.name_en, lambda: tr("exhibition English name"), required=False)
        check_text(self.contact_fa, lambda: tr("organiser contact (Persian)"), required=False)
        check_text(self.contact_en, lambda: tr("organiser contact (English)"), required=False)
        check_text(self.move_in_fa, lambda: tr("move-in notes (Persian)"), required=False)
        check_text(self.move_in_en, lambda: tr("move-in notes (English)"), required=False)
        check_iso_date(self.start, lambda: tr("exhibition start date"))
        check_iso_date(self.end, lambda: tr("exhibition end date"))
        if self.start and self.end and self.end < self.start:
            raise ModelError(
                tr(
                    "exhibition ends ({end}) before it starts ({start})",
                    end=self.end,
                    start=self.start,
                )
            )
        if self.language not in LANGUAGES:
            raise ModelError(
                tr(
                    "language must be one of {languages}, got {value!r}",
                    languages=", ".join(LANGUAGES),  # codes, as in the file
                    value=self.language,
                )
            )

    def name(self, language: str) -> str:
        """The exhibition's name in `language`, else in the other language."""
        return _either(self.name_fa, self.name_en, language)

    def contact(self, language: str) -> str:
        """The organiser's contact in `language`, else in the other language."""
        return _either(self.contact_fa, self.contact_en, language)

    def move_in(self, language: str) -> str:
        """The move-in notes in `language`, else in the other language."""
        return _either(self.move_in_fa, self.move_in_en, language)


def _either(fa: str, en: str, language: str) -> str:
    return (fa or en) if language == "fa" else (en or fa)


@dataclass
class Project:
    """A whole exhibition. Dicts keep insertion order, which is the order users see."""

    event: EventInfo = field(default_factory=EventInfo)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    halls: dict[str, Hall] = field(default_factory=dict)
    obstacles: dict[str, Obstacle] = field(default_factory=dict)
    booths: dict[str, Booth] = field(default_factory=dict)
    sectors: dict[str, Sector] = field(default_factory=dict)
    complementarity: Complementarity = field(default_factory=Complementarity)
    exhibitors: dict[str, Exhibitor] = field(default_factory=dict)
    plan: Plan = EMPTY_PLAN
    baseline: Plan | None = None
    settings: Settings = field(default_factory=Settings)
    _listeners: list[Listener] = field(default_factory=list, repr=False, compare=False)
    _revision: int = field(default=0, repr=False, compare=False)
    _geometry_revision: int = field(default=0, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_id(self.id, lambda: tr("project"))

    # -- notifications -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    @property
    def revision(self) -> int:
        """Grows by one with every change; caches of derived data compare it."""
        return self._revision

    @property
    def geometry_revision(self) -> int:
        """Grows with every change that can alter derived geometry (not with plan changes)."""
        return self._geometry_revision

    def _changed(self, kind: str, ids: tuple[str, ...] = ()) -> None:
        self._revision += 1
        if kind in _GEOMETRY_KINDS:
            self._geometry_revision += 1
        change = Change(kind, ids)
        for listener in list(self._listeners):
            listener(change)

    # -- entities --------------------------------------------------------------------------
    def put_hall(self, hall: Hall) -> None:
        self.halls[hall.id] = hall
        self._changed("hall", (hall.id,))

    def remove_hall(self, hall_id: str) -> Hall:
        if any(b.hall_id == hall_id for b in self.booths.values()):
            raise ModelError(tr("hall {id} still has booths; remove them first", id=hall_id))
        hall = self.halls.pop(hall_id)
        self._changed("hall", (hall_id,))
        return hall

    def reorder_halls(self, order: list[str]) -> None:
        """Put the halls in `order`, which must name each hall once (the order users see)."""
        if sorted(order) != sorted(self.halls):
            raise ModelError(tr("a new hall order must name every hall once"))
        self.halls = {h: self.halls[h] for h in order}
        self._changed("hall", tuple(order))

    def put_obstacle(self, obstacle: Obstacle) -> None:
        self._require_hall(obstacle.hall_id, lambda: tr("obstacle {id}", id=obstacle.id))
        self.obstacles[obstacle.id] = obstacle
        self._changed("obstacle", (obstacle.id,))

    def remove_obstacle(self, obstacle_id: str) -> Obstacle:
        obstacle = self.obstacles.pop(obstacle_id)
        self._changed("obstacle", (obstacle_id,))
        return obstacle

    def put_booths(self, booths: list[Booth]) -> None:
        """Insert or replace several booths as one change."""
        for booth in booths:
            self._require_hall(booth.hall_id, partial(tr, "booth {label}", label=booth.label))
        for booth in booths:
            self.booths[booth.id] = booth
        self._changed("booth", tuple(b.id for b in booths))

    def put_booth(self, booth: Booth) -> None:
        self.put_booths([booth])

    def remove_booths(self, booth_ids: list[str]) -> list[Booth]:
        """Remove booths; stands that used them lose those booths (or vanish)."""
        removed = [self.booths.pop(b) for b in booth_ids]
        gone = set(booth_ids)
        stands = {e: tuple(b for b in bs if b not in gone) for e, bs in self.plan.stands.items()}
        kept = {e: bs for e, bs in stands.items() if bs}
        if kept != dict(self.plan.stands):
            self.plan = Plan(kept, self.plan.locked & kept.keys())
            self._changed("plan")
        self._changed("booth", tuple(booth_ids))
        return removed

    def put_sector(self, sector: Sector) -> None:
        self.sectors[sector.id] = sector
        self._changed("sector", (sector.id,))

    def remove_sector(self, sector_id: str) -> Sector:
        users = [e.id for e in self.exhibitors.values() if e.sector_id == sector_id]
        if users:
            raise ModelError(
                tr("sector {id} is used by exhibitors {ids}", id=sector_id, ids=join(users[:5]))
            )
        zoned = [h.id for h in self.halls.values() if sector_id in h.sectors] + [
            b.label for b in self.booths.values() if sector_id in b.sectors
        ]
        if zoned:
            raise ModelError(
                tr("sector {id} is the zone of {places}", id=sector_id, places=join(zoned[:5]))
            )
        sector = self.sectors.pop(sector_id)
        self.complementarity = self.complementarity.without_sector(sector_id)
        self._changed("sector", (sector_id,))
        return sector

    def set_complementarity(self, matrix: Complementarity) -> None:
        self.complementarity = matrix
        self._changed("complementarity")

    def put_exhibitors(self, exhibitors: list[Exhibitor]) -> None:
        for ex in exhibitors:
            if ex.sector_id not in self.sectors:
                raise ModelError(
                    tr(
                        "exhibitor {id} has unknown sector {sector!r}",
                        id=ex.id,
                        sector=ex.sector_id,
                    )
                )
        for ex in exhibitors:
            self.exhibitors[ex.id] = ex
        self._changed("exhibitor", tuple(e.id for e in exhibitors))

    def put_exhibitor(self, exhibitor: Exhibitor) -> None:
        self.put_exhibitors([exhibitor])

    def remove_exhibitor(self, exhibitor_id: str) -> Exhibitor:
        ex = self.exhibitors.pop(exhibitor_id)
        if exhibitor_id in self.plan.stands:
            self.plan = self.plan.without([exhibitor_id])
            self._changed("plan")
        self._changed("exhibitor", (exhibitor_id,))
        return ex

    # -- whole values ----------------------------------------------------------------------
    def set_plan(self, plan: Plan) -> None:
        self.plan = plan
        self._changed("plan")

    def set_baseline(self, baseline: Plan | None) -> None:
        self.baseline = baseline
        self._changed("baseline")

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self._changed("settings")

    def set_event(self, event: EventInfo) -> None:
        self.event = event
        self._changed("meta")

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Suspend notifications (for bulk loading); one 'meta' change is sent at the end."""
        listeners, self._listeners = self._listeners, []
        try:
            yield
        finally:
            self._listeners = listeners
            self._changed("meta")

    # -- queries ---------------------------------------------------------------------------
    def booths_in(self, hall_id: str) -> list[Booth]:
        return [b for b in self.booths.values() if b.hall_id == hall_id]

    def zone(self, booth_id: str) -> tuple[str, ...]:
        """The sectors whose exhibitors may use the booth: its own list, else its hall's;
        empty means any sector."""
        booth = self.booths[booth_id]
        if booth.sectors:
            return booth.sectors
        hall = self.halls.get(booth.hall_id)
        return hall.sectors if hall is not None else ()

    def registered(self) -> list[Exhibitor]:
        return [e for e in self.exhibitors.values() if e.registered]

    def waitlist(self, plan: Plan | None = None) -> list[str]:
        """Registered exhibitors without a stand, in registration order."""
        plan = self.plan if plan is None else plan
        return [e.id for e in self.registered() if e.id not in plan.stands]

    def symmetric_pairs(self, attribute: str) -> set[tuple[str, str]]:
        """Sorted id pairs of known exhibitors related by `competitors` or `partners`,
        whichever side named the other."""
        pairs: set[tuple[str, str]] = set()
        for ex in self.exhibitors.values():
            for other in getattr(ex, attribute):
                if other in self.exhibitors:
                    pairs.add((ex.id, other) if ex.id < other else (other, ex.id))
        return pairs

    def new_id(self, prefix: str, taken: dict[str, object] | set[str]) -> str:
        """The first free id of the form prefix-N."""
        n = len(taken) + 1
        while f"{prefix}-{n}" in taken:
            n += 1
        return f"{prefix}-{n}"

    def _require_hall(self, hall_id: str, what: Callable[[], str]) -> None:
        if hall_id not in self.halls:
            raise ModelError(tr("{what} is in unknown hall {hall!r}", what=what(), hall=hall_id))
