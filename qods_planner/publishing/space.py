"""The space report for the organising committee: how the floor is used.

Per hall (and in total), the booths' floor split four ways, each booth counted once: **assigned**
(in a stand of the current plan), **free** (available, unused), **blocked** and **reserved**
(unused, kept for an exhibitor pinned there). Per sector: exhibitors placed and waitlisted,
area assigned, area asked for by the waitlisted. Stand kinds: how many stands of each kind
(inline, corner, end of row, island) and their area. Plain numbers; `space_tables` gives the
same figures as titled tables in a language, for the workbook, the PDF page and the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..layout import Layout, layout_of
from ..messages import Message
from ..model import BoothKind, BoothStatus, Project, m2
from .stand_facts import kind_name, placed_stands


@dataclass(frozen=True, slots=True)
class AreaRow:
    """Booth floor of one hall (or of all: `hall_id` None), in cm²."""

    hall_id: str | None
    booths: int
    assigned: int
    free: int
    blocked: int
    reserved: int

    @property
    def total(self) -> int:
        return self.assigned + self.free + self.blocked + self.reserved


@dataclass(frozen=True, slots=True)
class SectorRow:
    sector_id: str | None  # None: every sector
    placed: int
    waitlisted: int
    assigned: int  # cm² of the placed exhibitors' stands
    waiting: int  # cm² the waitlisted asked for


@dataclass(frozen=True, slots=True)
class KindRow:
    kind: BoothKind
    stands: int
    area: int  # cm²


@dataclass
class SpaceReport:
    halls: list[AreaRow] = field(default_factory=list)
    total: AreaRow = AreaRow(None, 0, 0, 0, 0, 0)
    sectors: list[SectorRow] = field(default_factory=list)
    sector_total: SectorRow = SectorRow(None, 0, 0, 0, 0)
    kinds: list[KindRow] = field(default_factory=list)


def space_report(project: Project, layout: Layout | None = None) -> SpaceReport:
    """The figures of `project`'s current plan (see the module doc)."""
    layout = layout or layout_of(project)
    used = {b for ids in project.plan.stands.values() for b in ids}
    report = SpaceReport()
    for hall_id in project.halls:
        split = {"assigned": 0, "free": 0, "blocked": 0, "reserved": 0}
        count = 0
        for booth in project.booths.values():
            if booth.hall_id != hall_id:
                continue
            count += 1
            if booth.id in used:
                split["assigned"] += booth.area
            elif booth.status is BoothStatus.BLOCKED:
                split["blocked"] += booth.area
            elif booth.status is BoothStatus.RESERVED:
                split["reserved"] += booth.area
            else:
                split["free"] += booth.area
        report.halls.append(AreaRow(hall_id, count, **split))
    report.total = AreaRow(
        None,
        sum(r.booths for r in report.halls),
        sum(r.assigned for r in report.halls),
        sum(r.free for r in report.halls),
        sum(r.blocked for r in report.halls),
        sum(r.reserved for r in report.halls),
    )
    stands = placed_stands(project, layout)
    waiting = set(project.waitlist())
    for sector_id in project.sectors:
        members = [e for e in project.exhibitors.values() if e.sector_id == sector_id]
        report.sectors.append(
            SectorRow(
                sector_id,
                placed=sum(1 for e in members if e.id in stands),
                waitlisted=sum(1 for e in members if e.id in waiting),
                assigned=sum(stands[e.id].area_cm2 for e in members if e.id in stands),
                waiting=sum(e.requested_cm2 for e in members if e.id in waiting),
            )
        )
    report.sector_total = SectorRow(
        None,
        sum(r.placed for r in report.sectors),
        sum(r.waitlisted for r in report.sectors),
        sum(r.assigned for r in report.sectors),
        sum(r.waiting for r in report.sectors),
    )
    for kind in BoothKind:
        mine = [s for s in stands.values() if s.kind is kind]
        report.kinds.append(KindRow(kind, len(mine), sum(s.area_cm2 for s in mine)))
    return report


@dataclass(frozen=True, slots=True)
class Table:
    """A titled table: `rows` hold text and numbers (areas in m², shares in %); the last
    row of the hall and sector tables is the total."""

    key: str  # "halls", "sectors" or "kinds"
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str | float | int, ...], ...]


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def space_tables(project: Project, report: SpaceReport, language: str) -> list[Table]:
    """The report as three tables in `language`: halls, sectors, stand kinds."""

    def say(key: str, **params) -> str:
        return Message.of(key, **params).render(language)

    total = say("Total")
    hall_rows = []
    for row in [*report.halls, report.total]:
        name = project.halls[row.hall_id].name(language) if row.hall_id else total
        hall_rows.append(
            (
                name,
                row.booths,
                m2(row.total),
                m2(row.assigned),
                _pct(row.assigned, row.total),
                m2(row.free),
                m2(row.blocked),
                m2(row.reserved),
            )
        )
    sector_rows = []
    for sector in [*report.sectors, report.sector_total]:
        name = project.sectors[sector.sector_id].name(language) if sector.sector_id else total
        sector_rows.append(
            (
                name,
                sector.placed,
                sector.waitlisted,
                m2(sector.assigned),
                _pct(sector.assigned, report.total.assigned),
                m2(sector.waiting),
            )
        )
    kind_rows = [
        (kind_name(k.kind, language), k.stands, m2(k.area), _pct(k.area, report.total.assigned))
        for k in report.kinds
    ]
    return [
        Table(
            "halls",
            say("Booth floor per hall (m²)"),
            (
                say("Hall"),
                say("Booths"),
                say("All booths"),
                say("Assigned"),
                say("Assigned %"),
                say("Free"),
                say("Blocked"),
                say("Reserved"),
            ),
            tuple(hall_rows),
        ),
        Table(
            "sectors",
            say("Exhibitors and area per sector"),
            (
                say("Sector"),
                say("Placed"),
                say("Waitlisted"),
                say("Area assigned (m²)"),
                say("Share of assigned %"),
                say("Asked by the waitlisted (m²)"),
            ),
            tuple(sector_rows),
        ),
        Table(
            "kinds",
            say("Stands by kind"),
            (say("Kind"), say("Stands"), say("Area (m²)"), say("Share of assigned %")),
            tuple(kind_rows),
        ),
    ]
