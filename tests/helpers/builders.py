"""Tiny projects for tests, built through the public model API.

    b = TinyProject()                        # hall H1, 30 m × 20 m, sectors auto and food
    b.row("A", 4, x=600, y=0)                 # booths A1..A4, 3 m × 3 m, along the top wall
    b.exhibitor("e1", sector="auto", m2=9)
    b.place(e1=["A1"])
    project = b.project

All lengths are cm. Halls have no entrances (so nothing is premium unless a booth says so);
sectors "auto", "metal" and "food" exist, with auto–metal complementarity 2. Every method
returns what it made, so tests can use the ids. Other test modules may import this: keep the
signatures stable and add keyword arguments only.
"""

from __future__ import annotations

from collections.abc import Iterable

from qods_planner.model import (
    Booth,
    BoothStatus,
    Complementarity,
    Entrance,
    Exhibitor,
    ExhibitorStatus,
    Hall,
    Needs,
    Plan,
    PriorityTier,
    Project,
    Rect,
    Sector,
    Wishes,
)

MODULE_CM = 300  # the 3 m booth module of Iranian provincial fairs

NO_NEEDS = Needs()
NO_WISHES = Wishes()

DEFAULT_SECTORS = (
    ("auto", "قطعات خودرو", "Automotive parts", "#1f77b4"),
    ("metal", "فلزات پایه", "Basic metals", "#ff7f0e"),
    ("food", "غذایی", "Food", "#2ca02c"),
)


class TinyProject:
    """A project under construction; `project` is the live `Project`."""

    def __init__(
        self,
        *,
        hall_id: str = "H1",
        width: int = 3000,
        depth: int = 2000,
        sectors: bool = True,
    ) -> None:
        self.project = Project()
        self.hall(hall_id, width=width, depth=depth)
        if sectors:
            for sid, fa, en, colour in DEFAULT_SECTORS:
                self.project.put_sector(Sector(sid, fa, en, colour))
            self.project.set_complementarity(Complementarity({("auto", "metal"): 2}))

    def hall(
        self,
        hall_id: str,
        *,
        x: int = 0,
        y: int = 0,
        width: int = 3000,
        depth: int = 2000,
        entrances: Iterable[Entrance] = (),
    ) -> Hall:
        hall = Hall(
            hall_id,
            f"سالن {hall_id}",
            f"Hall {hall_id}",
            Rect(x, y, width, depth),
            tuple(entrances),
        )
        self.project.put_hall(hall)
        return hall

    def sector(self, sector_id: str, colour: str = "#777777") -> Sector:
        sector = Sector(sector_id, f"بخش {sector_id}", f"Sector {sector_id}", colour)
        self.project.put_sector(sector)
        return sector

    def booth(
        self,
        booth_id: str,
        x: int,
        y: int,
        w: int = MODULE_CM,
        h: int = MODULE_CM,
        *,
        hall: str = "H1",
        label: str | None = None,
        power: bool = False,
        water: bool = False,
        heavy_floor: bool = False,
        premium: bool | None = None,
        status: BoothStatus = BoothStatus.AVAILABLE,
        sectors: tuple[str, ...] = (),
    ) -> Booth:
        """A booth whose label is its id unless given; the hall's origin is not added."""
        booth = Booth(
            booth_id,
            label or booth_id,
            hall,
            Rect(x, y, w, h),
            power=power,
            water=water,
            heavy_floor=heavy_floor,
            premium=premium,
            status=status,
            sectors=sectors,
        )
        self.project.put_booth(booth)
        return booth

    def row(
        self,
        prefix: str,
        count: int,
        x: int,
        y: int,
        w: int = MODULE_CM,
        h: int = MODULE_CM,
        *,
        vertical: bool = False,
        hall: str = "H1",
        **attrs: object,
    ) -> list[str]:
        """`count` booths prefix1..prefixN joined end to end (along x, or y if vertical)."""
        ids = []
        for i in range(count):
            bx, by = (x, y + i * h) if vertical else (x + i * w, y)
            ids.append(self.booth(f"{prefix}{i + 1}", bx, by, w, h, hall=hall, **attrs).id)
        return ids

    def exhibitor(
        self,
        exhibitor_id: str,
        *,
        sector: str = "auto",
        m2: float = 9,
        min_m2: float | None = None,
        max_m2: float | None = None,
        name_en: str | None = None,
        needs: Needs = NO_NEEDS,
        wishes: Wishes = NO_WISHES,
        priority: PriorityTier = PriorityTier.REGULAR,
        competitors: tuple[str, ...] = (),
        partners: tuple[str, ...] = (),
        pinned: tuple[str, ...] = (),
        withdrawn: bool = False,
        choices: tuple[str, ...] = (),
        choices_only: bool = False,
        priority_points: int = 0,
        registered_on: str | None = None,
    ) -> Exhibitor:
        """An exhibitor asking for `m2` (accepting `min_m2`–`max_m2`, default m2 – 2 × m2)."""
        ex = Exhibitor(
            exhibitor_id,
            f"شرکت {exhibitor_id}",
            name_en if name_en is not None else f"Company {exhibitor_id}",
            sector,
            m2,
            m2 if min_m2 is None else min_m2,
            2 * m2 if max_m2 is None else max_m2,
            needs=needs,
            wishes=wishes,
            priority=priority,
            competitors=competitors,
            partners=partners,
            pinned_booths=pinned,
            status=ExhibitorStatus.WITHDRAWN if withdrawn else ExhibitorStatus.REGISTERED,
            choices=choices,
            choices_only=choices_only,
            priority_points=priority_points,
            registered_on=registered_on,
        )
        self.project.put_exhibitor(ex)
        return ex

    def place(self, locked: Iterable[str] = (), **stands: Iterable[str]) -> Plan:
        """Set the project's plan to exactly these stands (exhibitor id = booth ids)."""
        plan = plan_of(locked=locked, **stands)
        self.project.set_plan(plan)
        return plan


def plan_of(locked: Iterable[str] = (), **stands: Iterable[str]) -> Plan:
    """A plan from keyword arguments: `plan_of(e1=["A1", "A2"], e2=["B1"], locked=["e1"])`."""
    return Plan({eid: tuple(booths) for eid, booths in stands.items()}, frozenset(locked))
